"""The teacher's chart: how a class did on each quiz question (from ``quiz.class_report``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..i18n import N_, gettext, resolve
from .style import MUTED, OKABE_ITO, house_style, new_figure

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["class_results"]

# (report column, colour, hatch, label): never colour alone, each part has its own hatch
_PARTS = (
    ("right_first_try", OKABE_ITO["blue"], "", N_("Right at the first try")),
    ("right_later", OKABE_ITO["sky_blue"], "//", N_("Right after a try or a hint")),
    ("not_yet_right", OKABE_ITO["orange"], "xx", N_("Not yet right")),
)


def class_results(report: pd.DataFrame, lang: str | None = None, *, ax: Axes | None = None,
                  title: str | None = None) -> Figure:
    """One bar per question: how many learners got it right at the first try, right later, or not yet.

    ``report`` is what ``quiz.class_report`` returns (columns ``lesson``, ``question``, ``learners``,
    ``right_first_try``, ``right_eventually``, ``not_yet_right``).

    >>> from lessons_lib.quiz import class_report, collect, sample_class
    >>> fig = class_results(class_report(collect([sample_class()]).records), lang="fr")
    >>> fig.axes[0].get_xlabel()
    'Élèves'
    >>> fig.description.split("\\u202f;")[0]
    'Résultats de 8 élèves sur 5 questions\\xa0: q1-article-users 5 du premier coup, 2 plus tard, 1 pas encore'
    """
    code = resolve(lang)
    rows = report.reset_index(drop=True)
    counts = {
        "right_first_try": rows["right_first_try"].to_numpy(dtype=float),
        "right_later": (rows["right_eventually"] - rows["right_first_try"]).to_numpy(dtype=float),
        "not_yet_right": rows["not_yet_right"].to_numpy(dtype=float),
    }
    with house_style():
        if ax is None:
            fig, ax = new_figure(figsize=(11.0, 1.4 + 0.7 * max(len(rows), 1)))
            fig.subplots_adjust(left=0.25, right=0.97, top=1 - 0.95 / fig.get_figheight(),
                                bottom=0.75 / fig.get_figheight())
        fig = ax.figure
        y = np.arange(len(rows))[::-1]
        left = np.zeros(len(rows))
        for column, colour, hatch, label in _PARTS:
            widths = counts[column]
            ax.barh(y, widths, left=left, height=0.6, color=colour, hatch=hatch, edgecolor="#222222", lw=0.6,
                    label=gettext(label, code), gid=column)
            for yi, x0, width in zip(y, left, widths, strict=True):
                if width > 0:
                    ax.annotate(f"{int(width)}", (x0 + width / 2, yi), ha="center", va="center", fontsize=11,
                                fontweight="bold", color="white" if column == "right_first_try" else "#222222",
                                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
                                if column != "right_first_try" else None)
            left = left + widths
        ax.set_yticks(y)
        # needed: tick labels are text, and a question id read back from a CSV export may be a number
        ax.set_yticklabels(rows["question"].astype(str).tolist(), fontsize=11)
        ax.grid(axis="y", visible=False)
        ax.set_xlim(0, max(float(left.max()) if len(left) else 1.0, 1.0))
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel(gettext("Learners", code))
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3, fontsize=10)
        learners = int(rows["learners"].max()) if len(rows) else 0
        if title is None:
            title = gettext("How the class did, question by question", code)
        fig.suptitle(title, x=0.01, ha="left", fontsize=15, fontweight="bold")
        ax.annotate(gettext("Source: the quiz answers of {learners} learners (techgeo-lessons results collect)",
                            code).format(learners=learners),
                    (0, 0), xycoords="figure fraction", xytext=(8, 6), textcoords="offset points", fontsize=9,
                    color=MUTED)
    parts = [
        gettext("{question} {first} at the first try, {later} later, {not_yet} not yet", code).format(
            question=q, first=int(a), later=int(b), not_yet=int(c))
        for q, a, b, c in zip(rows["question"], counts["right_first_try"], counts["right_later"],
                              counts["not_yet_right"], strict=True)
    ]
    head = gettext("Results of {learners} learners on {questions} questions: ", code).format(
        learners=learners, questions=len(rows))
    fig.description = head + gettext("; ", code).join(parts)
    fig.sources = ["techgeo-lessons results collect"]
    return fig
