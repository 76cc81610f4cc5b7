"""The record can be audited row by row: each row quotes its source, and the rules of docs/fact-check.md hold.

A second group of tests pins the facts a teacher is most likely to quote, so that an edit cannot change
one of them silently: change the data *and* this file, and say why in docs/fact-check.md.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest
import yaml

from lessons_lib import data

QUOTED_TABLES = ("events", "user_stats", "claims", "ownership", "votes")


def rows(table: str) -> list[dict]:
    """The table's rows as dicts, missing cells as ''."""
    frame = data.load_table(table)
    return [{k: ("" if pd.isna(v) else v) for k, v in r.items()} for r in frame.to_dict("records")]


def ids_of(table: str) -> list[str]:
    return [str(r["id"]) for r in rows(table)]


# --- every row carries its source's words ------------------------------------------------------


@pytest.mark.parametrize("table", QUOTED_TABLES)
def test_every_row_quotes_its_source(table):
    frame = data.load_table(table)
    missing = frame.loc[frame["excerpt"].isna() | (frame["excerpt"].str.strip() == ""), "id"].tolist()
    assert missing == [], f"{table}: rows without an excerpt of their source: {missing}"


@pytest.mark.parametrize("table", QUOTED_TABLES)
def test_excerpts_are_short(table):
    """About 30 words: a quotation for checking, not a copy of the article."""
    long = {r["id"]: len(r["excerpt"].split()) for r in rows(table) if len(r["excerpt"].split()) > 40}
    assert long == {}, f"{table}: excerpts over 40 words: {long}"


# --- a figure appears in its excerpt the way people write it -----------------------------------

SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "milliard": 1e9, "milliards": 1e9,
          "bn": 1e9, "m": 1e6, "mn": 1e6}
WORDS = {"one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10}
FRACTIONS = {r"\ba fifth\b": 20, r"\bone in five\b|\b1 in 5\b": 20, r"\ba third\b": 100 / 3, r"\bhalf\b": 50}
NUMBER_TEXT = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?|" + "|".join(WORDS) + r")"
    r"(?:\s*(?:%|per\s*cent|percent))?"
    r"(?:\s*(thousand|millions?|milliards?|billion|bn|mn|m)\b)?",
    flags=re.I,
)


def figures_in(text: str) -> list[float]:
    """Every number the text states, scaled: '689 million', '1,5 milliard', '11,262,970', 'one billion', '54 %'."""
    found = []
    for match in NUMBER_TEXT.finditer(text):
        token, scale = match.group(1), (match.group(2) or "").lower()
        if token.lower() in WORDS:
            value = float(WORDS[token.lower()])
        elif re.fullmatch(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+", token):
            value = float(re.sub(r"[,\u00a0\u202f ]", "", token))
        else:
            value = float(token.replace(",", "."))
        found.append(value * SCALES.get(scale, 1))
    for pattern, value in FRACTIONS.items():
        if re.search(pattern, text, flags=re.I):
            found.append(float(value))
    return found


def written_like(value: float, stated: float) -> bool:
    """True when ``stated`` is ``value`` as the source wrote it (same figure, same precision or finer)."""
    if stated == value:
        return True
    # the row rounds a finer figure of the source: 91,937,040 stated, 91.9 million recorded
    for step in (1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 10, 1, 0.1):
        if value % step == 0 and abs(stated - value) < step / 2:
            return abs(stated - value) / value < 0.01
    return False


@pytest.mark.parametrize(("text", "expected"), [
    ("by July 2020, it stood at 689 million", 689e6),
    ("compte près d'un milliard d'utilisateurs", 1e9),
    ("689 millions d'utilisateurs", 689e6),
    ("the number of monthly active American users was 11,262,970", 11_262_970),
    ("over one billion times globally", 1e9),
    ("des 1 500 employés américains", 1500),
    ("1,5 milliard", 1.5e9),
    ("4.1 billion people (or 54 per cent", 54),
    ("A fifth of U.S. adults", 20),
    ("five million businesses", 5e6),
])
def test_figures_are_read_the_way_people_write_them(text, expected):
    assert expected in figures_in(text)


@pytest.mark.parametrize("stat_id", ids_of("user_stats"))
def test_each_figure_appears_in_its_excerpt(stat_id):
    row = data.load_user_stats().set_index("id").loc[stat_id]
    value = float(row["value"])
    stated = figures_in(row["excerpt"])
    assert any(written_like(value, s) for s in stated), (
        f"{stat_id}: {value:,.0f} is not in its excerpt (found {stated}): {row['excerpt']!r}")


@pytest.mark.parametrize("table", ["user_stats", "ownership"])
def test_exact_only_for_a_figure_given_to_the_unit(table):
    """``exact`` means the source writes every digit (331,449,281; 1,500; 19.9%), not '689 million'."""
    frame = data.load_table(table)
    column = "value" if table == "user_stats" else "share_percent"
    wrong = []
    for _, row in frame[frame["qualifier"] == "exact"].iterrows():
        value = float(row[column])
        digits = [n for n in figures_in(row["excerpt"]) if n == value]
        scaled = re.search(r"\b(thousand|millions?|milliards?|billion|bn)\b", row["excerpt"], flags=re.I)
        if not digits or (value >= 10_000 and scaled and not re.search(r"\d[,\u00a0\u202f ]\d{3}", row["excerpt"])):
            wrong.append(row["id"])
    assert wrong == [], f"{table}: 'exact' figures the excerpt does not give to the unit: {wrong}"


# --- a dated event agrees with the dates and weekdays its excerpt states -----------------------

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
          "nov": 11, "dec": 12, "janv": 1, "févr": 2, "fevr": 2, "mars": 3, "avr": 4, "mai": 5, "juin": 6,
          "juil": 7, "août": 8, "aout": 8, "sept": 9, "déc": 12}
