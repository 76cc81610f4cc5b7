"""The answer key of the lessons' exercises: what each check expects, computed from the data.

A lesson's check cell names its exercise, ``check(answer, exercise="02.1")``, and never shows the
expected value or how to get it. The key computes that value here, from the package's own tables,
independently of the solution the teacher's edition runs (CI runs both and they must agree), so
the learner's edition can stay free of solutions.

>>> sorted(KEY)[:3]
['01.1', '01.2', '01.3']
>>> KEY["02.1"].expected()
Timestamp('2020-11-12 00:00:00')
>>> KEY["02.1"].hint["en"]
"Add pd.Timedelta(days=...) to cfius['date']."

An exercise that works on the learner's own file takes it as an input, and may refuse an answer
with its own reason (:class:`NotYet`) when the file is not ready:

>>> KEY["09.2"].inputs
('path',)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import data
from .validation import validate

__all__ = ["KEY", "Exercise", "NotYet"]


class NotYet(Exception):
    """Raised by a key to refuse an answer with a reason of its own (``{"en": ..., "fr": ...}``)."""

    def __init__(self, reason: Mapping[str, str]):
        super().__init__(reason["en"])
        self.reason = dict(reason)


@dataclass(frozen=True)
class Exercise:
    """One exercise: how to compute its expected value, how close is close enough, and a hint."""

    id: str
    expected: Callable[..., Any]
    hint: Mapping[str, str]
    tolerance: float = 0.0
    inputs: tuple[str, ...] = ()


KEY: dict[str, Exercise] = {}


def _exercise(id: str, hint: Mapping[str, str], tolerance: float = 0.0,
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


_SUBTRACT_DATES = {"en": "Subtract the two dates (later minus earlier), then take .days.",
                   "fr": "Soustrayez les deux dates (la plus tardive moins la plus ancienne), puis prenez .days."}


# --- 01 The story in numbers -------------------------------------------------------------------

@_exercise("01.1", {"en": "Count the distinct values of one column: pandas has a Series method for exactly that.",
                    "fr": "Comptez les valeurs distinctes d'une colonne\u00a0: pandas a une méthode de Series "
                          "pour cela."})
def _distinct_actors_in_the_report() -> int:
    events = data.load_events()
    return int(events.loc[events["in_article"], "actors"].str.split(";").explode().nunique())


@_exercise("01.2", {"en": "Divide the value of article-jobs-10000 by the value of article-us-staff-1500.",
                    "fr": "Divisez la valeur de article-jobs-10000 par celle de article-us-staff-1500."},
           tolerance=0.01)
def _pledged_jobs_per_employee() -> float:
    return float(_stat("article-jobs-10000")["value"] / _stat("article-us-staff-1500")["value"])


@_exercise("01.3", {"en": "Use ax.barh(...) then ax.set_xscale('log'); one bar per figure.",
                    "fr": "Utilisez ax.barh(...) puis ax.set_xscale('log')\u202f; une barre par chiffre."})
def _log_bar_chart() -> list:
    stats = data.load_user_stats()
    return ["log", int(stats["in_article"].sum())]


# --- 02 Timeline -------------------------------------------------------------------------------

@_exercise("02.1", {"en": "Add pd.Timedelta(days=...) to cfius['date'].",
                    "fr": "Ajoutez pd.Timedelta(days=...) à cfius['date']."})
def _cfius_deadline() -> Any:
    import pandas as pd

    order = data.load_events().set_index("id").loc["2020-08-14-cfius-order"]
    return order["date"] + pd.Timedelta(days=int(order["deadline_days"]))


@_exercise("02.2", _SUBTRACT_DATES)
def _law_to_ruling() -> int:
    return _days_between("2024-04-24-pafaca-signed", "2025-01-17-tiktok-v-garland")


@_exercise("02.3", {"en": "Count the events per year, then keep the label of the largest count (the year), "
                          "not the count itself.",
                    "fr": "Comptez les événements par année, puis gardez l'étiquette du plus grand décompte "
                          "(l'année), pas le décompte lui-même."})
def _busiest_year() -> int:
    return int(data.load_events()["date"].dt.year.value_counts().idxmax())


# --- 03 Counting users -------------------------------------------------------------------------

@_exercise("03.1", {"en": "Filter on both columns with &, sort_values('date'), then .iloc[-1] / .iloc[0].",
                    "fr": "Filtrez sur les deux colonnes avec &, triez avec sort_values('date'), "
                          "puis .iloc[-1] / .iloc[0]."},
           tolerance=0.05)
def _world_growth() -> float:
    stats = data.load_user_stats()
    rows = stats[(stats["metric"] == "monthly_active_users") & (stats["scope"] == "world_excl_china")]
    values = rows.sort_values("date")["value"]
    return float(values.iloc[-1] / values.iloc[0])


@_exercise("03.2", {"en": "Divide the two values, then multiply by 100.",
                    "fr": "Divisez les deux valeurs, puis multipliez par 100."},
           tolerance=0.1)
def _share_of_americans() -> float:
    return float(100 * _stat("tiktok-us-mau-2020-08")["value"] / _stat("us-population-2020")["value"])


@_exercise("03.3", {"en": "Subtract the estimate from the claim, divide by the estimate, multiply by 100.",
                    "fr": "Soustrayez l'estimation de la déclaration, divisez par l'estimation, multipliez par 100."},
           tolerance=0.5)
def _claim_above_estimate() -> float:
    stats = data.load_user_stats()
    estimate = stats.set_index("id").loc["tiktok-us-estimate-2025-02"]
    claims = stats[(stats["subject"] == "tiktok") & (stats["scope"] == "us")
                   & (stats["claim_type"] == "company_claim") & (stats["unit"] == "users")]
    claim = claims.loc[(claims["date"] - estimate["date"]).abs().idxmin()]
    return float(100 * (claim["value"] - estimate["value"]) / estimate["value"])


# --- 04 Where the data lives -------------------------------------------------------------------

@_exercise("04.1", {"en": "Compare the claim_type column with the string 'company_claim', then keep the id column.",
                    "fr": "Comparez la colonne claim_type à la chaîne 'company_claim', puis gardez la colonne id."})
def _places_claimed_by_companies() -> list:
    places = data.load_places()
    return places.loc[places["claim_type"] == "company_claim", "id"].tolist()


@_exercise("04.2", {"en": "Subtract the earlier date from the later one, then take .days.",
                    "fr": "Soustrayez la date la plus ancienne de la plus récente, puis prenez .days."})
def _export_rule_to_refusal() -> int:
    return _days_between("2020-08-28-china-export-control", "2020-09-13-microsoft-rejected")


@_exercise("04.3", {"en": "Filter the rows by date first, then count the category column.",
                    "fr": "Filtrez d'abord les lignes par date, puis comptez la colonne category."},
           inputs=("data_story",))
def _data_story_categories(data_story: Any) -> Any:
    # the rows are the lesson's own selection (it depends on a list the lesson builds); the key
    # applies the window and the count
    window = data_story[(data_story["date"] >= "2020-06-01") & (data_story["date"] <= "2026-02-28")]
    return window["category"].astype(str).value_counts()


# --- 05 The deal makers ------------------------------------------------------------------------

def _actor_rows() -> Any:
    events = data.load_events()
    return events.assign(actor=events["actors"].str.split(";")).explode("actor")


@_exercise("05.1", {"en": "Compare exploded['actor'] with 'oracle' and sum the True values.",
                    "fr": "Comparez exploded['actor'] à 'oracle' et additionnez les valeurs True."})
def _oracle_events() -> int:
    return int((_actor_rows()["actor"] == "oracle").sum())


@_exercise("05.2", {"en": "Use .sum() on the share_percent column, then float().",
                    "fr": "Utilisez .sum() sur la colonne share_percent, puis float()."},
           tolerance=0.01)
def _reported_shares() -> float:
    return float(data.load_ownership()["share_percent"].sum())


@_exercise("05.3", {"en": "Filter exploded on the investors' ids, group by actor, take min and max of date, "
                          "reset_index().",
                    "fr": "Filtrez exploded sur les identifiants des investisseurs, groupez par acteur, prenez "
                          "le min et le max de date, puis reset_index()."})
def _investors_first_and_last() -> Any:
    actors = data.load_actors()
    rows = _actor_rows()
    investors = rows[rows["actor"].isin(actors.loc[actors["kind"] == "investor", "id"])]
    return (investors.groupby("actor")["date"].agg(first="min", last="max")
            .reset_index().sort_values(["first", "actor"]))


# --- 06 Claims and evidence --------------------------------------------------------------------

@_exercise("06.1", {"en": "Build two boolean masks, join them with &, and sum the result.",
                    "fr": "Construisez deux masques booléens, reliez-les avec &, et faites la somme."})
def _report_claims_not_correct() -> int:
    claims = data.load_claims()
    return int(((claims["made_by"] == "the-article") & (claims["verdict"] != "correct")).sum())


@_exercise("06.2", {"en": "Two conditions joined with &, sort by date, then format the dates as strings.",
                    "fr": "Deux conditions reliées par &, triez par date, puis écrivez les dates en chaînes."})
def _court_dates_2020() -> list:
    events = data.load_events()
    courts = events[(events["date"].dt.year == 2020) & (events["category"] == "court")].sort_values("date")
    return courts["date"].dt.strftime("%Y-%m-%d").tolist()


@_exercise("06.3", {"en": "pd.crosstab(rows, columns, dropna=False) with the two columns of claims.",
                    "fr": "pd.crosstab(lignes, colonnes, dropna=False) avec les deux colonnes de claims."})
def _claims_by_author_and_verdict() -> Any:
    import pandas as pd

    claims = data.load_claims()
    return pd.crosstab(claims["made_by"], claims["verdict"], dropna=False)


# --- 07 Promises, jobs and creators ------------------------------------------------------------

@_exercise("07.1", {"en": "July's value minus January's value. January's is a ceiling, so the real growth is "
                          "at least that.",
                    "fr": "La valeur de juillet moins celle de janvier. Celle de janvier est un plafond\u00a0: la "
                          "croissance réelle est au moins égale."})
def _staff_growth_2020() -> float:
    return float(_stat("tiktok-us-staff-2020-07")["value"] - _stat("tiktok-us-staff-2020-01")["value"])


@_exercise("07.2", {"en": "Start from pledge['date'] and add pd.DateOffset(years=3).",
                    "fr": "Partez de pledge['date'] et ajoutez pd.DateOffset(years=3)."})
def _pledge_due() -> Any:
    import pandas as pd

    return _stat("tiktok-jobs-pledge-2020-07")["date"] + pd.DateOffset(years=3)


@_exercise("07.3", {"en": "Add the value of tiktok-us-staff-2020-07 and the value of the pledge row.",
                    "fr": "Additionnez la valeur de tiktok-us-staff-2020-07 et celle de la ligne de la promesse."})
def _staff_if_pledge_kept() -> float:
    return float(_stat("tiktok-us-staff-2020-07")["value"] + _stat("tiktok-jobs-pledge-2020-07")["value"])


# --- 08 Law and courts -------------------------------------------------------------------------

@_exercise("08.1", _SUBTRACT_DATES)
def _order_to_injunction() -> int:
    return _days_between("2020-08-06-eo-13942", "2020-09-27-first-injunction")


@_exercise("08.2", {"en": "yeas / (yeas + nays) for each row, then .min(). A fraction, not a percentage.",
                    "fr": "yeas / (yeas + nays) pour chaque ligne, puis .min(). Une fraction, pas un pourcentage."},
           tolerance=0.0005)
def _smallest_majority() -> float:
    votes = data.load_votes()
    return float((votes["yeas"] / (votes["yeas"] + votes["nays"])).min())


@_exercise("08.3", {"en": "Start every period from the first order's date, not from each row's own date: add the "
                          "running total of the days, turned into durations.",
                    "fr": "Partez de la date du premier décret, pas de la date de chaque ligne\u00a0: ajoutez le total "
                          "cumulé des jours, converti en durées."})
def _chained_deadlines() -> list:
    events = data.load_events()
    return list(events.loc[events["id"].str.contains("extension"), "deadline"])  # as the sources state them


# --- 09 Make your own case ---------------------------------------------------------------------

@_exercise("09.1", {"en": "A set comprehension over report.problems, reading .column, then sorted().",
                    "fr": "Un ensemble en compréhension sur report.problems, avec .column, puis sorted()."},
           inputs=("path",))
def _columns_with_problems(path: Any) -> list:
    return sorted({problem.column for problem in validate(path).problems})


@_exercise("09.2", {"en": "Fix the date (ISO form), the category (one of the allowed values) and the empty "
                          "source_url, then write and validate again.",
                    "fr": "Corrigez la date (forme ISO), la catégorie (une des valeurs permises) et la source_url "
                          "vide, puis réécrivez et validez de nouveau."},
           inputs=("path",))
def _draft_now_valid(path: Any) -> bool:
    problems = validate(path).problems
    if problems:
        raise NotYet({"en": f"the file at `path` still has {len(problems)} problem(s): print "
                            "lessons_lib.validate(path) and fix them.",
                      "fr": f"le fichier `path` a encore {len(problems)} problème(s)\u00a0: affichez "
                            "lessons_lib.validate(path) et corrigez-les."})
    return True


@_exercise("09.3", {"en": "Later date minus earlier date, then .days. If your number is far off, check the dates "
                          "in your file.",
                    "fr": "La date la plus tardive moins la plus ancienne, puis .days. Si le résultat est loin, "
                          "vérifiez les dates de votre fichier."})
def _order_to_wechat_injunction() -> int:
    return _days_between("2020-08-06-eo-13943", "2020-09-19-wechat-injunction")
