"""Every table's ``note_fr``: the French version of ``note``, for the French edition of the lessons.

``note_fr`` is empty exactly where ``note`` is; it follows French typography and the glossary
(``tools/french.py``, as the French lessons do), holds no English sentence outside quotations, and
keeps every number ``note`` writes (``1,500`` may become ``1 500``, ``12.5`` ``12,5``).
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal

import pytest
from french_tool import french

from lessons_lib.schema import fields, table_names, table_path

TABLES_WITH_NOTE = [name for name in table_names() if "note" in [f["name"] for f in fields(name)]]

# A number as English writes it (1,500 or 12.5) and as French writes it (1 500 or 12,5); digits
# glued after a letter belong to a name (Q2, T2), not to a number.
_ENGLISH_NUMBER = re.compile(r"(?<![A-Za-z\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)")
_FRENCH_NUMBER = re.compile(r"(?<![A-Za-z\d.,\u00a0\u202f])(?:\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d+)(?:,\d+)?(?!\d)")


def english_numbers(text: str) -> set[Decimal]:
    return {Decimal(n.replace(",", "")).normalize() for n in _ENGLISH_NUMBER.findall(text)}


def french_numbers(text: str) -> set[Decimal]:
    """The numbers of a French text: written the French way, or the English way (in a quotation, an id)."""
    french_way = {Decimal(re.sub(r"[\u00a0\u202f]", "", n).replace(",", ".")).normalize()
                  for n in _FRENCH_NUMBER.findall(text)}
    return french_way | english_numbers(text)


def rows(name: str) -> list[dict[str, str]]:
    with open(table_path(name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_table_with_a_note_has_its_french_note():
    assert sorted(TABLES_WITH_NOTE) == sorted(["events", "user_stats", "claims", "actors", "ownership", "places",
                                               "votes"])
    for name in TABLES_WITH_NOTE:
        columns = [f["name"] for f in fields(name)]
        assert "note_fr" in columns, name
        note, note_fr = fields(name)[columns.index("note")], fields(name)[columns.index("note_fr")]
        assert note_fr["type"] == note["type"] and not note_fr.get("constraints", {}).get("required"), name
        assert note_fr["constraints"]["maxLength"] == note["constraints"]["maxLength"], name


@pytest.mark.parametrize("name", TABLES_WITH_NOTE)
def test_note_fr_is_empty_exactly_where_note_is(name):
    table = rows(name)
    assert table and "note_fr" in table[0]
    assert [r["id"] for r in table if bool(r["note"]) != bool(r["note_fr"])] == []


@pytest.mark.parametrize("name", TABLES_WITH_NOTE)
def test_note_fr_is_french(name):
    faults = {}
    for row in rows(name):
        text = row["note_fr"]
        found = french.typography(text) + french.glossary_problems(text)
        found += [f"English left in French: {s[:70]!r}" for s in french.english_sentences(text)]
        if found:
            faults[row["id"]] = found
    assert faults == {}


@pytest.mark.parametrize("name", TABLES_WITH_NOTE)
def test_note_fr_keeps_every_number_of_note(name):
    lost = {row["id"]: sorted(map(str, english_numbers(row["note"]) - french_numbers(row["note_fr"])))
            for row in rows(name)}
    assert {rid: numbers for rid, numbers in lost.items() if numbers} == {}


def test_the_number_check_catches_what_it_claims():
    """Negative and positive controls for the number comparison."""
    assert english_numbers("1,500 US employees, 12.5%, Q2 2020, 85 FR 48637") == {
        Decimal(1500), Decimal("12.5"), Decimal(2020), Decimal(85), Decimal(48637)}
    assert french_numbers("1\u202f500 salariés, 12,5\u00a0%, « 1,400 today »") >= {
        Decimal(1500), Decimal("12.5"), Decimal(1400)}
    assert english_numbers("almost 1,400 today") - french_numbers("près de 1\u202f300 aujourd'hui") == {Decimal(1400)}
    assert english_numbers("9 Oct 2019") - french_numbers("9 octobre 2018") == {Decimal(2019)}