MONTH_WORD = (r"(jan(?:uary|vier|v)?|feb(?:ruary)?|févr(?:ier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|"
              r"june?|juin|july?|juil(?:let)?|aug(?:ust)?|août|sept?(?:ember|embre)?|oct(?:ober|obre)?|"
              r"nov(?:ember|embre)?|dec(?:ember)?|déc(?:embre)?)\.?")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+{MONTH_WORD}\b", flags=re.I)
MONTH_DAY = re.compile(rf"\b{MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", flags=re.I)
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}


def month_of(word: str) -> int:
    word = word.lower().rstrip(".")
    for prefix in sorted(MONTHS, key=len, reverse=True):
        if word.startswith(prefix):
            return MONTHS[prefix]
    raise ValueError(word)


def days_in(text: str) -> set[tuple[int, int]]:
    """(month, day) pairs written in words: 'June 1st', 'Sept. 20', '15 June', 'Jun 29', '17 août'."""
    found = {(month_of(m), int(d)) for d, m in DAY_MONTH.findall(text)}
    found |= {(month_of(m), int(d)) for m, d in MONTH_DAY.findall(text)}
    return {(m, d) for m, d in found if 1 <= d <= 31}


def weekdays_in(text: str) -> set[int]:
    return {WEEKDAYS[w.lower()] for w in re.findall("|".join(WEEKDAYS), text, flags=re.I)}


def test_dates_are_read_in_both_languages():
    assert days_in("will start June 1st; due by Sept. 20; le 17 août; on Thursday, Nov. 30") == {
        (6, 1), (9, 20), (8, 17), (11, 30)}
    assert weekdays_in("late Thursday, puis lundi") == {3, 0}


@pytest.mark.parametrize("event_id", [r["id"] for r in rows("events") if r["date_precision"] == "day"])
def test_each_dated_event_agrees_with_its_excerpt(event_id):
    """Each date the excerpt states is one the row accounts for; a weekday alone must be the event's weekday."""
    row = data.load_events().set_index("id").loc[event_id]
    day = row["date"].date()
    stated = days_in(row["excerpt"])
    if stated:
        known = {(day.month, day.day)} | days_in(f"{row['title_en']} {'' if pd.isna(row['note']) else row['note']}")
        if pd.notna(row["deadline"]):
            known.add((row["deadline"].month, row["deadline"].day))
        unexplained = stated - known
        assert not unexplained, f"{event_id}: the excerpt states {sorted(unexplained)}, which the row does not explain"
    else:
        named = weekdays_in(row["excerpt"])
        assert not named or day.weekday() in named, (
            f"{event_id}: {day} is a {day.strftime('%A')}, the excerpt says {row['excerpt']!r}")


# --- sources a course on fact-checking can stand behind -----------------------------------------

