"""Load and validate an events file vs a bare ``pandas.read_csv`` of it; a file with errors vs the clean file.

Every measurement is one fresh Python process that imports its libraries, then times one call;
the sides alternate (A B A B ...) for ``--rounds`` rounds (at least 5), so a noisy machine slows
both alike. Each process reports its own wall time for the call, the CPU time of the call (user +
system, every thread: what a busy shared machine disturbs least) and its whole-process peak RSS
(``ru_maxrss``: pandas' C buffers included, which ``tracemalloc`` misses). Printed: min and median
of each side, and their ratios.

Curve (``--sizes``): baseline ``pandas.read_csv(path)`` with its defaults, in a process where pyarrow
is not importable (what a machine without it runs: text as Python strings) and in one where it is
(pandas 3 then reads text into Arrow strings: the faster baseline), vs ``lessons_lib.load_events(path)``
(every cell checked against ``datapackage.json``, typed columns) in both kinds of process. The
target is claimed only against the faster baseline. ``--narrow`` writes ~200-byte rows (every text
trimmed, :data:`NARROW`) so that the whole curve, 10k to 5M rows, fits under the 1 GiB limit.
Errors (unless ``--no-errors``): ``lessons_lib.validate`` of the 1M-row file vs the same file with 5
bad cells spread through it (a bad date, a category out of the vocabulary, a repeated id, a
negative deadline, a spreadsheet formula), the problems' line numbers checked; then the same two
files with one row on two lines (a quoted line break).

    python benchmarks/bench_load.py                       # 10k, 100k, 1M rows, and the error files (~10 min)
    python benchmarks/bench_load.py --sizes 10000,100000  # chosen sizes
    python benchmarks/bench_load.py --no-errors --rounds 7
    python benchmarks/bench_load.py --narrow --no-errors --sizes 10000,100000,1000000,5000000  # the curve to 5M

A teacher's file may hold at most 1 GiB (``MAX_CSV_BYTES``): at ~870 bytes a row (long texts trimmed,
see ``TRIMMED``), 5M rows (4.4 GB) are refused, and the script stops with that message; with
``--narrow`` (~200 bytes a row) 5M rows make ~1.0 GB and load.

Targets: load_events at most 1.0x read_csv at 1M rows (time and peak RSS), linear in rows;
the error file at most 1.2x the clean file (time and peak RSS).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (10_000, 100_000, 1_000_000)
ERROR_ROWS = 1_000_000

#: what a child process runs, by name: (imports, call, pyarrow importable). Imports are not timed:
#: ``lessons_lib`` imports its modules lazily, so its loaders are looked up (and pandas imported) before
#: the clock starts. Where pyarrow is not importable (``sys.modules["pyarrow"] = None``), pandas reads
#: text as it does on a machine without it; where it is installed, pandas 3 reads text into Arrow strings.
#: The loaders read text as Python strings (``dtype=object``) either way; both are measured.
CALLS = {
    "read_csv": ("import pandas as pd", "pd.read_csv(path)", False),
    "read_csv+pyarrow": ("import pandas as pd", "pd.read_csv(path)", True),
    "load_events": ("import pandas as pd\nimport lessons_lib\nlessons_lib.load_events",
                    "lessons_lib.load_events(path)", False),
    "load_events+pyarrow": ("import pandas as pd\nimport lessons_lib\nlessons_lib.load_events",
                            "lessons_lib.load_events(path)", True),
    "validate": ("import pandas as pd\nimport lessons_lib\nlessons_lib.validate",
                 "lessons_lib.validate(path, 'events')", False),
}


def child(name: str, path: str) -> None:
    """Run one call in this process and print its time and this process's peak RSS as JSON."""
    imports, call, arrow = CALLS[name]
    if not arrow:
        sys.modules["pyarrow"] = None  # import pyarrow fails, as on a machine without it
    scope: dict = {"path": path}
    exec(imports, scope)
    if arrow and pd_string_storage(scope) != "pyarrow":
        raise SystemExit("pyarrow is not installed: pip install pyarrow to measure read_csv with it")
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    result = eval(call, scope)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)  # every thread of the process
    rows = len(result) if hasattr(result, "__len__") and not isinstance(result, str) else None
    problems = [p.line for p in result.problems] if hasattr(result, "problems") else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rss": peak, "rows": rows, "problem_lines": problems}))


