"""Axis helpers shared by several charts: date ticks in the chart's language, numbers in words."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter
from matplotlib.transforms import Bbox

from .. import fmt

__all__ = ["around", "date_axis", "words_formatter"]


def date_axis(ax: Axes, lo: pd.Timestamp, hi: pd.Timestamp, lang: str) -> None:
    """Month ticks for a few months, quarters for a year or two, years beyond: names in ``lang``."""
    span = (hi - lo).days
    if span > 2 * 365:  # quarter ticks would crowd the axis: years, with quarters as minor ticks
        step = 1 if span <= 12 * 365 else 2
        ticks = [pd.Timestamp(year=y, month=1, day=1) for y in range(lo.year, hi.year + 2, step)]
        minor = [pd.Timestamp(year=y, month=m, day=1) for y in range(lo.year, hi.year + 1) for m in (4, 7, 10)]
        names = {t: str(t.year) for t in ticks}
    else:
        freq = "QS" if span > 300 else "MS"
        ticks = list(pd.date_range(lo.to_period("Q" if span > 300 else "M").start_time, hi, freq=freq))
        minor = list(pd.date_range(lo.to_period("M").start_time, hi, freq="MS" if span > 300 else "W-MON"))
        names = {t: fmt.month(t, lang) for t in ticks}
    ticks = [t for t in ticks if lo <= t <= hi]
    ax.xaxis.set_major_locator(FixedLocator(mdates.date2num(ticks)))
    by_x = {float(mdates.date2num(t)): names[t] for t in ticks}
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: by_x.get(float(x), "")))
    ax.xaxis.set_minor_locator(FixedLocator(mdates.date2num([t for t in minor if lo <= t <= hi])))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.tick_params(axis="x", which="minor", length=3)


def words_formatter(lang: str, unit: str | None = None) -> FuncFormatter:
    """Tick labels as people write them: "1,500", "689 million", "1 500", "15 %"."""
    if unit == "percent":
        return FuncFormatter(lambda v, _p: fmt.percent(v, lang) if v >= 0 else "")
    return FuncFormatter(lambda v, _p: fmt.words(v, lang) if v > 0 else "0")


def around(x: float, y: float, r: float) -> Bbox:
    """A square of half-side ``r`` pixels around a point in display space (a marker's footprint)."""
    return Bbox.from_extents(x - r, y - r, x + r, y + r)