MIRRORS = ("wikipedia.", "wikiclassic", "enwikipedia", "webcatalog", "wikimili", "kiwix", "owiki", "littlesis",
           "carview.php", "ts-export", "topnews.com", "shopupscalelawyer", "translate.google", "web.archive.org",
           "blogspot.", "televisor.co.uk", "snaplet.", "built2invest", "toptiersmm")
TRACKING = re.compile(r"[?&](utm_[a-z]+|tid|km_[A-Za-z_]+|fbclid|gclid|cid|traffic_source|ns_[a-z]+|ito)=", flags=re.I)
STATE_MEDIA = ("sputniknews", "rt.com", "tass.com", "globaltimes", "cgtn")


@pytest.mark.parametrize("table", [*QUOTED_TABLES, "actors", "places"])
def test_no_row_cites_a_mirror_proxy_tracker_or_listing(table):
    bad = []
    for row in rows(table):
        url = str(row["source_url"] or "")
        host = urlparse(url).netloc.lower()
        if any(m in url.lower() for m in MIRRORS) or TRACKING.search(url) or re.search(r"/page/\d+/?", url):
            bad.append((row["id"], url))
        if any(s in host for s in STATE_MEDIA):
            bad.append((row["id"], url))
        if re.fullmatch(r"[\d.:]+", host) or host.endswith("."):
            bad.append((row["id"], url))
    assert bad == [], f"{table}: {bad}"


@pytest.mark.parametrize("table", [*QUOTED_TABLES, "actors", "places"])
def test_a_relay_is_named_and_never_rated_high_without_a_reason(table):
    """A page that relays another outlet says so in its title ('Reuters (via Nasdaq)'); the note explains a 'high'."""
    hosted = re.compile(r"via (Justia|vLex|DocumentCloud|Wikisource)|text via", flags=re.I)
    unexplained = [row["id"] for row in rows(table)
                   if re.search(r"\(via |relaying", str(row["source_title"]))
                   and not hosted.search(str(row["source_title"]))
                   and row["confidence"] == "high" and not row.get("note")]
    assert unexplained == [], f"{table}: relays rated high without a note saying why: {unexplained}"


OFFICIAL_HOSTS = ("regulations.justia.com", "regulations.vlex.com", "federalregister.gov", "govinfo.gov",
                  "en.wikisource.org", "supremecourt.gov", "congress.gov", "senate.gov", "house.gov",
                  "whitehouse.gov", "docs.justia.com", "assets.documentcloud.org", "courtlistener.com", "ftc.gov")


@pytest.mark.parametrize("table", [*QUOTED_TABLES, "actors", "places"])
def test_government_and_court_records_cite_the_governments_own_text(table):
    wrong = [(r["id"], r["source_url"]) for r in rows(table)
             if r["claim_type"] in ("government_record", "court_record") and table != "user_stats"
             and not any(h in str(r["source_url"]) for h in OFFICIAL_HOSTS)]
    assert wrong == [], f"{table}: government_record/court_record rows resting on other texts: {wrong}"


def test_the_report_is_named_and_never_called_a_seed():
    actor = data.load_actors().set_index("id").loc["the-article"]
    assert "france24.com" in actor["source_url"]
    for table in ("events", "user_stats", "claims", "actors", "ownership", "places", "votes"):
        text = " ".join(str(v) for row in rows(table) for v in row.values())
        assert not re.search(r"\bseed\b", text, flags=re.I), f"{table} calls the report a seed"


def test_the_fact_check_page_lists_every_row():
    """docs/fact-check.md is the table of what was checked: a new row is checked before it ships."""
    from pathlib import Path

    page = (Path(__file__).parent.parent / "docs" / "fact-check.md").read_text(encoding="utf-8")
    missing = [(t, i) for t in QUOTED_TABLES for i in ids_of(t) if f"`{i}`" not in page]
    assert missing == [], f"rows missing from docs/fact-check.md: {missing}"


