"""The house style: colours, markers, sizes, and the helpers every chart shares.

Nothing here changes matplotlib's global settings: :func:`house_style` is a context manager that
applies the style only inside its ``with`` block.

>>> import matplotlib
>>> before = matplotlib.rcParams["font.size"]
>>> with house_style():
...     matplotlib.rcParams["font.size"]
12.0
>>> matplotlib.rcParams["font.size"] == before
True
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .. import fmt
from ..i18n import gettext, ngettext

__all__ = [
    "CATEGORY_STYLE",
    "DPI",
    "FIGSIZE",
    "OKABE_ITO",
    "ChartFigure",
    "house_style",
    "save",
    "source_line",
    "wrap",
]

#: Okabe & Ito (2008): eight colours that stay distinct for the common colour-vision deficiencies.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
GREY = "#8C8C8C"
INK = "#222222"
MUTED = "#555555"

FIGSIZE = (11.0, 6.2)
DPI = 100

#: events.category -> (colour, marker): never colour alone, every category has its own marker too.
CATEGORY_STYLE: dict[str, tuple[str, str]] = {
    "executive": (OKABE_ITO["vermillion"], "o"),
    "legislation": (OKABE_ITO["blue"], "s"),
    "court": (OKABE_ITO["black"], "D"),
    "corporate": (OKABE_ITO["orange"], "^"),
    "communication": (OKABE_ITO["purple"], "v"),
    "regulation": (OKABE_ITO["green"], "P"),
    "export_control": (OKABE_ITO["sky_blue"], "X"),
    "investment_screening": (OKABE_ITO["yellow"], "h"),
    "diplomacy": (GREY, "p"),
}

_RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",  # shipped with matplotlib: same glyphs on every machine
    "font.size": 12.0,
    "axes.titlesize": 15.0,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 12.0,
    "axes.labelcolor": INK,
    "axes.edgecolor": "#444444",
    "axes.linewidth": 1.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "axes.prop_cycle": matplotlib.cycler(color=list(OKABE_ITO.values())),
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.8,
    "xtick.labelsize": 11.0,
    "ytick.labelsize": 11.0,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.fontsize": 11.0,
    "legend.frameon": False,
    "lines.linewidth": 2.2,
    "lines.markersize": 9.0,
    "text.color": INK,
    "figure.figsize": FIGSIZE,
    "figure.dpi": DPI,
    "figure.facecolor": "white",
    "savefig.dpi": DPI,
    "savefig.facecolor": "white",
    "savefig.bbox": None,
    "svg.hashsalt": "techgeo-lessons",
    "svg.fonttype": "path",
    "hatch.linewidth": 1.0,
}


@contextmanager
def house_style() -> Iterator[None]:
    """Apply the house style (fonts, sizes, palette, deterministic SVG ids) inside a ``with`` block.

    >>> with house_style():
    ...     matplotlib.rcParams["svg.hashsalt"]
    'techgeo-lessons'
    """
    with matplotlib.rc_context(_RC):
        yield


class ChartFigure(Figure):
    """A matplotlib Figure that a notebook shows exactly once, as a PNG, when a cell ends with it.

    It is not registered with ``pyplot``, so the inline backend does not show it a second time.
    The chart functions return a :class:`~lessons_lib.charts.Chart` that holds it; ``description``
    and ``sources`` are kept here only for a figure framed outside that skeleton.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.description: str = ""
        self.sources: list[str] = []

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        save(self, buffer, format="png")
        return buffer.getvalue()


def new_figure(figsize: tuple[float, float] = FIGSIZE, **subplots: Any) -> tuple[ChartFigure, Any]:
    """A fixed-size figure with an Agg canvas (call inside :func:`house_style`) and its axes."""
    fig = ChartFigure(figsize=figsize, dpi=DPI)
    FigureCanvasAgg(fig)
    axes = fig.subplots(**subplots)
    return fig, axes


_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}


def save(fig: Any, target: str | Path | IO[bytes], format: str | None = None) -> None:
    """Save a chart (or a Figure) with fixed DPI and no timestamps: the same chart, the same bytes.

    >>> import io
    >>> from lessons_lib.charts import votes
    >>> fig = votes()
    >>> a, b = io.BytesIO(), io.BytesIO()
    >>> save(fig, a, format="png"); save(fig, b, format="png")
    >>> a.getvalue() == b.getvalue()
    True
    """
    if format is None:
        format = Path(str(target)).suffix.lstrip(".").lower() if isinstance(target, (str, Path)) else "png"
    fig = getattr(fig, "figure", fig)  # a Chart holds its Figure
    with house_style():
        fig.savefig(target, format=format, dpi=DPI, metadata=_METADATA.get(format, {}))


