"""Where the number and date formatter lived until December 2026: it is now :mod:`lessons_lib.fmt`, used by
quizzes, charts and prose alike. Kept so that ``from lessons_lib.charts import format`` still works."""

from __future__ import annotations

from ..fmt import *  # noqa: F403
from ..fmt import __all__  # noqa: F401
