"""Charts of figures: scale on a log axis, growth over time, reported vs record, ownership, votes."""

# ruff: noqa: E501  (bilingual f-strings read better unbroken)

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, LogLocator, NullFormatter

from ..i18n import pick, resolve
from ..schema import label
from . import format as fmt
from .layout import Label, LabelPlacer, frame
from .style import GREY, MUTED, OKABE_ITO, house_style, new_figure, shorten
from .timeline import _date_axis

__all__ = ["growth", "ownership", "reported_vs_record", "scale_comparison", "votes"]

COMPANY = ("company_claim", "company_pledge")

# metrics that count different things: drawing two of them as one line misleads
_FAMILIES = {
    "monthly_active_users": "monthly users",
    "daily_active_users": "daily users",
    "cumulative_downloads": "downloads",
    "users_undefined": "users of unstated kind",
}


def _name(table: str, column: str, key: Any, lang: str) -> str:
    """The learner-facing name of a vocabulary value, from ``datapackage.json``."""
    return label(table, column, key, lang)


def _load_stats(user_stats: pd.DataFrame | None) -> pd.DataFrame:
    if user_stats is not None:
        return user_stats
    from ..data import load_user_stats

    return load_user_stats()


def _label(row: pd.Series, lang: str) -> str:
    for column in (f"label_{lang}", "label_en", "id"):
        if column in row.index and pd.notna(row[column]):
            return str(row[column])
    return "?"