def pd_string_storage(scope: dict) -> str:
    """Where pandas keeps text by default in this process: "pyarrow" when pyarrow is installed, else "python"."""
    return scope["pd"].StringDtype(na_value=float("nan")).storage


def run(name: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", name, str(path)], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        raise SystemExit(f"{name} {path.name} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def interleave(*sides: tuple[str, Path], rounds: int) -> list[list[dict]]:
    """A B C A B C ...: ``rounds`` fresh processes of each side, alternating."""
    runs: list[list[dict]] = [[] for _ in sides]
    for _ in range(rounds):
        for side, out in zip(sides, runs, strict=True):
            out.append(run(*side))
    return runs


def summary(runs: list[dict], key: str) -> tuple[float, float]:
    values = [r[key] for r in runs]
    return min(values), statistics.median(values)


#: free-text columns trimmed to this many characters, so that 1M rows (~870 bytes each, as in the
#: earlier figures) stay under the loaders' 1 GiB limit: the shipped rows, with French notes and short
#: titles since, average ~1,100 bytes (1M of them: 1.1 GB, refused)
TRIMMED = {"title_fr": 120, "source_title": 100, "note": 100, "excerpt": 100, "note_fr": 100}
#: ``--narrow``: every text trimmed so that a row is ~200 bytes and the whole curve, 10k to 5M rows
#: (~1.0 GB at 5M), fits under the loaders' 1 GiB limit at one width
NARROW = {"id": 24, "title_en": 10, "title_fr": 10, "source_title": 8, "note": 8, "excerpt": 8, "note_fr": 8,
          "short_title_en": 8, "short_title_fr": 8, "source_url": 16}


def make_events(path: Path, rows: int, bad: dict[int, dict[str, str]] | None = None, spans: int | None = None,
                widths: dict[str, int] = TRIMMED) -> None:
    """Write ``rows`` valid event rows (the shipped events repeated, each with a unique id, long texts
    trimmed: ``widths``, :data:`TRIMMED` unless told); ``bad`` replaces cells of chosen rows (0-based)
    by column name; row ``spans`` gets a title on two lines."""
    from lessons_lib.schema import table_path

    with open(table_path("events"), encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        template = [row for row in reader if row]
    for row in template:
        for column, width in widths.items() - {("id", widths.get("id"))}:
            row[header.index(column)] = row[header.index(column)][:width].rstrip()
    bad = bad or {}
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for i in range(rows):
            row = list(template[i % len(template)])
            row[0] = f"{row[0][:widths.get('id', 60)]}-{i}"
            for column, value in bad.get(i, {}).items():
                row[header.index(column)] = value
            if i == spans:
                row[header.index("title_en")] += "\n(a second line)"
            writer.writerow(row)


def bad_cells(rows: int) -> dict[int, dict[str, str]]:
    """Five bad cells spread through a file of ``rows`` rows (the first row's id is repeated at the end)."""
    return {rows // 10: {"date": "2020-13-45"}, rows // 3: {"category": "war"},
            rows // 2: {"deadline_days": "-45"}, (2 * rows) // 3: {"note": "=SUM(A1:A3)"},
            rows - 1: {"id": "FIRST"}}


def print_pair(label: str, a_name: str, a: list[dict], b_name: str, b: list[dict]) -> tuple[float, float]:
    (at_min, at_med), (bt_min, bt_med) = summary(a, "seconds"), summary(b, "seconds")
    (am_min, am_med), (bm_min, bm_med) = summary(a, "rss"), summary(b, "rss")
    print(f"{label:>10}  {a_name} {at_min:7.3f} / {at_med:7.3f} s  {b_name} {bt_min:7.3f} / {bt_med:7.3f} s  "
          f"time {bt_min / at_min:5.2f}x / {bt_med / at_med:5.2f}x   "
          f"RSS {am_med / 2**20:6.0f} vs {bm_med / 2**20:6.0f} MiB  {bm_min / am_min:5.2f}x / {bm_med / am_med:5.2f}x",
          flush=True)
    (ac_min, ac_med), (bc_min, bc_med) = summary(a, "cpu"), summary(b, "cpu")
    print(f"{'':>10}  CPU time (user + sys, all threads): {a_name} {ac_min:7.3f} / {ac_med:7.3f} s  "
          f"{b_name} {bc_min:7.3f} / {bc_med:7.3f} s  {bc_min / ac_min:5.2f}x / {bc_med / ac_med:5.2f}x", flush=True)
    return bt_med / at_med, bm_med / am_med


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="rows, comma-separated (5000000: 4.3 GB, refused by the 1 GiB limit)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--narrow", action="store_true", help="~200-byte rows, so that 5M rows fit under 1 GiB")
    parser.add_argument("--no-errors", action="store_true", help="skip the error file")
    parser.add_argument("--error-rows", type=int, default=ERROR_ROWS)
    parser.add_argument("--tmp", default=None, help="folder for the generated files (default: the system's)")
    args = parser.parse_args(argv)
    if args.rounds < 5:
        parser.error("--rounds: at least 5")
    import numpy
    import pandas

    print(f"pandas {pandas.__version__}, numpy {numpy.__version__}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores; {args.rounds} interleaved rounds, fresh process each; min / median")
    print("times are the call alone (imports excluded); RSS is each process's whole peak")
    sizes = [int(s) for s in args.sizes.split(",") if s]
    arrow = importlib.util.find_spec("pyarrow") is not None
    if not arrow:
        print("pyarrow is not installed: read_csv is measured without it only (pip install pyarrow to measure "
              "the faster baseline, pandas reading text into Arrow strings)")
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        widths = NARROW if args.narrow else TRIMMED
        print(f"\nload_events vs pandas.read_csv (the curve; {'narrow' if args.narrow else 'trimmed'} rows)")
        for rows in sizes:
            path = Path(tmp) / f"events-{rows}.csv"
            make_events(path, rows, widths=widths)
            print(f"{rows:,} rows, {path.stat().st_size / rows:.0f} bytes a row, {path.stat().st_size / 2**20:.0f} MiB")
            names = ["read_csv", "load_events"] + (["read_csv+pyarrow", "load_events+pyarrow"] if arrow else [])
            runs = dict(zip(names, interleave(*[(name, path) for name in names], rounds=args.rounds), strict=True))
            assert all(r["rows"] == rows for side in runs.values() for r in side), "a side read other rows"
            print_pair("", "read_csv", runs["read_csv"], "load_events", runs["load_events"])
            if arrow:
                print_pair("", "read_csv+pyarrow", runs["read_csv+pyarrow"], "load_events+pyarrow",
                           runs["load_events+pyarrow"])
                print_pair("", "read_csv+pyarrow", runs["read_csv+pyarrow"], "load_events", runs["load_events"])
            faster = min(("read_csv", "read_csv+pyarrow")[: 1 + arrow], key=lambda n: summary(runs[n], "cpu")[1])
            print(f"  the faster baseline (median CPU time): {faster}", flush=True)
            path.unlink()
        if not args.no_errors:
            rows = args.error_rows
            clean, dirty = Path(tmp) / "events.csv", Path(tmp) / "events-with-errors.csv"
            make_events(clean, rows)
            bad = bad_cells(rows)
            bad[rows - 1]["id"] = f"{_first_id()}-0"
            make_events(dirty, rows, bad)
            print(f"\nvalidate: a {rows:,}-row file with 5 bad cells vs the clean file")
            good, wrong = interleave(("validate", clean), ("validate", dirty), rounds=args.rounds)
            expected = sorted(r + 2 for r in bad)
            assert all(r["problem_lines"] == [] for r in good), good[0]["problem_lines"]
            assert all(r["problem_lines"] == expected for r in wrong), (wrong[0]["problem_lines"], expected)
            print_pair(f"{rows:,}", "clean", good, "errors", wrong)
            print(f"  problems on lines {expected} (checked)")
            # the same with one row on two lines (a quoted line break): lines come from the quote-aware scan
            span = rows // 20
            make_events(clean, rows, spans=span)
            make_events(dirty, rows, bad, spans=span)
            print(f"validate: the same two files with row {span + 2:,} on two lines (a quoted line break)")
            good, wrong = interleave(("validate", clean), ("validate", dirty), rounds=args.rounds)
            expected = sorted(r + 2 + (r > span) for r in bad)
            assert all(r["problem_lines"] == [] for r in good), good[0]["problem_lines"]
            assert all(r["problem_lines"] == expected for r in wrong), (wrong[0]["problem_lines"], expected)
            print_pair(f"{rows:,}", "clean", good, "errors", wrong)
            print(f"  problems on lines {expected} (checked)")
    return 0


def _first_id() -> str:
    from lessons_lib.schema import table_path

    with open(table_path("events"), encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        return next(reader)[0][:60]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