def test_the_fact_check_page_gives_each_row_the_datas_source_and_labels():
    """The page's table once rated two Reuters relays 'high' while the rows said 'medium'."""
    from pathlib import Path

    page = (Path(__file__).parent.parent / "docs" / "fact-check.md").read_text(encoding="utf-8")
    line = r"^\| (\w+) \| `([^`]+)` \| \[.*?\]\((\S+?)\) \| (\w+) \| (\w+) \|$"
    listed = {(m[1], m[2]): (m[3], m[4], m[5]) for m in re.finditer(line, page, flags=re.M)}
    wrong = []
    for table in QUOTED_TABLES:
        for row in rows(table):
            on_page = listed.get((table, row["id"]))
            in_data = (row["source_url"], row["claim_type"], row["confidence"])
            if on_page is not None and on_page != tuple(str(v) for v in in_data):
                wrong.append((table, row["id"], on_page, in_data))
    assert wrong == [], f"docs/fact-check.md disagrees with the data (url, claim type, confidence): {wrong}"


# --- the facts a teacher is most likely to quote -------------------------------------------------

ORDERS = [  # event, date, days, deadline
    ("2020-08-06-eo-13942", "2020-08-06", 45, "2020-09-20"),
    ("2020-08-14-cfius-order", "2020-08-14", 90, "2020-11-12"),
    ("2024-04-24-pafaca-signed", "2024-04-24", 270, "2025-01-19"),
    ("2025-01-20-first-extension", "2025-01-20", 75, "2025-04-05"),
    ("2025-04-04-second-extension", "2025-04-04", 75, "2025-06-19"),
    ("2025-06-19-third-extension", "2025-06-19", 90, "2025-09-17"),
    ("2025-09-16-fourth-extension", "2025-09-16", 90, "2025-12-16"),
    ("2025-09-25-qualified-divestiture-eo", "2025-09-25", 120, "2026-01-23"),
]


@pytest.mark.parametrize(("event_id", "day", "days", "deadline"), ORDERS)
def test_orders_and_their_deadlines(event_id, day, days, deadline):
    row = data.load_events().set_index("id").loc[event_id]
    assert row["date"] == pd.Timestamp(day)
    assert row["deadline_days"] == days and row["deadline"] == pd.Timestamp(deadline)


def test_the_120_days_of_25_september_2025_run_to_23_january_2026():
    assert date(2025, 9, 25) + pd.Timedelta(days=120) == date(2026, 1, 23)


@pytest.mark.parametrize(("event_id", "day"), [
    ("2019-10-09-rubio-cfius-letter", "2019-10-09"),
    ("2020-08-17-website", "2020-08-17"),
    ("2020-09-19-wechat-injunction", "2020-09-19"),
    ("2020-09-27-first-injunction", "2020-09-27"),
    ("2020-10-30-marland-injunction", "2020-10-30"),
    ("2020-12-07-second-injunction", "2020-12-07"),
    ("2021-06-09-eo-14034", "2021-06-09"),
    ("2023-11-30-montana-injunction", "2023-11-30"),
    ("2024-12-06-dc-circuit-upholds", "2024-12-06"),
    ("2024-12-13-dc-circuit-denies-injunction", "2024-12-13"),
    ("2025-01-17-tiktok-v-garland", "2025-01-17"),
    ("2025-12-18-jv-agreements", "2025-12-18"),
    ("2026-01-22-joint-venture-closes", "2026-01-22"),
])
def test_key_dates(event_id, day):
    assert data.load_events().set_index("id").loc[event_id, "date"] == pd.Timestamp(day)


@pytest.mark.parametrize(("vote_id", "yeas", "nays"), [
    ("vote-2024-03-13-house", 352, 65), ("vote-2024-04-20-house", 360, 58), ("vote-2024-04-23-senate", 79, 18)])
def test_the_2024_votes(vote_id, yeas, nays):
    vote = data.load_votes().set_index("id").loc[vote_id]
    assert (vote["yeas"], vote["nays"]) == (yeas, nays)


@pytest.mark.parametrize(("stat_id", "value", "metric"), [
    ("tiktok-mau-2020-07", 689_000_000, "monthly_active_users"),
    ("tiktok-mau-2021-09", 1_000_000_000, "monthly_active_users"),
    ("tiktok-us-mau-2020-08", 100_000_000, "monthly_active_users"),
    ("eo-13942-downloads-world", 1_000_000_000, "cumulative_downloads"),
    ("article-users-1bn", 1_000_000_000, "users_undefined"),
    ("douyin-dau-2020-08", 600_000_000, "daily_active_users"),
    ("douyin-dau-2019-01", 250_000_000, "daily_active_users"),
])
def test_headline_figures(stat_id, value, metric):
    row = data.load_user_stats().set_index("id").loc[stat_id]
    assert row["value"] == value and str(row["metric"]) == metric


