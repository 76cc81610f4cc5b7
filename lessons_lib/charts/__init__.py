"""Charts for the lessons, in the house style, in English and French.

Each function takes the rows it draws (a DataFrame; the shipped tables by default), draws on a
fixed-size figure (or on the ``ax`` you pass), and returns a :class:`Chart`: the ``figure``, the
``rows`` drawn and the ``description``. End a notebook cell with it and the chart appears once, as
a PNG (importing this module imports matplotlib, not pyplot; ``import lessons_lib`` alone imports
neither). ``describe(chart)`` gives the sentence for a screen reader. Nothing is styled at import:
the house style is applied inside each call. Every chart is a plotter of ``_base.py``.
Importing it may do one thing: in a Jupyter kernel started with ``MPLBACKEND=Agg``, switch
matplotlib back to the inline backend, or no chart would show (see :mod:`lessons_lib.charts.notebook`).

>>> from lessons_lib import charts
>>> chart = charts.timeline(start="2020-07-01", end="2020-11-30", lang="fr")
>>> chart.ax.get_xlabel()
'Date'
>>> charts.describe(chart).startswith("Chronologie")
True
"""

from __future__ import annotations

from ..fmt import number, words
from ._base import Chart
from .classroom import class_results
from .describe import describe
from .explorers import scale_explorer, timeline_explorer
from .growth import growth
from .maps import where_data_lives
from .notebook import inline_in_jupyter
from .ownership import ownership
from .record import reported_vs_record
from .scale import scale_comparison
from .style import OKABE_ITO, house_style, save
from .timeline import ARTICLE_DATE, timeline
from .votes import votes

__all__ = [
    "ARTICLE_DATE",
    "OKABE_ITO",
    "Chart",
    "class_results",
    "describe",
    "growth",
    "house_style",
    "number",
    "ownership",
    "reported_vs_record",
    "save",
    "scale_comparison",
    "scale_explorer",
    "timeline",
    "timeline_explorer",
    "votes",
    "where_data_lives",
    "words",
]

inline_in_jupyter()
