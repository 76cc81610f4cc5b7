"""Load and validate an events file of 10k / 100k / 1M rows vs a plain ``pandas.read_csv`` of it.

Baseline: ``pandas.read_csv(path)`` with its defaults (no checks, object/str columns, dates left as
text). Measured: ``lessons_lib.load_events(path)``, which reads the file as text, checks every cell
against the schema in ``datapackage.json`` (types, vocabularies, patterns, lengths, required and
unique values, date precision) and returns typed columns. Both read the same synthetic file, made
by repeating the shipped events with unique ids. Time is the best of several runs; peak memory is
measured separately with ``tracemalloc`` (Python and NumPy allocations).

    python benchmarks/bench_load.py            # 10k, 100k and 1M rows (about 1-2 minutes)
    python benchmarks/bench_load.py 10000      # chosen sizes only

Target: lessons_lib within 1.5x of pandas.read_csv at 1M rows.
"""

from __future__ import annotations

import csv
import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

SIZES = (10_000, 100_000, 1_000_000)


def make_events(path: Path, rows: int) -> None:
    """Write ``rows`` valid event rows: the shipped events repeated, each with a unique id."""
    from lessons_lib.schema import table_path

    with open(table_path("events"), encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        template = [row for row in reader if row]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for i in range(rows):
            row = list(template[i % len(template)])
            row[0] = f"{row[0][:60]}-{i}"
            writer.writerow(row)


def best_time(func: Callable[[], object], repeat: int) -> float:
    """The shortest wall time of ``repeat`` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def peak_memory(func: Callable[[], object]) -> int:
    """Peak bytes allocated (tracemalloc) while ``func`` runs and its result is alive."""
    gc.collect()
    tracemalloc.start()
    try:
        result = func()
        _, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return peak


def main(argv: list[str]) -> int:
    import pandas as pd

    import lessons_lib

    sizes = [int(a) for a in argv] or list(SIZES)
    print(f"pandas {pd.__version__}, Python {sys.version.split()[0]}")
    print(f"{'rows':>9}  {'read_csv s':>10}  {'lessons s':>9}  {'ratio':>6}  "
          f"{'read_csv MB':>11}  {'lessons MB':>10}  {'mem ratio':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in sizes:
            path = Path(tmp) / f"events-{rows}.csv"
            make_events(path, rows)
            repeat = 5 if rows <= 10_000 else 3 if rows <= 100_000 else 2

            def baseline(path: Path = path) -> object:
                return pd.read_csv(path)

            def checked(path: Path = path) -> object:
                return lessons_lib.load_events(path)

            frame = checked()
            assert len(frame) == rows, len(frame)
            del frame
            base_t, ours_t = best_time(baseline, repeat), best_time(checked, repeat)
            base_m, ours_m = peak_memory(baseline), peak_memory(checked)
            print(f"{rows:>9,}  {base_t:>10.3f}  {ours_t:>9.3f}  {ours_t / base_t:>5.2f}x  "
                  f"{base_m / 1e6:>11.0f}  {ours_m / 1e6:>10.0f}  {ours_m / base_m:>8.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
