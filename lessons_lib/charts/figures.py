"""Where five charts lived until December 2026: each now has its own module. Kept so that
``from lessons_lib.charts.figures import growth`` still works; import from ``lessons_lib.charts``."""

from __future__ import annotations

from .growth import growth
from .ownership import ownership
from .record import reported_vs_record
from .scale import scale_comparison
from .votes import votes

__all__ = ["growth", "ownership", "reported_vs_record", "scale_comparison", "votes"]
