"""Chart tests: what was drawn (points, labels, source line, scales, French) and, for three key
charts, an image comparison with the committed baselines (``make baselines``)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import chart_fixtures as baselines
import numpy as np
import pandas as pd
import pytest
from matplotlib.testing.compare import compare_images

from lessons_lib import charts
from lessons_lib.charts.layout import find_text

BASELINE_DIR = Path(__file__).parent / "baseline_images"


@pytest.fixture
def events() -> pd.DataFrame:
    return baselines.fixture_events()


@pytest.fixture
def stats() -> pd.DataFrame:
    return baselines.fixture_user_stats()


def png(fig) -> bytes:
    buffer = io.BytesIO()
    charts.save(fig, buffer, format="png")
    return buffer.getvalue()


def texts(fig, gid: str) -> list[str]:
    fig = getattr(fig, "figure", fig)
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_gid() == gid]


# --- timeline -------------------------------------------------------------------------------------
def test_timeline_draws_every_event_with_deadlines_and_article_date(events):
    fig = charts.timeline(events, start="2020-07-01", end="2020-11-30", lang="en")
    ax = fig.ax
    points = sum(len(c.get_offsets()) for c in ax.collections if str(c.get_gid()).startswith("events-"))
    assert points == len(events)
    deadlines = [line for line in ax.lines if line.get_gid() == "deadline"]
    ends = sorted(pd.Timestamp(matplotlib.dates.num2date(line.get_xdata()[1]).date()) for line in deadlines)
    assert ends == [pd.Timestamp("2020-09-20"), pd.Timestamp("2020-11-12")]
    assert texts(fig, "article-date") == ["Day reported, 17 Aug 2020"]  # the report (18 Aug) relates the 17th
    assert "20 Sep 2020" in charts.describe(fig) and "12 Nov 2020" in charts.describe(fig)


def test_timeline_labels_never_overlap(events):
    for start, end in (("2020-07-01", "2020-11-30"), ("2016-01-01", "2026-06-30")):
        fig = charts.timeline(events, start=start, end=end).figure
        renderer = fig.canvas.get_renderer()
        boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_text()]  # not leader lines
        assert len(boxes) >= 4
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.overlaps(b)


def test_timeline_source_line_title_and_french(events):
    fig = charts.timeline(events, lang="fr")
    line = find_text(fig.figure, "source-line")
    assert line.startswith("Sources\u00a0: Politico\u202f; Reuters")  # French typography around the titles
    assert line.count("Federal Register") == 1
    ax = fig.axes[0]
    assert next(t.get_text() for t in ax.get_yticklabels()) == "Diplomatie"
    assert ax.get_ylabel() == "Catégorie"
    assert "17 août 2020" in charts.describe(fig)
    assert find_text(fig.figure, "title").startswith("Le gouvernement américain")


def test_timeline_filters_categories_and_rejects_unknown(events):
    fig = charts.timeline(events, categories=["court"])
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Courts"]
    with pytest.raises(ValueError, match="unknown categories: weather; choose from: executive"):
        charts.timeline(events, categories=["weather"])
    with pytest.raises(ValueError, match="needs the columns date, category, source_title; missing: category"):
        charts.timeline(events.drop(columns=["category"]))


def test_timeline_aggregates_large_inputs():
    rng = np.random.default_rng(0)
    n = 5_000
    big = pd.DataFrame(
        {
            "date": pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D"),
            "category": pd.Categorical(rng.choice(["court", "executive", "corporate"], n)),
            "title_en": "event",
            "source_title": "GDELT",
        }
    )
    fig = charts.timeline(big)
    assert fig.aggregated
    steps = [a for a in fig.ax.patches if str(a.get_gid()).startswith("counts-")]
    assert len(steps) == 3
    assert "per week" in texts(fig, "aggregation-note")[0]


# --- scale, growth, record, ownership, votes, map -------------------------------------------------------
def test_scale_comparison_log_axis_words_and_linear_twin(stats):
    fig = charts.scale_comparison(stats, ids=["users-1bn", "us-pop", "jobs", "staff"], lang="en")
    log_ax, lin_ax = fig.axes[:2]
    assert log_ax.get_xscale() == "log" and lin_ax.get_xscale() == "linear"
    assert texts(fig, "value-label") == [
        "about 1,500",
        "10,000",
        "331 million",
        "about 1 billion",
    ]
    assert len(texts(fig, "hidden-note")) == 2
    assert find_text(fig.figure, "source-line") == "Sources: The article; US Census Bureau"


def test_scale_comparison_in_french(stats):
    fig = charts.scale_comparison(stats, ids=["users-1bn", "staff"], lang="fr")
    assert texts(fig, "value-label") == ["environ 1\xa0500", "environ 1 milliard"]
    assert "666\xa0667 fois" in charts.describe(fig)


def test_growth_markers_qualifiers_and_claim_styles(stats):
    fig = charts.growth(stats, metric="monthly_active_users", scope="world_excl_china", lang="en",
                        include_article=False)
    ax = fig.ax
    assert len(ax.lines[0].get_xdata()) == 4
    company = next(c for c in ax.collections if c.get_gid() == "company-claims")
    other = next(c for c in ax.collections if c.get_gid() == "other-sources")
    assert len(company.get_offsets()) == 3 and len(other.get_offsets()) == 1
    assert "more than 1 billion" in [t.get_text() for t in ax.texts]
    assert ax.get_ylabel() == "Monthly active users"


def test_growth_refuses_to_mix_daily_and_monthly_users(stats):
    with pytest.raises(ValueError) as error:
        charts.growth(stats, metric=["monthly_active_users", "daily_active_users"])
    assert str(error.value).startswith(
        "growth() draws one metric per chart, and these count different things: "
        "monthly_active_users (monthly users), daily_active_users (daily users)."
    )
    with pytest.raises(ValueError, match="cumulative_downloads \\(downloads\\)"):
        charts.growth(stats, metric=["cumulative_downloads", "monthly_active_users"])


def test_reported_vs_record_uses_headline_figures():
    fig = charts.reported_vs_record(lang="fr")
    assert len(fig.axes) == 3
    assert next(t.get_text() for t in fig.axes[0].get_yticklabels()) == "L'article (août 2020)"


def test_ownership_shows_unreported_rest_without_inventing_it():
    fig = charts.ownership(baselines.fixture_ownership(), names=baselines.OWNER_NAMES)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Not reported in the sources"
    assert round(fig.unreported, 1) == 5.0
    assert "The remaining 5% is not reported." in charts.describe(fig)


def test_votes_and_map_with_shipped_data():
    fig = charts.votes()
    assert texts(fig, "nays-label")[0].endswith("nays")
    world = charts.where_data_lives(lang="fr")
    names = " ".join(texts(world, "place-label"))
    for place in ("Virginie", "Singapour", "Pékin", "Austin"):
        assert place in names
    assert world.axes[0].get_xlabel() == "Longitude (degrés)"
    assert "Natural Earth" in " ".join(world.sources)
    # Austin is Oracle's head office, not a data centre
    assert "hébergeur des données des utilisateurs américains (à son siège)" in names


# --- determinism, notebook behaviour, import cost ---------------------------------------------------
def test_same_chart_same_bytes(events):
    assert png(charts.timeline(events)) == png(charts.timeline(events))
    svg_a, svg_b = io.BytesIO(), io.BytesIO()
    charts.save(charts.ownership(baselines.fixture_ownership()), svg_a, format="svg")
    charts.save(charts.ownership(baselines.fixture_ownership()), svg_b, format="svg")
    assert svg_a.getvalue() == svg_b.getvalue()


def test_figure_shows_once_in_a_notebook_and_leaves_rcparams_alone(events):
    before = dict(matplotlib.rcParams)
    fig = charts.timeline(events)
    assert dict(matplotlib.rcParams) == before
    assert fig._repr_png_()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not re.search(r"at 0x[0-9a-f]+", repr(fig))
    assert tuple(fig.figure.get_size_inches()) == (11.0, 6.2) and fig.figure.dpi == 100


def test_draws_on_a_given_axes(events):
    from matplotlib.figure import Figure

    host = Figure()
    ax = host.subplots()
    chart = charts.timeline(events, ax=ax)
    assert chart.figure is host and chart.ax is ax
    assert charts.describe(chart).startswith("Timeline of 8 events")


CHARTS = {  # every public chart function, called on a given Axes with a keyword for its main artist
    "timeline": lambda ax: charts.timeline(baselines.fixture_events(), ax=ax, s=40),
    "scale_comparison": lambda ax: charts.scale_comparison(baselines.fixture_user_stats(), ax=ax, height=0.4),
    "growth": lambda ax: charts.growth(baselines.fixture_user_stats(), metric="monthly_active_users", ax=ax, lw=3),
    "reported_vs_record": lambda ax: charts.reported_vs_record(ax=ax, height=0.5),
    "ownership": lambda ax: charts.ownership(baselines.fixture_ownership(), ax=ax, height=0.5),
    "votes": lambda ax: charts.votes(ax=ax, height=0.5),
    "where_data_lives": lambda ax: charts.where_data_lives(ax=ax, ms=16),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_draws_on_a_given_axes_and_returns_a_chart(name):
    from matplotlib.figure import Figure

    before = dict(matplotlib.rcParams)
    host = Figure()
    ax = host.subplots()
    chart = CHARTS[name](ax)
    assert isinstance(chart, charts.Chart) and chart.kind == name
    assert chart.figure is host and chart.ax is ax and host.axes == [ax]
    assert chart.description and charts.describe(chart) == chart.description
    assert len(chart.rows) and chart.sources
    assert chart._repr_png_()[:8] == b"\x89PNG\r\n\x1a\n"
    assert dict(matplotlib.rcParams) == before


def test_keywords_reach_the_main_matplotlib_call(events):
    chart = charts.timeline(events, s=40, start="2020-07-01", end="2020-11-30")
    sizes = {float(c.get_sizes()[0]) for c in chart.ax.collections if str(c.get_gid()).startswith("events-")}
    assert sizes == {40.0}
    bars = charts.ownership(baselines.fixture_ownership(), height=0.3).ax.patches
    assert round(bars[0].get_height(), 2) == 0.3


def test_labels_are_wrapped_never_cut():
    chart = charts.timeline(start="2016-01-01", end="2026-12-31", lang="fr")
    labels = [t.get_text() for t in chart.ax.texts if t.get_text()]
    assert labels and not any("…" in text for text in labels)
    assert chart.labelled >= 15
    record = charts.reported_vs_record(lang="fr")
    names = [t.get_text() for ax in record.axes for t in ax.get_yticklabels()]
    assert not any("…" in name for name in names)
    assert "Affiliates of existing ByteDance investors" in [
        t.get_text().replace("\n", " ") for t in charts.ownership().ax.get_yticklabels()]


def test_the_reported_users_axis_does_not_claim_monthly_users():
    chart = charts.reported_vs_record()
    assert chart.axes[0].get_xlabel() == "Number of users"


def test_legends_list_only_what_is_drawn(stats):
    world = stats[(stats["metric"] == "monthly_active_users") & (stats["claim_type"] == "company_claim")]
    names = [t.get_text() for t in charts.growth(world).ax.get_legend().get_texts()]
    assert "company claim" in names and not any(n.startswith("other source") for n in names)
    article = stats[stats["claim_type"] == "press_report"]
    assert charts.scale_comparison(article).figure.legends == []


def test_importing_lessons_lib_does_not_import_matplotlib():
    code = "import sys, lessons_lib; print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


# --- explorers ------------------------------------------------------------------------------------
def test_timeline_explorer_redraws_from_widget_state(events):
    explorer = charts.timeline_explorer(events, lang="en")
    first = explorer.image.value
    assert first[:4] == b"\x89PNG"
    explorer.checkboxes["court"].value = False
    assert explorer.image.value != first
    assert "8 events" not in explorer.caption.value and "6 events" in explorer.caption.value
    explorer.slider.index = (1, 2)
    assert "Aug 2020" in explorer.caption.value
    for box in explorer.checkboxes.values():
        box.value = False
    assert explorer.caption.value == "Tick at least one category."


def test_scale_explorer_ratio_in_words(stats):
    explorer = charts.scale_explorer(stats, lang="en", first="users-1bn", second="staff")
    assert explorer.sentence == "666,667 users for each US employee"
    explorer.second.value = "jobs"
    assert explorer.sentence == "100,000 users for each US job"
    assert explorer.image.value[:4] == b"\x89PNG"


# --- images ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(baselines.BASELINES))
def test_matches_baseline_image(name, tmp_path):
    expected = BASELINE_DIR / f"{name}.png"
    actual = tmp_path / f"{name}.png"
    charts.save(baselines.BASELINES[name](), actual)
    result = compare_images(str(expected), str(actual), tol=2)
    assert result is None, f"{result}\nIf the change is intended: make baselines"


def test_a_chart_refuses_a_wrong_argument_in_the_learners_language(events, monkeypatch):
    from lessons_lib import i18n

    monkeypatch.setattr(i18n, "_chosen", "fr")  # as set_language("fr") does; undone after the test
    with pytest.raises(ValueError) as refused:
        charts.timeline(events, categories=["météo"])
    assert str(refused.value).startswith("catégories inconnues\u00a0: météo\u202f; choisissez parmi\u00a0: executive")
    with pytest.raises(ValueError) as refused:
        charts.timeline(events, start="2021-01-01", end="2020-01-01")
    assert str(refused.value) == "la fin (2020-01-01) précède le début (2021-01-01)"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_scale_comparison_figures_stay_inside_their_panel(lang):
    """« environ 1 milliard » ran into the linear panel: every figure written on the log panel stays inside it."""
    chart = charts.scale_comparison(lang=lang)
    renderer = chart.figure.canvas.get_renderer()
    log_panel = chart.axes[0].get_window_extent(renderer)
    labels = [t for t in chart.axes[0].texts if t.get_gid() == "value-label"]
    assert len(labels) == 4
    for label in labels:
        box = label.get_window_extent(renderer)
        assert log_panel.x0 <= box.x0 and box.x1 <= log_panel.x1, label.get_text()


# --- nothing cut off when a learner saves a chart --------------------------------------------------------
OWNED = {
    "timeline": lambda lang: charts.timeline(lang=lang),
    "scale_comparison": lambda lang: charts.scale_comparison(lang=lang),
    "growth": lambda lang: charts.growth(metric="monthly_active_users", lang=lang),
    "reported_vs_record": lambda lang: charts.reported_vs_record(lang=lang),
    "ownership": lambda lang: charts.ownership(lang=lang),
    "votes": lambda lang: charts.votes(lang=lang),
    "where_data_lives": lambda lang: charts.where_data_lives(lang=lang),
}


def _outside_the_figure(fig) -> list[str]:
    """The edges of ``fig`` that a plain ``fig.savefig(path)`` (no tight box) would cut something off at, with
    the axis labels that cross them."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    drawn = fig.get_tightbbox(renderer)  # in inches: what bbox_inches="tight" would keep
    width, height = fig.get_size_inches()
    edges = {"left": drawn.x0 < -0.01, "bottom": drawn.y0 < -0.01, "right": drawn.x1 > width + 0.01,
             "top": drawn.y1 > height + 0.01}
    crossing = [t.get_text().replace("\n", " ") for ax in fig.axes for t in ax.get_yticklabels()
                if t.get_text() and t.get_window_extent(renderer).x0 < 0]
    return [f"{edge}: {crossing if edge == 'left' else drawn.bounds}" for edge, cut in edges.items() if cut]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(OWNED))
