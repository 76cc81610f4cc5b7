"""The timeline: events in lanes by category, deadlines as spans, the article's date marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.transforms import Bbox

from .. import fmt
from ..data import load_events
from ..i18n import gettext, ngettext
from ..schema import label
from ._base import Plotter, TimelineChart, case_default, shared_docs
from .axes import around, date_axis
from .layout import Label, LabelPlacer
from .style import CATEGORY_STYLE, GREY, INK, MUTED, new_figure, wrap

__all__ = ["ARTICLE_DATE", "timeline"]

#: The day the August 2020 French news report describes (France 24, 18 August 2020).
ARTICLE_DATE = pd.Timestamp("2020-08-17")
LANE_CHARS = 24  # a lane name longer than this goes on two lines, leaving the width to the events

REQUIRED = ("date", "category", "source_title")


@shared_docs
def timeline(
    events: pd.DataFrame | None = None,
    start: Any = None,
    end: Any = None,
    categories: Sequence[str] | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    article_date: Any = ARTICLE_DATE,
    deadlines: bool = True,
    label_chars: int | None = None,
    aggregate_above: int = 400,
    **kwargs: Any,
) -> TimelineChart:
    """Events on a time axis, one lane per category, with deadlines drawn as spans.

    Labels never overlap and are never cut: each is the event's short title (``short_title_en``,
    ``short_title_fr``) or else its title, wrapped, next to its marker; the article's events and
    deadlines are labelled first, then the others where there is room (the markers of unlabelled
    events are still drawn). Above ``aggregate_above`` events (a teacher's GDELT extract, say) the
    lanes show counts per week, or per month for long ranges.

    Parameters
    ----------
    events : DataFrame, optional
        The events to draw, with at least ``date``, ``category`` and ``source_title`` (the columns
        of ``load_events()``); default: every shipped event.
    start, end : date or str, optional
        The time window, e.g. ``"2020-07-01"``; default: from the first to the last event.
        Events outside it are not drawn.
    categories : list of str, optional
        The lanes to keep, e.g. ``["executive", "court"]``; default: every category present.
    {lang}
    {ax}
    title : str, optional
        The chart's title; default: the case's timeline title.
    article_date : date or None
        Where the dashed "Article" line goes; ``None`` draws none.
    deadlines : bool
        Draw a bar from an order to its deadline (columns ``deadline`` or ``deadline_days``).
    label_chars : int, optional
        Characters per line of a label (labels are wrapped, never cut).
    aggregate_above : int
        Above this many events, draw counts per week or month instead of single events.
    **kwargs
        Passed to the ``scatter`` call that draws the event markers (e.g. ``s=140``).

    Returns
    -------
    TimelineChart
        The chart; ``labelled`` counts the labelled events, ``aggregated`` says whether counts
        were drawn.

    Examples
    --------
    >>> chart = timeline(start="2020-07-01", end="2020-11-30")
    >>> chart.description.startswith("Timeline of")
    True
    >>> timeline(categories=["weather"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown categories: weather; choose from: executive, legislation, court, ...
    """
    rows = load_events() if events is None else events
    rows, lo, hi, lanes = _window(rows, start, end, categories)
    plotter = _TimelinePlotter(rows, lang, lo, hi, lanes, article_date, deadlines, label_chars, aggregate_above)
    return plotter.draw(ax, title, kwargs)  # type: ignore[return-value]


def _window(
    events: pd.DataFrame, start: Any, end: Any, categories: Sequence[str] | None
) -> tuple[pd.DataFrame, pd.Timestamp, pd.Timestamp, list[str]]:
    """The events of the chosen categories inside the time window, the window, and the lanes."""
    missing = [c for c in REQUIRED if c not in events.columns]
    if missing:
        raise ValueError(gettext("timeline() needs the columns {needed}; missing: {missing} (the columns found were: "
                                 "{found})").format(needed=", ".join(REQUIRED), missing=", ".join(missing),
                                                    found=", ".join(map(str, events.columns))))
    rows = events.assign(date=pd.to_datetime(events["date"]), category=events["category"].astype(str))
    if categories is not None:
        categories = [str(c) for c in categories]
        known = list(CATEGORY_STYLE) + [c for c in rows["category"].unique() if c not in CATEGORY_STYLE]
        unknown = [c for c in categories if c not in known]
        if unknown:
            raise ValueError(gettext("unknown categories: {unknown}; choose from: {known}").format(
                unknown=", ".join(unknown), known=", ".join(known)))
        rows = rows[rows["category"].isin(categories)]
    lo = pd.Timestamp(start) if start is not None else (rows["date"].min() if len(rows) else ARTICLE_DATE)
    hi = pd.Timestamp(end) if end is not None else (rows["date"].max() if len(rows) else ARTICLE_DATE)
    if hi < lo:
        raise ValueError(gettext("end ({end}) is before start ({start})").format(end=hi.date(), start=lo.date()))
    if hi == lo:
        lo, hi = lo - pd.Timedelta(days=15), hi + pd.Timedelta(days=15)
    rows = rows[rows["date"].between(lo, hi)]
    lanes = _lanes(list(dict.fromkeys(rows["category"]))) or list(categories or ["executive"])
    return rows, lo, hi, lanes


def _lanes(present: Sequence[str]) -> list[str]:
    known = [c for c in CATEGORY_STYLE if c in present]
    return known + sorted(c for c in present if c not in CATEGORY_STYLE)


def _style(category: str) -> tuple[str, str]:
    return CATEGORY_STYLE.get(category, (GREY, "o"))


def _label_text(row: pd.Series, lang: str) -> str:
    """The event's short title in ``lang`` where the table has one, else its title."""
    for column in (f"short_title_{lang}", f"title_{lang}", "short_title_en", "title_en", "title"):
        if column in row.index and pd.notna(row[column]) and str(row[column]).strip():
            return str(row[column])
    return ""


class _TimelinePlotter(Plotter):
    kind = "timeline"
    result = TimelineChart

    def __init__(self, rows, lang, lo, hi, lanes, article_date, deadlines, label_chars, aggregate_above) -> None:
        super().__init__(rows, lang)
        self.lo, self.hi, self.lanes = lo, hi, lanes
        self.ypos = {c: len(self.lanes) - 1 - i for i, c in enumerate(self.lanes)}
        self.long_view = (hi - lo).days > 2 * 366
        self.width = label_chars or (20 if self.long_view else 26)
        self.article = pd.Timestamp(article_date) if article_date is not None else None
        self.deadlines, self.aggregated = deadlines, len(rows) > aggregate_above
        self.labelled, self.note, self.deadline_notes = 0, "", []
        pad = (hi - lo) * 0.02
        self.x_lo, self.x_hi = lo - pad, hi + pad
        if self.article is not None and not self.x_lo <= self.article <= self.x_hi:
            self.article = None

    def lane_name(self, category: str) -> str:
        return label("events", "category", category, self.lang)

    def lane_label(self, category: str) -> str:
        """The lane's name on the axis, on two lines when long ("Contrôle des investissements étrangers")."""
        return wrap(self.lane_name(category), LANE_CHARS)

    def new_figure(self) -> list[Axes]:
        fig, ax = new_figure()
        longest = max(len(line) for c in self.lanes for line in self.lane_label(c).split("\n"))
        fig.subplots_adjust(left=max(0.2, 0.06 + 0.0085 * longest), right=0.975, top=0.84, bottom=0.14)
        return [ax]

    def plot(self, ax: Axes, kwargs: dict[str, Any]) -> None:
        n = len(self.lanes)
        ax.set_xlim(mdates.date2num(self.x_lo), mdates.date2num(self.x_hi))
        ax.set_ylim(-0.6, n - 0.4)
        ax.set_yticks(range(n), [self.lane_label(c) for c in reversed(self.lanes)])
        ax.grid(axis="y", visible=False)
        for y in range(n):
            ax.axhline(y, color="#EEEEEE", lw=1.0, zorder=0)
        date_axis(ax, self.lo, self.hi, self.lang)
        ax.set_xlabel(gettext("Date", self.lang))
        if self.aggregated:
            ax.set_ylabel(gettext("Category (bar height: number of events)", self.lang))
            self.note = _draw_counts(ax, self.rows, self.ypos, self.lo, self.hi, self.lang)
            ax.annotate(self.note, (1, 1), xycoords="axes fraction", xytext=(0, 4), textcoords="offset points",
                        ha="right", va="bottom", fontsize=10, color=MUTED, gid="aggregation-note")
        else:
            ax.set_ylabel(gettext("Category", self.lang))
            placer = LabelPlacer(ax)
            events = self.draw_events(ax, placer, kwargs)
            labels = self.draw_deadlines(ax, placer) if self.deadlines else []
            self.draw_article_date(ax, placer)
            placer.place(events + labels)
            texts = {id(label) for label in events}
            self.labelled = sum(id(label) in texts for label in placer.placed_labels)
        if self.aggregated and self.article is not None:
            ax.axvline(mdates.date2num(self.article), color=MUTED, ls="--", lw=1.4, zorder=3)

    def draw_events(self, ax: Axes, placer: LabelPlacer, kwargs: dict[str, Any]) -> list[Label]:
        """One marker per event in its lane (``kwargs`` go to ``scatter``); its label, to place."""
        rows = self.rows
        x = mdates.date2num(rows["date"].to_numpy())
        y = rows["category"].map(self.ypos).to_numpy(dtype=float)
        for category in self.lanes:
            mask = (rows["category"] == category).to_numpy()
            if mask.any():
                colour, marker = _style(category)
                style = {"s": 90, "marker": marker, "color": colour, "edgecolors": INK, "linewidths": 0.8,
                         "zorder": 3, "gid": f"events-{category}", **kwargs}
                ax.scatter(x[mask], y[mask], **style)
        for px, py in ax.transData.transform(np.column_stack([x, y])) if len(x) else []:
            placer.taken.append(around(px, py, 6))
        lane_pt = ax.get_window_extent(placer.renderer).height / max(len(self.lanes), 1) * 72 / ax.figure.dpi
        dy = min(5.0, lane_pt * 0.12)
        spots = [(7, dy, "left", "bottom"), (7, -dy, "left", "top"), (-7, dy, "right", "bottom"),
                 (-7, -dy, "right", "top"), (9, 0, "left", "center"), (-9, 0, "right", "center")]
        for far in (dy + 14, dy + 42):  # room above and below the lane: a label there gets a line to its marker
            if lane_pt > 2.2 * far:
                spots += [(4, far, "left", "bottom"), (4, -far, "left", "top"), (-4, far, "right", "bottom"),
                          (-4, -far, "right", "top")]
        in_article = rows["in_article"].fillna(False).to_numpy(dtype=bool) if "in_article" in rows else None
        has_deadline = rows[[c for c in ("deadline", "deadline_days") if c in rows]].notna().any(axis=1).to_numpy()
        box = {"bbox": {"boxstyle": "square,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.85}, "zorder": 5,
               "linespacing": 1.05}
        labels = []
        for i, (xi, yi, (_, row)) in enumerate(zip(x, y, rows.iterrows(), strict=True)):
            text = wrap(_label_text(row, self.lang), self.width)
            if text:
                priority = 2.0 * bool(in_article[i]) if in_article is not None else 0.0
                priority += 1.0 * bool(has_deadline[i]) - i * 1e-6
                labels.append(Label(xi, yi, text, priority, spots, box))
        return labels

    def draw_deadlines(self, ax: Axes, placer: LabelPlacer) -> list[Label]:
        """A bar from each order to its deadline, and the deadline's label."""
        labels = []
        for when, category, days, due in _deadlines(self.rows):
            colour, _ = _style(category)
            y, x0, x1 = self.ypos[category], mdates.date2num(when), mdates.date2num(due)
            ax.plot([x0, x1], [y, y], color=colour, lw=7, alpha=0.35, solid_capstyle="butt", zorder=2,
                    gid="deadline")
            ax.plot([x1], [y], marker="|", markersize=18, mew=2.5, color=colour, zorder=3)
            (bx0, by0), (bx1, _) = ax.transData.transform([(x0, y), (x1, y)])
            placer.taken.append(Bbox.from_extents(bx0, by0 - 5, bx1, by0 + 5))
            counted = days is not None and when + pd.Timedelta(days=int(days)) == due
            on, to = fmt.day(when, self.lang), fmt.day(due, self.lang)
            n = f"{int(days)}" if counted else ""
            text = gettext("{n} days → {to}", self.lang).format(n=n, to=to) if counted else f"→ {to}"
            self.deadline_notes.append(
                gettext("{on} + {n} days = {to}", self.lang).format(on=on, n=n, to=to) if counted
                else gettext("{on} → deadline {to}", self.lang).format(on=on, to=to))
            spots = ((7, -6, "left", "top"), (-4, -6, "right", "top"), (7, 6, "left", "bottom"),
                     (-4, 6, "right", "bottom"))
            style = {"fontsize": 10, "fontweight": "bold", "color": "#333333"}
            labels.append(Label(x1, y, text, 0.5 if self.long_view else 3.5, spots, style))
        return labels

    def draw_article_date(self, ax: Axes, placer: LabelPlacer) -> None:
        if self.article is None:
            return
        x = mdates.date2num(self.article)
        ax.axvline(x, color=MUTED, ls="--", lw=1.4, zorder=1)
        said = gettext("Day reported, ", self.lang) + fmt.day(self.article, self.lang)
        tag = ax.annotate(said, (x, 1),
                          xycoords=("data", "axes fraction"), xytext=(4, -2), textcoords="offset points",
                          ha="left", va="top", fontsize=10.5, color=MUTED, fontstyle="italic", gid="article-date")
        if not placer.inside(tag.get_window_extent(placer.renderer)):
            tag.set_ha("right")
            tag.set_position((-4, -2))
        placer.taken.append(tag.get_window_extent(placer.renderer).padded(2))

    def default_title(self) -> str:
        titles = case_default("titles", {}).get("timeline", {})
        return titles.get(self.lang) or gettext("A timeline", self.lang)

    def subtitle(self) -> str:
        n = fmt.number(len(self.rows), self.lang)
        span = f"{fmt.day(self.lo, self.lang)} – {fmt.day(self.hi, self.lang)}"
        bars = bool(self.deadline_notes)
        text = ngettext("{n} event, {span}", "{n} events, {span}", len(self.rows), self.lang).format(n=n, span=span)
        return text + (gettext("; bars run from an order to its deadline", self.lang) if bars else "")

    def describe(self) -> str:
        lang, n = self.lang, fmt.number(len(self.rows), self.lang)
        counts = self.rows["category"].value_counts()
        busiest = self.lane_name(counts.index[0]) if len(counts) else "-"
        top = fmt.number(counts.iloc[0] if len(counts) else 0, lang)
        lo, hi, k = fmt.day(self.lo, lang), fmt.day(self.hi, lang), len(self.lanes)
        text = ngettext("Timeline of {n} events from {lo} to {hi} in {k} category; the busiest is {busiest} ({top}).",
                        "Timeline of {n} events from {lo} to {hi} in {k} categories; the busiest is {busiest} ({top}).",
                        k, lang).format(n=n, lo=lo, hi=hi, k=k, busiest=busiest, top=top)
        if self.aggregated:
            text += f" {self.note}."
        else:
            m = self.labelled
            text += " " + ngettext("{m} event is labelled.", "{m} events are labelled.", m, lang).format(m=m)
        if self.deadline_notes:
            # TRANSLATORS: the separator between items of a list in a sentence
            shown, more = gettext("; ", lang).join(self.deadline_notes[:3]), len(self.deadline_notes) - 3
            text += " " + (gettext("Deadlines drawn as bars: {shown}.", lang).format(shown=shown) if more <= 0 else
                           ngettext("Deadlines drawn as bars: {shown}; and {more} more.",
                                    "Deadlines drawn as bars: {shown}; and {more} more.", more, lang).format(
                               shown=shown, more=more))
        if self.article is not None:
            day = fmt.day(self.article, lang)
            text += " " + gettext("A dashed line marks the day the report describes, {day}.", lang).format(day=day)
        return text

    def extras(self) -> dict[str, Any]:
        return {"labelled": self.labelled, "aggregated": self.aggregated}


def _deadlines(rows: pd.DataFrame) -> list[tuple[pd.Timestamp, str, Any, pd.Timestamp]]:
    """(date, category, days, due) of each deadline, once each.

    The day a deadline fell on is the ``deadline`` column where the table has one (extensions count
    their days from an earlier deadline, so date + days would be wrong); else date + days.
    """
    found: dict[tuple[Any, str, Any], Any] = {}
    days = rows["deadline_days"] if "deadline_days" in rows else pd.Series(pd.NA, index=rows.index)
    stated = pd.to_datetime(rows["deadline"]) if "deadline" in rows else None
    for i, (when, category, d) in enumerate(zip(rows["date"], rows["category"], days, strict=True)):
        d = None if pd.isna(d) else int(d)
        due = stated.iloc[i] if stated is not None else (None if d is None else when + pd.Timedelta(days=d))
        if due is not None and not pd.isna(due):
            found.setdefault((when, category, due), d)
    return [(when, category, d, due) for (when, category, due), d in found.items()]


def _draw_counts(ax: Axes, rows: pd.DataFrame, ypos: dict[str, int], lo: pd.Timestamp, hi: pd.Timestamp,
                 lang: str) -> str:
    """Counts per week (per month past ~8 years) in each lane, one stairs artist per category."""
    x = mdates.date2num(rows["date"].to_numpy())
    span = (hi - lo).days + 1
    width = 7 if span <= 8 * 366 else 30.4375
    origin = mdates.date2num(lo)
    n_bins = int(np.ceil(span / width)) + 1
    index = np.clip(((x - origin) // width).astype(np.int64), 0, n_bins - 1)
    edges = origin + np.arange(n_bins + 1) * width
    lane = rows["category"].map({c: i for i, c in enumerate(ypos)}).to_numpy(dtype=np.int64)
    grid = np.bincount(lane * n_bins + index, minlength=len(ypos) * n_bins).reshape(len(ypos), n_bins)
    top = max(int(grid.max()), 1)
    for category, row in zip(ypos, grid, strict=True):
        colour, _ = _style(category)
        y = ypos[category]
        ax.stairs(y - 0.35 + row / top * 0.8, edges, baseline=y - 0.35, fill=True, color=colour, alpha=0.85,
                  edgecolor=INK, lw=0.3, gid=f"counts-{category}")
    n, tallest = fmt.number(len(x), lang), fmt.number(top, lang)
    if width == 7:
        return gettext("{n} events counted per week; tallest bar: {tallest}", lang).format(n=n, tallest=tallest)
    return gettext("{n} events counted per month; tallest bar: {tallest}", lang).format(n=n, tallest=tallest)
