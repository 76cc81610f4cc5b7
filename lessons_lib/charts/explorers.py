"""Two ipywidgets explorers: a timeline with a date-range slider and category boxes, and a scale
explorer that divides one figure by another.

The chart is shown in an ``ipywidgets.Image`` (PNG bytes) and the text in an ``HTML`` widget, so the
explorers work, and can be tested, without a browser: set a widget's ``value`` and read the result.

>>> explorer = timeline_explorer(lang="en")
>>> explorer.checkboxes["court"].value = False
>>> "Courts" in explorer.caption.value
False
>>> scale = scale_explorer(lang="en")
>>> scale.sentence
'666,667 users for each US employee'
"""

from __future__ import annotations

import html
import io
from typing import Any

import pandas as pd

from .. import fmt
from ..i18n import N_, gettext, resolve
from ..schema import label
from .describe import describe
from .style import CATEGORY_STYLE, save

__all__ = ["ratio_sentence", "scale_explorer", "timeline_explorer"]


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    save(fig, buffer, format="png")
    return buffer.getvalue()


def timeline_explorer(events: pd.DataFrame | None = None, lang: str | None = None) -> Any:
    """A timeline that redraws when the date range or the ticked categories change.

    Returns an ``ipywidgets.VBox`` with ``.slider``, ``.checkboxes`` (category -> Checkbox),
    ``.image``, ``.caption`` and ``.redraw()``.
    """
    import ipywidgets as widgets

    from .timeline import timeline

    code = resolve(lang)
    if events is None:
        from ..data import load_events

        events = load_events()
    dates = pd.to_datetime(events["date"])
    months = list(
        pd.date_range(
            dates.min().to_period("M").start_time, dates.max() + pd.offsets.MonthBegin(1), freq="MS"
        )
    )
    options = [(fmt.month(m, code), m) for m in months]
    slider = widgets.SelectionRangeSlider(
        options=options,
        index=(0, len(options) - 1),
        description=gettext("Dates", code),
        layout=widgets.Layout(width="95%"),
        continuous_update=False,
    )
    present = [c for c in CATEGORY_STYLE if c in set(events["category"])]
    checkboxes = {
        c: widgets.Checkbox(
            value=True,
            description=label("events", "category", c, code),
            indent=False,
            layout=widgets.Layout(width="auto"),
        )
        for c in present
    }
    image = widgets.Image(format="png", layout=widgets.Layout(width="100%"))
    caption = widgets.HTML()

    def redraw(*_args: Any) -> None:
        chosen = [c for c, box in checkboxes.items() if box.value]
        if not chosen:
            caption.value = gettext("Tick at least one category.", code)
            return
        start, end = slider.value
        end = end + pd.offsets.MonthEnd(0)
        fig = timeline(events, start=start, end=end, categories=chosen, lang=code)
        image.value = _png(fig)
        caption.value = f"<p>{html.escape(describe(fig))}</p>"

    slider.observe(redraw, names="value")
    for box in checkboxes.values():
        box.observe(redraw, names="value")
    box_row = widgets.HBox(list(checkboxes.values()), layout=widgets.Layout(flex_flow="row wrap"))
    explorer = widgets.VBox([slider, box_row, image, caption])
    explorer.slider, explorer.checkboxes, explorer.image, explorer.caption = (
        slider,
        checkboxes,
        image,
        caption,
    )
    explorer.redraw = redraw
    redraw()
    return explorer


_SINGULAR = {
    "users": N_("user"),
    "downloads": N_("download"),
    "people": N_("person"),
    "employees": N_("employee"),
    "jobs": N_("job"),
    "usd": N_("dollar"),
    "subscribers": N_("subscriber"),
    "devices": N_("device"),
    "businesses": N_("business"),
}
_PLURAL = {
    "users": N_("users"),
    "downloads": N_("downloads"),
    "people": N_("people"),
    "employees": N_("employees"),
    "jobs": N_("jobs"),
    "usd": N_("dollars"),
    "subscribers": N_("subscribers"),
    "devices": N_("devices"),
    "businesses": N_("businesses"),
}


