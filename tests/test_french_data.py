"""The French a learner reads in the data and the quizzes: French typography, the glossary's terms, true quotations.

Every French field of every table (``*_fr`` columns of ``data/*.csv``), every French label of
``data/datapackage.json``, every ``fr`` text of every quiz bank and of ``notebooks/lessons.yaml`` passes
the checks ``tools/french.py`` applies to French lessons: no-break spaces before ``: ; ! ?`` and ``%``,
inside « » and in digit groups, and no form the glossary (``data/glossary.yaml``) says to avoid outside
a quotation.

Quotations of the 2020 report (France 24, 18 August 2020; its text is ``../shared/seed/``) are the
report's words:

- each ``statement_fr`` of the claims table *is* the report's text, as printed: cuts are marked ``[…]``
  and the only words that are not the report's are editorial insertions in square brackets;
- every « … » in French text is either found word for word in the report (cuts marked ``[…]`` or ``…``)
  or declared below as something else (an English source, another speaker, a name, a word the
  quiz talks about), so a paraphrase can never be presented as the report's words unnoticed.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
import yaml
from french_tool import french

ROOT = Path(__file__).resolve().parent.parent

DATA = ROOT / "data"
SEED = ROOT.parent / "shared" / "seed" / "000_02e06b9e42101a93.txt"  # the 2020 report, beside the clone

TABLES = sorted(DATA.glob("*.csv"))
BANKS = sorted((DATA / "quizzes").glob("*.yaml"))
CATALOGUE = ROOT / "notebooks" / "lessons.yaml"


# --- where the French text is ---------------------------------------------------------------------
def _fr_in(node, where: str):
    """(where, text) for every French text of a YAML or JSON tree: the values of `fr` keys, lists included."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "fr" and isinstance(value, str):
                yield where, value
            elif key == "fr" and isinstance(value, list):
                yield from ((f"{where}.fr[{n}]", text) for n, text in enumerate(value))
            else:
                yield from _fr_in(value, f"{where}.{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            name = value.get("id", n) if isinstance(value, dict) else n
            yield from _fr_in(value, f"{where}[{name}]")


def table_texts(path: Path):
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for column, text in row.items():
                if column.endswith("_fr") and text:
                    yield f"{path.name}:{row['id']}:{column}", text


def yaml_texts(path: Path):
    yield from _fr_in(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


def package_texts():
    yield from _fr_in(json.loads((DATA / "datapackage.json").read_text(encoding="utf-8")), "datapackage.json")


def every_french_text():
    for path in TABLES:
        yield from table_texts(path)
    for path in [*BANKS, CATALOGUE]:
        yield from yaml_texts(path)
    yield from package_texts()


FRENCH_TABLES = [p for p in TABLES if any(c.endswith("_fr") for c in p.open(encoding="utf-8").readline().split(","))]
SOURCES = {p.name: (lambda p=p: table_texts(p)) for p in FRENCH_TABLES}
SOURCES |= {p.name: (lambda p=p: yaml_texts(p)) for p in [*BANKS, CATALOGUE]}
SOURCES["datapackage.json"] = package_texts


# --- typography and terms ----------------------------------------------------------------------------
def _balanced(text: str) -> bool:
    return text.count("«") == text.count("»") and text.count("“") == text.count("”") and "```" not in text


def glossary_faults(texts: list[tuple[str, str]]) -> list[str]:
    """french.glossary_problems for each text; read once for texts whose quotations cannot run into the next."""
    alone = [(where, text) for where, text in texts if not _balanced(text)]
    together = [text for _, text in texts if _balanced(text)]
    if together and french.glossary_problems("\n\n".join(together)):
        alone = texts  # something to report: find where, text by text
    return [f"{where}: {fault}" for where, text in alone for fault in french.glossary_problems(text)]


@pytest.mark.parametrize("name", list(SOURCES))
def test_french_text_follows_french_typography_and_the_glossary(name):
    texts = list(SOURCES[name]())
    assert texts, f"no French text found in {name}"
    faults = [f"{where}: {fault}" for where, text in texts for fault in french.typography(text)]
    assert faults + glossary_faults(texts) == []


def test_the_glossary_check_still_finds_a_fault_among_many():
    texts = [("a", "Le décret 13942 est signé."), ("b", "L'ordonnance présidentielle du 14 août."), ("c", "« Ouvert")]
    faults = glossary_faults(texts)
    assert len(faults) == 1 and faults[0].startswith("b: 'ordonnance présidentielle': write 'décision présidentielle")


def test_the_checks_see_every_table_and_bank():
    """Every table with a French column and every quiz bank is read (so nothing escapes the checks above)."""
    assert {p.name for p in FRENCH_TABLES} >= {"actors.csv", "claims.csv", "events.csv", "places.csv", "user_stats.csv"}
    assert len(BANKS) >= 10
    assert sum(1 for _ in every_french_text()) > 1000


# --- quotations of the report ---------------------------------------------------------------------------
# « … » in French text that are not the report's words, and what they are instead.
NOT_THE_REPORT = {
    # an English source, quoted in English
    "The Last Sunny Corner of the Internet": "TikTok's website (English)",
    "We're not planning on going anywhere": "Vanessa Pappas's video (English)",
    "we’re here for the long run": "Vanessa Pappas's video, as Canyon News quotes it",
    "we're here for the long run": "Vanessa Pappas's video, as Canyon News quotes it",
    "long run": "Vanessa Pappas's video (English)",
    "I'm also proud of our 1,500 US employees": "Vanessa Pappas's video, as Republic World quotes it",
    "proud": "Vanessa Pappas's video (English)",
    "some one billion users": "AFP, July 2020 (English)",
    "Order Regarding the Acquisition of Musical.ly by ByteDance Ltd.": "title of the 14 August 2020 decision",
    "50 percent held by a consortium of new investors, including Oracle, Silver Lake and MGX with 15 percent each":
        "Shou Zi Chew's memo, as the AP quotes it",
    # another speaker or text, translated (the English follows in brackets where the quiz asks about it)
    "selon certaines informations": "EO 13942, 'reportedly'",
    "menace de permettre": "EO 13942, 'threatens to allow'",
    "preuves crédibles": "the 14 August 2020 decision, 'credible evidence'",
    "certainement": "Mike Pompeo on Fox News, 'certainly'",
    "fortement changé": "Kevin Mayer's letter, 'sharply changed'",
    "bénédiction": "Donald Trump, 'blessing'",
    "cadre": "the negotiators, 'framework'",
    "cession qualifiée": "the order of 25 September 2025, 'qualified divestiture'",
    "partenaire technologique de confiance": "TikTok, 'trusted technology partner'",
    "utilisateurs mensuels actifs de l'internet mobile": "Reuters citing QuestMobile",
    "plus de 1 500": "TikTok's blog of 24 August 2020, 'more than 1,500'",
    # names
    "céder ou être interdit": "the nickname of the 2024 law (divest-or-ban)",
    "Project Texas": "the name of TikTok's and Oracle's plan",
    # words and answers the quiz talks about, not quotations
    "près de": "a qualifier", "environ": "a qualifier", "plus de": "a qualifier", "moins de": "a qualifier",
    "Moins de 500": "a qualifier", "plus d'un milliard": "a sum the quiz computes",
    "millions": "a word to type", "milliard": "a word to type", "1 milliard": "an answer to type",
    "250 millions": "an answer to type", "500 millions": "an answer to type",
    "utilisateurs par salarié": "a ratio", "échelle log": "an axis title", "différence": "a word",
    "utilisateurs actifs mensuels": "the meaning of MAU", "executive": "a category value",
    "court": "a category value", "Contesté par la suite": "a verdict label",
}

_CUT = re.compile(r"\[…\]|\[\.\.\.\]|…")
_INSERTION = re.compile(r"\[(?!…\]|\.\.\.\])[^\]]*\]")


def normalise(text: str) -> str:
    """Quotation marks dropped; spaces, apostrophes and case folded: the data's typography meets the report's.

    Quotation marks are dropped, not compared: quoting part of a quotation opens its own « ».
    """
    text = re.sub(r"\s*[«»“”\"]\s*", " ", text)
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.fixture(scope="module")
def report():
    if not SEED.is_file():
        pytest.skip(f"the 2020 report is not beside the repository ({SEED}); clone ../shared next to it")
    return normalise(SEED.read_text(encoding="utf-8"))


def words_in(report: str, quotation: str) -> list[str]:
    """The pieces of a quotation (cut at […] or …, editorial [insertions] removed) not found in the report."""
    missing = []
    for piece in _CUT.split(_INSERTION.sub(" ", quotation)):
        piece = normalise(piece).strip(" .,;:")
        if re.search(r"\w", piece) and not re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", report):
            missing.append(piece)
    return missing


def test_claims_statements_are_the_reports_words_as_printed(report):
    """Lesson 06 shows each statement "as printed": the report's words, with every cut and insertion marked."""
    with (DATA / "claims.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 20
    faults = {row["id"]: missing for row in rows if (missing := words_in(report, row["statement_fr"]))}
    assert faults == {}


def test_every_quotation_in_french_text_is_the_reports_or_is_declared(report):
    quotations = {}
    for where, text in every_french_text():
        if where.endswith(":note_fr"):  # a note quotes the row's own sources (in English), never the report
            continue
        for quoted in re.findall(r"«\s*([^»]*?)\s*»", text):
            quotations.setdefault(normalise(quoted), (quoted, where))
    declared = {normalise(q) for q in NOT_THE_REPORT}
    faults = [f"{where}: « {quoted} » is not in the report: quote it exactly, or declare it in NOT_THE_REPORT"
              for key, (quoted, where) in sorted(quotations.items())
              if key not in declared and words_in(report, quoted)]
    assert faults == []
    assert len(quotations) > 50
    assert declared <= set(quotations), f"declared but no longer used: {sorted(declared - set(quotations))}"


def test_the_quotation_check_catches_what_it_claims(report):
    """Negative controls: the review's misquotes and cut statements are refused, marked cuts are not."""
    assert words_in(report, "pour contrer « rumeurs et désinformation »")  # events.csv before the review
    assert words_in(report, "Il a signé deux décrets visant à forcer ByteDance à vendre rapidement "
                            "les opérations américaines du réseau.")  # c18, cut without a mark
    # c11 with a word dropped
    assert words_in(report, "La plateforme compte près d'un milliard d'utilisateurs dans le monde.")
    assert words_in(report, "court")  # a word inside a longer word is not a quotation of it ("courtes")
    assert not words_in(report, "« Vendredi 14 août, il a signé un deuxième décret pour obliger ByteDance à vendre "
                                "[...] d'ici 90 jours. »")
    assert not words_in(report, "[Vanessa Pappas] avait promis de créer « 10 000 emplois additionnels "
                                "dans ce pays […] ».")


# --- the data package: every French string, whatever its key ----------------------------------------------
def _french_strings(node, where: str = "datapackage.json", french_key: bool = False):
    """(where, text) for every string of the data package under a French key: ``fr`` (titles, labels, chart
    defaults) or a key ending in ``-fr``/``_fr`` (``x-hint-fr``, ``x-description-fr``)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _french_strings(value, f"{where}.{key}", key == "fr" or key.endswith(("-fr", "_fr")))
    elif isinstance(node, list):
        for n, value in enumerate(node):
            name = value.get("name", value.get("id", n)) if isinstance(value, dict) else n
            yield from _french_strings(value, f"{where}[{name}]", french_key)
    elif isinstance(node, str) and french_key:
        yield where, node


# a value written as data, not prose: a list of ids such as "trump;bytedance" has no space before its ';'
_DATA_VALUE = re.compile(r"(?<![\w-])[\w-]+(?:;[\w-]+)+(?![\w-])")


def datapackage_typography(package: dict) -> list[str]:
    return [f"{where}: {fault}" for where, text in _french_strings(package)
            for fault in french.typography(_DATA_VALUE.sub("VALUE", text))]


def test_every_french_string_of_the_datapackage_follows_french_typography():
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    texts = dict(_french_strings(package))
    assert any(".x-hint-fr" in where for where in texts) and any(".x-chart-defaults." in where for where in texts)
    assert datapackage_typography(package) == []
    # what a French learner reads as a chart's title: a no-break space before ':', a narrow one before '?'
    titles = [text for where, text in texts.items() if ".x-chart-defaults." in where]
    assert "Le gouvernement américain contre TikTok\u00a0: chronologie" in titles
    assert "Où sont stockées les données de TikTok\u202f?" in titles
    # negative control: the plain spaces the titles once had are found, with where they are
    broken = {"x-chart-defaults": {"timeline": {"title": {"en": "Timeline", "fr": "TikTok : chronologie ?"}}}}
    assert datapackage_typography(broken) == [
        "datapackage.json.x-chart-defaults.timeline.title.fr: ordinary space before ':' (use a no-break space)",
        "datapackage.json.x-chart-defaults.timeline.title.fr: ordinary space before '?' (use a no-break space)"]
