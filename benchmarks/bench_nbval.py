"""nbval over every edition of every lesson vs as many notebooks that only import pandas and matplotlib.

Baseline: N notebooks with one cell, ``import pandas, matplotlib.pyplot``: the price of N kernels
starting and loading the libraries any lesson needs. Measured: nbval (strict, with the project's
sanitize file) over the N committed lessons of every edition found under ``notebooks/``
(learner ``notebooks/*.ipynb``, teacher ``notebooks/teacher/``, French ``notebooks/fr/`` and
``notebooks/fr/teacher/`` when they exist). Each run is one fresh pytest process with the same
flags; the sides alternate (A B A B ...) for ``--rounds`` rounds (at least 5). Printed: min and
median of each side and their ratios, in wall time and in CPU time (user + system of pytest and
the kernels it started: what a busy shared machine disturbs least); memory is the largest peak RSS
of any process of the run (pytest or a kernel).

    python benchmarks/bench_nbval.py               # 5 rounds: ~15 min quiet, ~20 busy (40 notebooks)
    python benchmarks/bench_nbval.py --rounds 7

Target: within 1.5x.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def editions() -> dict[str, list[Path]]:
    """Every committed lesson notebook, by edition folder (``notebooks``, ``notebooks/teacher``, ...)."""
    found: dict[str, list[Path]] = {}
    for path in sorted(NOTEBOOKS.rglob("[0-9][0-9]-*.ipynb")):
        parts = path.relative_to(NOTEBOOKS).parts
        if "src" in parts or any(p.startswith(".") for p in parts):
            continue
        found.setdefault(str(path.parent.relative_to(ROOT)), []).append(path)
    return found


def child(cwd: str, paths: list[str]) -> None:
    """Run nbval over ``paths`` in a pytest process; print its wall time, summary and the largest peak RSS."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
               "-o", "filterwarnings=", "--nbval", "--nbval-current-env",
               f"--nbval-sanitize-with={ROOT / 'tests' / 'nbval_sanitize.cfg'}", *paths]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # pytest and the kernels it started and reaped
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    summary = (result.stdout.strip().splitlines() or ["(no output)"])[-1]
    if result.returncode != 0:
        print(result.stdout[-3000:], file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "rss": peak, "summary": summary, "ok": result.returncode == 0}))


def run(cwd: Path, paths: list[Path]) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(cwd), *map(str, paths)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    if out.stderr:
        print(out.stderr, file=sys.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if args.rounds < 5:
        parser.error("--rounds: at least 5")
    import nbformat

    found = editions()
    lessons = [p for paths in found.values() for p in paths]
    print(f"{len(lessons)} notebooks: " + ", ".join(f"{folder}/ {len(paths)}" for folder, paths in found.items()))
    print(f"{args.rounds} interleaved rounds (baseline, lessons, baseline, ...), a fresh pytest process each")
    base_runs, ours_runs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        baseline = []
        for i in range(len(lessons)):
            cell = nbformat.v4.new_code_cell("import pandas\nimport matplotlib.pyplot", execution_count=1)
            nb = nbformat.v4.new_notebook(cells=[cell])
            nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
            path = Path(tmp) / f"baseline-{i:02d}.ipynb"
            nbformat.write(nb, path)
            baseline.append(path)
        for number in range(1, args.rounds + 1):
            base_runs.append(run(Path(tmp), baseline))
            ours_runs.append(run(ROOT, lessons))
            print(f"  round {number}: baseline {base_runs[-1]['seconds']:6.1f} s (CPU {base_runs[-1]['cpu']:6.1f} s)   "
                  f"lessons {ours_runs[-1]['seconds']:6.1f} s (CPU {ours_runs[-1]['cpu']:6.1f} s)   "
                  f"[{ours_runs[-1]['summary']}]", flush=True)
    failed = [r["summary"] for r in base_runs + ours_runs if not r["ok"]]
    base_t = [r["seconds"] for r in base_runs]
    ours_t = [r["seconds"] for r in ours_runs]
    base_m = statistics.median(r["rss"] for r in base_runs)
    ours_m = statistics.median(r["rss"] for r in ours_runs)
    print(f"baseline (import pandas + matplotlib): min {min(base_t):6.1f} s  median {statistics.median(base_t):6.1f} s")
    print(f"nbval over the lessons:                min {min(ours_t):6.1f} s  median {statistics.median(ours_t):6.1f} s")
    ratio_min, ratio_median = min(ours_t) / min(base_t), statistics.median(ours_t) / statistics.median(base_t)
    print(f"ratio: {ratio_min:.2f}x (min)  {ratio_median:.2f}x (median);  "
          f"largest peak RSS {base_m / 2**20:.0f} vs {ours_m / 2**20:.0f} MiB ({ours_m / base_m:.2f}x)")
    base_c, ours_c = [r["cpu"] for r in base_runs], [r["cpu"] for r in ours_runs]
    print(f"CPU time (user + sys of pytest and its kernels): baseline {min(base_c):6.1f} / "
          f"{statistics.median(base_c):6.1f} s, lessons {min(ours_c):6.1f} / {statistics.median(ours_c):6.1f} s: "
          f"{min(ours_c) / min(base_c):.2f}x (min)  "
          f"{statistics.median(ours_c) / statistics.median(base_c):.2f}x (median)")
    if failed:
        print("FAILED runs: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
