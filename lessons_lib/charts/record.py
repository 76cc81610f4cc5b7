"""What the article said beside what the record shows, one panel per headline figure."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import FixedLocator

from .. import fmt
from ..data import headline_figures, load_user_stats
from ..i18n import gettext
from ..schema import label
from ._base import Chart, Plotter, shared_docs
from .axes import words_formatter
from .style import INK, OKABE_ITO, new_figure, wrap

__all__ = ["reported_vs_record"]


@shared_docs
def reported_vs_record(
    figures: pd.DataFrame | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    **kwargs: Any,
) -> Chart:
    """What the August 2020 article said beside what the record shows, one panel per headline figure.

    Parameters
    ----------
    figures : DataFrame, optional
        Pairs of a reported figure and a record, as ``headline_figures()`` returns them (one row
        per pair); default: ``headline_figures(lang)``.
    {lang}
    ax : matplotlib Axes, optional
        Draw every pair on this one axes (stacked, on a log scale) instead of one panel each.
    {title}
    **kwargs
        Passed to ``barh`` (e.g. ``height=0.5``).

    Examples
    --------
    >>> chart = reported_vs_record()
    >>> len(chart.axes)
    3
    """
    rows = headline_figures(lang) if figures is None else figures
    return _RecordPlotter(rows, lang).draw(ax, title, kwargs)


class _RecordPlotter(Plotter):
    kind = "reported_vs_record"

    def __init__(self, rows: pd.DataFrame, lang: str | None) -> None:
        super().__init__(rows, lang)
        self.groups = list(dict.fromkeys(rows["reported_id"]))
        stats = load_user_stats().set_index("id")
        self.units, self.dates = dict(stats["unit"]), dict(stats["date"])
        self.sentences: list[str] = []

    def new_figure(self) -> list[Axes]:
        heights = [1 + (self.rows["reported_id"] == g).sum() for g in self.groups]
        fig, axes = new_figure(nrows=len(self.groups), gridspec_kw={"height_ratios": heights, "hspace": 0.8})
        fig.subplots_adjust(left=0.33, right=0.93, top=0.8, bottom=0.125)
        return list(np.atleast_1d(axes))

    def plot(self, ax: Axes, kwargs: dict[str, Any]) -> None:
        offset, ticks, names = 0.0, [], []
        for k, group in enumerate(self.groups):
            panel = self.panels[k] if self.owned else ax
            part = self.rows[self.rows["reported_id"] == group]
            y, bar_names = self.draw_pair(panel, part, offset, kwargs)
            if self.owned:
                panel.set_yticks(y, bar_names)
            else:  # one shared axes: stack the groups and use a log scale, their sizes differ so much
                offset -= len(y) + 1
                ticks, names = [*ticks, *y], [*names, *bar_names]
                panel.set_xscale("log")
                panel.set_yticks(ticks, names)

    def draw_pair(self, panel: Axes, part: pd.DataFrame, offset: float, kwargs: dict[str, Any]):
        """The article's bar (hatched) over the record's bars, each with its value in words."""
        first, lang = part.iloc[0], self.lang
        said = self.dates.get(str(first["reported_id"]))
        when = f" ({fmt.month(said, lang)})" if said is not None and not pd.isna(said) else ""
        names = [gettext("The article{when}", self.lang).format(when=when)]
        names += [f"{wrap(str(r).rsplit(' (', 1)[0], 30)} ({fmt.month(d, lang)})"
                  for r, d in zip(part["record_label"], part["record_date"], strict=True)]
        values = [float(first["reported_value"]), *part["record_value"].astype(float)]
        qualifiers = [first["reported_qualifier"], *part["record_qualifier"]]
        y = np.arange(len(values))[::-1] + offset
        colours = [OKABE_ITO["vermillion"]] + [OKABE_ITO["blue"]] * (len(values) - 1)
        bars = panel.barh(y, values, **{"height": 0.62, "color": colours, "edgecolor": INK, "lw": 0.6,
                                         "gid": "bars", **kwargs})
        bars[0].set_hatch("//")
        if self.owned:
            panel.set_xlim(0, max(values) * 1.45)
            panel.xaxis.set_major_locator(FixedLocator(np.linspace(0, max(values), 3)))
        panel.xaxis.set_major_formatter(words_formatter(lang))
        panel.grid(axis="y", visible=False)
        panel.tick_params(axis="y", labelsize=10.5)
        for yi, v, q in zip(y, values, qualifiers, strict=True):
            panel.annotate(fmt.figure(v, q, None, lang), (v, yi), xytext=(5, 0), textcoords="offset points",
                           va="center", fontsize=11, fontweight="bold", gid="value-label")
        panel.set_title(str(first["reported_label"]), fontsize=12.5, loc="left")
        # the article's figure may count something else than the record ("users" of no stated kind):
        # the axis names what both count, the unit, never the record's metric (M6)
        unit = self.units.get(str(first["reported_id"]), "")
        unit_name = label("user_stats", "unit", unit, lang) if unit else gettext("figures", self.lang)
        panel.set_xlabel(gettext("Number of {unit}", self.lang).format(unit=unit_name), fontsize=10.5, labelpad=2)
        pairs = ", ".join(f"{fmt.words(v, lang)} ({n})".replace("\n", " ")
                          for v, n in zip(values[1:], names[1:], strict=True))
        said, value = first["reported_label"], fmt.words(values[0], lang)
        self.sentences.append(gettext("{said}: {value}; record: {pairs}.", lang).format(said=said, value=value,
                                                                                         pairs=pairs))
        return y, names

    def default_title(self) -> str:
        return gettext("What the article said, and what the record shows", self.lang)

    def subtitle(self) -> str:
        return gettext("Hatched: the article's figure; blue: the company's own figures, with their dates", self.lang)

    def describe(self) -> str:
        n = len(self.groups)
        count = gettext("three", self.lang) if n == 3 else str(n)  # the usual case, in words
        head = gettext("Bar charts comparing the article's {n} headline figures with the record. ",
                       self.lang).format(n=count)
        return head + " ".join(self.sentences)

    def sources(self) -> Any:
        return self.rows["record_source"]
