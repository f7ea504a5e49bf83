"""Journey map -> Mermaid text (pure functions).

* :func:`to_mermaid_flowchart`: a ``flowchart`` GitHub renders in Markdown:
  stages are subgraphs, each touchpoint a node labelled with its name and score
  and given a class for its score colour (the palette of the Graphviz
  diagrams), moments of truth (★) and customer-effort points (⚠) get a symbol
  and a thicker border; edges used by only some branches are coloured and
  labelled with those branches' names.
* :func:`to_mermaid_journey`: Mermaid's ``journey`` diagram; cxmap's −2 … +2
  becomes Mermaid's 1 … 5 (score + 3), the branches become its actors.

User text is escaped with Mermaid's entity codes (``#34;`` ...) so it shows as
typed and never becomes markup.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from cxmap.outputs.render import style as st
from cxmap.outputs.render.options import RenderOptions
from cxmap.outputs.render.text import MAX_NAME, MAX_TITLE, clean, score_text

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey, Touchpoint

_ENTITIES = {'"': "#34;", "#": "#35;", "%": "#37;", "&": "#38;", "<": "#60;", ">": "#62;",
             "`": "#96;"}
#: ``%%`` starts a Mermaid comment or directive (``%%{init: …}%%``) anywhere in
#: the text: outside labels a ``%`` becomes the full-width look-alike
_PERCENT = "\uff05"
_ENTITY_RE = re.compile("[" + re.escape("".join(_ENTITIES)) + "]")

#: score -> Mermaid class name
SCORE_CLASSES = {-2: "score_m2", -1: "score_m1", 0: "score_0", 1: "score_p1", 2: "score_p2"}
UNSCORED_CLASS = "unscored"


def mermaid_text(text: str, limit: int = MAX_NAME) -> str:
    """Text for a quoted Mermaid label: entity codes for the characters Mermaid
    or HTML would read as syntax; line breaks as ``<br/>``."""
    text = clean(text, limit)
    text = _ENTITY_RE.sub(lambda m: _ENTITIES[m.group(0)], text)
    return text.replace("\n", "<br/>")


def node_id(tp_id: str) -> str:
    """A Mermaid node id for a touchpoint id, one to one (``a_b``, ``a-b`` and
    ``a_b_2`` stay three nodes): ``_`` is written ``__`` and ``-`` ``_h``."""
    return "tp_" + tp_id.replace("_", "__").replace("-", "_h")


def _node_ids(journey: Journey) -> dict[str, str]:
    return {tp.id: node_id(tp.id) for tp in journey.touchpoints}


def _label(journey: Journey, tp: Touchpoint, words: dict[str, str], converges: bool) -> str:
    marks = st.marks(tp, words, converges=converges)
    parts = []
    if marks:
        parts.append(mermaid_text("  ".join(marks)))
    parts.append(mermaid_text(tp.name))
    meta = f"{words['score'].lower()} {score_text(tp.score)}"
    if tp.target is not None and tp.target != tp.score:
        meta += f" \u2192 {words['target']} {score_text(tp.target)}"
    parts.append(mermaid_text(meta))
    return "<br/>".join(parts)


_DASH = {"solid": "", "dashed": ",stroke-dasharray:6 4", "dotted": ",stroke-dasharray:2 3"}


def to_mermaid_flowchart(journey: Journey, graph: JourneyGraph,
                         options: RenderOptions | None = None) -> str:
    """A Mermaid ``flowchart`` of the journey graph."""
    options = options or RenderOptions()
    words = st.words(journey.language)
    ids = _node_ids(journey)
    names = {b.id: b.name for b in journey.branches or ()}
    styles = {b: st.branch_style(i) for i, b in enumerate(journey.branch_ids)}
    lines: list[str] = []
    title = options.title if options.title is not None else journey.title
    if title:
        title = clean(title, MAX_TITLE).replace("\n", " ").replace("%", _PERCENT)
        lines += ["---", "title: " + json.dumps(title, ensure_ascii=False), "---"]
    lines.append(f"flowchart {options.direction.value}")
    converging = set(graph.convergence_points())
    mot, effort = [], []
    for n, si, stage, members in st.drawn_stages(journey, graph):
        lines.append(f'  subgraph stage_{si}["{n}. {mermaid_text(stage.name, MAX_TITLE)}"]')
        for tp in members:
            cls = SCORE_CLASSES[tp.score] if tp.score is not None else UNSCORED_CLASS
            label = _label(journey, tp, words, tp.id in converging)
            lines.append(f'    {ids[tp.id]}["{label}"]:::{cls}')
            if tp.moment_of_truth:
                mot.append(ids[tp.id])
            if tp.customer_effort:
                effort.append(ids[tp.id])
        lines.append("  end")

    shown = list(styles) if graph.branch is None else [graph.branch]
    link_styles: list[str] = []
    for i, edge in enumerate(graph.edges()):
        used = [b for b in shown if b in edge.branches]
        partial = bool(used) and len(shown) > 1 and len(used) < len(shown)
        arrow = "-->"
        if partial:
            label = ", ".join(clean(names.get(b, b), 40) for b in used)
            arrow = f'-->|"{mermaid_text(label)}"|'
            if len(used) == 1:
                color, line = styles[used[0]]
                link_styles.append(f"  linkStyle {i} stroke:{color},stroke-width:2px"
                                   f"{_DASH[line]}")
        lines.append(f"  {ids[edge.source]} {arrow} {ids[edge.target]}")
    lines += link_styles

    for score, cls in SCORE_CLASSES.items():
        sty = st.SCORE_STYLES[score]
        lines.append(f"  classDef {cls} fill:{sty.fill},color:{sty.font},stroke:{st.BORDER}")
    lines.append(f"  classDef {UNSCORED_CLASS} fill:{st.UNSCORED.fill},color:{st.UNSCORED.font},"
                 f"stroke:{st.UNSCORED_BORDER},stroke-dasharray:5 3")
    lines.append("  classDef mot stroke-width:4px")
    lines.append("  classDef effort stroke-width:3px")
    if mot:
        lines.append(f"  class {','.join(mot)} mot")
    if effort:
        lines.append(f"  class {','.join(effort)} effort")
    return "\n".join(lines) + "\n"


#: separators of a ``journey`` line, and the characters HTML would read as
#: markup (``<script>`` in a name): written as look-alikes (an entity code such
#: as ``#60;`` would meet the ``;`` and ``#`` rules)
_JOURNEY_BAD = {":": "\u2236", ";": "\uff1b", "#": "\uff03", ",": "\u201a", "%": _PERCENT,
                "<": "\uff1c", ">": "\uff1e", "&": "\uff06"}
_JOURNEY_KEYWORD = re.compile(r"^(title|section|acc|%%)", re.IGNORECASE)


def journey_text(text: str, limit: int = MAX_NAME, *, comma: bool = False) -> str:
    """Text for a line of a Mermaid ``journey``: its separators (``:``, ``;``,
    ``#``; ``,`` in actor names) and HTML's ``<``, ``>``, ``&`` become
    look-alike characters, line breaks spaces, and a leading keyword is
    defused."""
    text = clean(text, limit).replace("\n", " ").strip()
    bad = _JOURNEY_BAD if comma else {k: v for k, v in _JOURNEY_BAD.items() if k != ","}
    text = "".join(bad.get(ch, ch) for ch in text)
    if _JOURNEY_KEYWORD.match(text):
        text = "\u200b" + text
    return text or "\u2014"


def journey_score(score: int | None) -> int:
    """cxmap's −2 … +2 on Mermaid's 1 … 5 (unscored shows as 3, and its task
    name says it is not scored)."""
    return 3 if score is None else score + 3


def to_mermaid_journey(journey: Journey, graph: JourneyGraph,
                       options: RenderOptions | None = None) -> str:
    """A Mermaid ``journey`` diagram: one section per stage, one task per
    touchpoint, actors = the branches the touchpoint belongs to."""
    options = options or RenderOptions()
    words = st.words(journey.language)
    names = {b.id: b.name for b in journey.branches or ()}
    lines = ["journey"]
    title = options.title if options.title is not None else journey.title
    if title:
        lines.append(f"  title {journey_text(title, MAX_TITLE)}")
    # Actors are drawn as a legend of coloured dots, one per task: a short
    # persona reads well there, a sentence-long one does not.
    persona = journey.persona or ""
    default_actor = journey_text(persona if 0 < len(persona) <= 30 else words["customer"],
                                 60, comma=True)
    for n, _, stage, members in st.drawn_stages(journey, graph):
        lines.append(f"  section {n}. {journey_text(stage.name, MAX_TITLE)}")
        for tp in members:
            name = tp.name
            if tp.moment_of_truth:
                name = f"{st.MOT_SYMBOL} {name}"
            if tp.customer_effort:
                name = f"{st.EFFORT_SYMBOL} {name}"
            if tp.score is None:
                name += f" ({words['unscored']})"
            if graph.branch is not None:
                branch_ids: list[str] = [graph.branch]
            elif tp.branch_ids is not None:
                branch_ids = list(tp.branch_ids)
            else:
                branch_ids = journey.branch_ids
            actors = [journey_text(names.get(b, b), 60, comma=True) for b in branch_ids]
            lines.append(f"    {journey_text(name)}: {journey_score(tp.score)}: "
                         f"{', '.join(actors) or default_actor}")
    return "\n".join(lines) + "\n"
