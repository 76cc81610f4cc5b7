"""Time timeline() for 100, 10,000 and 100,000 synthetic events and print the ratio to 100 events.

    .venv/bin/python benchmarks/bench_timeline.py

Each run draws the figure and renders it to PNG (what a notebook does). Above 400 events the
timeline shows counts per week per category, so its cost grows with the number of weeks, not of
events. Target: 100,000 events under 5x the 100-event time.
"""

from __future__ import annotations

import io
import time

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd

from lessons_lib.charts import save, timeline
from lessons_lib.charts.style import CATEGORY_STYLE

SIZES = (100, 10_000, 100_000)
REPEATS = 3


def synthetic_events(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` events spread over 2016-2026 in every category, with the columns of load_events()."""
    rng = np.random.default_rng(seed)
    days = rng.integers(0, 3650, n)
    frame = pd.DataFrame({
        "id": [f"e{i}" for i in range(n)],
        "date": pd.Timestamp("2016-01-01") + pd.to_timedelta(days, unit="D"),
        "category": pd.Categorical(rng.choice(list(CATEGORY_STYLE), n), categories=list(CATEGORY_STYLE)),
        "title_en": [f"Synthetic event number {i} about the case" for i in range(n)],
        "in_article": pd.array(rng.random(n) < 0.1, dtype="boolean"),
        "deadline_days": pd.array([45 if i % 50 == 0 else None for i in range(n)], dtype="Int64"),
        "source_title": pd.array([f"Source {i % 40}" for i in range(n)], dtype="string"),
    })
    return frame


def best_time(events: pd.DataFrame) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        save(timeline(events), io.BytesIO(), format="png")
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    timeline(synthetic_events(100))  # warm up fonts and caches
    times = {n: best_time(synthetic_events(n)) for n in SIZES}
    base = times[SIZES[0]]
    print(f"{'events':>8}  {'seconds':>8}  ratio to {SIZES[0]}")
    for n in SIZES:
        print(f"{n:>8,}  {times[n]:8.3f}  {times[n] / base:5.2f}x")
    verdict = "OK" if times[SIZES[-1]] / base < 5 else "TOO SLOW"
    print(f"target: {SIZES[-1]:,} events under 5x the {SIZES[0]}-event time: {verdict}")


if __name__ == "__main__":
    main()