def test_joint_venture_shares_add_up_to_the_reported_structure():
    shares = data.load_ownership().set_index("holder")["share_percent"].astype(float)
    assert shares[["oracle", "silver-lake", "mgx"]].tolist() == [15.0, 15.0, 15.0]
    assert shares["bytedance-investors"] == 30.1 and shares["bytedance"] == 19.9
    assert shares[["oracle", "silver-lake", "mgx", "other-new-investors"]].sum() == pytest.approx(50)
    assert shares.sum() == pytest.approx(100)


def test_verdicts_a_teacher_will_quote():
    verdicts = data.load_claims().set_index("id")["verdict"].astype(str)
    assert verdicts["c03-ten-days-earlier"] == "correct"  # ten days in French time
    assert verdicts["c10-long-haul-quote"] == "correct"  # 'here for the long run', 1 Aug 2020 video
    assert verdicts["c11-one-billion-users"] == "overstated"
    assert verdicts["c19-stoute-quote"] == "unverified"


# --- the words around the data: quizzes, lessons and teacher notes say what the rows say -------------------
# Checked statement by statement on 6 December 2026 (docs/fact-check.md, "The words around the data"). Each test
# below fails on a wrong text that was found then, so the next edit cannot bring it back.

ROOT = Path(__file__).parent.parent
BANK_FILES = sorted((ROOT / "data" / "quizzes").glob("*.yaml"))
LESSON_SOURCES = sorted((ROOT / "notebooks" / "src").glob("*.py")) + sorted((ROOT / "notebooks/src/fr").glob("*.py"))
NOTES = sorted((ROOT / "docs" / "teacher-notes").glob("*.md")) + sorted((ROOT / "docs/teacher-notes/fr").glob("*.md"))

#: Outlets a quiz explanation may name as the source of a fact; the row it rests on must name them too.
OUTLETS = ("Reuters", "CNBC", "AP", "AFP", "Bloomberg", "Financial Times", "Canyon News", "Republic World",
           "BuzzFeed News", "Gizmodo", "MacRumors", "Al Jazeera", "Billboard", "Deadline", "Axios", "Pew")


def _row(reference: str) -> dict:
    """The row a quiz reference ("table:id" or "table:id:field") points to, missing cells as ''."""
    table, row_id = reference.split(":")[:2]
    return {str(r["id"]): r for r in rows(table)}[row_id]


def _questions():
    for path in BANK_FILES:
        for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            yield path.stem, q


def _references(q: dict) -> list[str]:
    refs = [q.get("answer_from"), q.get("source")] + [i.get("answer_from") for i in q.get("items", [])]
    pattern = r"(events|user_stats|claims|ownership|votes):[^:\s]+(:\w+)?"
    return [r for r in refs if isinstance(r, str) and re.fullmatch(pattern, r)]


def _row_words(row: dict) -> str:
    return " ".join(str(row.get(k, "")) for k in ("title_en", "source_title", "note", "evidence_en", "excerpt"))


SOURCED = [(b, q) for b, q in _questions() if _references(q)]  # the questions with a row behind them


@pytest.mark.parametrize(("bank", "q"), SOURCED, ids=[f"{b}:{q['id']}" for b, q in SOURCED])
def test_an_outlet_named_in_an_explanation_is_one_its_row_names(bank, q):
    """Quiz 07 once credited CNBC's report of the jobs pledge to Reuters: an explanation names the row's own sources."""
    refs = _references(q)
    known = " ".join(_row_words(_row(r)) for r in refs)
    said = " ".join(str(q.get("explanation", {}).get(lang, "")) for lang in ("en", "fr"))
    wrong = [o for o in OUTLETS
             if re.search(rf"\b{re.escape(o)}\b", said) and not re.search(rf"\b{re.escape(o)}\b", known)]
    assert wrong == [], f"{bank}:{q['id']} names {wrong}, which its rows {refs} do not cite"


QUALIFIER_WORDS = {"more_than": (r"\b(more than|over)\b", r"\bplus de\b"),
                   "fewer_than": (r"\b(fewer than|under)\b", r"\bmoins de\b")}


