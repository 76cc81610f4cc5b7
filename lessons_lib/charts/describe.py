"""The sentence a screen reader needs for each chart."""

from __future__ import annotations

from matplotlib.figure import Figure

from .layout import find_text

__all__ = ["describe"]


def describe(fig: Figure) -> str:
    """What the chart shows, in one or two sentences, in the chart's language.

    Every chart function stores it on the figure; lessons print it under the chart or use it as
    alt text. For a figure drawn elsewhere it falls back to the title and axis labels.

    >>> from lessons_lib.charts import votes
    >>> describe(votes(lang="fr")).startswith("Barres de 3 votes")
    True
    """
    text = getattr(fig, "description", "")
    if text:
        return text
    parts = [find_text(fig, "title") or ""]
    for ax in fig.axes:
        parts += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    summary = "; ".join(p for p in parts if p)
    return f"A chart: {summary}." if summary else "A chart with no title or labels."