def squash(text: Any) -> str:
    r"""``text`` on one line, runs of spaces and line breaks made one space (no-break spaces are kept).

    >>> squash("Politico,\n 7 Jul\u00a0: x")
    'Politico, 7 Jul\xa0: x'
    """
    return re.sub(r"[ \t\r\n\f\v]+", " ", str(text)).strip()


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis.

    >>> shorten("Executive Order 13942 on addressing the threat posed by TikTok", 30)
    'Executive Order 13942 on…'
    """
    text = squash(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-–—(.") + "…"


def wrap(text: Any, width: int) -> str:
    """``text`` broken into lines of at most ``width`` characters, at spaces: nothing is cut.

    French punctuation stays with its word: no line starts with "»" or ":".

    >>> print(wrap("Trump signs EO 13942 against TikTok", 16))
    Trump signs EO
    13942 against
    TikTok
    >>> wrap("Pappas : « on reste »", 12).split("\\n")
    ['Pappas\\xa0:', '«\\xa0on reste\\xa0»']
    """
    text = " ".join(str(text).split())
    # French text typed with ordinary spaces (a learner's own file) keeps its punctuation with its word
    for before, after in ((" :", "\u00a0:"), (" ;", "\u202f;"), (" »", "\u00a0»"), ("« ", "«\u00a0"),
                          (" ?", "\u202f?"), (" !", "\u202f!")):
        text = text.replace(before, after)
    return "\n".join(textwrap.wrap(text, width, break_long_words=False))


def _short_source(title: str, limit: int = 48) -> str:
    r"""A source for a chart's foot: the publisher and the start of the title, or the publisher alone when
    too little of the title would be left to read.

    >>> _short_source("France 24, 18 août 2020\u00a0: «\u00a0TikTok ... a renforcé sa campagne de communication\u00a0»")
    'France 24, 18 août 2020'
    >>> _short_source("Federal Register: Executive Order 13942 of 6 Aug 2020 (FR Doc. 2020-17699)")
    'Federal Register: Executive Order 13942 of 6…'
    """
    title = squash(title)
    if " (" in title and title.index(" (") > 12:
        title = title[: title.index(" (")]
    short = shorten(title, limit)
    framing = re.match(r"(.+?)\s?: ", title)
    return framing[1] if framing and short != title and len(short) - len(framing[1]) < 20 else short


def sources_of(titles: Iterable[Any]) -> list[str]:
    """Deduplicated source titles, in order of first appearance, without empty values.

    >>> sources_of(["A", "B", "A", None, ""])
    ['A', 'B']
    """
    seen: dict[str, None] = {}
    for title in titles:
        if title is None or title != title:  # None or NaN/NA
            continue
        try:
            text = squash(title)
        except TypeError:
            continue
        if text and text not in ("<NA>", "nan"):
            seen.setdefault(text, None)
    return list(seen)


def source_line(titles: Iterable[Any], lang: str | None = None, limit: int = 150) -> str:
    """The source line of a chart: deduplicated, shortened titles, and how many more were used.

    >>> source_line(["Federal Register: Executive Order 13942", "Reuters", "Reuters"], "en")
    'Sources: Federal Register: Executive Order 13942; Reuters'
    >>> source_line(["x" * 60, "y" * 60, "z" * 60, "w" * 60], "fr").endswith("y… et 2 autres")
    True
    """
    unique = [fmt.source(title, lang) for title in sources_of(titles)]
    if not unique:
        return gettext("Source: not given", lang)
    head = gettext("Source: ", lang) if len(unique) == 1 else gettext("Sources: ", lang)
    sep = gettext("; ", lang)
    shown: list[str] = []
    for title in unique:
        candidate = sep.join([*shown, _short_source(title)])
        if shown and len(head) + len(candidate) > limit - 14:
            break
        shown.append(_short_source(title))
    text = head + sep.join(shown)
    rest = len(unique) - len(shown)
    if rest:
        text += ngettext(" and {n} more", " and {n} more", rest, lang).format(n=rest)
    return text