def _noun(row: pd.Series, lang: str, plural: bool) -> str:
    unit = str(row["unit"])
    table = _PLURAL if plural else _SINGULAR
    word = gettext(table[unit], lang) if unit in table else unit
    if str(row["scope"]).startswith("us"):
        return gettext("US {unit}", lang).format(unit=word)
    return word


def ratio_sentence(a: pd.Series, b: pd.Series, lang: str | None = None) -> str:
    """One figure divided by another, in words.

    >>> a = pd.Series({"value": 1e9, "unit": "users", "scope": "world"})
    >>> b = pd.Series({"value": 1500.0, "unit": "employees", "scope": "us"})
    >>> ratio_sentence(a, b, "en"), ratio_sentence(a, b, "fr")
    ('666,667 users for each US employee', '666\\xa0667 utilisateurs par salarié aux États-Unis')
    """
    code = resolve(lang)
    big, small = (a, b) if float(a["value"]) >= float(b["value"]) else (b, a)
    ratio = float(big["value"]) / float(small["value"]) if float(small["value"]) else float("inf")
    digits = 0 if ratio >= 10 else 1
    return gettext("{n} {p} for each {s}", code).format(
        n=fmt.number(ratio, code, digits), p=_noun(big, code, True), s=_noun(small, code, False)
    )


def scale_explorer(
    user_stats: pd.DataFrame | None = None,
    lang: str | None = None,
    first: str | None = None,
    second: str | None = None,
) -> Any:
    """Pick two figures, see how many times one goes into the other, in words and on a log chart.

    Returns an ``ipywidgets.VBox`` with ``.first``, ``.second`` (dropdowns of user_stats ids),
    ``.result`` (HTML), ``.image`` and ``.sentence`` (the ratio in words). The figures chosen at
    first are the case's (``x-chart-defaults.scale_explorer`` in ``datapackage.json``).
    """
    import ipywidgets as widgets

    from ._base import case_default
    from .scale import scale_comparison

    first, second = (first, second) if first and second else case_default("scale_explorer", [None, None])

    code = resolve(lang)
    if user_stats is None:
        from ..data import load_user_stats

        user_stats = load_user_stats()
    stats = user_stats[
        (user_stats["unit"] != "percent") & (user_stats["value"].astype(float) > 0)
    ]
    stats = stats.set_index(stats["id"], drop=False)
    label = f"label_{code}" if f"label_{code}" in stats.columns else "label_en"
    options = [
        (f"{r[label]} — {fmt.qualified(fmt.words(r['value'], code), r['qualifier'], code)}", i)
        for i, r in stats.iterrows()
    ]
    ids = list(stats.index)
    pick_a = widgets.Dropdown(
        options=options,
        value=first if first in ids else ids[0],
        description=gettext("Figure", code),
        layout=widgets.Layout(width="95%"),
    )
    pick_b = widgets.Dropdown(
        options=options,
        value=second if second in ids else ids[-1],
        description=gettext("against", code),
        layout=widgets.Layout(width="95%"),
    )
    result = widgets.HTML()
    image = widgets.Image(format="png", layout=widgets.Layout(width="100%"))
    box = widgets.VBox([pick_a, pick_b, result, image])

    def redraw(*_args: Any) -> None:
        a, b = stats.loc[pick_a.value], stats.loc[pick_b.value]
        sentence = ratio_sentence(a, b, code)
        box.sentence = sentence
        result.value = f"<p style='font-size:1.3em'><b>{html.escape(sentence)}</b></p>"
        ids_drawn = list(dict.fromkeys([pick_a.value, pick_b.value]))
        fig = scale_comparison(user_stats, ids=ids_drawn, lang=code, linear=False, note=sentence)
        image.value = _png(fig)

    pick_a.observe(redraw, names="value")
    pick_b.observe(redraw, names="value")
    box.first, box.second, box.result, box.image, box.redraw = pick_a, pick_b, result, image, redraw
    redraw()
    return box
