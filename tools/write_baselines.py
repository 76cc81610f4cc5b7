"""Redraw the chart images the tests compare against (tests/baseline_images/*.png).

Run after an intended change to a chart, look at every image, then commit them:

    .venv/bin/python tools/write_baselines.py            # or: make baselines
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from chart_fixtures import write_baselines

if __name__ == "__main__":
    for written in write_baselines(sys.argv[1] if len(sys.argv) > 1 else None):
        print(written)
