"""Frame a chart (title, subtitle, source line, description) and place labels that never overlap."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from .style import INK, MUTED, ChartFigure, source_line, sources_of


def renderer_of(fig: Figure) -> Any:
    canvas = fig.canvas
    if hasattr(canvas, "get_renderer"):
        return canvas.get_renderer()
    return fig._get_renderer()  # pragma: no cover - a canvas without a renderer of its own


@dataclass
class Label:
    """A label wanted at data point (x, y); ``candidates`` are (dx, dy, ha, va) offsets in points."""

    x: Any
    y: float
    text: str
    priority: float = 0.0
    candidates: Sequence[tuple[float, float, str, str]] = ((6, 6, "left", "bottom"),)
    style: dict[str, Any] = field(default_factory=dict)


class LabelPlacer:
    """Greedy placement: labels in priority order, each at its first free candidate spot, else left out.

    Space already taken (markers, bars, other text) is passed as display-space boxes in ``taken``.
    A label placed more than ``leader`` points from its point gets a thin line to it, so that a
    reader always knows which marker it names.
    """

    def __init__(self, ax: Axes, taken: Iterable[Bbox] = (), pad: float = 2.0, leader: float = 11.0) -> None:
        self.ax = ax
        self.fig = ax.figure
        self.renderer = renderer_of(self.fig)
        self.taken: list[Bbox] = list(taken)
        self.pad = pad
        self.leader = leader
        self.placed: list[Text] = []
        self.placed_labels: list[Label] = []
        self.skipped: list[Label] = []

    def inside(self, box: Bbox) -> bool:
        """Whether ``box`` (display space) lies inside the axes."""
        area = self.ax.get_window_extent(self.renderer)
        return (
            box.x0 >= area.x0 - 1
            and box.x1 <= area.x1 + 1
            and box.y0 >= area.y0 - 1
            and box.y1 <= area.y1 + 1
        )

    def place(self, labels: Iterable[Label]) -> list[Text]:
        """Place ``labels`` in priority order, each at the first of its spots that is free."""
        ordered = [label for _, label in sorted(enumerate(labels), key=lambda item: (-item[1].priority, item[0]))]
        area = self.ax.get_window_extent(self.renderer)  # placing labels does not move the axes
        self.skipped += [label for label in ordered if not self._try(label, area)]
        return self.placed

    def _try(self, label: Label, area: Bbox) -> bool:
        # one text per label, moved from spot to spot (building an annotation per spot cost more than measuring it)
        style: dict[str, Any] = {"fontsize": 10.5, "color": INK, **label.style}
        text = None
        guess = None
        for dx, dy, ha, va in label.candidates:
            if text is None:
                text = self.ax.annotate(label.text, (label.x, label.y), xytext=(dx, dy), textcoords="offset points",
                                        ha=ha, va=va, **style)
            else:
                text.xyann = (dx, dy)
                text.set_horizontalalignment(ha)
                text.set_verticalalignment(va)
                if guess is not None and guess.surely_taken(dx, dy, ha, va, area, self.taken):
                    continue
            measured = text.get_window_extent(self.renderer)
            box = measured.padded(self.pad)
            if guess is None:
                guess = _Moved.of(text, measured, self.pad, (dx, dy, ha, va))
            inside = (box.x0 >= area.x0 - 1 and box.x1 <= area.x1 + 1 and box.y0 >= area.y0 - 1
                      and box.y1 <= area.y1 + 1)
            if inside and not any(box.overlaps(other) for other in self.taken):
                self.taken.append(box)
                self.placed.append(text)
                self.placed_labels.append(label)
                if abs(dy) > self.leader:  # a thin line from the label to its point
                    self.ax.annotate("", (label.x, label.y), xytext=(dx, dy), textcoords="offset points",
                                     arrowprops={"arrowstyle": "-", "color": MUTED, "lw": 0.7, "shrinkA": 0,
                                                 "shrinkB": 6}, zorder=4)
                return True
        if text is not None:
            text.remove()
        return False


#: how far (in pixels) a box worked out by moving another may be from matplotlib's: far more than rounding
_SURE = 1e-3
_SHARE = {"left": 0.0, "bottom": 0.0, "center": 0.5, "right": 1.0, "top": 1.0}


@dataclass
class _Moved:
    """Where a label's box would be at another spot, worked out from the box measured at its first spot.

    A text's size does not change when it moves: at another offset and alignment its box is the same
    box moved. Only a spot that is *surely* refused (outside the axes or on another label by more than
    :data:`_SURE` pixels) is skipped on this guess; any other spot is measured by matplotlib, and only
    measured boxes are kept. So labels land exactly where measuring every spot put them, with a fraction
    of the measurements.
    """

    box: Bbox  # the box matplotlib measured at the first spot (not padded)
    pad: float
    spot: tuple[float, float, str, str]
    scale: float  # pixels per point

    @classmethod
    def of(cls, text: Text, box: Bbox, pad: float, spot: tuple[float, float, str, str]) -> _Moved | None:
        """The guess for ``text`` measured at ``spot``; None when a guess could be wrong (rotated text,
        an unusual alignment, a label whose point is outside the axes: matplotlib gives it a unit box)."""
        if (text.get_rotation() or spot[2] not in _SHARE or spot[3] not in _SHARE
                or box.bounds == Bbox.unit().bounds or box.width <= 0 or box.height <= 0):
            return None
        return cls(box, pad, spot, text.get_figure(root=True).dpi / 72)

    def surely_taken(self, dx: float, dy: float, ha: str, va: str, area: Bbox, taken: list[Bbox]) -> bool:
        """Whether the box at spot (dx, dy, ha, va) is outside ``area`` or on a ``taken`` box, with room to spare."""
        if ha not in _SHARE or va not in _SHARE:
            return False
        dx0, dy0, ha0, va0 = self.spot
        w, h = self.box.width, self.box.height
        x0 = self.box.x0 + (dx - dx0) * self.scale - (_SHARE[ha] - _SHARE[ha0]) * w - self.pad
        y0 = self.box.y0 + (dy - dy0) * self.scale - (_SHARE[va] - _SHARE[va0]) * h - self.pad
        x1, y1 = x0 + w + 2 * self.pad, y0 + h + 2 * self.pad
        if (x0 < area.x0 - 1 - _SURE or x1 > area.x1 + 1 + _SURE or y0 < area.y0 - 1 - _SURE
                or y1 > area.y1 + 1 + _SURE):
            return True
        return any(x0 < o.x1 - _SURE and o.x0 < x1 - _SURE and y0 < o.y1 - _SURE and o.y0 < y1 - _SURE
                   for o in taken)


def frame(
    fig: Figure,
    ax: Axes,
    *,
    title: str,
    subtitle: str | None,
    sources: Iterable[Any],
    lang: str,
    owned: bool,
    description: str | None = None,
    chart: str | None = None,
) -> str:
    """Title, subtitle and source line, the same way on every chart; returns the source line.

    On a figure the chart owns they sit above and below the axes; on an ``ax`` you passed, in the
    axes' title and under its x axis. ``description`` (for a chart built outside the plotter
    skeleton) is kept on a :class:`ChartFigure` for :func:`describe`.
    """
    titles = sources_of(sources)
    line = source_line(titles, lang)
    if owned:
        fig.text(0.012, 0.975, title, fontsize=17, fontweight="bold", va="top", ha="left", gid="title")
        if subtitle:
            fig.text(0.012, 0.925, subtitle, fontsize=12, color=MUTED, va="top", ha="left", gid="subtitle")
        fig.text(0.012, 0.014, line, fontsize=9.5, color=MUTED, va="bottom", ha="left", gid="source-line")
    else:
        ax.set_title(title if not subtitle else f"{title}\n{subtitle}", loc="left", fontsize=13)
        ax.annotate(
            line,
            (0, 0),
            xycoords="axes fraction",
            xytext=(0, -46),
            textcoords="offset points",
            fontsize=8.5,
            color=MUTED,
            va="top",
            ha="left",
            gid="source-line",
        )
    if description is not None and isinstance(fig, ChartFigure):
        fig.description, fig.sources = description, titles
    return line


def find_text(fig: Figure, gid: str) -> str | None:
    """The text of the artist with this gid (``title``, ``source-line``...), for tests and describe()."""
    for artist in fig.findobj(Text):
        if artist.get_gid() == gid:
            return artist.get_text()
    return None
