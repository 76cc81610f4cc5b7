"""One metric over time: a line per subject and scope, every figure with its qualifier."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox

from .. import fmt
from ..data import load_actors, load_user_stats
from ..i18n import N_, gettext, ngettext, resolve
from ..schema import label
from ._base import Chart, Plotter, case_default, shared_docs
from .axes import around, date_axis, words_formatter
from .layout import Label, LabelPlacer
from .style import INK, MUTED, OKABE_ITO

__all__ = ["growth"]

COMPANY = ("company_claim", "company_pledge")
PALETTE = [OKABE_ITO[k] for k in ("blue", "vermillion", "green", "purple", "orange", "sky_blue", "black")]
MARKERS = ["o", "s", "D", "^", "v", "P", "X"]

# metrics that count different things: drawing two of them as one line misleads
_FAMILIES = {
    "monthly_active_users": N_("monthly users"),
    "daily_active_users": N_("daily users"),
    "cumulative_downloads": N_("downloads"),
    "users_undefined": N_("users of unstated kind"),
}
_ONE_METRIC = N_("growth() draws one metric per chart, and these count different things: {kinds}. A line from one "
                 "to the other would show growth that never happened (daily users are not monthly users; downloads "
                 "are not users). Draw them one at a time, e.g. growth(metric='{first}') and "
                 "growth(metric='{second}').")


@shared_docs
def growth(
    user_stats: pd.DataFrame | None = None,
    metric: str | Sequence[str] | None = None,
    scope: str | Sequence[str] | None = None,
    subject: str | Sequence[str] | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    include_article: bool | None = None,
    **kwargs: Any,
) -> Chart:
    """One metric over time, one line per subject and scope, each figure with its qualifier.

    Company claims have filled markers, other sources (independent estimates, surveys, records)
    hollow ones. Mixing metrics that count different things on one chart is refused.

    Parameters
    ----------
    user_stats : DataFrame, optional
        The figures to draw (the columns of ``load_user_stats()``); every row is drawn. Default:
        the shipped table, with the case's subject (``tiktok``), monthly active users and without
        the August 2020 article's own figures (what was reported is not the record).
    metric, scope, subject : str or list of str, optional
        Keep only the rows with these values (a shortcut for the pandas selection).
    {lang}
    {ax}
    title : str, optional
        The title; default: the subjects' names and the metric.
    include_article : bool, optional
        Keep the rows flagged ``in_article``; default: yes for a table you pass, no for the
        shipped one.
    **kwargs
        Passed to the ``plot`` call that draws each line (e.g. ``lw=3``).

    Examples
    --------
    >>> stats = load_user_stats()
    >>> world = stats[(stats["metric"] == "monthly_active_users") & (stats["scope"] == "world_excl_china")
    ...               & (stats["subject"] == "tiktok") & ~stats["in_article"]]
    >>> len(growth(world).ax.lines[0].get_xdata())
    5
    >>> growth(metric=["monthly_active_users", "daily_active_users"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: growth() draws one metric per chart, and these count different things: ...
    """
    shipped = user_stats is None
    rows = load_user_stats() if shipped else user_stats
    if shipped:
        metric = "monthly_active_users" if metric is None else metric
        subject = case_default("subject") if subject is None else subject
    rows = _select(rows, metric, scope, subject, include_article if include_article is not None else not shipped)
    return _GrowthPlotter(rows, lang).draw(ax, title, kwargs)


def _as_list(value: str | Sequence[str] | None) -> list[str] | None:
    return None if value is None else [value] if isinstance(value, str) else [str(v) for v in value]


def _select(stats: pd.DataFrame, metric: Any, scope: Any, subject: Any, include_article: bool) -> pd.DataFrame:
    """The rows with these metric, scope and subject values, refusing metrics that count different things."""
    metrics = _as_list(metric) or list(dict.fromkeys(stats["metric"]))
    _check_one_metric(metrics)
    known = list(dict.fromkeys(stats["metric"]))
    unknown = [m for m in metrics if m not in known]
    if unknown:
        raise ValueError(gettext("no rows with metric {unknown}; the metrics in this table are: {known}").format(
            unknown=", ".join(unknown), known=", ".join(known)))
    rows = stats[stats["metric"].isin(metrics)]
    if not include_article and "in_article" in rows:
        rows = rows[~rows["in_article"].fillna(False).astype(bool)]
    for column, wanted in (("subject", _as_list(subject)), ("scope", _as_list(scope))):
        if wanted is not None:
            rows = rows[rows[column].isin(wanted)]
    if rows.empty:
        scopes = sorted(set(stats.loc[stats["metric"].isin(metrics), "scope"]))
        raise ValueError(gettext("no {metric} rows for subject={subject}, scope={scope}; scopes with this metric: "
                                 "{scopes}").format(metric=metrics[0], subject=repr(subject), scope=repr(scope),
                                                    scopes=", ".join(scopes)))
    return rows.sort_values("date", kind="stable")


def _check_one_metric(metrics: Sequence[str], lang: str | None = None) -> None:
    distinct = list(dict.fromkeys(metrics))
    if len(distinct) > 1:
        code = resolve(lang)
        kinds = ", ".join(f"{m} ({gettext(_FAMILIES[m], code) if m in _FAMILIES else m.replace('_', ' ')})"
                          for m in distinct)
        raise ValueError(gettext(_ONE_METRIC, code).format(kinds=kinds, first=distinct[0], second=distinct[1]))


def _subject_names(subjects: Sequence[str], lang: str) -> list[str]:
    """Names from the actors table ("TikTok (the app; ...)" -> "TikTok"); an unknown id as written."""
    actors = load_actors().set_index("id")
    column = f"name_{lang}" if f"name_{lang}" in actors else "name_en"
    return [str(actors.at[s, column]).split(" (")[0] if s in actors.index else s for s in subjects]


class _GrowthPlotter(Plotter):
    kind = "growth"

    def __init__(self, rows: pd.DataFrame, lang: str | None) -> None:
        super().__init__(rows, lang)
        self.unit = str(rows["unit"].iloc[0])
        self.metric = label("user_stats", "metric", rows["metric"].iloc[0], self.lang)
        self.series = list(dict.fromkeys(zip(rows["subject"], rows["scope"], strict=True)))
        subjects = list(dict.fromkeys(s for s, _ in self.series))
        self.names = dict(zip(subjects, _subject_names(subjects, self.lang), strict=True))

    def plot(self, ax: Axes, kwargs: dict[str, Any]) -> None:
        dates = pd.to_datetime(self.rows["date"])
        span = max(dates.max() - dates.min(), pd.Timedelta(days=120))
        lo, hi = dates.min() - span * 0.12, dates.max() + span * 0.12
        ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
        ax.set_ylim(0, float(self.rows["value"].max()) * 1.22)
        date_axis(ax, lo, hi, self.lang)
        ax.yaxis.set_major_formatter(words_formatter(self.lang, self.unit))
        labels, handles, names, kinds = [], [], [], set()
        for k, (subject, scope) in enumerate(self.series):
            part = self.rows[(self.rows["subject"] == subject) & (self.rows["scope"] == scope)]
            colour, marker = PALETTE[k % len(PALETTE)], MARKERS[k % len(MARKERS)]
            labels += self.draw_series(ax, part, colour, marker, kwargs, subject, scope)
            company = part["claim_type"].isin(COMPANY)
            kinds |= {"company"} if company.any() else set()
            kinds |= {"other"} if (~company).any() else set()
            handles.append(Line2D([], [], color=colour, marker=marker, ms=9, mec=INK))
            where = label("user_stats", "scope", scope, self.lang)
            names.append(where if len(self.names) == 1 else f"{self.names[subject]}, {where}")
        for kind in ("company", "other"):  # only the marker styles that are on the chart
            if kind in kinds:
                filled = kind == "company"
                handles.append(Line2D([], [], ls="", marker="o", ms=9, mec=INK if filled else MUTED, color=MUTED,
                                      mfc=MUTED if filled else "white", mew=1 if filled else 2))
                names.append(gettext("company claim", self.lang) if kind == "company" else
                             gettext("other source (estimate, survey, record)", self.lang))
        ax.legend(handles, names, loc="upper left", fontsize=10.5)  # lines rise to the right: upper left is free
        self.place_labels(ax, labels)
        ax.set_xlabel(gettext("Date of the figure", self.lang))
        ax.set_ylabel(self.metric)  # the metric names what is counted ("monthly active users"); no unit repeated

    def draw_series(self, ax: Axes, part: pd.DataFrame, colour: str, marker: str, kwargs: dict[str, Any],
                    subject: str, scope: str) -> list[Label]:
        x = mdates.date2num(pd.to_datetime(part["date"]).to_numpy())
        v = part["value"].astype(float).to_numpy()
        ax.plot(x, v, **{"color": colour, "lw": 2.2, "zorder": 2, "gid": f"series-{subject}-{scope}", **kwargs})
        company = part["claim_type"].isin(COMPANY).to_numpy()
        ax.scatter(x[company], v[company], marker=marker, s=95, color=colour, edgecolors=INK, linewidths=0.9,
                   zorder=3, gid="company-claims")
        ax.scatter(x[~company], v[~company], marker=marker, s=95, facecolors="white", edgecolors=colour,
                   linewidths=2.2, zorder=3, gid="other-sources")
        spots = ((0, 9, "center", "bottom"), (8, 6, "left", "bottom"), (8, -6, "left", "top"),
                 (-8, 6, "right", "bottom"), (0, -10, "center", "top"),
                 (12, -2, "left", "top"),  # beside a steep line: right of the point, below it
                 (0, 26, "center", "bottom"))
        return [Label(xi, vi, fmt.figure(vi, q, self.unit, self.lang), 1.0 + (i == len(x) - 1), spots,
                      {"fontsize": 10.5})
                for i, (xi, vi, q) in enumerate(zip(x, v, part["qualifier"], strict=True))]

    def place_labels(self, ax: Axes, labels: list[Label]) -> None:
        """Value labels where they cover neither the legend nor a line."""
        placer = LabelPlacer(ax, leader=30)
        placer.taken.append(ax.get_legend().get_window_extent(placer.renderer))
        area = ax.get_window_extent(placer.renderer)  # keep labels off the x axis ("fewer than 500" at 0)
        placer.taken.append(Bbox.from_extents(area.x0, area.y0 - 2, area.x1, area.y0 + 4))
        for line in ax.lines:
            points = ax.transData.transform(np.column_stack([line.get_xdata(), line.get_ydata()]))
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                placer.taken += [around(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, 5) for t in np.linspace(0, 1, 8)]
        placer.place(labels)

    def default_title(self) -> str:
        subjects = ", ".join(self.names.values())
        return gettext("{subjects}: {metric}", self.lang).format(subjects=subjects, metric=self.metric.lower())

    def subtitle(self) -> str:
        return gettext("Each point is a figure as its source stated it; labels keep the qualifier", self.lang)

    def describe(self) -> str:
        first, last = self.rows.iloc[0], self.rows.iloc[-1]
        a = f"{fmt.figure(first['value'], first['qualifier'], self.unit, self.lang)}"
        b = f"{fmt.figure(last['value'], last['qualifier'], self.unit, self.lang)}"
        m1, m2 = fmt.month(first["date"], self.lang), fmt.month(last["date"], self.lang)
        n, k = len(self.rows), len(self.series)
        return ngettext("Line chart of {metric} ({n} figures, {k} line): from {a} in {m1} to {b} in {m2}.",
                        "Line chart of {metric} ({n} figures, {k} lines): from {a} in {m1} to {b} in {m2}.",
                        k, self.lang).format(metric=self.metric.lower(), n=n, k=k, a=a, b=b, m1=m1, m2=m2)
