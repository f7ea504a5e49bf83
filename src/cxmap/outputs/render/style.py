"""The visual design of cxmap diagrams (documented in docs/render.md).

Scores use ColorBrewer's 5-class RdYlBu diverging palette, which ColorBrewer
marks colour-blind safe: red (−2) ... pale yellow (0) ... blue (+2).  Unscored
touchpoints are white with a dashed grey border and "?" as the score, so they
differ from a neutral 0 by more than colour.  Every box also prints its score
as text, so colour is never the only carrier of meaning.

Branches use the Okabe-Ito colour-blind-safe qualitative palette, each with its
own line style (solid, dashed, dotted, ...); edges shared by every branch are
dark grey.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey, Stage, Touchpoint

FONT = "DejaVu Sans,Noto Sans,Liberation Sans,Arial,Helvetica,sans-serif"


@dataclass(frozen=True)
class ScoreStyle:
    fill: str
    font: str


SCORE_STYLES: dict[int, ScoreStyle] = {
    -2: ScoreStyle("#d7191c", "#ffffff"),
    -1: ScoreStyle("#fdae61", "#000000"),
    0: ScoreStyle("#ffffbf", "#000000"),
    1: ScoreStyle("#abd9e9", "#000000"),
    2: ScoreStyle("#2c7bb6", "#ffffff"),
}
UNSCORED = ScoreStyle("#ffffff", "#000000")
UNSCORED_BORDER = "#7f7f7f"
BORDER = "#333333"

STAGE_FILL = "#f2f2f2"
STAGE_BORDER = "#b3b3b3"

SHARED_EDGE = "#4d4d4d"
BRANCH_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9",
                 "#000000")
BRANCH_STYLES = ("solid", "dashed", "dotted")
#: how each line style is drawn in the legend (box-drawing characters)
STYLE_SAMPLES = {"solid": "━━━━", "dashed": "╍╍╍╍", "dotted": "┅┅┅┅"}

MOT_SYMBOL = "★"
EFFORT_SYMBOL = "⚠"
MERGE_SYMBOL = "◆"


def marks(tp: Touchpoint, words: dict[str, str], *, converges: bool) -> list[str]:
    """The short marks a touchpoint box carries: moment of truth, customer
    effort, paths meeting (symbol and word, so colour is never the only cue)."""
    out = []
    if tp.moment_of_truth:
        out.append(f"{MOT_SYMBOL} {words['mot_short']}")
    if tp.customer_effort:
        out.append(f"{EFFORT_SYMBOL} {words['effort_short']}")
    if converges:
        out.append(f"{MERGE_SYMBOL} {words['merge_short']}")
    return out


def drawn_stages(journey: Journey, graph: JourneyGraph) -> list[tuple[int, int, Stage,
                                                                      list[Touchpoint]]]:
    """``(number, index, stage, touchpoints)`` of the stages with something to
    draw (with ``--branch``, a stage may have none on that path); numbered 1…
    in journey order as drawn, ``index`` is the stage's place in the map."""
    out: list[tuple[int, int, Stage, list[Touchpoint]]] = []
    for index, stage in enumerate(journey.stages):
        members = [tp for tp in stage.touchpoints if tp.id in graph]
        if members:
            out.append((len(out) + 1, index, stage, members))
    return out


def branch_style(index: int) -> tuple[str, str]:
    """(colour, line style) of the branch at ``index``: colours cycle fastest,
    so the first seven branches differ in colour and the first three also in
    line style; 21 branches get distinct pairs."""
    color = BRANCH_COLORS[index % len(BRANCH_COLORS)]
    style = BRANCH_STYLES[index % len(BRANCH_STYLES)]
    return color, style


def words(language: str) -> dict[str, str]:
    """The words diagrams use, from the message catalogue (``render`` domain)."""
    from cxmap.i18n import catalogue, language_of

    return catalogue("render", language_of(language))
