"""The answer key of the lessons' exercises: what each check expects, computed from the data.

A lesson's check cell names its exercise, ``check(answer, exercise="02.1")``, and never shows the
expected value or how to get it. The key computes that value here, from the package's own tables,
independently of the solution the teacher's edition runs (CI runs both and they must agree), so
the learner's edition can stay free of solutions.

>>> sorted(KEY)[:3]
['01.1', '01.2', '01.3']
>>> KEY["02.1"].expected()
Timestamp('2020-11-12 00:00:00')
>>> KEY["02.1"].hint  # a message of the lessons catalogue, shown in the learner's language
"Add pd.Timedelta(days=...) to cfius['date']."

An exercise that works on the learner's own file takes it as an input, and may refuse an answer
with its own reason (:class:`NotYet`) when the file is not ready:

>>> KEY["09.2"].inputs
('path',)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import data
from .i18n import N_, ngettext
from .validation import validate

__all__ = ["KEY", "Exercise", "NotYet"]


class NotYet(Exception):
    """Raised by a key to refuse an answer with a reason of its own: ``reason(lang)`` gives it in a language.

    >>> from lessons_lib.i18n import gettext
    >>> NotYet(lambda lang: gettext("✓ Correct.", lang)).reason("fr")
    '✓ Exact.'
    """

    def __init__(self, reason: Callable[[str | None], str]):
        super().__init__(reason("en"))
        self.reason = reason


@dataclass(frozen=True)
class Exercise:
    """One exercise: how to compute its expected value, how close is close enough, and a hint."""

    id: str
    expected: Callable[..., Any]
    hint: str  # a message of the lessons catalogue
    tolerance: float = 0.0
    inputs: tuple[str, ...] = ()


KEY: dict[str, Exercise] = {}


def _exercise(id: str, hint: str, tolerance: float = 0.0,
              inputs: tuple[str, ...] = ()) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(compute: Callable[..., Any]) -> Callable[..., Any]:
        KEY[id] = Exercise(id, compute, hint, tolerance, inputs)
        return compute
    return register


def _stat(id: str) -> Any:
    return data.load_user_stats().set_index("id").loc[id]


def _event_date(id: str) -> Any:
    return data.load_events().set_index("id").loc[id, "date"]


def _days_between(earlier: str, later: str) -> int:
    return int((_event_date(later) - _event_date(earlier)).days)


_SUBTRACT_DATES = N_("Subtract the two dates (later minus earlier), then take .days.")


# --- 01 The story in numbers -------------------------------------------------------------------

@_exercise("01.1", N_("Count the distinct values of one column: pandas has a Series method for exactly that."))
def _distinct_actors_in_the_report() -> int:
    events = data.load_events()
    return int(events.loc[events["in_article"], "actors"].str.split(";").explode().nunique())


@_exercise("01.2", N_("Divide the value of article-jobs-10000 by the value of article-us-staff-1500."),
           tolerance=0.01)
def _pledged_jobs_per_employee() -> float:
    return float(_stat("article-jobs-10000")["value"] / _stat("article-us-staff-1500")["value"])


@_exercise("01.3", N_("Use ax.barh(...) then ax.set_xscale('log'); one bar per figure."))
def _log_bar_chart() -> list:
    stats = data.load_user_stats()
    return ["log", int(stats["in_article"].sum())]


# --- 02 Timeline -------------------------------------------------------------------------------

@_exercise("02.1", N_("Add pd.Timedelta(days=...) to cfius['date']."))
def _cfius_deadline() -> Any:
    import pandas as pd

    order = data.load_events().set_index("id").loc["2020-08-14-cfius-order"]
    return order["date"] + pd.Timedelta(days=int(order["deadline_days"]))


@_exercise("02.2", _SUBTRACT_DATES)
def _law_to_ruling() -> int:
    return _days_between("2024-04-24-pafaca-signed", "2025-01-17-tiktok-v-garland")


@_exercise("02.3", N_("Count the events per year, then keep the label of the largest count (the year), "
                      "not the count itself."))
def _busiest_year() -> int:
    return int(data.load_events()["date"].dt.year.value_counts().idxmax())


# --- 03 Counting users -------------------------------------------------------------------------

@_exercise("03.1", N_("Filter on both columns with &, sort_values('date'), then .iloc[-1] / .iloc[0]."),
           tolerance=0.05)
def _world_growth() -> float:
    stats = data.load_user_stats()
    rows = stats[(stats["metric"] == "monthly_active_users") & (stats["scope"] == "world_excl_china")]
    values = rows.sort_values("date")["value"]
    return float(values.iloc[-1] / values.iloc[0])


@_exercise("03.2", N_("Divide the two values, then multiply by 100."),
           tolerance=0.1)
def _share_of_americans() -> float:
    return float(100 * _stat("tiktok-us-mau-2020-08")["value"] / _stat("us-population-2020")["value"])


@_exercise("03.3", N_("Subtract the estimate from the claim, divide by the estimate, multiply by 100."),
           tolerance=0.5)
def _claim_above_estimate() -> float:
    stats = data.load_user_stats()
    estimate = stats.set_index("id").loc["tiktok-us-estimate-2025-02"]
    claims = stats[(stats["subject"] == "tiktok") & (stats["scope"] == "us")
                   & (stats["claim_type"] == "company_claim") & (stats["unit"] == "users")]
    claim = claims.loc[(claims["date"] - estimate["date"]).abs().idxmin()]
    return float(100 * (claim["value"] - estimate["value"]) / estimate["value"])


# --- 04 Where the data lives -------------------------------------------------------------------

@_exercise("04.1", N_("Compare the claim_type column with the string 'company_claim', then keep the id column."))
def _places_claimed_by_companies() -> list:
    places = data.load_places()
    return places.loc[places["claim_type"] == "company_claim", "id"].tolist()


@_exercise("04.2", N_("Subtract the earlier date from the later one, then take .days."))
def _export_rule_to_refusal() -> int:
    return _days_between("2020-08-28-china-export-control", "2020-09-13-microsoft-rejected")


@_exercise("04.3", N_("Filter the rows by date first, then count the category column."),
           inputs=("data_story",))
def _data_story_categories(data_story: Any) -> Any:
    # the rows are the lesson's own selection (it depends on a list the lesson builds); the key
    # applies the window and the count
    window = data_story[(data_story["date"] >= "2020-06-01") & (data_story["date"] <= "2026-02-28")]
    counts = window["category"].value_counts()  # a categorical counts every category of the vocabulary
    return counts[counts > 0]


# --- 05 The deal makers ------------------------------------------------------------------------

def _actor_rows() -> Any:
    events = data.load_events()
    return events.assign(actor=events["actors"].str.split(";")).explode("actor")


@_exercise("05.1", N_("Compare exploded['actor'] with 'oracle' and sum the True values."))
def _oracle_events() -> int:
    return int((_actor_rows()["actor"] == "oracle").sum())


@_exercise("05.2", N_("Use .sum() on the share_percent column, then float()."),
           tolerance=0.01)
def _reported_shares() -> float:
    return float(data.load_ownership()["share_percent"].sum())


@_exercise("05.3", N_("Filter exploded on the investors' ids, group by actor, take min and max of date, "
                      "reset_index()."))
def _investors_first_and_last() -> Any:
    actors = data.load_actors()
    rows = _actor_rows()
    investors = rows[rows["actor"].isin(actors.loc[actors["kind"] == "investor", "id"])]
    return (investors.groupby("actor")["date"].agg(first="min", last="max")
            .reset_index().sort_values(["first", "actor"]))


# --- 06 Claims and evidence --------------------------------------------------------------------

@_exercise("06.1", N_("Build two boolean masks, join them with &, and sum the result."))
def _report_claims_not_correct() -> int:
    claims = data.load_claims()
    return int(((claims["made_by"] == "the-article") & (claims["verdict"] != "correct")).sum())


@_exercise("06.2", N_("Two conditions joined with &, sort by date, then format the dates as strings."))
def _court_dates_2020() -> list:
    events = data.load_events()
    courts = events[(events["date"].dt.year == 2020) & (events["category"] == "court")].sort_values("date")
    return courts["date"].dt.strftime("%Y-%m-%d").tolist()


@_exercise("06.3", N_("pd.crosstab(rows, columns, dropna=False) with the two columns of claims."))
def _claims_by_author_and_verdict() -> Any:
    import pandas as pd

    claims = data.load_claims()
    return pd.crosstab(claims["made_by"], claims["verdict"], dropna=False)


# --- 07 Promises, jobs and creators ------------------------------------------------------------

@_exercise("07.1", N_("July's value minus January's value. January's is a ceiling, so the real growth is "
                      "at least that."))
def _staff_growth_2020() -> float:
    return float(_stat("tiktok-us-staff-2020-07")["value"] - _stat("tiktok-us-staff-2020-01")["value"])


@_exercise("07.2", N_("Start from pledge['date'] and add pd.DateOffset(years=3)."))
def _pledge_due() -> Any:
    import pandas as pd

    return _stat("tiktok-jobs-pledge-2020-07")["date"] + pd.DateOffset(years=3)


@_exercise("07.3", N_("Add the value of tiktok-us-staff-2020-07 and the value of the pledge row."))
def _staff_if_pledge_kept() -> float:
    return float(_stat("tiktok-us-staff-2020-07")["value"] + _stat("tiktok-jobs-pledge-2020-07")["value"])


# --- 08 Law and courts -------------------------------------------------------------------------

@_exercise("08.1", _SUBTRACT_DATES)
def _order_to_injunction() -> int:
    return _days_between("2020-08-06-eo-13942", "2020-09-27-first-injunction")


@_exercise("08.2", N_("yeas / (yeas + nays) for each row, then .min(). A fraction, not a percentage."),
           tolerance=0.0005)
def _smallest_majority() -> float:
    votes = data.load_votes()
    return float((votes["yeas"] / (votes["yeas"] + votes["nays"])).min())


@_exercise("08.3", N_("Start every period from the first order's date, not from each row's own date: add the "
                      "running total of the days, turned into durations."))
def _chained_deadlines() -> list:
    events = data.load_events()
    return list(events.loc[events["id"].str.contains("extension"), "deadline"])  # as the sources state them


# --- 09 Make your own case ---------------------------------------------------------------------

@_exercise("09.1", N_("A set comprehension over report.problems, reading .column, then sorted()."),
           inputs=("path",))
def _columns_with_problems(path: Any) -> list:
    return sorted({problem.column for problem in validate(path).problems})


@_exercise("09.2", N_("Fix the date (ISO form), the category (one of the allowed values) and the empty "
                      "source_url, then write and validate again."),
           inputs=("path",))
def _draft_now_valid(path: Any) -> bool:
    problems = validate(path).problems
    if problems:
        n = len(problems)
        raise NotYet(lambda lang: ngettext(
            "the file at `path` still has {n} problem: print lessons_lib.validate(path) and fix it.",
            "the file at `path` still has {n} problems: print lessons_lib.validate(path) and fix them.",
            n, lang).format(n=n))
    return True


@_exercise("09.3", N_("Later date minus earlier date, then .days. If your number is far off, check the dates "
                      "in your file."))
def _order_to_wechat_injunction() -> int:
    return _days_between("2020-08-06-eo-13943", "2020-09-19-wechat-injunction")
