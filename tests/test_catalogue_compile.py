"""Compiling a catalogue gives the same bytes at any time: the committed .mo files stay in step with their .po."""

from __future__ import annotations

import importlib.util
from datetime import datetime, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("catalogues", ROOT / "tools" / "catalogues.py")
catalogues = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogues)


@pytest.mark.parametrize("domain", catalogues.DOMAINS)
def test_a_catalogue_compiles_to_the_same_bytes_whenever_it_is_read(domain: str) -> None:
    now, then = catalogues.read(domain, "fr"), catalogues.read(domain, "fr")
    then.creation_date = then.revision_date = datetime(2001, 2, 3, 4, 5, tzinfo=timezone.utc)  # read another minute
    assert catalogues.compiled(now) == catalogues.compiled(then)
    assert catalogues.compiled(now) == catalogues.po_path(domain, "fr").with_suffix(".mo").read_bytes()
