"""Fixture tables and the baseline charts of the image-comparison tests (test-time code, not shipped).

The tables are written here, not loaded from ``data/``, so that a data correction does not break
the image tests; the tests that inspect what was drawn use the shipped data. Redraw the baselines
after an intended change with ``make baselines`` (``python tools/write_baselines.py``).
"""

# ruff: noqa: E501  (fixture rows read better one per line)
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from lessons_lib.charts import Chart, ownership, save, scale_comparison, timeline

__all__ = ["BASELINES", "fixture_events", "fixture_ownership", "fixture_user_stats", "write_baselines"]


def _typed(frame: pd.DataFrame, categories: tuple[str, ...] = ()) -> pd.DataFrame:
    for column in frame.columns:
        if column == "date":
            frame[column] = pd.to_datetime(frame[column])
        elif column in categories:
            frame[column] = frame[column].astype("category")
        elif column in ("deadline_days",):
            frame[column] = frame[column].astype("Int64")
        elif column in ("value", "share_percent"):
            frame[column] = frame[column].astype("Float64")
        elif column == "in_article":
            frame[column] = frame[column].astype("boolean")
        else:
            frame[column] = frame[column].astype("string")
    return frame


def fixture_events() -> pd.DataFrame:
    """Eight events of summer 2020 with the columns and dtypes of ``load_events()``."""
    rows = [
        ("2020-07-07-ban-talk", "2020-07-06", "diplomacy", "US weighs a ban on TikTok", "Les États-Unis envisagent d'interdire TikTok", False, None, "Politico"),
        ("2020-07-21-jobs", "2020-07-21", "corporate", "TikTok pledges 10,000 US jobs", "TikTok promet 10 000 emplois", True, None, "Reuters"),
        ("2020-08-02-microsoft", "2020-08-02", "corporate", "Microsoft confirms talks", "Microsoft confirme des discussions", True, None, "Microsoft blog"),
        ("2020-08-06-eo-13942", "2020-08-06", "executive", "Executive Order 13942", "Décret 13942", True, 45, "Federal Register"),
        ("2020-08-14-cfius", "2020-08-14", "investment_screening", "Order to divest Musical.ly", "Ordre de céder Musical.ly", True, 90, "Federal Register"),
        ("2020-08-17-website", "2020-08-17", "communication", "TikTok launches a website to answer", "TikTok lance un site pour répondre", True, None, "The Independent"),
        ("2020-08-24-lawsuit", "2020-08-24", "court", "TikTok sues the administration", "TikTok attaque l'administration", False, None, "Billboard"),
        ("2020-09-27-injunction", "2020-09-27", "court", "Judge halts the app-store ban", "Un juge suspend l'interdiction", False, None, "MacObserver"),
    ]
    columns = ["id", "date", "category", "title_en", "title_fr", "in_article", "deadline_days", "source_title"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["date_precision"] = "day"
    return _typed(frame, ("category", "date_precision"))


def fixture_user_stats() -> pd.DataFrame:
    """Five figures of very different sizes with the columns and dtypes of ``load_user_stats()``."""
    rows = [
        ("users-1bn", "2020-08-01", "tiktok", "users_undefined", 1e9, "users", "about", "world", "Users worldwide, as reported", "Utilisateurs dans le monde", "press_report", "The article"),
        ("mau-2020-07", "2020-07-01", "tiktok", "monthly_active_users", 689e6, "users", "exact", "world_excl_china", "Monthly active users (Jul 2020)", "Utilisateurs actifs mensuels (juil. 2020)", "company_claim", "TikTok court filing"),
        ("us-pop", "2020-04-01", "united-states", "population", 331449281.0, "people", "exact", "us", "US population (2020)", "Population des États-Unis (2020)", "official_statistic", "US Census Bureau"),
        ("jobs", "2020-07-21", "tiktok", "pledged_jobs", 10000.0, "jobs", "exact", "us", "New US jobs promised", "Emplois promis", "press_report", "The article"),
        ("staff", "2020-08-01", "tiktok", "employees", 1500.0, "employees", "about", "us", "US employees", "Salariés aux États-Unis", "press_report", "The article"),
        ("mau-2019-12", "2019-12-01", "tiktok", "monthly_active_users", 507e6, "users", "exact", "world_excl_china", "Monthly active users (Dec 2019)", "Utilisateurs actifs mensuels (déc. 2019)", "company_claim", "TikTok court filing"),
        ("dau-2020-08", "2020-08-01", "tiktok", "daily_active_users", 50e6, "users", "about", "us", "Daily active users, US", "Utilisateurs quotidiens, É.-U.", "company_claim", "TikTok blog"),
        ("mau-2021-09", "2021-09-27", "tiktok", "monthly_active_users", 1e9, "users", "more_than", "world_excl_china", "Monthly active users (Sep 2021)", "Utilisateurs actifs mensuels (sept. 2021)", "company_claim", "TikTok newsroom"),
        ("est-2020-10", "2020-10-01", "tiktok", "monthly_active_users", 700e6, "users", "about", "world_excl_china", "Estimate (Oct 2020)", "Estimation (oct. 2020)", "independent_estimate", "An analytics firm"),
    ]
    columns = ["id", "date", "subject", "metric", "value", "unit", "qualifier", "scope", "label_en", "label_fr",
               "claim_type", "source_title"]
    return _typed(pd.DataFrame(rows, columns=columns), ("metric", "unit", "qualifier", "scope", "claim_type"))


def fixture_ownership() -> pd.DataFrame:
    """Reported shares adding up to 95%, to exercise the chart's 'not reported' bar."""
    rows = [("a", "2026-01-22", "oracle", 15.0), ("b", "2026-01-22", "silver-lake", 15.0), ("c", "2026-01-22", "mgx", 15.0),
            ("d", "2026-01-22", "bytedance-investors", 30.1), ("e", "2026-01-22", "bytedance", 19.9)]
    frame = pd.DataFrame(rows, columns=["id", "date", "holder", "share_percent"])
    frame["qualifier"] = "exact"
    frame["source_title"] = "A press report"
    return _typed(frame, ("qualifier",))


OWNER_NAMES = {"oracle": "Oracle", "silver-lake": "Silver Lake", "mgx": "MGX",
               "bytedance-investors": "ByteDance's investors", "bytedance": "ByteDance"}


def _timeline() -> Chart:
    return timeline(fixture_events(), start="2020-07-01", end="2020-11-30", lang="en")


def _scale() -> Chart:
    return scale_comparison(fixture_user_stats(), ids=["users-1bn", "us-pop", "jobs", "staff"], lang="fr")


def _ownership() -> Chart:
    return ownership(fixture_ownership(), lang="en", names=OWNER_NAMES)


BASELINES: dict[str, Callable[[], Chart]] = {
    "timeline_2020": _timeline,
    "scale_comparison": _scale,
    "ownership": _ownership,
}


def write_baselines(folder: str | Path | None = None) -> list[Path]:
    """Draw every baseline chart and save it as PNG into ``folder`` (default: tests/baseline_images)."""
    target = Path(folder) if folder else Path(__file__).resolve().parent / "baseline_images"
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, draw in BASELINES.items():
        path = target / f"{name}.png"
        save(draw(), path)
        written.append(path)
    return written
