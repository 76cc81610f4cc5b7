"""The shipped data is complete, sourced and consistent across tables."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import lessons_lib
from lessons_lib import data, validate_package
from lessons_lib.schema import fields, package, table_names


def test_every_table_and_reference_validates():
    reports = validate_package()
    assert [r.problems for r in reports] == [[] for _ in reports], "\n".join(map(str, reports))


def test_datapackage_is_a_valid_frictionless_package():
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(lessons_lib.data_dir() / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


@pytest.mark.parametrize(("table", "minimum"), [("events", 45), ("user_stats", 40), ("claims", 12),
                                                  ("actors", 20), ("ownership", 5), ("places", 4), ("votes", 3)])
def test_tables_hold_enough_rows(table, minimum):
    assert len(data.load_table(table)) >= minimum


@pytest.mark.parametrize("table", table_names())
def test_ids_unique_and_sources_present(table):
    frame = data.load_table(table)
    assert frame["id"].is_unique
    assert frame["source_title"].notna().all()
    urls = frame["source_url"].dropna()
    assert urls.str.match(r"https?://").all()
    assert frame["source_url"].notna().all(), "every shipped row cites a page (the report's own: France 24)"


@pytest.mark.parametrize("table", table_names())
def test_every_row_has_confidence_and_claim_type(table):
    frame = data.load_table(table)
    assert frame["confidence"].notna().all() and frame["claim_type"].notna().all()


def test_every_actor_named_in_events_exists():
    known = set(data.load_actors()["id"])
    named = {a for cell in data.load_events()["actors"] for a in cell.split(";")}
    assert named - known == set()


def test_events_span_2016_to_january_2026():
    dates = data.load_events()["date"]
    assert dates.min().year == 2016
    assert dates.max() >= pd.Timestamp("2026-01-01")


def test_article_events_of_17_august_2020_are_present():
    events = data.load_events()
    article_day = events[(events["date"] == "2020-08-17") & events["in_article"]]
    assert {"2020-08-17-website", "2020-08-17-unitedmasters", "2020-08-17-oracle-talks"} <= set(article_day["id"])


@pytest.mark.parametrize(("event_id", "days", "due"), [("2020-08-06-eo-13942", 45, "2020-09-20"),
                                                       ("2020-08-14-cfius-order", 90, "2020-11-12")])
def test_2020_deadlines_fall_where_the_record_says(event_id, days, due):
    order = data.load_events().set_index("id").loc[event_id]
    assert order["deadline_days"] == days
    assert order["date"] + pd.Timedelta(days=int(order["deadline_days"])) == pd.Timestamp(due)
    assert order["deadline"] == pd.Timestamp(due)


def test_stated_deadlines_follow_their_events():
    """A deadline falls after its event; where it is not date + days, the note says why."""
    events = data.load_events()
    dated = events[events["deadline"].notna()]
    assert (dated["deadline"] > dated["date"]).all()
    assert dated["deadline_days"].notna().all()
    chained = dated[dated["date"] + pd.to_timedelta(dated["deadline_days"], unit="D") != dated["deadline"]]
    assert set(chained["id"]) == {"2025-04-04-second-extension", "2025-09-16-fourth-extension"}
    assert chained["note"].str.contains("previous deadline").all()


def test_required_event_categories_are_covered():
    categories = set(data.load_events()["category"].astype(str))
    assert {"executive", "court", "legislation", "corporate", "export_control", "regulation"} <= categories


def test_headline_figures_as_reported_and_on_record():
    stats = data.load_user_stats().set_index("id")
    reported = stats[stats["in_article"]]
    assert reported.loc["article-users-1bn", "value"] == 1_000_000_000
    assert reported.loc["article-us-staff-1500", "value"] == 1_500
    assert reported.loc["article-jobs-10000", "value"] == 10_000
    assert (reported["claim_type"] == "press_report").all()
    assert stats.loc["tiktok-mau-2020-07", "value"] == 689_000_000
    assert str(stats.loc["tiktok-mau-2020-07", "metric"]) == "monthly_active_users"
    assert str(stats.loc["tiktok-mau-2020-07", "claim_type"]) == "company_claim"
    assert stats.loc["tiktok-mau-2021-09", "value"] == 1_000_000_000
    assert stats.loc["tiktok-us-mau-2020-08", "value"] == 100_000_000
    assert str(stats.loc["douyin-dau-2020-08", "metric"]) == "daily_active_users"
    assert stats.loc["us-population-2020", "value"] == 331_449_281


def test_headline_figures_pairs_come_from_the_package():
    table = lessons_lib.headline_figures()
    pairs = {(p["reported"], r) for p in package()["x-headline-figures"] for r in p["record"]}
    assert set(zip(table["reported_id"], table["record_id"], strict=True)) == pairs
    french = lessons_lib.headline_figures(lang="fr")
    assert (french["reported_label"] != table["reported_label"]).all()


def test_metrics_never_mixed_within_a_unit():
    """Downloads are counted in downloads, users in users: the unit follows the metric."""
    stats = data.load_user_stats()
    unit_of = {"monthly_active_users": {"users"}, "daily_active_users": {"users"},
               "cumulative_downloads": {"downloads"}, "employees": {"employees"}, "pledged_jobs": {"jobs"},
               "share_of_adults": {"percent"}, "share_of_population": {"percent"}, "valuation": {"usd"}}
    for metric, units in unit_of.items():
        found = set(stats.loc[stats["metric"] == metric, "unit"].astype(str))
        assert found <= units, (metric, found)


def test_company_figures_are_labelled_as_claims():
    stats = data.load_user_stats()
    tiktok_users = stats[(stats["subject"] == "tiktok") & stats["metric"].isin(
        ["monthly_active_users", "daily_active_users", "users_undefined"]) & ~stats["in_article"]]
    assert set(tiktok_users["claim_type"].astype(str)) <= {"company_claim", "court_record",
                                                           "independent_estimate", "government_record"}


def test_claims_cover_every_verdict_and_link_to_existing_rows():
    claims = data.load_claims()
    assert {"correct", "imprecise", "overstated", "unverified", "disputed_later"} <= set(claims["verdict"].astype(str))


def test_unverified_quote_is_marked_unverified():
    """No stored page has Steve Stoute's words as the report gives them: the verdict says so."""
    claims = data.load_claims()
    stoute = claims[claims["statement_fr"].str.contains("Stoute", na=False)]
    assert not stoute.empty and (stoute["verdict"] == "unverified").all()


def test_loader_docstrings_table_exactly_the_schema_columns():
    for name in table_names():
        loader = getattr(data, f"load_{name}")
        documented = re.findall(r"^    (\w+)\s{2,}\S", loader.__doc__, flags=re.M)
        columns = [f["name"] for f in fields(name)]
        assert [c for c in documented if c != "column"][: len(columns)] == columns, name


def test_loaders_return_copies():
    first = data.load_events()
    first.loc[0, "title_en"] = "changed by a learner"
    assert data.load_events().loc[0, "title_en"] != "changed by a learner"


def test_every_vocabulary_value_has_an_english_and_a_french_name():
    """Charts, lessons and quizzes name categories, metrics, verdicts... from datapackage.json only."""
    for name in table_names():
        for f in fields(name):
            vocabulary = f.get("constraints", {}).get("enum")
            if vocabulary:
                names = f.get("x-labels", {})
                assert list(names) == vocabulary, (name, f["name"])
                assert all(texts.get("en") and texts.get("fr") for texts in names.values()), (name, f["name"])