def test_a_chart_saved_without_a_tight_box_cuts_nothing_off(name, lang):
    """A learner's `chart.figure.savefig("chart.png")` keeps every label, in French too ("Chambre des
    représentants, 13 mars 2024" once lost its first words)."""
    chart = OWNED[name](lang)
    assert _outside_the_figure(chart.figure) == []


def test_the_votes_chart_puts_the_long_french_chamber_name_on_its_own_line():
    names = [t.get_text() for t in charts.votes(lang="fr").ax.get_yticklabels()]
    assert names[0] == "Chambre des représentants,\n13 mars 2024\nH.R. 7521"
    english = [t.get_text() for t in charts.votes(lang="en").ax.get_yticklabels()]
    assert english[0].count("\n") == 1  # the short English names: as before


def _placements(make, monkeypatch, guess=True):
    """What a chart placed (text, spot, alignment) and how many times it measured a label."""
    from matplotlib.text import Annotation

    from lessons_lib.charts import layout

    measured = []
    original = Annotation.get_window_extent
    with monkeypatch.context() as m:
        m.setattr(Annotation, "get_window_extent", lambda self, *a, **k: measured.append(1) or original(self, *a, **k))
        if not guess:
            m.setattr(layout._Moved, "of", classmethod(lambda cls, *args: None))
        chart = make()
    placed = [(t.get_text(), tuple(t.xyann), t.get_horizontalalignment(), t.get_verticalalignment())
              for t in chart.ax.texts if t.get_text()]
    return placed, len(measured), chart._repr_png_()


@pytest.mark.parametrize("make", [
    lambda: charts.timeline(start="2016-01-01", end="2026-12-31"),  # lesson 02's busiest: 99 labels, 14 spots each
    lambda: charts.timeline(start="2020-07-01", end="2020-11-30", lang="fr"),
    lambda: charts.growth(metric="monthly_active_users"),
    lambda: charts.where_data_lives(),
], ids=["timeline-2016-2026", "timeline-2020-fr", "growth", "map"])
def test_labels_land_where_measuring_every_spot_put_them_with_fewer_measurements(make, monkeypatch):
    # a spot is skipped on a guess only when the guess is sure it is taken; the same chart, to the byte
    placed, measured, png = _placements(make, monkeypatch)
    every_spot, measured_every_spot, png_every_spot = _placements(make, monkeypatch, guess=False)
    assert placed == every_spot and png == png_every_spot
    assert len(placed) >= 3, measured
    if measured_every_spot > 2 * len(placed):  # many spots tried: most of them are now ruled out unmeasured
        assert measured < measured_every_spot / 2
