"""What one quiz answer costs as a learner's results file grows: 10, 100, 1,000 and 10,000 answers.

Measured: ``ResultsStore.record()`` (take the lock, read only what other kernels appended since,
append one JSON line, ``fsync``), 200 answers in a row on a file already holding N answers, by a store
that has already saved one answer (as a quiz in a running kernel has); and the first answer of a
new store (a quiz just shown: it reads the whole file once).
Baseline, named "append+fsync": the same 200 JSON lines appended to a file of the same size with
``os.write`` and ``os.fsync`` and nothing else, the least any durable store must do.

Each measurement runs in a fresh process; the sides are interleaved (baseline, store, store,
baseline...) over ROUNDS rounds; min and median are printed, in milliseconds per answer, and the
ratio of the medians. Then 4 processes of the same learner answering at once (4 kernels), against
4 processes appending without a lock.

    python benchmarks/bench_results.py           # about 20-40 s on 2 cores
    python benchmarks/bench_results.py 5 10 10000 # ROUNDS, then the sizes

Targets (issue 15): the 10,000th answer costs within 1.5x of the 10th; nothing is lost.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = (10, 100, 1_000, 10_000)
ROUNDS = 7
ANSWERS = 200

CHILD = r"""
import json, os, sys, time
kind, path, size, answers, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
line = {"lesson": "00-start-here", "question": "q1-article-users", "attempt": 1, "correct": False, "score": 0.0,
        "answer": "2 billion", "hints_used": 0, "language": "en", "learner": "ada",
        "timestamp": "2026-12-07T09:00:00.000+00:00"}
if size:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({**line, "question": f"q{n % 50}"}) + "\n" for n in range(size))
if kind == "baseline":
    start = time.perf_counter()
    for n in range(answers):
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.write(fd, (json.dumps({**line, "answer": f"{tag}{n}"}) + "\n").encode())
        os.fsync(fd)
        os.close(fd)
    print(json.dumps({"per_answer": (time.perf_counter() - start) / answers}))
else:
    from lessons_lib.quiz.results import ResultsStore
    store = ResultsStore(path, learner="ada")
    start = time.perf_counter()
    store.record("00-start-here", "first", correct=False, score=0, answer="x")
    first = time.perf_counter() - start
    start = time.perf_counter()
    for n in range(answers):
        store.record("00-start-here", "q1-article-users", correct=False, score=0, answer=f"{tag}{n}")
    print(json.dumps({"per_answer": (time.perf_counter() - start) / answers, "first": first}))
"""


def measure(kind: str, size: int, folder: Path, tag: str = "a", path: Path | None = None) -> dict:
    target = path or folder / f"{kind}-{size}.jsonl"
    if path is None:
        target.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", CHILD, kind, str(target), str(size if path is None else 0),
                          str(ANSWERS), tag], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def concurrent(kind: str, folder: Path) -> float:
    """4 processes of one learner answering at once into one file: wall ms per answer."""
    import time

    target = folder / f"four-{kind}.jsonl"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", CHILD, kind, str(target), "0", str(ANSWERS), f"p{n}-"],
                              stdout=subprocess.PIPE) for n in range(4)]
    for p in procs:
        p.communicate()
        assert p.returncode == 0
    wall = time.perf_counter() - start
    lines = target.read_text(encoding="utf-8").splitlines()
    expected = 4 * ANSWERS + (4 if kind == "store" else 0)
    assert len(lines) == expected, f"{kind}: {len(lines)} lines, expected {expected}: answers lost"
    return 1000 * wall / (4 * ANSWERS)


def main(argv: list[str]) -> int:
    rounds = int(argv[0]) if argv else ROUNDS
    sizes = [int(a) for a in argv[1:]] or list(SIZES)
    per: dict[tuple[str, int], list[float]] = {}
    first: dict[int, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-results-") as tmp:
        folder = Path(tmp)
        for r in range(rounds):
            for size in sizes:
                order = ("baseline", "store") if r % 2 == 0 else ("store", "baseline")
                for kind in order:
                    result = measure(kind, size, folder)
                    per.setdefault((kind, size), []).append(1000 * result["per_answer"])
                    if kind == "store":
                        first.setdefault(size, []).append(1000 * result["first"])
        print(f"Cost per answer (ms), {ANSWERS} answers on a file already holding N; {rounds} rounds, fresh process "
              "each, interleaved")
        print(f"{'N answers':>10} | {'append+fsync min/med':>21} | {'store min/med':>15} | {'ratio (med)':>11} | "
              f"{'first answer of a new quiz (med)':>32}")
        medians = {}
        for size in sizes:
            base, store = per[("baseline", size)], per[("store", size)]
            medians[size] = statistics.median(store)
            print(f"{size:>10,} | {min(base):>9.3f} / {statistics.median(base):>8.3f} | {min(store):>6.3f} / "
                  f"{statistics.median(store):>6.3f} | {statistics.median(store) / statistics.median(base):>10.2f}x | "
                  f"{statistics.median(first[size]):>29.2f} ms")
        if len(sizes) > 1:
            low, high = sizes[0], sizes[-1]
            print(f"Flatness: cost at {high:,} answers / cost at {low:,} = {medians[high] / medians[low]:.2f}x "
                  f"(medians), {min(per[('store', high)]) / min(per[('store', low)]):.2f}x (minimums); "
                  "target: at most 1.5x")
        four_base = [concurrent("baseline", folder) for _ in range(3)]
        four_store = [concurrent("store", folder) for _ in range(3)]
        print(f"4 processes of one learner at once: store {statistics.median(four_store):.3f} ms per answer, "
              f"append+fsync without a lock {statistics.median(four_base):.3f} ms: "
              f"{statistics.median(four_store) / statistics.median(four_base):.2f}x; no answer lost")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
