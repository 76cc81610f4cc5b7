"""The skeleton every chart shares: a plotter object that draws, and the typed result it returns.

A chart function reads like seaborn's: it builds a plotter from the rows it is given and asks it to
draw on an ``ax`` (a new house-style figure when ``ax`` is None)::

    def votes(votes=None, lang=None, *, ax=None, title=None, **kwargs):
        rows = votes if votes is not None else load_votes()
        return _VotesPlotter(rows, lang).draw(ax, title, kwargs)

:meth:`Plotter.draw` does what every chart needs and no chart repeats: the house style, the figure
and its margins, the title, subtitle and source line, and the :class:`Chart` it returns. A new
chart is a subclass that writes :meth:`Plotter.plot` (the drawing), :meth:`Plotter.default_title`,
:meth:`Plotter.subtitle` and :meth:`Plotter.describe` (the sentence for a screen reader).

>>> from lessons_lib import charts
>>> chart = charts.votes()
>>> chart.kind, len(chart.rows), chart.figure is chart.ax.figure
('votes', 3, True)
>>> repr(chart)
"<votes chart: 'The 2024 divest-or-ban law passed by wide margins'>"
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..i18n import resolve
from ..schema import package
from .layout import frame
from .style import house_style, new_figure, save, sources_of

__all__ = ["PARAMS", "Chart", "Plotter", "case_default", "shared_docs"]


@dataclass(repr=False, eq=False)
class Chart:
    """What a chart function returns: the figure, the rows it drew, and what a reader needs.

    End a notebook cell with it and the figure appears once, as a PNG (``_repr_png_``). Add to it
    with ordinary matplotlib calls on ``chart.ax`` (or ``chart.axes``), and save it with
    ``charts.save(chart, "chart.png")``. A figure you drew yourself can be wrapped too, so that
    ``charts.describe`` reads your sentence:

    >>> from matplotlib.figure import Figure
    >>> mine = Chart.of(Figure(), description="Bar chart of claims by verdict.")
    >>> from lessons_lib.charts import describe
    >>> describe(mine)
    'Bar chart of claims by verdict.'
    """

    figure: Figure
    #: the main axes (the first panel when a chart has several)
    ax: Axes | None
    #: the chart function that drew it: "timeline", "growth"...
    kind: str
    lang: str
    title: str
    #: what the chart shows, in one or two sentences, for a screen reader (``charts.describe``)
    description: str
    #: the rows drawn, as the chart read them
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: the deduplicated sources of the rows drawn, in full (the source line shortens them)
    sources: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, figure: Figure, description: str, title: str = "", lang: str | None = None) -> Chart:
        """Wrap a figure drawn with plain matplotlib, with the description a screen reader needs."""
        ax = figure.axes[0] if figure.axes else None
        return cls(figure, ax, "figure", resolve(lang), title, description)

    @property
    def axes(self) -> list[Axes]:
        """Every axes of the figure (``chart.axes[0]`` is the first panel)."""
        return self.figure.axes

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        save(self.figure, buffer, format="png")
        return buffer.getvalue()

    def __repr__(self) -> str:
        return f"<{self.kind} chart: {self.title!r}>"


@dataclass(repr=False, eq=False)
class TimelineChart(Chart):
    #: how many events got a label next to their marker
    labelled: int = 0
    #: True when the lanes show counts per week or month instead of single events
    aggregated: bool = False


@dataclass(repr=False, eq=False)
class ScaleChart(Chart):
    #: the largest figure drawn divided by the smallest
    ratio: float = 1.0


@dataclass(repr=False, eq=False)
class OwnershipChart(Chart):
    #: the percentage the sources do not attribute to any holder (100 minus the reported shares)
    unreported: float = 0.0


#: Parameter docs every chart shares (as seaborn's ``_docstrings.py``): ``{lang}``, ``{ax}`` and
#: ``{title}`` in a chart's docstring become these lines (see :func:`shared_docs`).
PARAMS = {
    "lang": 'lang : {"en", "fr"}, optional\n'
    "        Language of the labels; default: the current language (``set_language``).",
    "ax": "ax : matplotlib Axes, optional\n"
    "        Draw on this axes (of a figure of yours) instead of a new house-style figure.",
    "title": "title : str, optional\n        The chart's title; default: the chart's own.",
}


def shared_docs(func: Any) -> Any:
    """Fill ``{lang}``, ``{ax}`` and ``{title}`` in ``func``'s docstring with :data:`PARAMS`."""
    for key, text in PARAMS.items():
        func.__doc__ = func.__doc__.replace("{" + key + "}", text)
    return func


def case_default(key: str, default: Any = None) -> Any:
    """What the shipped case sets for a chart (``x-chart-defaults`` in ``datapackage.json``).

    The case's names, default rows and highlighted holder are data, not code:

    >>> case_default("subject")
    'tiktok'
    """
    return package().get("x-chart-defaults", {}).get(key, default)


class Plotter:
    """Draws one chart from its rows: subclasses write the drawing, this class the rest.

    ``rows`` is the table to draw (every row of it is drawn), ``lang`` the language. Subclasses set
    ``kind`` (the chart's name), ``result`` (the :class:`Chart` class returned), ``figure_kw``
    (passed to ``new_figure``, e.g. two panels) and ``margins`` (``subplots_adjust`` of a figure
    the chart owns).
    """

    kind: ClassVar[str] = "chart"
    result: ClassVar[type[Chart]] = Chart
    figure_kw: ClassVar[dict[str, Any]] = {}
    margins: ClassVar[dict[str, float]] = {"left": 0.12, "right": 0.96, "top": 0.8, "bottom": 0.16}

    def __init__(self, rows: pd.DataFrame, lang: str | None = None) -> None:
        self.rows = rows
        self.lang = resolve(lang)
        self.owned = True
        self.panels: list[Axes] = []

    # --- what a chart writes ------------------------------------------------------------------
    def plot(self, ax: Axes, kwargs: dict[str, Any]) -> None:  # pragma: no cover - abstract
        """Draw the rows on ``ax``; ``kwargs`` go to the main matplotlib call."""
        raise NotImplementedError

    def default_title(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def subtitle(self) -> str | None:
        return None

    def describe(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def sources(self) -> Iterable[Any]:
        return self.rows["source_title"] if "source_title" in self.rows else []

    def extras(self) -> dict[str, Any]:
        """Fields of the result beyond :class:`Chart`'s (``ratio``, ``unreported``...)."""
        return {}

    def new_figure(self) -> list[Axes]:
        """The panels of a figure the chart owns (one, unless ``figure_kw`` asks for more)."""
        fig, axes = new_figure(**self.figure_kw)
        fig.subplots_adjust(**self.margins)
        return list(axes.flat) if hasattr(axes, "flat") else [axes]

    # --- the skeleton -------------------------------------------------------------------------
    def draw(self, ax: Axes | None, title: str | None, kwargs: dict[str, Any]) -> Chart:
        """Draw in the house style on ``ax`` (or a new figure) and return the :class:`Chart`."""
        with house_style():
            self.owned = ax is None
            self.panels = self.new_figure() if ax is None else [ax]
            main = self.panels[0]
            self.plot(main, dict(kwargs))
            title = self.default_title() if title is None else title
            titles = sources_of(self.sources())
            frame(main.figure, main, title=title, subtitle=self.subtitle(), sources=titles,
                  lang=self.lang, owned=self.owned)
            return self.result(
                figure=main.figure, ax=main, kind=self.kind, lang=self.lang, title=title,
                description=self.describe(), rows=self.rows, sources=titles, **self.extras(),
            )
