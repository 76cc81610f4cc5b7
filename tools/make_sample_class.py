"""Write the made-up class that ships in ``lessons_lib/quiz/sample_class`` (the dashboard's example).

    python tools/make_sample_class.py

Eight learners answer the five questions of lesson 00 the way a class does: most get the figures
right after a try or two, a few confuse the article's billion with the court's 689 million, one
stops half way. Deterministic: the same files every run.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "lessons_lib" / "quiz" / "sample_class"
LESSON = "00-start-here"
START = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)

# learner -> language, then per question the answers in order as (answer, correct, hints used)
CLASS = {
    "ada": ("en", {"q1-article-users": [("1 billion", True, 0)], "q2-july-mau": [("689 million", True, 0)],
                   "q3-article-staff": [("About 1,500", True, 0)],
                   "q4-staff-record": [("More than 1,500 employees", True, 0)],
                   "q5-jobs-promised": [("jobs", True, 0)]}),
    "ben": ("en", {"q1-article-users": [("2 billion", False, 0), ("1 billion", True, 1)],
                   "q2-july-mau": [("1 billion", False, 0), ("700M", True, 1)],
                   "q3-article-staff": [("About 10,000", False, 0), ("About 1,500", True, 0)],
                   "q4-staff-record": [("Exactly 1,500 employees", False, 0), ("More than 1,500 employees", True, 1)],
                   "q5-jobs-promised": [("jobs", True, 0)]}),
    "chloe": ("fr", {"q1-article-users": [("1 milliard", True, 0)], "q2-july-mau": [("689 millions", True, 0)],
                     "q3-article-staff": [("Environ 10 000", False, 0), ("Environ 1 500", True, 1)],
                     "q4-staff-record": [("Plus de 1 500 salariés", True, 0)],
                     "q5-jobs-promised": [("emplois", True, 0)]}),
    "dylan": ("en", {"q1-article-users": [("2 billion", False, 0), ("1.5 billion", False, 1)],
                     "q2-july-mau": [("1 billion", False, 0)]}),
    "emma": ("fr", {"q1-article-users": [("1 milliard", True, 0)],
                    "q2-july-mau": [("1 milliard", False, 0), ("689 millions", True, 2)],
                    "q3-article-staff": [("Environ 1 500", True, 0)],
                    "q4-staff-record": [("Moins de 1 500 salariés", False, 0), ("Plus de 1 500 salariés", True, 1)],
                    "q5-jobs-promised": [("postes", False, 0), ("emplois", True, 1)]}),
    "farid": ("en", {"q1-article-users": [("1 billion", True, 0)], "q2-july-mau": [("689M", True, 0)],
                     "q3-article-staff": [("About 10,000", False, 0), ("About 1,500", True, 0)],
                     "q4-staff-record": [("More than 1,500 employees", True, 0)],
                     "q5-jobs-promised": [("users", False, 0), ("jobs", True, 0)]}),
    "gina": ("en", {"q1-article-users": [("2 billion", False, 0), ("1 billion", True, 0)],
                    "q2-july-mau": [("689 million", True, 1)],
                    "q3-article-staff": [("About 1,500", True, 0)],
                    "q4-staff-record": [("More than 1,500 employees", True, 0)],
                    "q5-jobs-promised": [("jobs", True, 0)]}),
    "hugo": ("fr", {"q1-article-users": [("1 milliard", True, 0)],
                    "q2-july-mau": [("1 milliard", False, 0), ("689 millions", True, 1)],
                    "q3-article-staff": [("Environ 1 500", True, 0)],
                    "q4-staff-record": [("Plus de 1 500 salariés", True, 0)],
                    "q5-jobs-promised": [("emplois", True, 0)]}),
}


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for n, (learner, (lang, questions)) in enumerate(CLASS.items()):
        now = START + timedelta(seconds=17 * n)
        lines = []
        for question, answers in questions.items():
            for attempt, (answer, correct, hints) in enumerate(answers, 1):
                now += timedelta(seconds=41)
                lines.append(json.dumps({
                    "lesson": LESSON, "question": question, "attempt": attempt, "correct": correct,
                    "score": 1.0 if correct else 0.0, "answer": answer, "hints_used": hints, "language": lang,
                    "learner": learner, "timestamp": now.isoformat(timespec="milliseconds"),
                }, ensure_ascii=False))
        (TARGET / f"results-{learner}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(CLASS)} learners' files to {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
