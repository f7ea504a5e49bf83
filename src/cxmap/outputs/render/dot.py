"""Journey map -> Graphviz DOT text (a pure function; no layout here).

Each touchpoint is a node named by its ``id``; each journey-graph edge is one
DOT edge between those names (the ``cxmap render`` contract, docs/render.md).  Stages
are clusters in journey order; the legend is the label of an invisible
cluster around them, so the DOT holds no node that is not a touchpoint.

The text is written by the graphviz package (``graphviz.Digraph``, its
quoting of names and attributes).  All user text goes into HTML-like labels,
escaped by :mod:`cxmap.outputs.render.text`: it shows as typed and never
becomes markup.  No ``URL``/``href`` attribute is ever emitted.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from cxmap.outputs.charts.curve import number_touchpoints
from cxmap.outputs.render import style as st
from cxmap.outputs.render.options import RenderOptions
from cxmap.outputs.render.text import (
    MAX_NAME,
    MAX_TITLE,
    clean,
    html_lines,
    html_text,
    score_text,
    subtitle_parts,
    wrap,
    wrap_words,
)

if TYPE_CHECKING:
    from cxmap.graph.journey import Edge, JourneyGraph
    from cxmap.model.journey import Journey, Stage, Touchpoint

#: wrap touchpoint names at this many characters
WRAP = 24
#: ... and on a page, where width is scarcer than height
PAGE_WRAP = 17
#: continuation marks wrap at this many characters, and show the
#: touchpoint's number and the first line of its name (in full in its box)
MARK_WRAP = 15
#: a page's drawing: every text at 8 pt or more at 100 %, tight spacing
PAGE = {"node": "9", "stage": "10", "margin": "0.1,0.01", "effort_margin": "0.12,0.03",
        "nodesep": "0.05",
        "ranksep": "0.15", "mark": "8", "row_margin": "0", "stage_margin": "4"}
#: a 2 pt blank line between a box's name and its score line, when the
#: name's last line has letters reaching below it (DESCENDERS)
NAME_GAP = '<FONT POINT-SIZE="2"> </FONT><BR/>'
#: letters and marks that reach below the baseline
DESCENDERS = frozenset("gjpqyąęĄĘçşţ,;()[]{}|@/_Q")
#: above this many touchpoints the network-simplex passes are capped
#: (long edges explode layout time without it; benchmarks/README.md)
BIG_GRAPH = 150
#: line width of an edge every branch uses (others: 1.6)
SHARED_PENWIDTH = "3.2"
#: at most this many branches are listed in the legend
LEGEND_BRANCHES = 21


def branch_styles(journey: Journey) -> dict[str, tuple[str, str]]:
    """Colour and line style for each branch id, by its place in the map."""
    return {b: st.branch_style(i) for i, b in enumerate(journey.branch_ids)}


def _small(text_html: str, size: int = 9) -> str:
    # an empty element is a syntax error in Graphviz's HTML-like labels
    return f'<FONT POINT-SIZE="{size}">{text_html}</FONT>' if text_html else ""


def _bold(text_html: str) -> str:
    return f"<B>{text_html}</B>" if text_html else ""


def _sample(color: str, line: str) -> str:
    sample = st.STYLE_SAMPLES.get(line, "")
    return f'<FONT COLOR="{color}">{html_text(sample)}</FONT> ' if sample else ""


def node_label(journey: Journey, tp: Touchpoint, *, converges: bool,
               words: dict[str, str], width: int = WRAP, branches: bool = True,
               small: tuple[int, int] = (9, 10), score_word: bool = True,
               number: int = 0) -> str:
    """The HTML-like label of a touchpoint box (without the outer ``<>``);
    ``small``: the point sizes of the marks and of the score line, which says
    "score" before the number unless ``score_word`` is false (on a page,
    where the marks are their symbols alone, on the score line).  ``number``:
    the touchpoint's number (as on the emotion curve and the canvas's cards)
    before its name."""
    parts: list[str] = []
    marks = st.marks(tp, words, converges=converges)
    if marks and score_word:
        parts.append(_small(html_text("  ".join(marks)), small[0]))
    name = clean(tp.name, MAX_NAME)
    name_lines = wrap_words(f"{number}. {name}" if number else name, width)
    parts.append(_bold(html_lines(name_lines)))
    meta = (f"{words['score'].lower()} " if score_word else "") + score_text(tp.score)
    if marks and not score_word:
        # on a page: the marks' symbols (the legend names them) before the
        # score, a line less in the box
        meta = " ".join(m.split(" ", 1)[0] for m in marks) + "  " + meta
    if tp.target is not None and tp.target != tp.score:
        meta += f" \u2192 {words['target']} {score_text(tp.target)}"
    ids = tp.branch_ids
    if branches and ids is not None and len(journey.branch_ids) > 1:
        names = {b.id: b.name for b in journey.branches or ()}
        shown = [clean(names.get(b, b), 40) for b in ids[:3]]
        if len(ids) > 3:
            shown.append(words["more"].format(n=len(ids) - 3))
        meta += " · " + ", ".join(shown)
    # a thin blank line between the name and the score line where the name's
    # last line reaches below its baseline (g, j, p, q, y, ą, ę, a comma...),
    # so that those never touch the line below
    gap = NAME_GAP if DESCENDERS.intersection(name_lines[-1]) else ""
    parts.append(gap + _meta_html(meta, width + 8, small[1]))
    return "<BR/>".join(parts)


@lru_cache(maxsize=1024)
def _meta_html(meta: str, width: int, size: int) -> str:
    # touchpoints share their score line ("score +1 · Online, Store") far more
    # often than not: wrapped and escaped once each
    return _small(html_lines(wrap_words(meta, width)), size)


def node_attrs(tp: Touchpoint) -> dict[str, str]:
    sty = st.SCORE_STYLES[tp.score] if tp.score is not None else st.UNSCORED
    attrs = {"fillcolor": sty.fill, "fontcolor": sty.font}
    if tp.score is None:
        attrs["style"] = "rounded,filled,dashed"
        attrs["color"] = st.UNSCORED_BORDER
    if tp.moment_of_truth:
        attrs["peripheries"] = "2"
    if tp.customer_effort:
        attrs["penwidth"] = "3"
    return attrs


def edge_attrs(edge: Edge, graph: JourneyGraph,
               styles: dict[str, tuple[str, str]]) -> dict[str, str]:
    attrs: dict[str, str] = {}
    used = [b for b in styles if b in edge.branches]
    # shared by every branch (a single-branch map still shows its colour)
    if not used or (graph.branch is None and len(styles) > 1 and len(used) == len(styles)):
        attrs["color"] = st.SHARED_EDGE
        if len(styles) > 1:
            # the common journey: visibly thicker than one branch's line
            attrs["penwidth"] = SHARED_PENWIDTH
    elif len(used) == 1:
        color, line = styles[used[0]]
        attrs["color"] = color
        if line != "solid":
            attrs["style"] = line
    else:
        attrs["color"] = ":".join(styles[b][0] for b in used)
    if edge.backward:
        attrs["constraint"] = "false"
    return attrs


def _legend(journey: Journey, graph: JourneyGraph, styles: dict[str, tuple[str, str]],
            words: dict[str, str]) -> str:
    rows: list[str] = []

    def row(cells: str) -> None:
        # each legend row is its own table, so rows do not share column widths
        rows.append(f'<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLSPACING="3" CELLPADDING="3">'
                    f"<TR>{cells}</TR></TABLE></TD></TR>")

    def head(text: str) -> str:
        return f'<TD ALIGN="LEFT" WIDTH="80"><B>{html_text(text)}</B></TD>'

    cells = [head(words["score"])]
    for (score, label) in zip((-2, -1, 0, 1, 2), words["scores"].split("|"), strict=True):
        sty = st.SCORE_STYLES[score]
        cells.append(f'<TD BGCOLOR="{sty.fill}" BORDER="1" COLOR="{st.BORDER}">'
                     f'<FONT COLOR="{sty.font}">{html_text(label)}</FONT></TD>')
    cells.append(f'<TD BGCOLOR="{st.UNSCORED.fill}" BORDER="1" STYLE="dashed" '
                 f'COLOR="{st.UNSCORED_BORDER}">{html_text(words["unscored"])}</TD>')
    row("".join(cells))

    marks = [f"{st.MOT_SYMBOL} {words['mot']}", f"{st.EFFORT_SYMBOL} {words['effort']}"]
    if graph.convergence_points():
        marks.append(f"{st.MERGE_SYMBOL} {words['merge']}")
    if graph.back_edges():
        marks.append(f"\u21b6 {words['back']}")
    row(head(words["marks"]) + "".join(
        f'<TD ALIGN="LEFT">{html_text(m)}</TD>' for m in marks))

    names = {b.id: b.name for b in journey.branches or ()}
    shown = list(styles) if graph.branch is None else [graph.branch]
    if shown:
        items = []
        if len(shown) > 1:
            items.append((st.SHARED_EDGE, "solid", words["shared"]))
        for b in shown[:LEGEND_BRANCHES]:
            color, line = styles[b]
            items.append((color, line, clean(names.get(b, b), 60)))
        if len(shown) > LEGEND_BRANCHES:
            items.append(("#000000", "", words["more"].format(n=len(shown) - LEGEND_BRANCHES)))
        if len(shown) > 1:
            items.append(("#000000", "", words["several"]))
        per_row = 6
        for i in range(0, len(items), per_row):
            chunk = items[i:i + per_row]
            first = head(words["branches"]) if i == 0 else "<TD></TD>"
            row(first + "".join(
                f'<TD ALIGN="LEFT">{_sample(color, line)}{html_text(text)}</TD>'
                for color, line, text in chunk))
    return ('<TABLE BORDER="1" COLOR="#b3b3b3" CELLBORDER="0" CELLSPACING="0" '
            'CELLPADDING="2">' + "".join(rows) + "</TABLE>")


def _title(journey: Journey, graph: JourneyGraph, options: RenderOptions,
           words: dict[str, str]) -> str | None:
    if options.title == "":
        return None
    title = clean(options.title if options.title is not None else journey.title, MAX_TITLE)
    left = '<BR ALIGN="LEFT"/>'
    big, small = (20, 12) if options.page is None else (14, 9)
    lines = [f'<FONT POINT-SIZE="{big}"><B>{left.join(html_text(t) for t in wrap(title, 90))}'
             f"</B></FONT>"]
    sub = subtitle_parts(journey, graph.branch, words)
    if sub:
        # a thin empty line keeps the subtitle off the title's descenders
        lines.append('<FONT POINT-SIZE="5"> </FONT>')
        lines.append(_small(left.join(html_text(t) for t in wrap(" · ".join(sub), 120)),
                            small))
    return left.join(lines) + left


def to_dot(journey: Journey, graph: JourneyGraph,
           options: RenderOptions | None = None,
           rows: list[list[int]] | None = None) -> str:
    """DOT source for the journey graph of ``journey``.

    Written by ``graphviz.Digraph``.  ``rows``: the drawn stages (0-based, in
    journey order) split into rows for a page; each row is an unconnected
    part of the graph, which Graphviz stacks top to bottom, and an edge
    between rows ends at a continuation mark ("continues in row 2") and
    starts again at one ("from row 1").
    """
    import graphviz

    options = options or RenderOptions()
    words = st.words(journey.language)
    styles = branch_styles(journey)
    big = len(graph) > BIG_GRAPH

    dot = graphviz.Digraph(name=journey.id)
    graph_attrs = {
        "rankdir": options.direction.value if rows is None else "LR",
        "fontname": st.FONT,
        "bgcolor": "white",
        "pad": "0.3",
        "nodesep": "0.25",
        "ranksep": "0.4",
        "labeljust": "l",
        "labelloc": "t",
    }
    if big:
        graph_attrs.update(nslimit="1", nslimit1="1", mclimit="0.5", searchsize="10")
    if rows is not None:
        graph_attrs.update(pad="0", nodesep=PAGE["nodesep"], ranksep=PAGE["ranksep"])
    if options.dpi is not None and rows is None:
        # Graphviz's own PNG; on a page the PNG is made from the SVG at that dpi
        graph_attrs["dpi"] = str(options.dpi)
    title = _title(journey, graph, options, words)
    if title is not None:
        graph_attrs["label"] = f"<{title}>"
    dot.graph_attr.update(graph_attrs)
    dot.node_attr.update(shape="box", style="rounded,filled", fontname=st.FONT,
                         fontsize="12" if rows is None else PAGE["node"], color=st.BORDER,
                         margin="0.12,0.06" if rows is None else PAGE["margin"])
    dot.edge_attr.update(penwidth="1.6", arrowsize="0.7", color=st.SHARED_EDGE)

    converging = set(graph.convergence_points())
    outer = graphviz.Digraph(name="cluster_map")
    if options.legend:
        legend = _legend(journey, graph, styles, words)
        if rows is not None:    # compact: less padding around each entry
            legend = legend.replace('CELLSPACING="3" CELLPADDING="3"',
                                    'CELLSPACING="1" CELLPADDING="1"').replace(
                'CELLSPACING="0" CELLPADDING="2"', 'CELLSPACING="0" CELLPADDING="0"').replace(
                # ... but the row headings kept off the frame
                'WIDTH="80"><B>', 'WIDTH="80">\u00a0<B>')
        outer.graph_attr.update(label=f"<{legend}>", labelloc="b", labeljust="l",
                                pencolor="transparent",
                                fontsize="11" if rows is None else PAGE["mark"])
    else:
        outer.graph_attr.update(label="", pencolor="transparent")
    stages = st.drawn_stages(journey, graph)
    numbers = number_touchpoints(journey, graph)
    row_of: dict[str, int] = {}
    groups = rows if rows is not None else [list(range(len(stages)))]
    row_graphs: list[graphviz.Digraph] = []
    for r, group in enumerate(groups):
        holder = outer if rows is None else graphviz.Digraph(name=f"cluster_row_{r + 1}")
        if rows is not None:
            holder.graph_attr.update(label="", pencolor="transparent",
                                     margin=PAGE["row_margin"])
        for i in group:
            n, si, stage, members = stages[i]
            cluster = graphviz.Digraph(name=f"cluster_{si}")
            cluster.graph_attr.update(
                label=f"<<B>{n}. {html_lines(wrap_words(clean(stage.name, MAX_TITLE), 40))}"
                      f"</B>>",
                labelloc="t", labeljust="l", style="rounded,filled", fillcolor=st.STAGE_FILL,
                pencolor=st.STAGE_BORDER, fontsize="14" if rows is None else PAGE["stage"],
                margin="12" if rows is None else PAGE["stage_margin"])
            for tp in members:
                row_of[tp.id] = r
                label = node_label(journey, tp, converges=tp.id in converging, words=words,
                                   width=WRAP if rows is None else PAGE_WRAP,
                                   branches=rows is None,
                                   small=(9, 10) if rows is None else (8, 8),
                                   score_word=rows is None, number=numbers.get(tp.id, 0))
                attrs = node_attrs(tp)
                if rows is not None and tp.customer_effort:
                    # the thick border takes 1.5 pt of the inside: as much
                    # more room, so the text stays off it
                    attrs["margin"] = PAGE["effort_margin"]
                cluster.node(tp.id, label=f"<{label}>", **attrs)
            holder.subgraph(cluster)
        row_graphs.append(holder)
    names = {tp.id: tp.name for _s, tp in journey.iter_touchpoints()}
    edge_list = graph.edges()
    # big or dense graphs: no extra constraints for Graphviz's ranking to honour
    lengths = (stage_lengths(graph, stages, row_of if rows is not None else None)
               if not big and len(edge_list) <= 4 * max(len(graph), 1) else {})
    made: dict[tuple[int, str, str], str] = {}
    edges: list[tuple[str, str, dict[str, str]]] = []

    def mark(row: int, way: str, touchpoint: str, kind: str, text: str) -> str:
        """The continuation mark in ``row`` naming ``touchpoint`` (made once:
        edges to or from the same touchpoint share it)."""
        name = made.get((row, way, touchpoint))
        if name is None:
            name = made[(row, way, touchpoint)] = f"{kind}·{len(made) + 1}"
            shown = wrap_words(clean(names[touchpoint], MAX_NAME), MARK_WRAP)
            row_graphs[row].node(name, label=_mark_label(text, numbers.get(touchpoint, 0),
                                                         shown), **_MARK_ATTRS)
        return name

    for edge in edge_list:
        attrs = edge_attrs(edge, graph, styles)
        if lengths.get((edge.source, edge.target), 1) > 1:
            attrs["minlen"] = str(lengths[(edge.source, edge.target)])
        ra, rb = row_of.get(edge.source, 0), row_of.get(edge.target, 0)
        if rows is None or ra == rb:
            edges.append((edge.source, edge.target, attrs))
            continue
        # an edge between rows: a mark where it leaves and where it arrives
        attrs.pop("constraint", None)
        out_name = mark(ra, "to", edge.target, "continues",
                        f"\u2192 {words['continues'].format(row=rb + 1)}")
        in_name = mark(rb, "from", edge.source, "continued",
                       f"{words['continued'].format(row=ra + 1)} \u2192")
        edges.append((edge.source, out_name, attrs))
        edges.append((in_name, edge.target, attrs))
    if rows is not None:
        edges += _mark_anchors(graph, groups, stages, row_of, made)
        # Graphviz stacks unconnected parts in reverse order of appearance
        for holder in reversed(row_graphs):
            outer.subgraph(holder)
    dot.subgraph(outer)
    for tail, head, attrs in edges:
        dot.edge(tail, head, **attrs)
    return str(dot.source)


def stage_lengths(graph: JourneyGraph, stages: list[tuple[int, int, Stage, list[Touchpoint]]],
                  row_of: dict[str, int] | None = None) -> dict[tuple[str, str], int]:
    """``minlen`` of the forward edges that enter a stage, so that every stage
    starts right of the one before it (in its row): the stage boxes then sit
    side by side, aligned, rather than stepping down beside each other."""
    preds: dict[str, list[str]] = {}
    for edge in graph.edges():
        if not edge.backward:
            preds.setdefault(edge.target, []).append(edge.source)
    rank: dict[str, int] = {}
    out: dict[tuple[str, str], int] = {}
    floor, row = 0, None
    for _n, _si, _stage, members in stages:
        here = row_of.get(members[0].id) if row_of is not None and members else None
        if here != row:          # a new row of a page starts again at the left
            floor, row = 0, here
        for tp in members:
            same = [u for u in preds.get(tp.id, []) if u in rank
                    and (row_of is None or row_of.get(u) == here)]
            rank[tp.id] = max([floor] + [rank[u] + 1 for u in same])
        if members:
            floor = max(rank[tp.id] for tp in members) + 1
        for tp in members:
            for u in preds.get(tp.id, []):
                if u in rank and rank[tp.id] - rank[u] > 1 and (
                        row_of is None or row_of.get(u) == here):
                    out[(u, tp.id)] = rank[tp.id] - rank[u]
    return out


def _mark_anchors(graph: JourneyGraph, groups: list[list[int]],
                  stages: list[tuple[int, int, Stage, list[Touchpoint]]],
                  row_of: dict[str, int],
                  made: dict[tuple[int, str, str], str]) -> list[tuple[str, str, dict[str, str]]]:
    """Invisible edges that keep each row's continuation marks at its ends:
    a mark an edge arrives from left of the row's first touchpoints, a mark
    an edge leaves to right of its last ones.  Next to the touchpoint they
    name, inside the row, they would sit above or below the stages and make
    the row taller; at the ends the edge runs along the row to them."""
    inside_pred: set[str] = set()
    inside_succ: set[str] = set()
    for edge in graph.edges():
        if not edge.backward and row_of.get(edge.source) == row_of.get(edge.target):
            inside_succ.add(edge.source)
            inside_pred.add(edge.target)
    out: list[tuple[str, str, dict[str, str]]] = []
    hidden = {"style": "invis"}
    for r, group in enumerate(groups):
        first = [tp.id for tp in stages[group[0]][3] if tp.id not in inside_pred]
        last = [tp.id for tp in stages[group[-1]][3] if tp.id not in inside_succ]
        for (row, kind, _tp), mark in made.items():
            if row != r:
                continue
            if kind == "from":
                out += [(mark, tp, hidden) for tp in first]
            else:
                out += [(tp, mark, hidden) for tp in last]
    return out


#: a continuation mark: plain text, no box
_MARK_ATTRS = {"shape": "plaintext", "style": "", "fontsize": PAGE["mark"],
               "margin": "0.02,0.01"}


def _mark_label(head: str, number: int, name_lines: list[str]) -> str:
    """``<…>`` label of a continuation mark: where the edge goes (or comes
    from), then that touchpoint's number and the start of its name (the
    number is on its box)."""
    first = name_lines[0] if name_lines else ""
    if len(name_lines) > 1:
        first += "…"
    return (f"<{_small(html_lines(wrap_words(head, MARK_WRAP)), 8)}<BR/>"
            f"{_small(html_text(f'{number}. {first}' if number else first), 8)}>")
