"""Roll-call votes: yeas beside nays for each vote, as shares of the members voting."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from .. import fmt
from ..data import load_votes
from ..i18n import gettext, ngettext
from ..schema import label
from ._base import Chart, Plotter, case_default, shared_docs
from .style import INK, MUTED, OKABE_ITO, wrap

__all__ = ["votes"]

LABEL_WIDTH = 26  # characters of a vote's name that fit in the left margin at 11 points


@shared_docs
def votes(
    votes: pd.DataFrame | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    **kwargs: Any,
) -> Chart:
    """Roll-call votes: yeas beside nays for each vote, as shares of the members voting, with counts.

    Parameters
    ----------
    votes : DataFrame, optional
        The votes to draw (the columns of ``load_votes()``), one bar per row in date order;
        default: the shipped votes on the 2024 divest-or-ban law.
    {lang}
    {ax}
    {title}
    **kwargs
        Passed to the ``barh`` call of the yeas (e.g. ``color="green"``).

    Examples
    --------
    >>> chart = votes()
    >>> [t.get_text() for t in chart.ax.texts if t.get_gid() == "yeas-label"][:2]
    ['352 yeas (84.4%)', '360 yeas (86.1%)']
    """
    rows = load_votes() if votes is None else votes
    return _VotesPlotter(rows.sort_values("date", kind="stable"), lang).draw(ax, title, kwargs)


class _VotesPlotter(Plotter):
    kind = "votes"
    margins: ClassVar[dict[str, float]] = {"left": 0.24, "right": 0.9, "top": 0.76, "bottom": 0.16}

    def __init__(self, rows: pd.DataFrame, lang: str | None) -> None:
        super().__init__(rows, lang)
        self.yeas = rows["yeas"].astype(float).to_numpy()
        self.nays = rows["nays"].astype(float).to_numpy()
        self.chambers = [label("votes", "chamber", c, self.lang) for c in rows["chamber"]]
        self.days = [fmt.day(d, self.lang) for d in rows["date"]]

    def plot(self, ax: Axes, kwargs: dict[str, Any]) -> None:
        y = np.arange(len(self.rows))[::-1]
        total = np.where(self.yeas + self.nays > 0, self.yeas + self.nays, 1)
        yes, no = 100 * self.yeas / total, 100 * self.nays / total
        bar = {"height": 0.6, "edgecolor": INK, "lw": 0.6}
        yea_bars = ax.barh(y, yes, **{**bar, "color": OKABE_ITO["blue"], "gid": "yeas", **kwargs})
        nay_bars = ax.barh(y, no, left=yes, **bar, color=OKABE_ITO["orange"], hatch="//", gid="nays")
        ax.axvline(50, color=INK, lw=1.2, ls=":", zorder=4)
        ax.annotate(gettext("half", self.lang), (50, 1), xycoords=("data", "axes fraction"), xytext=(3, 2),
                    textcoords="offset points", fontsize=10, color=MUTED, va="bottom")
        for yi, ye, na, share in zip(y, self.yeas, self.nays, yes, strict=True):
            pct = fmt.percent(share, self.lang)
            yeas = ngettext("{n} yea ({pct})", "{n} yeas ({pct})", int(ye), self.lang).format(n=int(ye), pct=pct)
            ax.annotate(yeas, (share / 2, yi), ha="center", va="center", color="white", fontsize=12,
                        fontweight="bold", gid="yeas-label")
            ax.annotate(ngettext("{n} nay", "{n} nays", int(na), self.lang).format(n=int(na)), (100, yi), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=12, gid="nays-label")
        bills = [str(b).split(",")[0] if str(b).startswith(("H.R.", "S.", "H.Res.")) else wrap(b, LABEL_WIDTH)
                 for b in self.rows["bill"]]
        # a long chamber name ("Chambre des représentants") goes on a line of its own: the left margin
        # (24% of the width) holds about 28 characters, and a figure saved without a tight box keeps only that
        ax.set_yticks(y, [f"{wrap(f'{c}, {d}', LABEL_WIDTH)}\n{b}"
                          for c, d, b in zip(self.chambers, self.days, bills, strict=True)], fontsize=11)
        ax.grid(axis="y", visible=False)
        ax.set_xlim(0, 100)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.percent(v, self.lang)))
        ax.set_xlabel(gettext("Share of members voting (%)", self.lang))
        if len(self.rows):
            names = [gettext("Yea (for)", self.lang), gettext("Nay (against)", self.lang)]
            ax.legend([yea_bars[0], nay_bars[0]], names, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2,
                      fontsize=11)

    def default_title(self) -> str:
        titles = case_default("titles", {}).get("votes", {})
        return titles.get(self.lang) or gettext("Roll-call votes", self.lang)

    def subtitle(self) -> str:
        return gettext("Roll-call votes in Congress; members absent or voting 'present' are not shown", self.lang)

    def describe(self) -> str:
        colon, sep = gettext(": ", self.lang), gettext("; ", self.lang)
        items = sep.join(f"{c} {d}{colon}{int(ye)}–{int(na)}"
                         for c, d, ye, na in zip(self.chambers, self.days, self.yeas, self.nays, strict=True))
        n = len(self.rows)
        return gettext("Bar chart of {n} roll-call votes, yeas against nays: {items}.", self.lang).format(
            n=n, items=items)
