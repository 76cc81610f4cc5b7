"""The whole nbval run over every lesson vs the same number of notebooks that only import pandas and matplotlib.

Baseline: N notebooks with one cell, ``import pandas, matplotlib.pyplot``: the price of N kernels
starting and loading the libraries any lesson needs. Measured: nbval (strict, with the project's
sanitize file) over the N committed lessons. Both are one pytest process each, with the same flags.

    python benchmarks/bench_nbval.py

Target: within 1.5x.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def nbval(paths: list[Path], cwd: Path) -> tuple[float, str]:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
               "-o", "filterwarnings=", "--nbval", "--nbval-current-env",
               f"--nbval-sanitize-with={ROOT / 'tests' / 'nbval_sanitize.cfg'}", *map(str, paths)]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    summary = (result.stdout.strip().splitlines() or ["(no output)"])[-1]
    if result.returncode != 0:
        print(result.stdout[-3000:], file=sys.stderr)
    return elapsed, summary


def main() -> int:
    import nbformat

    from lessons_lib.workspace import lessons

    found = [x.path for x in lessons()]
    with tempfile.TemporaryDirectory() as tmp:
        baseline = []
        for i in range(len(found)):
            cell = nbformat.v4.new_code_cell("import pandas\nimport matplotlib.pyplot", execution_count=1)
            nb = nbformat.v4.new_notebook(cells=[cell])
            nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
            path = Path(tmp) / f"baseline-{i:02d}.ipynb"
            nbformat.write(nb, path)
            baseline.append(path)
        base_t, base_s = nbval(baseline, Path(tmp))
        ours_t, ours_s = nbval(found, ROOT)
    print(f"{len(found)} notebooks each")
    print(f"baseline (import pandas + matplotlib): {base_t:6.1f} s   [{base_s}]")
    print(f"nbval over the lessons:                {ours_t:6.1f} s   [{ours_s}]   {ours_t / base_t:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
