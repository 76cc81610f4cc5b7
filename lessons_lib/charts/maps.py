"""Where data lives: the places of the case on a world map (Natural Earth, public domain)."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.lines import Line2D

from ..data import load_places
from ..i18n import gettext
from ..schema import label
from ._base import Chart, Plotter, case_default, shared_docs
from .axes import around
from .layout import Label, LabelPlacer
from .style import OKABE_ITO
from .world_outline import load_outline, outline_source

__all__ = ["where_data_lives"]

# colour and marker of each role; the names come from datapackage.json (places.role)
ROLES = {
    "primary_storage": (OKABE_ITO["vermillion"], "o"),
    "backup": (OKABE_ITO["orange"], "s"),
    "headquarters": (OKABE_ITO["black"], "D"),
    "cloud_host": (OKABE_ITO["blue"], "^"),
}
OTHER_ROLE = (OKABE_ITO["purple"], "o")
#: places.country (ISO alpha-2) -> the outline's country code (alpha-3), for the shaded countries
ISO3 = {"US": "USA", "SG": "SGP", "CN": "CHN", "IE": "IRL", "NO": "NOR", "IN": "IND", "GB": "GBR", "FR": "FRA"}


@shared_docs
def where_data_lives(
    places: pd.DataFrame | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    **kwargs: Any,
) -> Chart:
    """The places named for storing, hosting or controlling data, on a world map.

    The outline is Natural Earth's 1:110m countries (public domain), shipped with the package, so
    the map draws offline. Marker shape and colour both say the role of each place; the countries
    of the places are shaded.

    Parameters
    ----------
    places : DataFrame, optional
        The places to draw (the columns of ``load_places()``), one marker per row; default: the
        shipped table.
    {lang}
    {ax}
    title : str, optional
        The title; default: the case's.
    **kwargs
        Passed to the ``plot`` call of each marker (e.g. ``ms=16``).

    Examples
    --------
    >>> chart = where_data_lives()
    >>> sorted(t.get_text().split(" (")[0] for t in chart.ax.texts if t.get_gid() == "place-label")[:2]
    ['Austin, Texas', 'Beijing']
    """
    rows = (load_places() if places is None else places).reset_index(drop=True)
    return _MapPlotter(rows, lang).draw(ax, title, kwargs)


class _MapPlotter(Plotter):
    kind = "where_data_lives"
    margins: ClassVar[dict[str, float]] = {"left": 0.07, "right": 0.95, "top": 0.84, "bottom": 0.13}

    def __init__(self, rows: pd.DataFrame, lang: str | None) -> None:
        super().__init__(rows, lang)
        self.lons = rows["longitude"].astype(float).to_numpy()
        self.lats = rows["latitude"].astype(float).to_numpy()
        column = f"name_{self.lang}" if f"name_{self.lang}" in rows else "name_en"
        self.names = [str(n).split(" (")[0] for n in rows[column]]
        self.roles = [str(r) for r in rows["role"]]

    def role_name(self, role: str) -> str:
        return label("places", "role", role, self.lang)

    def plot(self, ax: Axes, kwargs: dict[str, Any]) -> None:
        self.draw_land(ax)
        placer, labels = LabelPlacer(ax), []
        for i, role in enumerate(self.roles):
            colour, marker = ROLES.get(role, OTHER_ROLE)
            style = {"marker": marker, "ms": 13, "color": colour, "mec": "white", "mew": 1.5, "ls": "", "zorder": 4,
                     "gid": f"place-{self.rows.at[i, 'id']}", **kwargs}
            ax.plot([self.lons[i]], [self.lats[i]], **style)
            placer.taken.append(around(*ax.transData.transform((self.lons[i], self.lats[i])), 8))
            text = f"{self.names[i]} ({self.rows.at[i, 'period']})\n{self.role_name(role)}"
            spots = ((10, 4, "left", "bottom"), (-10, 4, "right", "bottom"), (10, -4, "left", "top"),
                     (-10, -4, "right", "top"), (0, 12, "center", "bottom"), (0, -12, "center", "top"))
            box = {"boxstyle": "round,pad=0.25", "fc": "white", "ec": "#BBBBBB", "lw": 0.6}
            labels.append(Label(self.lons[i], self.lats[i], text, 1.0, spots, {"fontsize": 11, "bbox": box}))
        placer.place(labels)
        for t in placer.placed:
            t.set_gid("place-label")
        # TRANSLATORS: the compass letters of west and east on a map's longitude axis
        west, east = gettext("W", self.lang), gettext("E", self.lang)
        ax.xaxis.set_major_formatter(lambda v, _p: f"{abs(v):.0f}°{west if v < 0 else east if v > 0 else ''}")
        ax.yaxis.set_major_formatter(lambda v, _p: f"{abs(v):.0f}°{'S' if v < 0 else 'N' if v > 0 else ''}")
        ax.set_xlabel(gettext("Longitude (degrees)", self.lang))
        ax.set_ylabel(gettext("Latitude (degrees)", self.lang))
        used = list(dict.fromkeys(self.roles))
        handles = [Line2D([], [], ls="", marker=ROLES.get(r, OTHER_ROLE)[1], ms=11, color=ROLES.get(r, OTHER_ROLE)[0],
                          mec="white") for r in used]
        ax.legend(handles, [self.role_name(r) for r in used], loc="lower left", frameon=True, facecolor="white",
                  edgecolor="#CCCCCC", fontsize=10.5)

    def draw_land(self, ax: Axes) -> None:
        """The countries, those of the places shaded; the view spans the places and fills the axes."""
        outline = load_outline()
        x0, x1 = min(-130.0, self.lons.min() - 15), max(160.0, self.lons.max() + 25)
        y0, y1 = min(-12.0, self.lats.min() - 12), max(62.0, self.lats.max() + 18)
        # equal degrees both ways: show more latitudes to fill the axes instead of leaving empty bands
        box = ax.get_position()
        width, height = box.width * ax.figure.get_figwidth(), box.height * ax.figure.get_figheight()
        extra = max(0.0, (x1 - x0) * height / width - (y1 - y0)) / 2
        y0, y1 = max(-90.0, y0 - extra), min(90.0, y1 + extra)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect("equal", adjustable="box")
        marked = {ISO3.get(str(c), str(c)) for c in self.rows["country"]}
        for named in (False, True):
            rings = [np.asarray(r) for k, shapes in outline.items() if (k in marked) == named for r in shapes]
            ax.add_collection(PolyCollection(rings, facecolors="#C9D7E3" if named else "#E4E4E4", edgecolors="white",
                                             linewidths=0.5, zorder=1, gid="land-named" if named else "land"))
        ax.set_facecolor("#F7FBFF")
        ax.grid(color="#FFFFFF", lw=0.6, alpha=0)
        ax.apply_aspect()

    def default_title(self) -> str:
        titles = case_default("titles", {}).get("where_data_lives", {})
        return titles.get(self.lang) or gettext("Where the data lives", self.lang)

    def subtitle(self) -> str:
        return gettext("Places named in the case, with the years they played their role", self.lang)

    def describe(self) -> str:
        colon = gettext(": ", self.lang)
        items = gettext("; ", self.lang).join(f"{n}{colon}{self.role_name(r)} ({p})" for n, r, p in
                                              zip(self.names, self.roles, self.rows["period"], strict=True))
        n = len(self.rows)
        return gettext("World map of {n} places named for the data: {items}.", self.lang).format(n=n, items=items)

    def sources(self) -> list[Any]:
        return [*self.rows["source_title"], outline_source().split(";")[0].split(", extracted")[0]]
