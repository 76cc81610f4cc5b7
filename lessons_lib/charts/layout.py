"""Frame a chart (title, subtitle, source line, description) and place labels that never overlap."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from .style import MUTED, source_line, sources_of


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
    """

    def __init__(self, ax: Axes, taken: Iterable[Bbox] = (), pad: float = 2.0) -> None:
        self.ax = ax
        self.fig = ax.figure
        self.renderer = renderer_of(self.fig)
        self.taken: list[Bbox] = list(taken)
        self.pad = pad
        self.placed: list[Text] = []
        self.skipped: list[Label] = []

    def _inside(self, box: Bbox) -> bool:
        area = self.ax.get_window_extent(self.renderer)
        return (
            box.x0 >= area.x0 - 1
            and box.x1 <= area.x1 + 1
            and box.y0 >= area.y0 - 1
            and box.y1 <= area.y1 + 1
        )

    def place(self, labels: Iterable[Label]) -> list[Text]:
        ordered = sorted(enumerate(labels), key=lambda item: (-item[1].priority, item[0]))
        for _, label in ordered:
            for dx, dy, ha, va in label.candidates:
                text = self.ax.annotate(
                    label.text,
                    (label.x, label.y),
                    xytext=(dx, dy),
                    textcoords="offset points",
                    ha=ha,
                    va=va,
                    **{"fontsize": 10.5, "color": "#222222", **label.style},
                )
                box = text.get_window_extent(self.renderer).padded(self.pad)
                if self._inside(box) and not any(box.overlaps(other) for other in self.taken):
                    self.taken.append(box)
                    self.placed.append(text)
                    break
                text.remove()
            else:
                self.skipped.append(label)
        return self.placed


def frame(
    fig: Figure,
    ax: Axes,
    *,
    title: str,
    subtitle: str | None,
    sources: Iterable[Any],
    description: str,
    lang: str,
    owned: bool,
    chart: str,
) -> None:
    """Title, subtitle, source line and screen-reader description, the same way on every chart."""
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
    previous = getattr(fig, "description", "") if not owned else ""
    fig.description = f"{previous} {description}".strip()  # type: ignore[attr-defined]
    fig.sources = [*getattr(fig, "sources", []), *titles] if not owned else titles  # type: ignore[attr-defined]
    fig.chart = chart  # type: ignore[attr-defined]
    fig.lang = lang  # type: ignore[attr-defined]
    ax.chart_title = title  # type: ignore[attr-defined]


def find_text(fig: Figure, gid: str) -> str | None:
    """The text of the artist with this gid (``title``, ``source-line``...), for tests and describe()."""
    for artist in fig.findobj(Text):
        if artist.get_gid() == gid:
            return artist.get_text()
    return None
