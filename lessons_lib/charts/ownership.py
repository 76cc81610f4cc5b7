"""Who owns what: reported shares as bars, with the share no source attributes shown as such."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from .. import fmt
from ..data import load_actors, load_ownership
from ..i18n import gettext
from ._base import OwnershipChart, Plotter, case_default, shared_docs
from .style import GREY, INK, OKABE_ITO, wrap

__all__ = ["ownership"]


@shared_docs
def ownership(
    ownership: pd.DataFrame | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    names: dict[str, str] | None = None,
    title: str | None = None,
    highlight: str | None = None,
    **kwargs: Any,
) -> OwnershipChart:
    """Reported shares of a company, as bars, with the unreported rest shown as such.

    The sources of the 2026 joint venture give shares that add up to 95%: the last bar says "not
    reported" rather than inventing an owner for the remaining 5%.

    Parameters
    ----------
    ownership : DataFrame, optional
        The shares to draw (the columns of ``load_ownership()``), one bar per row; default: the
        shipped table.
    {lang}
    {ax}
    names : dict, optional
        Holder id -> name to show; default: the names of the actors table.
    title : str, optional
        The title; default: the case's.
    highlight : str, optional
        The holder drawn in another colour, with a legend; default: the case's
        (``x-chart-defaults`` in ``datapackage.json``).
    **kwargs
        Passed to ``barh`` (e.g. ``height=0.5``).

    Returns
    -------
    OwnershipChart
        The chart; ``unreported`` is the percentage no source attributes.

    Examples
    --------
    >>> chart = ownership()  # the shipped shares add up to 100%: nothing is left unreported
    >>> round(chart.unreported, 1)
    0.0
    >>> import pandas as pd
    >>> shares = pd.DataFrame({"holder": ["oracle", "bytedance"], "share_percent": [15.0, 19.9],
    ...                        "qualifier": ["exact", "exact"]})
    >>> part = ownership(shares)
    >>> [t.get_text() for t in part.ax.get_yticklabels()][-1], round(part.unreported, 1)
    ('Not reported in the sources', 65.1)
    """
    rows = load_ownership() if ownership is None else ownership
    return _OwnershipPlotter(rows, lang, names, highlight).draw(ax, title, kwargs)  # type: ignore[return-value]


def _actor_names(lang: str) -> dict[str, str]:
    actors = load_actors()
    column = f"name_{lang}" if f"name_{lang}" in actors.columns else "name_en"
    return dict(zip(actors["id"], actors[column], strict=True))


class _OwnershipPlotter(Plotter):
    kind = "ownership"
    result = OwnershipChart
    margins: ClassVar[dict[str, float]] = {"left": 0.3, "right": 0.95, "top": 0.8, "bottom": 0.16}

    def __init__(self, rows: pd.DataFrame, lang: str | None, names: dict[str, str] | None, highlight: Any) -> None:
        super().__init__(rows.sort_values("share_percent", ascending=False, kind="stable"), lang)
        lookup = {**_actor_names(self.lang), **(names or {})}
        self.ids = list(self.rows["holder"])
        self.holders = [lookup.get(h, h.replace("-", " ").capitalize()) for h in self.ids]
        self.shares = self.rows["share_percent"].astype(float).to_numpy()
        self.rest = 100.0 - self.shares.sum()
        case = case_default("highlight", {})
        self.highlight = highlight if highlight is not None else case.get("holder")
        self.legend = case.get(self.lang, "") if self.highlight == case.get("holder") else ""

    def plot(self, ax: Axes, kwargs: dict[str, Any]) -> None:
        names, values = [wrap(h, 32) for h in self.holders], list(self.shares)
        if self.rest > 0.05:
            names.append(gettext("Not reported in the sources", self.lang))
            values.append(self.rest)
        y = np.arange(len(values))[::-1]
        colours = [OKABE_ITO["vermillion"] if h == self.highlight else OKABE_ITO["blue"] for h in self.ids]
        bars = ax.barh(y[: len(self.shares)], self.shares,
                       **{"height": 0.62, "color": colours, "edgecolor": INK, "lw": 0.6, "gid": "bars", **kwargs})
        if self.rest > 0.05:
            ax.barh(y[-1:], [self.rest], height=0.62, color="white", edgecolor=GREY, hatch="///", lw=1.2,
                    gid="unreported")
        for yi, v, q in zip(y, values, [*self.rows["qualifier"], "exact"], strict=False):
            ax.annotate(fmt.figure(v, q, "percent", self.lang), (v, yi), xytext=(5, 0), textcoords="offset points",
                        va="center", fontsize=11.5, fontweight="bold", gid="value-label")
        ax.set_yticks(y, names)
        ax.grid(axis="y", visible=False)
        ax.set_xlim(0, max(values) * 1.3)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.percent(v, self.lang)))
        ax.set_xlabel(gettext("Share (%)", self.lang))
        ax.set_ylabel(gettext("Shareholder", self.lang))
        if self.highlight in self.ids:
            name = self.legend or self.holders[self.ids.index(self.highlight)]
            ax.legend([bars[self.ids.index(self.highlight)]], [name], loc="lower right")

    def default_title(self) -> str:
        titles = case_default("titles", {}).get("ownership", {})
        return titles.get(self.lang) or gettext("Who owns it?", self.lang)

    def subtitle(self) -> str:
        when = fmt.month(pd.to_datetime(self.rows["date"]).max(), self.lang) if "date" in self.rows else ""
        total = fmt.percent(self.shares.sum(), self.lang)
        return gettext("Shares as reported ({when}); they add up to {total}", self.lang).format(when=when, total=total)

    def describe(self) -> str:
        parts = ", ".join(f"{h} {fmt.percent(v, self.lang)}" for h, v in zip(self.holders, self.shares, strict=True))
        rest, shown = fmt.percent(self.rest, self.lang), self.rest > 0.05
        text = gettext("Bar chart of the reported shares: {parts}.", self.lang).format(parts=parts)
        if shown:
            text += gettext(" The remaining {rest} is not reported.", self.lang).format(rest=rest)
        return text

    def extras(self) -> dict[str, Any]:
        return {"unreported": float(self.rest)}
