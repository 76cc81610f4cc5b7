"""Where TikTok's data lives: the places of the case on a world map (Natural Earth, public domain)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..i18n import pick, resolve
from ..schema import label
from .layout import Label, LabelPlacer, frame
from .style import OKABE_ITO, house_style, new_figure
from .world_outline import load_outline, outline_source

__all__ = ["where_data_lives"]

# colour and marker of each role; the names come from datapackage.json (places.role)
ROLES = {
    "primary_storage": (OKABE_ITO["vermillion"], "o"),
    "backup": (OKABE_ITO["orange"], "s"),
    "headquarters": (OKABE_ITO["black"], "D"),
    "cloud_host": (OKABE_ITO["blue"], "^"),
}
HIGHLIGHT = {"US": "USA", "SG": "SGP", "CN": "CHN"}


def where_data_lives(
    places: pd.DataFrame | None = None,
    lang: str | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
) -> Figure:
    """The places named for storing, hosting or controlling TikTok data, on a world map.

    The outline is Natural Earth's 1:110m countries (public domain), shipped with the package, so
    the map draws offline. Marker shape and colour both say the role of each place.

    >>> fig = where_data_lives()
    >>> sorted(t.get_text().split(" (")[0] for t in fig.axes[0].texts if t.get_gid() == "place-label")[:2]
    ['Austin, Texas', 'Beijing']
    """
    code = resolve(lang)
    if places is None:
        from ..data import load_places

        places = load_places()
    rows = places.reset_index(drop=True)
    with house_style():
        owned = ax is None
        if owned:
            fig, ax = new_figure()
            fig.subplots_adjust(left=0.08, right=0.98, top=0.82, bottom=0.15)
        fig = ax.figure
        outline = load_outline()
        lons = rows["longitude"].astype(float).to_numpy()
        lats = rows["latitude"].astype(float).to_numpy()
        x0, x1 = min(-130.0, lons.min() - 15), max(150.0, lons.max() + 25)
        y0, y1 = min(-12.0, lats.min() - 12), max(62.0, lats.max() + 18)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect("equal", adjustable="box")
        marked = {HIGHLIGHT.get(str(c), "") for c in rows["country"].astype(str)}
        plain = [np.asarray(r) for k, rings in outline.items() if k not in marked for r in rings]
        strong = [np.asarray(r) for k, rings in outline.items() if k in marked for r in rings]
        ax.add_collection(
            PolyCollection(
                plain, facecolors="#E4E4E4", edgecolors="white", linewidths=0.5, zorder=1, gid="land"
            )
        )
        ax.add_collection(
            PolyCollection(
                strong, facecolors="#C9D7E3", edgecolors="white", linewidths=0.5, zorder=1, gid="land-named"
            )
        )
        ax.set_facecolor("#F7FBFF")
        ax.grid(color="#FFFFFF", lw=0.6, alpha=0)
        placer = LabelPlacer(ax)
        labels: list[Label] = []
        name_col = f"name_{code}" if f"name_{code}" in rows.columns else "name_en"
        used_roles: list[str] = []
        for i, r in rows.iterrows():
            role = str(r["role"])
            colour, marker = ROLES.get(role, (OKABE_ITO["purple"], "o"))
            if role not in used_roles:
                used_roles.append(role)
            ax.plot(
                [lons[i]],
                [lats[i]],
                marker=marker,
                ms=13,
                color=colour,
                mec="white",
                mew=1.5,
                ls="",
                zorder=4,
                gid=f"place-{r['id']}",
            )
            px, py = ax.transData.transform((lons[i], lats[i]))
            from matplotlib.transforms import Bbox

            placer.taken.append(Bbox.from_extents(px - 8, py - 8, px + 8, py + 8))
            name = str(r[name_col]).split(" (")[0]
            text = f"{name} ({r['period']})\n{label('places', 'role', role, code)}"
            labels.append(
                Label(
                    lons[i],
                    lats[i],
                    text,
                    1.0,
                    (
                        (10, 4, "left", "bottom"),
                        (-10, 4, "right", "bottom"),
                        (10, -4, "left", "top"),
                        (-10, -4, "right", "top"),
                        (0, 12, "center", "bottom"),
                        (0, -12, "center", "top"),
                    ),
                    {
                        "fontsize": 11,
                        "gid": "place-label",
                        "bbox": {"boxstyle": "round,pad=0.25", "fc": "white", "ec": "#BBBBBB", "lw": 0.6},
                    },
                )
            )
        placer.place(labels)
        for t in placer.placed:
            t.set_gid("place-label")
        ax.xaxis.set_major_formatter(
            lambda v, _p: (
                f"{abs(v):.0f}°{'W' if v < 0 else 'E' if v > 0 else ''}"
                if code == "en"
                else f"{abs(v):.0f}°{'O' if v < 0 else 'E' if v > 0 else ''}"
            )
        )
        ax.yaxis.set_major_formatter(lambda v, _p: f"{abs(v):.0f}°{'S' if v < 0 else 'N' if v > 0 else ''}")
        ax.set_xlabel(pick({"en": "Longitude (degrees)", "fr": "Longitude (degrés)"}, code))
        ax.set_ylabel(pick({"en": "Latitude (degrees)", "fr": "Latitude (degrés)"}, code))
        handles = [
            Line2D([], [], ls="", marker=ROLES.get(r, (None, "o"))[1], ms=11,
                   color=ROLES.get(r, (OKABE_ITO["purple"],))[0], mec="white")
            for r in used_roles
        ]
        ax.legend(
            handles,
            [label("places", "role", r, code) for r in used_roles],
            loc="lower left",
            frameon=True,
            facecolor="white",
            edgecolor="#CCCCCC",
            fontsize=10.5,
        )
        if title is None:
            title = pick({"en": "Where TikTok's data lives", "fr": "Où vivent les données de TikTok"}, code)
        subtitle = pick(
            {
                "en": "Places named in the case, with the years they played their role",
                "fr": "Lieux cités dans l'affaire, avec les années où ils ont joué leur rôle",
            },
            code,
        )
        items = "; ".join(
            f"{str(r[name_col]).split(' (')[0]}: "
            f"{label('places', 'role', r['role'], code)}"
            f" ({r['period']})"
            for _, r in rows.iterrows()
        )
        description = pick(
            {
                "en": f"World map of {len(rows)} places named for TikTok's data: {items}.",
                "fr": f"Carte du monde de {len(rows)} lieux cités pour les données de TikTok : {items}.",
            },
            code,
        )
        sources = [*rows["source_title"], outline_source().split(";")[0].split(", extracted")[0]]
        frame(
            fig,
            ax,
            title=title,
            subtitle=subtitle,
            sources=sources,
            description=description,
            lang=code,
            owned=owned,
            chart="where_data_lives",
        )
    return fig
