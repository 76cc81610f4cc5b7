"""``import lessons_lib`` vs ``import pandas``, each in fresh Python processes.

Baseline: a fresh ``python -c "import pandas"``. Measured: a fresh ``python -c "import lessons_lib"``
(the package a lesson imports first) and ``lessons_lib.load_events()`` (which must import pandas).
Each is run N times alternately; the median wall time is reported with the ratio to the baseline.
The script also proves that importing lessons_lib (and loading a table) imports neither matplotlib
nor ipywidgets.

    python benchmarks/bench_import.py [N]       # default N = 15

Target: import lessons_lib within 1.15x of import pandas.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

CASES = {
    "import pandas (baseline)": "import pandas",
    "import lessons_lib": "import lessons_lib",
    "import lessons_lib; load_events()": "import lessons_lib; lessons_lib.load_events()",
}
LAZY_CHECK = ("import sys, lessons_lib; lessons_lib.load_events(); "
              "print(sorted(m for m in ('matplotlib', 'matplotlib.pyplot', 'ipywidgets') if m in sys.modules))")


def wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 15
    wall("pass")  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, code in CASES.items():
            times[name].append(wall(code))
    base = statistics.median(times["import pandas (baseline)"])
    python = statistics.median(wall("pass") for _ in range(5))
    print(f"fresh processes, median of {runs}; bare interpreter start {python * 1000:.0f} ms")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:38} {median * 1000:7.0f} ms   {median / base:5.2f}x")
    loaded = subprocess.run([sys.executable, "-c", LAZY_CHECK], check=True, capture_output=True, text=True)
    print(f"heavy modules imported by lessons_lib + load_events(): {loaded.stdout.strip()} (want [])")
    return 0 if loaded.stdout.strip() == "[]" else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
