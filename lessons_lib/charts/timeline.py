"""The timeline: events in lanes by category, deadlines as spans, the article's date marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter
from matplotlib.transforms import Bbox

from ..i18n import pick, resolve
from ..schema import label
from . import format as fmt
from .layout import Label, LabelPlacer, frame
from .style import CATEGORY_STYLE, GREY, MUTED, house_style, new_figure, shorten

__all__ = ["ARTICLE_DATE", "timeline"]

#: The day the August 2020 French news report describes (France 24, 18 August 2020).
ARTICLE_DATE = pd.Timestamp("2020-08-17")

REQUIRED = ("date", "category", "source_title")


def _check_columns(events: pd.DataFrame, needed: Sequence[str]) -> None:
    missing = [c for c in needed if c not in events.columns]
    if missing:
        raise ValueError(
            f"timeline() needs the columns {', '.join(needed)}; missing: {', '.join(missing)} "
            f"(the columns found were: {', '.join(map(str, events.columns))})"
        )


def _title_column(events: pd.DataFrame, lang: str) -> str | None:
    for name in (f"title_{lang}", "title_en", "title"):
        if name in events.columns:
            return name
    return None


def _lanes(present: Sequence[str]) -> list[str]:
    known = [c for c in CATEGORY_STYLE if c in present]
    return known + sorted(c for c in present if c not in CATEGORY_STYLE)


def _category_label(category: str, lang: str) -> str:
    return label("events", "category", category, lang)


def _style(category: str) -> tuple[str, str]:
    return CATEGORY_STYLE.get(category, (GREY, "o"))


def _date_axis(ax: Axes, lo: pd.Timestamp, hi: pd.Timestamp, lang: str) -> None:
    span = (hi - lo).days
    if span > 2 * 365:  # quarter ticks would crowd the axis: years, with quarters as minor ticks
        step = 1 if span <= 12 * 365 else 2
        ticks = [pd.Timestamp(year=y, month=1, day=1) for y in range(lo.year, hi.year + 2, step)]
        label = lambda t: str(t.year)  # noqa: E731
        minor = [
            pd.Timestamp(year=y, month=m, day=1) for y in range(lo.year, hi.year + 1) for m in (4, 7, 10)
        ]
    elif span > 300:
        ticks = list(pd.date_range(lo.to_period("Q").start_time, hi, freq="QS"))
        label = lambda t: fmt.month(t, lang)  # noqa: E731
        minor = list(pd.date_range(lo.to_period("M").start_time, hi, freq="MS"))
    else:
        ticks = list(pd.date_range(lo.to_period("M").start_time, hi, freq="MS"))
        label = lambda t: fmt.month(t, lang)  # noqa: E731
        minor = list(pd.date_range(lo, hi, freq="W-MON"))
    ticks = [t for t in ticks if lo <= t <= hi]
    ax.xaxis.set_major_locator(FixedLocator(mdates.date2num(ticks)))
    names = {float(mdates.date2num(t)): label(t) for t in ticks}
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: names.get(float(x), "")))
    ax.xaxis.set_minor_locator(FixedLocator(mdates.date2num([t for t in minor if lo <= t <= hi])))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.tick_params(axis="x", which="minor", length=3)


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
) -> Figure:
    """Events on a time axis, one lane per category, with deadlines drawn as spans.

    Labels never overlap: the article's events and deadlines are labelled first, then the others
    where there is room; the markers of unlabelled events are still drawn. Above ``aggregate_above``
    events (a teacher's GDELT extract, say) the lanes show counts per week (or per month for long
    ranges) instead of single events.

    >>> fig = timeline(start="2020-07-01", end="2020-11-30")
    >>> fig.description.startswith("Timeline of")
    True
    >>> timeline(categories=["weather"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown categories: weather; choose from: executive, legislation, court, ...
    """
    code = resolve(lang)
    if events is None:
        from ..data import load_events

        events = load_events()
    _check_columns(events, REQUIRED)
    frame_ = events
    if categories is not None:
        categories = [str(c) for c in categories]
        known = list(CATEGORY_STYLE) + [
            c for c in frame_["category"].astype(str).unique() if c not in CATEGORY_STYLE
        ]
        unknown = [c for c in categories if c not in known]
        if unknown:
            raise ValueError(f"unknown categories: {', '.join(unknown)}; choose from: {', '.join(known)}")
        frame_ = frame_[frame_["category"].astype(str).isin(categories)]
    dates = pd.to_datetime(frame_["date"])
    lo = pd.Timestamp(start) if start is not None else (dates.min() if len(dates) else ARTICLE_DATE)
    hi = pd.Timestamp(end) if end is not None else (dates.max() if len(dates) else ARTICLE_DATE)
    if hi < lo:
        raise ValueError(f"end ({hi.date()}) is before start ({lo.date()})")
    if hi == lo:
        lo, hi = lo - pd.Timedelta(days=15), hi + pd.Timedelta(days=15)
    keep = (dates >= lo) & (dates <= hi)
    frame_ = frame_[keep.to_numpy()]
    dates = dates[keep.to_numpy()]
    pad = (hi - lo) * 0.02
    long_view = (hi - lo).days > 2 * 366
    if label_chars is None:
        label_chars = 26 if long_view else 34
    x_lo, x_hi = lo - pad, hi + pad

    with house_style():
        owned = ax is None
        if owned:
            fig, ax = new_figure()
        fig = ax.figure
        cats = frame_["category"].astype(str).to_numpy()
        lanes = _lanes(list(dict.fromkeys(cats.tolist()))) or list(categories or ["executive"])
        if owned:  # room for the longest lane name ("Contrôle des investissements" in French)
            longest = max(len(_category_label(c, code)) for c in lanes)
            fig.subplots_adjust(left=max(0.2, 0.06 + 0.0085 * longest), right=0.975, top=0.84, bottom=0.14)
        n_lanes = len(lanes)
        ypos = {c: n_lanes - 1 - i for i, c in enumerate(lanes)}
        ax.set_xlim(mdates.date2num(x_lo), mdates.date2num(x_hi))
        ax.set_ylim(-0.6, n_lanes - 0.4)
        ax.set_yticks(range(n_lanes))
        ax.set_yticklabels([_category_label(c, code) for c in reversed(lanes)])
        ax.grid(axis="y", visible=False)
        for y in range(n_lanes):
            ax.axhline(y, color="#EEEEEE", lw=1.0, zorder=0)
        _date_axis(ax, lo, hi, code)
        ax.set_xlabel(pick({"en": "Date", "fr": "Date"}, code))
        x = mdates.date2num(dates.to_numpy())
        aggregated = len(frame_) > aggregate_above
        n_labelled = 0
        deadline_notes: list[str] = []
        if aggregated:
            note = _draw_counts(ax, x, cats, ypos, lo, hi, code)
            ax.set_ylabel(
                pick(
                    {
                        "en": "Category (bar height: number of events)",
                        "fr": "Catégorie (hauteur : nombre d'événements)",
                    },
                    code,
                )
            )
        else:
            ax.set_ylabel(pick({"en": "Category", "fr": "Catégorie"}, code))
            placer, labels = _draw_events(ax, frame_, x, cats, ypos, code, label_chars)
            event_texts = {label.text for label in labels}  # deadline labels are not events
            if deadlines and "deadline_days" in frame_.columns:
                labels += _draw_deadlines(
                    ax, frame_, dates, cats, ypos, code, deadline_notes, 0.5 if long_view else 1.5
                )
            art = pd.Timestamp(article_date) if article_date is not None else None
            if art is not None and x_lo <= art <= x_hi:
                ax.axvline(mdates.date2num(art), color=MUTED, ls="--", lw=1.4, zorder=1)
                tag = ax.annotate(
                    pick({"en": "Article, ", "fr": "Article du "}, code) + fmt.day(art, code),
                    (mdates.date2num(art), 1),
                    xycoords=("data", "axes fraction"),
                    xytext=(4, -2),
                    textcoords="offset points",
                    ha="left",
                    va="top",
                    fontsize=10.5,
                    color=MUTED,
                    fontstyle="italic",
                    gid="article-date",
                )
                if not placer._inside(tag.get_window_extent(placer.renderer)):
                    tag.set_ha("right")
                    tag.set_position((-4, -2))
                placer.taken.append(tag.get_window_extent(placer.renderer).padded(2))
            for line in ax.lines:
                if line.get_gid() == "deadline":
                    (ax0, ay0), (ax1, _) = ax.transData.transform(
                        np.column_stack([line.get_xdata(), line.get_ydata()])
                    )
                    placer.taken.append(Bbox.from_extents(ax0, ay0 - 5, ax1, ay0 + 5))
            placer.place(labels)
            n_labelled = sum(text.get_text() in event_texts for text in placer.placed)
            note = None
        if note:
            ax.annotate(
                note,
                (1, 1),
                xycoords="axes fraction",
                xytext=(0, 4),
                textcoords="offset points",
                ha="right",
                va="bottom",
                fontsize=10,
                color=MUTED,
                gid="aggregation-note",
            )

        counts = pd.Series(cats).value_counts()
        span_text = f"{fmt.day(lo, code)} – {fmt.day(hi, code)}"
        subtitle = pick(
            {
                "en": f"{fmt.number(len(frame_), code)} events, {span_text}"
                + ("; bars run from an order to its deadline" if deadline_notes else ""),
                "fr": f"{fmt.number(len(frame_), code)} événements, {span_text}"
                + (" ; les barres vont d'un ordre à son échéance" if deadline_notes else ""),
            },
            code,
        )
        if title is None:
            title = pick(
                {
                    "en": "The US government vs TikTok: a timeline",
                    "fr": "Le gouvernement américain contre TikTok : chronologie",
                },
                code,
            )
        busiest = _category_label(counts.index[0], code) if len(counts) else "-"
        busiest_count = fmt.number(counts.iloc[0] if len(counts) else 0, code)
        lanes_en = "1 category" if n_lanes == 1 else f"{n_lanes} categories"
        lanes_fr = "1 catégorie" if n_lanes == 1 else f"{n_lanes} catégories"
        description = pick(
            {
                "en": f"Timeline of {fmt.number(len(frame_), code)} events from {fmt.day(lo, code)} to "
                f"{fmt.day(hi, code)} in {lanes_en}; the busiest is {busiest} ({busiest_count}).",
                "fr": f"Chronologie de {fmt.number(len(frame_), code)} événements du {fmt.day(lo, code)} au "
                f"{fmt.day(hi, code)}, en {lanes_fr} ; la plus fournie : {busiest} ({busiest_count}).",
            },
            code,
        )
        if aggregated:
            description += " " + (note or "") + "."
            art = pd.Timestamp(article_date) if article_date is not None else None
            if art is not None and x_lo <= art <= x_hi:
                ax.axvline(mdates.date2num(art), color=MUTED, ls="--", lw=1.4, zorder=3)
        else:
            description += " " + pick(
                {"en": f"{n_labelled} events are labelled.", "fr": f"{n_labelled} événements sont légendés."},
                code,
            )
        if deadline_notes:
            shown = (" ; " if code == "fr" else "; ").join(deadline_notes[:3])
            more = len(deadline_notes) - 3
            description += " " + pick(
                {
                    "en": f"Deadlines drawn as bars: {shown}" + (f"; and {more} more." if more > 0 else "."),
                    "fr": f"Échéances en barres : {shown}" + (f" ; et {more} autres." if more > 0 else "."),
                },
                lang=code,
            )
        art = pd.Timestamp(article_date) if article_date is not None else None
        if art is not None and x_lo <= art <= x_hi:
            description += " " + pick(
                {
                    "en": f"A dashed line marks the article of {fmt.day(art, code)}.",
                    "fr": f"Un trait pointillé marque l'article du {fmt.day(art, code)}.",
                },
                code,
            )
        unique_sources = pd.unique(frame_["source_title"].astype("string").dropna()) if len(frame_) else []
        frame(
            fig,
            ax,
            title=title,
            subtitle=subtitle,
            sources=unique_sources,
            description=description,
            lang=code,
            owned=owned,
            chart="timeline",
        )
        fig.labelled = n_labelled  # type: ignore[attr-defined]
        fig.aggregated = aggregated  # type: ignore[attr-defined]
    return fig


def _draw_events(
    ax: Axes,
    frame_: pd.DataFrame,
    x: np.ndarray,
    cats: np.ndarray,
    ypos: dict[str, int],
    lang: str,
    label_chars: int,
) -> tuple[LabelPlacer, list[Label]]:
    for category in ypos:
        mask = cats == category
        if not mask.any():
            continue
        colour, marker = _style(category)
        ax.scatter(
            x[mask],
            np.full(mask.sum(), ypos[category]),
            s=90,
            marker=marker,
            color=colour,
            edgecolors="#222222",
            linewidths=0.8,
            zorder=3,
            gid=f"events-{category}",
        )
    fig = ax.figure
    placer = LabelPlacer(ax)
    points = ax.transData.transform(np.column_stack([x, [ypos[c] for c in cats]])) if len(x) else []
    for px, py in points:
        placer.taken.append(Bbox.from_extents(px - 6, py - 6, px + 6, py + 6))
    title_col = _title_column(frame_, lang)
    labels: list[Label] = []
    if title_col is None:
        return placer, labels
    in_article = frame_["in_article"].fillna(False).to_numpy(dtype=bool) if "in_article" in frame_ else None
    marked = "deadline" if "deadline" in frame_ else "deadline_days"
    has_deadline = frame_[marked].notna().to_numpy() if marked in frame_ else np.zeros(len(frame_), dtype=bool)
    titles = frame_[title_col].astype("string").fillna("").to_numpy()
    lane_pt = (ax.get_window_extent(placer.renderer).height / max(len(ypos), 1)) * 72 / fig.dpi
    dy = min(5.0, lane_pt * 0.12)
    around: list[tuple[float, float, str, str]] = [
        (7, dy, "left", "bottom"),
        (7, -dy, "left", "top"),
        (-7, dy, "right", "bottom"),
        (-7, -dy, "right", "top"),
        (9, 0, "left", "center"),
        (-9, 0, "right", "center"),
    ]
    if lane_pt > 40:  # room for a second row of labels above and below the lane
        far = dy + 13
        around += [
            (4, far, "left", "bottom"),
            (4, -far, "left", "top"),
            (-4, far, "right", "bottom"),
            (-4, -far, "right", "top"),
        ]
    for i, (xi, category, text) in enumerate(zip(x, cats, titles, strict=True)):
        if not text:
            continue
        priority = 2.0 * bool(in_article[i]) if in_article is not None else 0.0
        priority += 1.0 * bool(has_deadline[i])
        labels.append(
            Label(
                xi,
                ypos[category],
                shorten(text, label_chars),
                priority - i * 1e-6,
                around,
                {
                    "bbox": {"boxstyle": "square,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.8},
                    "zorder": 5,
                },
            )
        )
    return placer, labels


def _draw_deadlines(
    ax: Axes,
    frame_: pd.DataFrame,
    dates: pd.Series,
    cats: np.ndarray,
    ypos: dict[str, int],
    lang: str,
    notes: list[str],
    priority: float,
) -> list[Label]:
    labels: list[Label] = []
    days = frame_["deadline_days"].to_numpy()
    # The day a deadline fell on: the `deadline` column where the table has one (extensions count
    # their days from an earlier deadline, so date + days would be wrong); else date + days.
    stated = pd.to_datetime(frame_["deadline"]) if "deadline" in frame_ else None
    seen: set[tuple[Any, str, Any]] = set()
    for i, (when, category, d) in enumerate(zip(dates, cats, days, strict=True)):
        by_days = None if pd.isna(d) else when + pd.Timedelta(days=int(d))
        due = stated.iloc[i] if stated is not None else by_days
        if due is None or pd.isna(due) or (when, category, due) in seen:
            continue
        seen.add((when, category, due))
        counted = by_days == due  # the deadline is the event's date plus its days (not a chained extension)
        colour, _ = _style(category)
        y = ypos[category]
        x0, x1 = mdates.date2num(when), mdates.date2num(due)
        ax.plot(
            [x0, x1], [y, y], color=colour, lw=7, alpha=0.35, solid_capstyle="butt", zorder=2, gid="deadline"
        )
        ax.plot([x1], [y], marker="|", markersize=18, mew=2.5, color=colour, zorder=3)
        text = pick(
            {"en": f"{int(d)} days → {fmt.day(due, lang)}", "fr": f"{int(d)} jours → {fmt.day(due, lang)}"}
            if counted
            else {"en": f"→ {fmt.day(due, lang)}", "fr": f"→ {fmt.day(due, lang)}"},
            lang,
        )
        labels.append(
            Label(
                x1,
                y,
                text,
                priority,
                (
                    (4, -6, "left", "top"),
                    (-4, -6, "right", "top"),
                    (4, 6, "left", "bottom"),
                    (-4, 6, "right", "bottom"),
                ),
                {"fontsize": 10, "fontweight": "bold", "color": "#333333"},
            )
        )
        notes.append(
            pick(
                {
                    "en": f"{fmt.day(when, lang)} + {int(d)} days = {fmt.day(due, lang)}",
                    "fr": f"{fmt.day(when, lang)} + {int(d)} jours = {fmt.day(due, lang)}",
                }
                if counted
                else {
                    "en": f"{fmt.day(when, lang)} → deadline {fmt.day(due, lang)}",
                    "fr": f"{fmt.day(when, lang)} → échéance le {fmt.day(due, lang)}",
                },
                lang,
            )
        )
    return labels


def _draw_counts(
    ax: Axes,
    x: np.ndarray,
    cats: np.ndarray,
    ypos: dict[str, int],
    lo: pd.Timestamp,
    hi: pd.Timestamp,
    lang: str,
) -> str:
    """Counts per week (per month past ~8 years) in each lane, one stairs artist per category."""
    span = (hi - lo).days + 1
    width = 7 if span <= 8 * 366 else 30.4375
    origin = mdates.date2num(lo)
    n_bins = int(np.ceil(span / width)) + 1
    index = np.clip(((x - origin) // width).astype(np.int64), 0, n_bins - 1)
    edges = origin + np.arange(n_bins + 1) * width
    codes = {c: i for i, c in enumerate(ypos)}
    cat_index = (
        np.fromiter((codes[c] for c in cats), dtype=np.int64, count=len(cats)) if len(cats) else np.array([])
    )
    grid = np.bincount(cat_index * n_bins + index, minlength=len(ypos) * n_bins).reshape(len(ypos), n_bins)
    top = max(int(grid.max()), 1)
    for category, row in zip(ypos, grid, strict=True):
        colour, _ = _style(category)
        y = ypos[category]
        ax.stairs(
            y - 0.35 + row / top * 0.8,
            edges,
            baseline=y - 0.35,
            fill=True,
            color=colour,
            alpha=0.85,
            edgecolor="#222222",
            lw=0.3,
            gid=f"counts-{category}",
        )
    unit = {"en": "week", "fr": "semaine"} if width == 7 else {"en": "month", "fr": "mois"}
    return pick(
        {
            "en": f"{fmt.number(len(x), lang)} events counted per {unit['en']}; tallest bar: {fmt.number(top, lang)}",
            "fr": f"{fmt.number(len(x), lang)} événements comptés par {unit['fr']} ; barre la plus haute : "
            f"{fmt.number(top, lang)}",
        },
        lang,
    )