@pytest.mark.parametrize(("bank", "q"), [(b, q) for b, q in _questions() if q["type"] == "numeric"
                                         and str(q.get("answer_from", "")).startswith("user_stats:")
                                         and _row(q["answer_from"])["qualifier"] in QUALIFIER_WORDS],
                         ids=lambda v: v["id"] if isinstance(v, dict) else v)
def test_a_floor_or_a_ceiling_in_the_data_stays_one_in_the_explanation(bank, q):
    """The US estimate of 2025 is 'over 135.79 million': quiz 03 once said 'about 136 million'."""
    row = _row(q["answer_from"])
    en, fr = QUALIFIER_WORDS[row["qualifier"]]
    assert re.search(en, q["explanation"]["en"], flags=re.I), f"{bank}:{q['id']} (en) drops '{row['qualifier']}'"
    assert re.search(fr, q["explanation"]["fr"], flags=re.I), f"{bank}:{q['id']} (fr) drops '{row['qualifier']}'"


def _texts_a_reader_reads():
    """(where, text) for every lesson's markdown and comments, every quiz text and every teacher note."""
    for path in LESSON_SOURCES:
        text = "\n".join(line[2:] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# "))
        yield path.relative_to(ROOT).as_posix(), text
    for path in BANK_FILES:
        yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")
    for path in NOTES:
        yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_the_billions_origin_stays_a_hypothesis():
    """c11: 'its origin is a hypothesis'. Lesson 03 and quiz 08 once called the downloads reading 'likely'."""
    assert "hypothesis" in data.load_claims().set_index("id").loc["c11-one-billion-users", "note"]
    faults = []
    for where, text in _texts_a_reader_reads():
        for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", re.sub(r"\s*\n\s*#?\s*", " ", text)):
            hedge_lost = r"\b(likely|probabl[ey]|probablement|sans doute|surely|certainly)\b"
            if (re.search(r"billion|milliard", sentence, flags=re.I)
                    and re.search(r"download|téléchargement", sentence, flags=re.I)
                    and re.search(hedge_lost, sentence, flags=re.I)):
                faults.append(f"{where}: {sentence.strip()[:160]}")
    assert faults == []


def test_the_chinese_sign_off_is_the_white_houses_word():
    """The closing event rests on 'A White House official confirmed': no text states the sign-off as a plain fact."""
    closing = data.load_events().set_index("id").loc["2026-01-22-joint-venture-closes"]
    assert "White House official" in closing["excerpt"]
    faults = []
    for where, text in _texts_a_reader_reads():
        flat = re.sub(r"\s*\n\s*#?\s*", " ", text)
        for match in re.finditer(r"[^.;|]*\b(signed off|donné (?:son|leur) accord|feu vert)\b[^.;|]*", flat):
            if not re.search(r"White House|Maison-Blanche", match.group(0)):
                faults.append(f"{where}: {match.group(0).strip()[:160]}")
    assert faults == []


def test_month_precision_examples_are_month_precision():
    """Teacher notes 02 once gave the 2021 shelving of the deal (known to the day) as a month-only date."""
    events = data.load_events().set_index("id")
    assert events.loc["2021-02-deal-shelved", "date_precision"] == "day"
    examples = {
        "2016-09-douyin-launch": ("Douyin's launch", "lancement de Douyin"),
        "2017-11-musically-acquisition": ("Musical.ly purchase of November 2017", "Musical.ly en novembre 2017"),
    }
    for event_id in examples:
        assert events.loc[event_id, "date_precision"] == "month", event_id
    notes = ROOT / "docs" / "teacher-notes"
    for path, lang in ((notes / "02-timeline.md", 0), (notes / "fr" / "02-timeline.md", 1)):
        flat = re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
        sentence = re.search(r"(month-precision date|connue au mois près) \(([^)]*)\)", flat)
        assert sentence, path
        assert all(words[lang] in sentence.group(2) for words in examples.values()), sentence.group(2)
        assert not re.search(r"2021|shelv|abandon", sentence.group(2)), sentence.group(2)


def _draft_rows(path: Path) -> list[dict]:
    source = path.read_text(encoding="utf-8")
    literal = re.search(r"^rows = (\[.*?^\])$", source, flags=re.M | re.S).group(1)
    return ast.literal_eval(literal)


@pytest.mark.parametrize("path", [p for p in LESSON_SOURCES if p.name.startswith("09-")], ids=lambda p: p.parent.name)
def test_lesson_09s_draft_follows_the_packages_claim_type_rule(path):
    """A row that cites a news site or a blog is a press_report, in the learner's draft as in the package."""
    wrong = [(r["id"], r["claim_type"], r["source_url"]) for r in _draft_rows(path)
             if r["claim_type"] in ("government_record", "court_record") and r["source_url"]
             and not any(h in r["source_url"] for h in OFFICIAL_HOSTS)]
    assert wrong == []


@pytest.mark.parametrize(("path", "pattern"), [
    (ROOT / "docs/teacher-notes/09-make-your-own-case.md", r"India row's claim type is `(\w+)`"),
    (ROOT / "docs/teacher-notes/fr/09-make-your-own-case.md", r"ligne sur l'Inde est `(\w+)`"),
], ids=["en", "fr"])
def test_teacher_notes_give_the_india_rows_claim_type_as_the_data_does(path, pattern):
    said = re.search(pattern, re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))).group(1)
    assert said == data.load_events().set_index("id").loc["2020-06-29-india-ban", "claim_type"]
    draft = {r["id"]: r for r in _draft_rows(next(p for p in LESSON_SOURCES if p.name.startswith("09-")))}
    assert said == draft["2020-06-29-india-blocks-apps"]["claim_type"]


