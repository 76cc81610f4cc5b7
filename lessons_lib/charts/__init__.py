"""Charts for the lessons, in the house style, in English and French.

Each function takes the loaders' DataFrames (the shipped tables by default), draws on a fixed-size
figure (or on the ``ax`` you pass), and returns the matplotlib ``Figure`` without showing it: end a
notebook cell with the call and the chart appears once (importing this module imports matplotlib,
not pyplot; ``import lessons_lib`` alone imports neither). ``describe(fig)`` gives the sentence for a
screen reader. Nothing is styled at import: the house style is applied inside each call. The one
thing importing it may do: in a Jupyter kernel started with ``MPLBACKEND=Agg``, switch matplotlib
back to the inline backend, or no chart would show (see :mod:`lessons_lib.charts.notebook`).

>>> from lessons_lib import charts
>>> fig = charts.timeline(start="2020-07-01", end="2020-11-30", lang="fr")
>>> fig.axes[0].get_xlabel()
'Date'
>>> charts.describe(fig).startswith("Chronologie")
True
"""

from __future__ import annotations

from .classroom import class_results
from .describe import describe
from .explorers import scale_explorer, timeline_explorer
from .figures import growth, ownership, reported_vs_record, scale_comparison, votes
from .format import number, words
from .maps import where_data_lives
from .notebook import inline_in_jupyter
from .style import OKABE_ITO, house_style, save
from .timeline import ARTICLE_DATE, timeline

__all__ = [
    "ARTICLE_DATE",
    "OKABE_ITO",
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