def _as_list(value: str | Sequence[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _words_formatter(lang: str, unit: str | None = None) -> FuncFormatter:
    if unit == "percent":
        return FuncFormatter(lambda v, _p: fmt.percent(v, lang) if v >= 0 else "")
    return FuncFormatter(lambda v, _p: fmt.words(v, lang) if v > 0 else "0")


def _value_text(value: float, qualifier: Any, unit: Any, lang: str) -> str:
    text = fmt.percent(value, lang) if str(unit) == "percent" else fmt.words(value, lang)
    return fmt.qualified(text, qualifier, lang)


# --------------------------------------------------------------------------------------------------
def scale_comparison(
    user_stats: pd.DataFrame | None = None,
    ids: Sequence[str] | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    linear: bool = True,
    title: str | None = None,
    note: str | None = None,
) -> Figure:
    """Figures of very different sizes on a log axis, each written in words, beside a linear axis.

    With a table and no ``ids``, every row of the table is drawn. The default compares the article's "1 billion users", "1,500 staff" and "10,000 jobs" with the
    US population. On the linear panel the small figures vanish: that is why the log axis is needed.

    >>> fig = scale_comparison(lang="fr")
    >>> fig.axes[0].get_xscale(), fig.axes[1].get_xscale()
    ('log', 'linear')
    >>> scale_comparison(ids=["no-such-row"])
    Traceback (most recent call last):
    ...
    ValueError: no user_stats row with id: no-such-row
    """
    code = resolve(lang)
    passed = user_stats is not None
    stats = _load_stats(user_stats)
    if ids is None and passed:  # a table of the learner's choosing: draw all its rows
        ids = list(stats["id"].astype(str))
    if ids is None:
        wanted = ["article-users-1bn", "us-population-2020", "article-jobs-10000", "article-us-staff-1500"]
        ids = [i for i in wanted if i in set(stats["id"].astype(str))]
    ids = list(ids)
    missing = [i for i in ids if i not in set(stats["id"].astype(str))]
    if missing:
        raise ValueError(f"no user_stats row with id: {', '.join(missing)}")
    rows = stats.set_index(stats["id"].astype(str)).loc[ids]
    rows = rows[rows["value"].astype(float) > 0].sort_values("value", ascending=True, kind="stable")
    values = rows["value"].astype(float).to_numpy()
    names = [shorten(_label(r, code), 36) for _, r in rows.iterrows()]
    texts = [
        _value_text(v, q, u, code) for v, q, u in zip(values, rows["qualifier"], rows["unit"], strict=True)
    ]
    colours = [
        OKABE_ITO["blue"]
        if ct in COMPANY
        else (OKABE_ITO["vermillion"] if ct == "press_report" else OKABE_ITO["green"])
        for ct in rows["claim_type"].astype(str)
    ]
    units = ", ".join(dict.fromkeys(_name("user_stats", "unit", u, code) for u in rows["unit"].astype(str)))

    with house_style():
        owned = ax is None
        if owned:
            fig, axes = new_figure(ncols=2 if linear else 1, sharey=True)
            axes = list(np.atleast_1d(axes))
            fig.subplots_adjust(left=0.29, right=0.97, top=0.74, bottom=0.15, wspace=0.12)
        else:
            fig, axes = ax.figure, [ax]
        y = np.arange(len(values))
        log_ax = axes[0]
        log_ax.barh(y, values, color=colours, height=0.6, edgecolor="#222222", lw=0.6, gid="bars")
        log_ax.set_xscale("log")
        lo_exp = int(np.floor(np.log10(values.min()))) - 1 if len(values) else 0
        hi_exp = int(np.ceil(np.log10(values.max() * 1.01))) + 2 if len(values) else 3
        log_ax.set_xlim(10.0**lo_exp, 10.0**hi_exp)
        majors = [10.0**e for e in range(lo_exp, hi_exp) if e % 3 == 0]
        log_ax.xaxis.set_major_locator(FixedLocator(majors))
        log_ax.xaxis.set_major_formatter(_words_formatter(code))
        log_ax.xaxis.set_minor_locator(LogLocator(base=10, subs=(1.0,), numticks=40))
        log_ax.xaxis.set_minor_formatter(NullFormatter())
        log_ax.grid(axis="x", which="minor", color="#EEEEEE")
        log_ax.grid(axis="y", visible=False)
        log_ax.set_yticks(y)
        log_ax.set_yticklabels(names)
        for yi, v, t in zip(y, values, texts, strict=True):
            log_ax.annotate(
                t,
                (v, yi),
                xytext=(5, 0),
                textcoords="offset points",
                va="center",
                fontsize=11.5,
                fontweight="bold",
                gid="value-label",
            )
        log_ax.set_xlabel(
            pick(
                {
                    "en": "Count (log scale: each gridline ×10)",
                    "fr": "Nombre (échelle log : chaque trait ×10)",
                },
                code,
            )
        )
        log_ax.set_title(
            pick(
                {"en": "Log scale: every figure visible", "fr": "Échelle logarithmique : tout se voit"}, code
            ),
            fontsize=12.5,
            color=MUTED,
        )
        hidden: list[str] = []
        if len(axes) > 1:
            lin = axes[1]
            lin.barh(y, values, color=colours, height=0.6, edgecolor="#222222", lw=0.6, gid="bars")
            top = values.max() if len(values) else 1.0
            lin.set_xlim(0, top * 1.12)
            lin.xaxis.set_major_formatter(_words_formatter(code))
            lin.xaxis.set_major_locator(FixedLocator(np.linspace(0, top, 3)))
            lin.grid(axis="y", visible=False)
            lin.tick_params(axis="y", left=False)
            for yi, v, name in zip(y, values, names, strict=True):
                if v < top * 0.01:
                    hidden.append(name)
                    lin.annotate(
                        pick({"en": "too small to see", "fr": "invisible à cette échelle"}, code),
                        (0, yi),
                        xytext=(6, 0),
                        textcoords="offset points",
                        va="center",
                        fontsize=10.5,
                        color=MUTED,
                        fontstyle="italic",
                        gid="hidden-note",
                    )
            lin.set_xlabel(pick({"en": "Count (linear scale)", "fr": "Nombre (échelle linéaire)"}, code))
            lin.set_title(
                pick(
                    {
                        "en": "Linear scale: small figures vanish",
                        "fr": "Échelle linéaire : les petits chiffres disparaissent",
                    },
                    code,
                ),
                fontsize=12.5,
                color=MUTED,
            )
        log_ax.set_ylabel("")
        handles = [
            Line2D([], [], ls="", marker="s", ms=11, color=c, mec="#222222")
            for c in (OKABE_ITO["vermillion"], OKABE_ITO["blue"], OKABE_ITO["green"])
        ]
        kinds = [
            pick({"en": "press report (the article)", "fr": "article de presse"}, code),
            pick({"en": "company claim", "fr": "déclaration d'entreprise"}, code),
            pick({"en": "official or independent", "fr": "source officielle ou indépendante"}, code),
        ]
        present = [
            i
            for i, c in enumerate((OKABE_ITO["vermillion"], OKABE_ITO["blue"], OKABE_ITO["green"]))
            if c in colours
        ]
        if owned:
            fig.legend(
                [handles[i] for i in present],
                [kinds[i] for i in present],
                loc="upper left",
                bbox_to_anchor=(0.005, 0.885),
                ncols=3,
                fontsize=10.5,
                handletextpad=0.3,
            )
        if title is None:
            title = pick(
                {
                    "en": "How big is big? Figures of the case on one scale",
                    "fr": "Grand comment ? Les chiffres de l'affaire sur une même échelle",
                },
                code,
            )
        ratio = values.max() / values.min() if len(values) else 1.0
        description = pick(
            {
                "en": f"Bar chart on a log scale of {len(values)} figures, from {texts[0] if texts else '-'} "
                f"({names[0] if names else '-'}) to {texts[-1] if texts else '-'} ({names[-1] if names else '-'}): "
                f"the largest is {fmt.number(ratio, code)} times the smallest.",
                "fr": f"Diagramme en barres, échelle logarithmique, de {len(values)} chiffres, de "
                f"{texts[0] if texts else '-'} ({names[0] if names else '-'}) à {texts[-1] if texts else '-'} "
                f"({names[-1] if names else '-'}) : le plus grand vaut {fmt.number(ratio, code)} fois le plus petit.",
            },
            code,
        )
        if hidden:
            description += " " + pick(
                {
                    "en": f"On the linear scale {len(hidden)} of them are too small to see.",
                    "fr": f"À l'échelle linéaire, {len(hidden)} sont invisibles.",
                },
                code,
            )
        if note is None:
            note = pick({"en": f"Counts of {units}", "fr": f"Nombres de {units}"}, code)
        frame(
            fig,
            log_ax,
            title=title,
            subtitle=note,
            sources=rows["source_title"],
            description=description,
            lang=code,
            owned=owned,
            chart="scale_comparison",
        )
        fig.ratio = ratio  # type: ignore[attr-defined]
    return fig


# --------------------------------------------------------------------------------------------------
def _check_one_metric(metrics: Sequence[str]) -> None:
    distinct = list(dict.fromkeys(metrics))
    if len(distinct) > 1:
        kinds = ", ".join(f"{m} ({_FAMILIES.get(m, m.replace('_', ' '))})" for m in distinct)
        raise ValueError(
            f"growth() draws one metric per chart, and these count different things: {kinds}. "
            "A line from one to the other would show growth that never happened "
            "(daily users are not monthly users; downloads are not users). "
            f"Draw them one at a time, e.g. growth(metric={distinct[0]!r}) and growth(metric={distinct[1]!r})."
        )


def growth(
    user_stats: pd.DataFrame | None = None,
    metric: str | Sequence[str] = "monthly_active_users",
    scope: str | Sequence[str] | None = None,
    subject: str | Sequence[str] | None = "tiktok",
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    include_article: bool = False,
) -> Figure:
    """One metric over time, one line per scope, with markers and the qualifier of every figure.

    Company claims have filled markers, other sources (independent estimates, surveys, records)
    hollow ones. The August 2020 article's own figures (``in_article``) are what was reported, not
    the record, and are left out unless ``include_article=True``. Mixing metrics that count
    different things on one chart is refused:

    >>> fig = growth(metric="monthly_active_users", scope="world_excl_china")
    >>> len(fig.axes[0].lines[0].get_xdata())
    5
    >>> growth(metric=["monthly_active_users", "daily_active_users"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: growth() draws one metric per chart, and these count different things: ...
    """
    code = resolve(lang)
    stats = _load_stats(user_stats)
    metrics = _as_list(metric) or []
    _check_one_metric(metrics)
    known = list(dict.fromkeys(stats["metric"].astype(str)))
    unknown = [m for m in metrics if m not in known]
    if unknown:
        raise ValueError(
            f"no rows with metric {', '.join(unknown)}; the metrics in this table are: {', '.join(known)}"
        )
    rows = stats[stats["metric"].astype(str).isin(metrics)]
    if not include_article and "in_article" in rows:
        rows = rows[~rows["in_article"].fillna(False).astype(bool)]
    subjects, scopes = _as_list(subject), _as_list(scope)
    if subjects is not None:
        rows = rows[rows["subject"].astype(str).isin(subjects)]
    if scopes is not None:
        rows = rows[rows["scope"].astype(str).isin(scopes)]
    if rows.empty:
        raise ValueError(
            f"no {metrics[0]} rows for subject={subject!r}, scope={scope!r}; "
            f"scopes with this metric: {', '.join(sorted(set(stats.loc[stats['metric'].astype(str).isin(metrics), 'scope'].astype(str))))}"
        )
    rows = rows.sort_values("date", kind="stable")
    unit = str(rows["unit"].iloc[0])
    metric_name = _name("user_stats", "metric", metrics[0], code)
    series = list(dict.fromkeys(zip(rows["subject"].astype(str), rows["scope"].astype(str), strict=True)))
    palette = [OKABE_ITO[k] for k in ("blue", "vermillion", "green", "purple", "orange", "sky_blue", "black")]
    markers = ["o", "s", "D", "^", "v", "P", "X"]

    with house_style():
        owned = ax is None
        if owned:
            fig, ax = new_figure()
            fig.subplots_adjust(left=0.12, right=0.96, top=0.8, bottom=0.16)
        fig = ax.figure
        dates = pd.to_datetime(rows["date"])
        lo, hi = dates.min(), dates.max()
        span = max(hi - lo, pd.Timedelta(days=120))
        ax.set_xlim(mdates.date2num(lo - span * 0.12), mdates.date2num(hi + span * 0.12))
        vmax = float(rows["value"].max())
        ax.set_ylim(0, vmax * 1.22)
        _date_axis(ax, lo - span * 0.12, hi + span * 0.12, code)
        ax.yaxis.set_major_formatter(_words_formatter(code, unit))
        labels: list[Label] = []
        legend_handles, legend_names = [], []
        for k, (subj, scp) in enumerate(series):
            part = rows[(rows["subject"].astype(str) == subj) & (rows["scope"].astype(str) == scp)]
            x = mdates.date2num(pd.to_datetime(part["date"]).to_numpy())
            v = part["value"].astype(float).to_numpy()
            colour, marker = palette[k % len(palette)], markers[k % len(markers)]
            ax.plot(x, v, color=colour, lw=2.2, zorder=2, gid=f"series-{subj}-{scp}")
            company = part["claim_type"].astype(str).isin(COMPANY).to_numpy()
            ax.scatter(
                x[company],
                v[company],
                marker=marker,
                s=95,
                color=colour,
                edgecolors="#222222",
                linewidths=0.9,
                zorder=3,
                gid="company-claims",
            )
            ax.scatter(
                x[~company],
                v[~company],
                marker=marker,
                s=95,
                facecolors="white",
                edgecolors=colour,
                linewidths=2.2,
                zorder=3,
                gid="other-sources",
            )
            legend_handles.append(Line2D([], [], color=colour, marker=marker, ms=9, mec="#222222"))
            name = _name("user_stats", "scope", scp, code)
            legend_names.append(name if len(set(s for s, _ in series)) == 1 else f"{subj}, {name}")
            for i, (xi, vi, q) in enumerate(zip(x, v, part["qualifier"], strict=True)):
                labels.append(
                    Label(
                        xi,
                        vi,
                        _value_text(vi, q, unit, code),
                        1.0 + (i == len(x) - 1),
                        (
                            (0, 9, "center", "bottom"),
                            (8, 6, "left", "bottom"),
                            (8, -6, "left", "top"),
                            (-8, 6, "right", "bottom"),
                            (0, -10, "center", "top"),
                            (12, -2, "left", "top"),  # beside a steep line: right of the point, below it
                            (0, 26, "center", "bottom"),
                        ),
                        {"fontsize": 10.5},
                    )
                )
        fig_handles = [
            Line2D([], [], ls="", marker="o", ms=9, color="#555555", mec="#222222"),
            Line2D([], [], ls="", marker="o", ms=9, mfc="white", mec="#555555", mew=2),
        ]
        fig_names = [
            pick({"en": "company claim", "fr": "déclaration de l'entreprise"}, code),
            pick(
                {
                    "en": "other source (estimate, survey, record)",
                    "fr": "autre source (estimation, enquête, document officiel)",
                },
                code,
            ),
        ]
        ax.legend(legend_handles + fig_handles, legend_names + fig_names, loc="best", fontsize=10.5)
        placer = LabelPlacer(ax)
        leg = ax.get_legend()
        placer.taken.append(leg.get_window_extent(placer.renderer))
        for line in ax.lines:
            pts = ax.transData.transform(np.column_stack([line.get_xdata(), line.get_ydata()]))
            for (ax0, ay0), (ax1, ay1) in itertools.pairwise(pts):
                for t in np.linspace(0, 1, 8):
                    px, py = ax0 + (ax1 - ax0) * t, ay0 + (ay1 - ay0) * t
                    placer.taken.append(_box(px, py, 5))
        placer.place(labels)
        ax.set_xlabel(pick({"en": "Date of the figure", "fr": "Date du chiffre"}, code))
        ax.set_ylabel(f"{metric_name} ({_name('user_stats', 'unit', unit, code)})")
        if title is None:
            subj_names = ", ".join(
                dict.fromkeys(s.capitalize() if s != "tiktok" else "TikTok" for s, _ in series)
            )
            title = pick(
                {"en": f"{subj_names}: {metric_name.lower()}", "fr": f"{subj_names} : {metric_name.lower()}"},
                code,
            )
        subtitle = pick(
            {
                "en": "Each point is a figure as its source stated it; labels keep the qualifier",
                "fr": "Chaque point est un chiffre tel que sa source l'énonce, avec son qualificatif",
            },
            code,
        )
        first, last = rows.iloc[0], rows.iloc[-1]
        description = pick(
            {
                "en": f"Line chart of {metric_name.lower()} ({len(rows)} figures, {len(series)} line"
                f"{'s' if len(series) > 1 else ''}): from {_value_text(first['value'], first['qualifier'], unit, code)}"
                f" in {fmt.month(first['date'], code)} to {_value_text(last['value'], last['qualifier'], unit, code)}"
                f" in {fmt.month(last['date'], code)}.",
                "fr": f"Courbe : {metric_name.lower()} ({len(rows)} chiffres, {len(series)} courbe"
                f"{'s' if len(series) > 1 else ''}) : de {_value_text(first['value'], first['qualifier'], unit, code)}"
                f" en {fmt.month(first['date'], code)} à {_value_text(last['value'], last['qualifier'], unit, code)}"
                f" en {fmt.month(last['date'], code)}.",
            },
            code,
        )
        frame(
            fig,
            ax,
            title=title,
            subtitle=subtitle,
            sources=rows["source_title"],
            description=description,
            lang=code,
            owned=owned,
            chart="growth",
        )
    return fig


def _box(x: float, y: float, r: float) -> Any:
    from matplotlib.transforms import Bbox

    return Bbox.from_extents(x - r, y - r, x + r, y + r)


# --------------------------------------------------------------------------------------------------
def reported_vs_record(
    figures: pd.DataFrame | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
) -> Figure:
    """What the August 2020 article said beside what the record shows, one panel per headline figure.

    >>> fig = reported_vs_record()
    >>> len(fig.axes)
    3
    """
    code = resolve(lang)
    if figures is None:
        from ..data import headline_figures

        figures = headline_figures(code)
    groups = list(dict.fromkeys(figures["reported_id"].astype(str)))
    art, rec = OKABE_ITO["vermillion"], OKABE_ITO["blue"]
    with house_style():
        owned = ax is None
        if owned:
            heights = [1 + (figures["reported_id"].astype(str) == g).sum() for g in groups]
            fig, axes = new_figure(nrows=len(groups), gridspec_kw={"height_ratios": heights, "hspace": 0.75})
            axes = list(np.atleast_1d(axes))
            fig.subplots_adjust(left=0.37, right=0.93, top=0.8, bottom=0.125)
        else:
            fig, axes = ax.figure, [ax] * len(groups)
        sentences: list[str] = []
        shared_ticks: list[float] = []
        shared_names: list[str] = []
        offset = 0.0
        for panel, gid in zip(axes, groups, strict=True):
            part = figures[figures["reported_id"].astype(str) == gid]
            first = part.iloc[0]
            names = [pick({"en": "The article (Aug 2020)", "fr": "L'article (août 2020)"}, code)]
            names += [
                f"{shorten(str(r).split(' (')[0], 36)} ({fmt.month(d, code)})"
                for r, d in zip(part["record_label"], part["record_date"], strict=True)
            ]
            vals = [float(first["reported_value"]), *part["record_value"].astype(float)]
            quals = [first["reported_qualifier"], *part["record_qualifier"]]
            y = np.arange(len(vals))[::-1] + offset
            bars = panel.barh(
                y,
                vals,
                height=0.62,
                color=[art] + [rec] * (len(vals) - 1),
                edgecolor="#222222",
                lw=0.6,
                gid="bars",
            )
            bars[0].set_hatch("//")
            top = max(vals)
            if owned:
                panel.set_xlim(0, top * 1.45)
                panel.xaxis.set_major_locator(FixedLocator(np.linspace(0, top, 3)))
                panel.set_yticks(y)
                panel.set_yticklabels(names)
            else:  # one shared axes: stack the groups and use a log scale, their sizes differ so much
                offset -= len(vals) + 1
                shared_ticks += list(y)
                shared_names += names
                panel.set_xscale("log")
                panel.set_yticks(shared_ticks)
                panel.set_yticklabels(shared_names)
            panel.xaxis.set_major_formatter(_words_formatter(code))
            panel.grid(axis="y", visible=False)
            for yi, v, q in zip(y, vals, quals, strict=True):
                panel.annotate(
                    fmt.qualified(fmt.words(v, code), q, code),
                    (v, yi),
                    xytext=(5, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=11,
                    fontweight="bold",
                    gid="value-label",
                )
            metric = str(part["record_metric"].iloc[0])
            panel.set_title(str(first["reported_label"]), fontsize=12.5, loc="left")
            panel.set_xlabel(
                _name("user_stats", "metric", metric, code) + pick({"en": " (count)", "fr": " (nombre)"}, code),
                fontsize=10.5,
                labelpad=2,
            )
            pairs = ", ".join(f"{fmt.words(v, code)} ({n})" for v, n in zip(vals[1:], names[1:], strict=True))
            sentences.append(
                pick(
                    {
                        "en": f"{first['reported_label']}: {fmt.words(vals[0], code)}; record: {pairs}.",
                        "fr": f"{first['reported_label']} : {fmt.words(vals[0], code)} ; sources : {pairs}.",
                    },
                    code,
                )
            )
        if title is None:
            title = pick(
                {
                    "en": "What the article said, and what the record shows",
                    "fr": "Ce que disait l'article, et ce que montrent les sources",
                },
                code,
            )
        subtitle = pick(
            {
                "en": "Hatched: the article's figure; blue: the company's own figures, with their dates",
                "fr": "Hachuré : le chiffre de l'article ; bleu : les chiffres de l'entreprise, datés",
            },
            code,
        )
        description = pick(
            {
                "en": "Bar charts comparing the article's three headline figures with the record. ",
                "fr": "Barres comparant les trois chiffres clés de l'article aux sources. ",
            },
            code,
        )
        description += " ".join(sentences)
        frame(
            fig,
            axes[0],
            title=title,
            subtitle=subtitle,
            sources=figures["record_source"],
            description=description,
            lang=code,
            owned=owned,
            chart="reported_vs_record",
        )
    return fig


# --------------------------------------------------------------------------------------------------
def _actor_names(lang: str) -> dict[str, str]:
    try:
        from ..data import load_actors

        actors = load_actors()
    except (ValueError, OSError):  # a table being edited: fall back to readable ids
        return {}
    column = f"name_{lang}" if f"name_{lang}" in actors.columns else "name_en"
    return dict(zip(actors["id"].astype(str), actors[column].astype(str), strict=True))


def ownership(
    ownership: pd.DataFrame | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    names: dict[str, str] | None = None,
    title: str | None = None,
) -> Figure:
    """Reported shares of the 2026 TikTok US joint venture, as bars, with any unreported rest shown as such.

    The shipped shares add up to 100%. When a table's shares add up to less (a teacher's own
    file, or the 95% of the baseline fixture), the last bar says "not reported" rather than
    inventing an owner for the rest.

    >>> from lessons_lib.charts import baselines
    >>> fig = ownership(baselines.fixture_ownership())
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()][-1]
    'Not reported in the sources'
    """
    code = resolve(lang)
    if ownership is None:
        from ..data import load_ownership

        ownership = load_ownership()
    rows = ownership.sort_values("share_percent", ascending=False, kind="stable")
    lookup = {**_actor_names(code), **(names or {})}
    holders = [lookup.get(h, h.replace("-", " ").capitalize()) for h in rows["holder"].astype(str)]
    shares = rows["share_percent"].astype(float).to_numpy()
    rest = 100.0 - shares.sum()
    with house_style():
        owned = ax is None
        if owned:
            fig, ax = new_figure()
            fig.subplots_adjust(left=0.3, right=0.95, top=0.8, bottom=0.16)
        fig = ax.figure
        labels = [shorten(h, 34) for h in holders]
        values = list(shares)
        if rest > 0.05:
            labels.append(
                pick({"en": "Not reported in the sources", "fr": "Non indiqué par les sources"}, code)
            )
            values.append(rest)
        y = np.arange(len(values))[::-1]
        colours = [
            OKABE_ITO["vermillion"] if "bytedance" == h else OKABE_ITO["blue"]
            for h in rows["holder"].astype(str)
        ]
        bars = ax.barh(
            y[: len(shares)], shares, height=0.62, color=colours, edgecolor="#222222", lw=0.6, gid="bars"
        )
        if rest > 0.05:
            ax.barh(
                y[-1:],
                [rest],
                height=0.62,
                color="white",
                edgecolor=GREY,
                hatch="///",
                lw=1.2,
                gid="unreported",
            )
        for yi, v, q in zip(y, values, [*rows["qualifier"], "exact"], strict=False):
            ax.annotate(
                fmt.qualified(fmt.percent(v, code), q, code),
                (v, yi),
                xytext=(5, 0),
                textcoords="offset points",
                va="center",
                fontsize=11.5,
                fontweight="bold",
                gid="value-label",
            )
        ax.set_yticks(y)
        ax.set_yticklabels(labels)
        ax.grid(axis="y", visible=False)
        ax.set_xlim(0, max(values) * 1.3)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.percent(v, code)))
        ax.set_xlabel(
            pick({"en": "Share of the joint venture (%)", "fr": "Part de la coentreprise (%)"}, code)
        )
        ax.set_ylabel(pick({"en": "Shareholder", "fr": "Actionnaire"}, code))
        if "bytedance" in set(rows["holder"].astype(str)):
            ax.legend(
                [bars[list(rows["holder"].astype(str)).index("bytedance")]],
                [
                    pick(
                        {
                            "en": "ByteDance (Chinese parent company)",
                            "fr": "ByteDance (maison mère chinoise)",
                        },
                        code,
                    )
                ],
                loc="lower right",
            )
        when = fmt.month(pd.to_datetime(rows["date"]).max(), code) if "date" in rows else ""
        if title is None:
            title = pick(
                {
                    "en": "Who owns TikTok's US joint venture?",
                    "fr": "À qui appartient la coentreprise américaine de TikTok ?",
                },
                code,
            )
        subtitle = pick(
            {
                "en": f"Shares as reported ({when}); they add up to {fmt.percent(shares.sum(), code)}",
                "fr": f"Parts telles que rapportées ({when}) ; leur total fait {fmt.percent(shares.sum(), code)}",
            },
            code,
        )
        parts = ", ".join(f"{h} {fmt.percent(v, code)}" for h, v in zip(holders, shares, strict=True))
        description = pick(
            {
                "en": f"Bar chart of the reported shares of TikTok's US joint venture: {parts}."
                + (f" The remaining {fmt.percent(rest, code)} is not reported." if rest > 0.05 else ""),
                "fr": f"Barres des parts rapportées de la coentreprise américaine de TikTok : {parts}."
                + (f" Les {fmt.percent(rest, code)} restants ne sont pas indiqués." if rest > 0.05 else ""),
            },
            code,
        )
        frame(
            fig,
            ax,
            title=title,
            subtitle=subtitle,
            sources=rows["source_title"],
            description=description,
            lang=code,
            owned=owned,
            chart="ownership",
        )
        fig.unreported = rest  # type: ignore[attr-defined]
    return fig


# --------------------------------------------------------------------------------------------------
def _bill(text: str) -> str:
    first = text.split(",")[0]
    return first if first.startswith(("H.R.", "S.", "H.Res.")) else shorten(text, 28)


def votes(
    votes: pd.DataFrame | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
) -> Figure:
    """Roll-call votes on the 2024 divest-or-ban law: yeas beside nays for each vote.

    >>> fig = votes()
    >>> [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "yeas-label"][:2]
    ['352 yeas (84.4%)', '360 yeas (86.1%)']
    """
    code = resolve(lang)
    if votes is None:
        from ..data import load_votes

        votes = load_votes()
    rows = votes.sort_values("date", kind="stable")
    yeas = rows["yeas"].astype(float).to_numpy()
    nays = rows["nays"].astype(float).to_numpy()
    with house_style():
        owned = ax is None
        if owned:
            fig, ax = new_figure()
            fig.subplots_adjust(left=0.24, right=0.9, top=0.76, bottom=0.16)
        fig = ax.figure
        y = np.arange(len(rows))[::-1]
        total = np.where(yeas + nays > 0, yeas + nays, 1)
        yes_pct, no_pct = 100 * yeas / total, 100 * nays / total
        ax.barh(y, yes_pct, height=0.6, color=OKABE_ITO["blue"], edgecolor="#222222", lw=0.6, gid="yeas")
        ax.barh(
            y,
            no_pct,
            left=yes_pct,
            height=0.6,
            color=OKABE_ITO["orange"],
            edgecolor="#222222",
            lw=0.6,
            hatch="//",
            gid="nays",
        )
        ax.axvline(50, color="#222222", lw=1.2, ls=":", zorder=4)
        ax.annotate(
            pick({"en": "half", "fr": "moitié"}, code),
            (50, 1),
            xycoords=("data", "axes fraction"),
            xytext=(3, 2),
            textcoords="offset points",
            fontsize=10,
            color=MUTED,
            va="bottom",
        )
        names = []
        for yi, (_, r), ye, na, yp in zip(y, rows.iterrows(), yeas, nays, yes_pct, strict=True):
            ax.annotate(
                pick(
                    {
                        "en": f"{int(ye)} yeas ({fmt.percent(yp, code)})",
                        "fr": f"{int(ye)} pour ({fmt.percent(yp, code)})",
                    },
                    code,
                ),
                (yp / 2, yi),
                ha="center",
                va="center",
                color="white",
                fontsize=12,
                fontweight="bold",
                gid="yeas-label",
            )
            ax.annotate(
                pick({"en": f"{int(na)} nays", "fr": f"{int(na)} contre"}, code),
                (100, yi),
                xytext=(6, 0),
                textcoords="offset points",
                va="center",
                fontsize=12,
                gid="nays-label",
            )
            names.append(
                f"{_name('votes', 'chamber', r['chamber'], code)}, {fmt.day(r['date'], code)}\n{_bill(str(r['bill']))}"
            )
        ax.set_yticks(y)
        ax.set_yticklabels(names, fontsize=11)
        ax.grid(axis="y", visible=False)
        ax.set_xlim(0, 100)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.percent(v, code)))
        ax.set_xlabel(pick({"en": "Share of members voting (%)", "fr": "Part des élus votants (%)"}, code))
        handles = [ax.containers[0][0], ax.containers[1][0]] if len(ax.containers) >= 2 else []
        ax.legend(
            handles,
            [
                pick({"en": "Yea (for)", "fr": "Pour"}, code),
                pick({"en": "Nay (against)", "fr": "Contre"}, code),
            ],
            loc="lower left",
            bbox_to_anchor=(0, 1.0),
            ncols=2,
            fontsize=11,
        )
        if title is None:
            title = pick(
                {
                    "en": "The 2024 divest-or-ban law passed by wide margins",
                    "fr": "La loi de 2024 « vendre ou être interdit » votée à de larges majorités",
                },
                code,
            )
        subtitle = pick(
            {
                "en": "Roll-call votes in Congress; members absent or voting 'present' are not shown",
                "fr": "Votes nominatifs au Congrès ; absents et abstentions non représentés",
            },
            code,
        )
        items = (" ; " if code == "fr" else "; ").join(
            f"{_name('votes', 'chamber', r['chamber'], code)} {fmt.day(r['date'], code)}{' : ' if code == 'fr' else ': '}{int(ye)}–{int(na)}"
            for (_, r), ye, na in zip(rows.iterrows(), yeas, nays, strict=True)
        )
        description = pick(
            {
                "en": f"Bar chart of {len(rows)} roll-call votes, yeas against nays: {items}.",
                "fr": f"Barres de {len(rows)} votes nominatifs, pour contre contre : {items}.",
            },
            code,
        )
        description = description.replace("pour contre contre", "pour face à contre")
        frame(
            fig,
            ax,
            title=title,
            subtitle=subtitle,
            sources=rows["source_title"],
            description=description,
            lang=code,
            owned=owned,
            chart="votes",
        )
    return fig