def test_only_one_row_is_a_pledge_as_quiz_07_and_lesson_07_say():
    """Quiz 07 q2 and lesson 07 call the jobs pledge 'the only one' of its claim type in user_stats."""
    pledges = data.load_user_stats().query("claim_type == 'company_pledge'")["id"].tolist()
    assert pledges == ["tiktok-jobs-pledge-2020-07"]


def test_the_quotes_in_pappass_paragraph_are_not_unverified():
    """Quiz 01 once said a quote in Pappas's paragraph was unverified; since the review only Stoute's is."""
    verdicts = data.load_claims().set_index("id")["verdict"].astype(str)
    unverified = [c for c, v in verdicts.items() if v == "unverified"]
    assert unverified == ["c15-never-shared-data", "c19-stoute-quote"]  # TikTok's denial, and Stoute's words
    assert {verdicts[c] for c in ("c10-long-haul-quote", "c16-us-staff-1500", "c17-jobs-10000")} == {"correct"}
    bank = (ROOT / "data/quizzes/01-story-in-numbers.yaml").read_text(encoding="utf-8")
    assert "in that paragraph is unverified" not in bank and "Stoute" in bank


def test_the_french_edition_does_not_call_french_outputs_english():
    """Lessons 04-06 and four French teacher notes once said the notes and the validator's messages were in English,
    while the French notebooks show `note_fr` and French messages."""
    faults = []
    for where, text in _texts_a_reader_reads():
        if "/fr/" not in where:
            continue
        flat = re.sub(r"\s*\n\s*#?\s*", " ", text)
        for sentence in re.split(r"(?<=[.!?])\s+", flat):
            says_english = re.search(r"(restent?|rédigées?|est encore|sont) en\s+anglais|\(en anglais dans", sentence)
            if says_english and re.search(r"\bnotes?\b|validateur|message", sentence) and "note_fr" not in sentence:
                faults.append(f"{where}: {sentence[:160]}")
    assert faults == []


def test_the_headline_records_are_called_claims_and_a_pledge():
    """headline_figures() sets the jobs beside a company_pledge: lessons 00 and 01 once called every record a claim."""
    from lessons_lib import headline_figures

    assert set(headline_figures()["record_claim_type"]) == {"company_claim", "company_pledge"}
    must_name = {"00-start-here": ("pledge for the jobs", "`company_pledge`"),
                 "01-story-in-numbers": ("**company pledge**", "**promesse de l'entreprise**")}
    for name, (english, french) in must_name.items():
        english_path, french_path = ROOT / "notebooks/src" / f"{name}.py", ROOT / "notebooks/src/fr" / f"{name}.py"
        for path, words in ((english_path, english), (french_path, french)):
            text = re.sub(r"\s*\n#\s*", " ", path.read_text(encoding="utf-8"))
            assert words in text, f"{path.relative_to(ROOT)} does not name the pledge"
