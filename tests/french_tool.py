"""``tools/french.py`` (the French lessons' pairing, typography, glossary and English-sentence checks),
loaded once for every test that reads French: tools/ is not a package."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("french", Path(__file__).resolve().parent.parent / "tools" / "french.py")
french = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(french)
