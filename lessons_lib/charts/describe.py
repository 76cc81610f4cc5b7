"""The sentence a screen reader needs for each chart."""

from __future__ import annotations

from typing import Any

from ..i18n import gettext
from .layout import find_text

__all__ = ["describe"]


def describe(chart: Any) -> str:
    """What the chart shows, in one or two sentences, in the chart's language.

    Every chart function returns a :class:`~lessons_lib.charts.Chart` that holds this sentence;
    lessons print it under the chart or use it as alt text. For a figure drawn elsewhere it falls
    back to the title and axis labels (wrap your own figure with ``charts.Chart.of(fig,
    description=...)`` to give it a sentence of your own).

    >>> from lessons_lib.charts import votes
    >>> describe(votes(lang="fr")).startswith("Diagramme en barres de 3 votes")
    True
    >>> from matplotlib.figure import Figure
    >>> fig = Figure()
    >>> fig.subplots().set_xlabel("Year")
    Text(0.5, 0, 'Year')
    >>> describe(fig)
    'A chart: Year.'
    """
    text = getattr(chart, "description", "")
    if text:
        return text
    fig = getattr(chart, "figure", chart)
    parts = [find_text(fig, "title") or ""]
    for ax in fig.axes:
        parts += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    summary = gettext("; ").join(p for p in parts if p)
    if not summary:
        return gettext("A chart with no title or labels.")
    return gettext("A chart: {summary}.").format(summary=summary)
