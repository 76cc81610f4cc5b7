"""How big is big: figures of very different sizes on a log axis, beside a linear one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, LogLocator, NullFormatter

from .. import fmt
from ..data import load_user_stats
from ..i18n import N_, gettext, ngettext
from ..schema import label
from ._base import Plotter, ScaleChart, case_default, shared_docs
from .axes import words_formatter
from .style import INK, MUTED, OKABE_ITO, wrap

__all__ = ["scale_comparison"]

COMPANY = ("company_claim", "company_pledge")

#: claim type -> (colour, legend text); never colour alone: every bar is named and valued
KINDS = {
    "press": (OKABE_ITO["vermillion"], N_("press report (the article)")),
    "company": (OKABE_ITO["blue"], N_("company claim")),
    "other": (OKABE_ITO["green"], N_("official or independent")),
}


def _kind(claim_type: str) -> str:
    return "company" if claim_type in COMPANY else "press" if claim_type == "press_report" else "other"


@shared_docs
def scale_comparison(
    user_stats: pd.DataFrame | None = None,
    ids: Sequence[str] | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    linear: bool = True,
    title: str | None = None,
    note: str | None = None,
    **kwargs: Any,
) -> ScaleChart:
    """Figures of very different sizes on a log axis, each written in words, beside a linear axis.

    On the linear panel the small figures vanish: that is why the log axis is needed.

    Parameters
    ----------
    user_stats : DataFrame, optional
        The figures to draw, one bar per row (the columns of ``load_user_stats()``). Default: the
        case's comparison (``x-chart-defaults`` in ``datapackage.json``: the article's users, staff
        and jobs beside the US population).
    ids : list of str, optional
        Draw only these rows (by ``id``), in this selection; default: every row given.
    {lang}
    ax : matplotlib Axes, optional
        Draw the log panel on this axes (no linear panel).
    linear : bool
        Add the linear panel beside the log one (on a figure the chart owns).
    title, note : str, optional
        The title, and the subtitle (default: what the figures count).
    **kwargs
        Passed to ``barh`` (e.g. ``height=0.4``).

    Returns
    -------
    ScaleChart
        The chart; ``ratio`` is the largest figure divided by the smallest.

    Examples
    --------
    >>> chart = scale_comparison(lang="fr")
    >>> chart.axes[0].get_xscale(), chart.axes[1].get_xscale()
    ('log', 'linear')
    >>> scale_comparison(ids=["no-such-row"])
    Traceback (most recent call last):
    ...
    ValueError: no user_stats row with id: no-such-row
    """
    if user_stats is None:
        user_stats = load_user_stats()
        ids = case_default("scale_comparison") if ids is None else ids
    rows = user_stats
    if ids is not None:
        missing = [i for i in ids if i not in set(rows["id"])]
        if missing:
            raise ValueError(gettext("no user_stats row with id: {missing}").format(missing=", ".join(missing)))
        rows = rows.set_index(rows["id"]).loc[list(ids)].reset_index(drop=True)
    return _ScalePlotter(rows, lang, linear, note).draw(ax, title, kwargs)  # type: ignore[return-value]


class _ScalePlotter(Plotter):
    kind = "scale_comparison"
    result = ScaleChart
    margins: ClassVar[dict[str, float]] = {"left": 0.29, "right": 0.97, "top": 0.74, "bottom": 0.15, "wspace": 0.08}

    def __init__(self, rows: pd.DataFrame, lang: str | None, linear: bool, note: str | None) -> None:
        rows = rows[rows["value"].astype(float) > 0].sort_values("value", kind="stable")
        super().__init__(rows, lang)
        self.figure_kw = {"ncols": 2, "sharey": True} if linear else {}
        self.note, self.values = note, rows["value"].astype(float).to_numpy()
        column = f"label_{self.lang}" if f"label_{self.lang}" in rows else "label_en"
        self.names = [wrap(n, 30) for n in (rows[column] if column in rows else rows["id"])]
        self.texts = [fmt.figure(v, q, u, self.lang) for v, q, u in
                      zip(self.values, rows["qualifier"], rows["unit"], strict=True)]
        self.kinds = [_kind(str(c)) for c in rows["claim_type"]]
        self.hidden: list[str] = []

    def plot(self, ax: Axes, kwargs: dict[str, Any]) -> None:
        y, values = np.arange(len(self.values)), self.values
        colours = [KINDS[k][0] for k in self.kinds]
        style = {"color": colours, "height": 0.6, "edgecolor": INK, "lw": 0.6, "gid": "bars", **kwargs}
        ax.barh(y, values, **style)
        ax.set_xscale("log")
        ax.set_zorder(2)  # a long value label ("environ 1 milliard") stays above the linear panel
        lo = int(np.floor(np.log10(values.min()))) - 1 if len(values) else 0
        hi = int(np.ceil(np.log10(values.max() * 1.01))) + 2 if len(values) else 3
        ax.set_xlim(10.0**lo, 10.0**hi)
        ax.xaxis.set_major_locator(FixedLocator([10.0**e for e in range(lo, hi) if e % 3 == 0]))
        ax.xaxis.set_major_formatter(words_formatter(self.lang))
        ax.xaxis.set_minor_locator(LogLocator(base=10, subs=(1.0,), numticks=40))
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.grid(axis="x", which="minor", color="#EEEEEE")
        ax.grid(axis="y", visible=False)
        ax.set_yticks(y, self.names)
        for yi, v, t in zip(y, values, self.texts, strict=True):
            # the longest bar carries its figure inside, so that it never runs into the linear panel
            inside = v == values.max() and np.log10(v) - lo > 0.6 * (hi - lo)
            ax.annotate(t, (v, yi), xytext=(-6 if inside else 5, 0), textcoords="offset points", va="center",
                        ha="right" if inside else "left", color="white" if inside else None, fontsize=11.5,
                        fontweight="bold", gid="value-label")
        ax.set_xlabel(gettext("Count (log scale: each gridline ×10)", self.lang))
        ax.set_title(gettext("Log scale: every figure visible", self.lang),
                     fontsize=12.5, color=MUTED)
        if len(self.panels) > 1:
            self.plot_linear(self.panels[1], style)
        present = list(dict.fromkeys(k for k in KINDS if k in self.kinds))
        if self.owned and len(present) > 1:  # one kind needs no legend: the subtitle names it
            handles = [Line2D([], [], ls="", marker="s", ms=11, color=KINDS[k][0], mec=INK) for k in present]
            ax.figure.legend(handles, [gettext(KINDS[k][1], self.lang) for k in present], loc="upper left",
                             bbox_to_anchor=(0.005, 0.885), ncols=3, fontsize=10.5, handletextpad=0.3)

    def plot_linear(self, ax: Axes, style: dict[str, Any]) -> None:
        y, values = np.arange(len(self.values)), self.values
        ax.barh(y, values, **style)
        top = values.max() if len(values) else 1.0
        ax.set_xlim(0, top * 1.12)
        ax.xaxis.set_major_formatter(words_formatter(self.lang))
        ax.xaxis.set_major_locator(FixedLocator(np.linspace(0, top, 3)))
        ax.grid(axis="y", visible=False)
        ax.tick_params(axis="y", left=False)
        for yi, v, name in zip(y, values, self.names, strict=True):
            if v < top * 0.01:
                self.hidden.append(name)
                ax.annotate(gettext("too small to see", self.lang), (0, yi), xytext=(6, 0),
                            textcoords="offset points", va="center", fontsize=10.5, color=MUTED,
                            fontstyle="italic", gid="hidden-note")
        ax.set_xlabel(gettext("Count (linear scale)", self.lang))
        ax.set_title(gettext("Linear scale: small figures vanish", self.lang), fontsize=12.5, color=MUTED)

    def default_title(self) -> str:
        return gettext("How big is big? Figures of the case on one scale", self.lang)

    def subtitle(self) -> str:
        if self.note is not None:
            return self.note
        units = ", ".join(dict.fromkeys(label("user_stats", "unit", u, self.lang) for u in self.rows["unit"]))
        text = gettext("Counts of {units}", self.lang).format(units=units)
        kinds = set(self.kinds)
        if len(kinds) == 1:
            text += gettext("; all: ", self.lang) + gettext(KINDS[kinds.pop()][1], self.lang)
        return text

    def describe(self) -> str:
        if not len(self.values):
            return gettext("An empty bar chart: no figure to draw.", self.lang)
        small, big = f"{self.texts[0]} ({self.names[0]})", f"{self.texts[-1]} ({self.names[-1]})"
        small, big = small.replace("\n", " "), big.replace("\n", " ")
        n, ratio = len(self.values), fmt.number(self.ratio(), self.lang)
        text = gettext("Bar chart on a log scale of {n} figures, from {small} to {big}: the largest is {ratio} times "
                       "the smallest.", self.lang).format(n=n, small=small, big=big, ratio=ratio)
        if self.hidden:
            k = len(self.hidden)
            text += " " + ngettext("On the linear scale {k} of them is too small to see.",
                                   "On the linear scale {k} of them are too small to see.", k, self.lang).format(k=k)
        return text

    def ratio(self) -> float:
        return float(self.values.max() / self.values.min()) if len(self.values) else 1.0

    def extras(self) -> dict[str, Any]:
        return {"ratio": self.ratio()}
