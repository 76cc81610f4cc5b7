"""Run the hostile set (``tests/hostile_cases.py``) against the command and count the outcomes.

Each case runs as ``python -m lessons_lib ...`` in a fresh folder, with a time limit, and ends as one of:
clean (the expected exit code and message), traceback, hang, accepted wrongly (exit 0 where a refusal
was due), silent fix (a note was due and none was printed), data lost (a user's file changed),
other message (no traceback, but not the words expected). Compare one sweep with the next:

    python tools/hostile.py                        # this checkout
    python tools/hostile.py --pythonpath OLD/      # another copy of the code (e.g. git archive of main)
    python tools/hostile.py --show                 # also list every case that is not clean
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_cases import CASES, OK, Case, filled, prepare, snapshot

OUTCOMES = ("clean", "traceback", "hang", "accepted wrongly", "silent fix", "data lost", "other message")


def outcome(case: Case, pythonpath: str | None, seconds: float) -> tuple[str, str]:
    with tempfile.TemporaryDirectory(prefix="hostile-") as name:
        folder = Path(name)
        prepare(case, folder)
        before = snapshot(case, folder)
        env = {**os.environ, **{k: filled(v, folder) for k, v in case.env.items()}}
        if pythonpath:
            env["PYTHONPATH"] = pythonpath
        try:
            done = subprocess.run([sys.executable, "-m", "lessons_lib", *[filled(a, folder) for a in case.argv]],
                                  input=case.stdin, capture_output=True, text=True, env=env, cwd=folder,
                                  timeout=seconds, errors="replace")
        except subprocess.TimeoutExpired:
            return "hang", f"no answer in {seconds:.0f} s"
        text = done.stdout + done.stderr
        try:
            lost = snapshot(case, folder) != before
        except OSError:
            lost = True
    if "Traceback (most recent call last)" in text or "internal error" in text:
        return "traceback", text.strip().splitlines()[-1]
    if lost:
        return "data lost", ", ".join(case.intact)
    if done.returncode == OK and case.code != OK:
        return "accepted wrongly", text.strip().splitlines()[0] if text.strip() else "(nothing printed)"
    if done.returncode == case.code and filled(case.expect, folder) in text:
        return "clean", ""
    if case.code == OK and "note:" in case.expect and done.returncode == OK:
        return "silent fix", "no note"
    return "other message", f"exit {done.returncode}: {text.strip()[:200]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pythonpath", help="run another copy of lessons_lib (its folder)")
    parser.add_argument("--seconds", type=float, default=60, help="time limit per case (default 60)")
    parser.add_argument("--show", action="store_true", help="list every case that is not clean")
    parser.add_argument("--surface", help="only this surface (csv, descriptor, bank, cli, output)")
    args = parser.parse_args(argv)
    counts: dict[str, Counter[str]] = {}
    for case in CASES:
        if args.surface and case.surface != args.surface:
            continue
        result, detail = outcome(case, args.pythonpath, args.seconds)
        counts.setdefault(case.surface, Counter())[result] += 1
        if args.show and result != "clean":
            print(f"  {case.id}: {result}: {detail}", flush=True)
    width = max(len(o) for o in OUTCOMES)
    print(f"{'surface':<11}" + "".join(f"{o:>{width + 1}}" for o in OUTCOMES) + "  total")
    total: Counter[str] = Counter()
    for surface, count in counts.items():
        total.update(count)
        print(f"{surface:<11}" + "".join(f"{count[o]:>{width + 1}}" for o in OUTCOMES) + f"  {sum(count.values())}")
    print(f"{'all':<11}" + "".join(f"{total[o]:>{width + 1}}" for o in OUTCOMES) + f"  {sum(total.values())}")
    return 0 if total["clean"] == sum(total.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
