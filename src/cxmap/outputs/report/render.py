"""The two report formats, from jinja2 templates shipped with the package
(``templates/report.md.j2``, ``templates/report.html.j2``).

User text shows exactly as typed:

* HTML: autoescaping is on;
* Markdown: every value a template prints passes through :func:`md_text`
  (the environment's ``finalize``), which backslash-escapes Markdown syntax
  and writes ``<``, ``&``… and line breaks so they cannot become markup or
  break a table row.  Markup the report itself adds is marked :class:`Raw`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from cxmap import __version__
from cxmap.outputs.escape import Raw as Raw  # re-exported: the report templates use it
from cxmap.outputs.escape import md_text as md_text
from cxmap.outputs.render import style as st
from cxmap.outputs.render.text import clean

if TYPE_CHECKING:
    import jinja2

    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey
    from cxmap.outputs.charts import MatrixProject
    from cxmap.outputs.report import ReportOptions
    from cxmap.outputs.report.content import Content

def _html_text(value: Any) -> Any:
    if value is None:
        return ""
    return clean(value) if isinstance(value, str) else value


@cache
def _environment(kind: str) -> jinja2.Environment:
    import jinja2

    if kind == "md":
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("cxmap.outputs.report", "templates"),
            autoescape=False, finalize=md_text, trim_blocks=True, lstrip_blocks=True,
            keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
        env.filters["raw"] = Raw
    else:
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("cxmap.outputs.report", "templates"),
            autoescape=True, finalize=_html_text, trim_blocks=True, lstrip_blocks=True,
            keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return env


def _setup(journey: Journey, options: ReportOptions) -> tuple[Journey, dict[str, Any]]:
    from cxmap.graph.journey import build_graph
    from cxmap.outputs.report.content import build_content
    from cxmap.outputs.report.messages import messages

    language = options.language or journey.language
    if language != journey.language:
        # the diagram speaks the report's language too
        journey = journey.model_copy(update={"language": language})
    w = messages(language)
    graph = build_graph(journey)
    content = build_content(journey, graph, language, w, options.title, options.changes,
                            options.compare_label, options.today)
    footer = (w["generated"].format(version=__version__, file=options.source)
              if options.source else w["generated_nofile"].format(version=__version__))
    return journey, {"c": content, "w": w, "footer": footer, "graph": graph,
                     "score_styles": st.SCORE_STYLES, "unscored": st.UNSCORED,
                     "unscored_border": st.UNSCORED_BORDER}


def markdown_report(journey: Journey, options: ReportOptions) -> str:
    from cxmap.outputs.render.mermaid import to_mermaid_flowchart
    from cxmap.outputs.render.options import RenderOptions

    journey, ctx = _setup(journey, options)
    mermaid = ""
    if options.diagram and journey.touchpoints:
        mermaid = to_mermaid_flowchart(journey, ctx["graph"], RenderOptions(title=""))
    ctx["mermaid"] = Raw(mermaid)
    text = _environment("md").get_template("report.md.j2").render(ctx)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


_PROLOG = re.compile(r"\A.*?(?=<svg\b)", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def inline_svg(svg: bytes) -> str:
    """Graphviz's SVG made fit to sit inside an HTML page: no XML prolog,
    DOCTYPE or comments (its size in points is kept: on screen a wide map
    scrolls inside its box; printed, CSS fits it to the page)."""
    text = svg.decode("utf-8")
    text = _PROLOG.sub("", text, count=1)
    text = _COMMENT.sub("", text)
    return text.strip()


_NODE_TITLE = re.compile(
    r'(<g id="(?:node|edge)\d+" class="(node|edge)">\s*<title>)(.*?)(</title>)', re.DOTALL)


def name_titles(svg: str, journey: Journey) -> str:
    """Graphviz titles each node with its DOT name (the touchpoint's id): the
    hover text a reader sees.  Make it the touchpoint's name (an edge:
    ``name → name``)."""
    from html import escape, unescape

    names = {tp.id: tp.name for tp in journey.touchpoints}

    def name(node: str) -> str:
        return names.get(node, node)

    def sub(m: re.Match[str]) -> str:
        raw = unescape(m.group(3))
        if m.group(2) == "node":
            text = name(raw)
        else:
            source, sep, target = raw.partition("->")
            text = f"{name(source)} → {name(target)}" if sep else raw
        return m.group(1) + escape(clean(text), quote=False) + m.group(4)

    return _NODE_TITLE.sub(sub, svg)


def full_diagram(journey: Journey, timeout: float | None = None) -> str:
    """The report's diagram at its natural size, as Graphviz draws it (a
    standalone SVG document), hover texts naming the touchpoints.  Raises
    ``LayoutError`` (``LayoutTimeout`` after ``timeout`` seconds)."""
    from cxmap.layout import layout
    from cxmap.outputs.render import render_dot
    from cxmap.outputs.render.options import RenderFormat, RenderOptions

    svg = layout(render_dot(journey, RenderOptions(title="")), RenderFormat.SVG,
                 timeout=timeout)
    return name_titles(svg.decode("utf-8"), journey)


def page_diagram(journey: Journey, timeout: float | None = None) -> str:
    """The diagram laid out for a landscape A4 page (stages wrapped onto rows
    instead of shrunk to a strip), as an SVG element to place in the page.
    Raises ``LayoutError`` (``LayoutTimeout`` after ``timeout`` seconds)."""
    from cxmap.layout import layout
    from cxmap.outputs.render import render_dot
    from cxmap.outputs.render.flowpage import on_page
    from cxmap.outputs.render.options import RenderFormat, RenderOptions
    from cxmap.outputs.render.page import Page

    options = RenderOptions(title="", page=Page.A4)
    svg, _ = on_page(layout(render_dot(journey, options), RenderFormat.SVG, timeout=timeout),
                     Page.A4, "svg")
    return inline_svg(name_titles(svg.decode("utf-8"), journey).encode("utf-8"))


def diagram_svg(journey: Journey, timeout: float | None = None) -> tuple[str, str]:
    """``(svg, "")`` - the diagram fitted to the page - or ``("", reason)``
    when Graphviz fails (or takes longer than ``timeout`` seconds)."""
    from cxmap.layout import LayoutError, LayoutTimeout

    try:
        return page_diagram(journey, timeout), ""
    except LayoutTimeout as exc:
        return "", exc.report_note()
    except (LayoutError, UnicodeDecodeError, ValueError) as exc:
        return "", str(exc)


def charts(content: Content, journey: Journey | None = None,
           graph: JourneyGraph | None = None) -> dict[str, str]:
    """The report's charts as inline SVG (empty when there is nothing to draw);
    the emotion curve needs the journey and its graph."""
    from cxmap.outputs.charts import (
        Bar,
        MatrixProject,
        distribution_chart,
        mean_chart,
    )

    w = content.w
    out = {"distribution": "", "stages": "", "pillars": "", "matrix": "", "curve": ""}
    if content.distribution:
        bars = [Bar(f"{d.score} {d.meaning}", d.count, f"{d.count} ({d.share})", d.score_value)
                for d in content.distribution]
        if bars[-1].value == 0:
            bars.pop()   # no "not scored yet" bar when everything is scored
        out["distribution"] = distribution_chart(bars, w["chart_distribution"], width=360)
    if content.stages and any(s.count for s in content.stages):
        out["stages"] = mean_chart(
            [Bar(f"{s.number}. {s.name}", s.mean_value, s.mean) for s in content.stages],
            w["chart_stages"], width=760)
    if content.pillars:
        out["pillars"] = mean_chart([Bar(p.name, p.mean_value, p.mean) for p in content.pillars],
                                    w["chart_pillars"], width=760)
    if journey is not None and graph is not None and any(
            tp.score is not None for tp in journey.touchpoints):
        from cxmap.outputs.charts.curve import emotion_curve

        out["curve"] = emotion_curve(journey, graph, width=960, title=False,
                                     language=content.language)
    placed = [MatrixProject(i, p.title, p.impact_level, p.cost_level)
              for i, p in enumerate(content.projects, 1) if p.open]
    if placed:
        out["matrix"] = project_matrix(placed, w)
    return out


def project_matrix(placed: list[MatrixProject], words: dict[str, str]) -> str:
    """The impact × cost matrix of the open projects, in the report's words
    (a journey's report and the portfolio draw the same one)."""
    from cxmap.outputs.charts import matrix_chart

    return matrix_chart(
        placed, words["chart_matrix"], impact_label=words["impact"], cost_label=words["cost"],
        levels={k: words[f"level.{k}"] for k in ("low", "medium", "high")},
        unknown_cost=words["unknown"], quick_win=words["quick_win"])


@dataclass(frozen=True)
class KeyEntry:
    """A touchpoint in the curve's key: its number, name and score."""

    number: int
    name: str
    score: str
    score_value: int | None
    marks: str


@dataclass(frozen=True)
class KeyStage:
    number: int
    name: str
    entries: list[KeyEntry]


def curve_key(journey: Journey, graph: JourneyGraph) -> list[KeyStage]:
    """The curve's numbers, stage by stage: the same numbers the curve's
    points, the canvas's cards and the diagram's boxes carry."""
    from cxmap.outputs.charts.curve import number_touchpoints
    from cxmap.outputs.render.text import score_text

    numbers = number_touchpoints(journey, graph)
    out = []
    for n, _si, stage, members in st.drawn_stages(journey, graph):
        out.append(KeyStage(n, stage.name, [
            KeyEntry(numbers[tp.id], tp.name, score_text(tp.score), tp.score,
                     (st.MOT_SYMBOL if tp.moment_of_truth else "")
                     + (st.EFFORT_SYMBOL if tp.customer_effort else ""))
            for tp in members]))
    return out


#: a start tag; an id or a reference to one inside the drawing, in a tag
_TAG = re.compile(r"<[a-zA-Z][^<>]*>")
_ID = re.compile(r'(\sid="|\s(?:xlink:)?href="#|url\(#)')


def full_diagram_inline(journey: Journey, timeout: float | None = None) -> str:
    """The diagram at its natural size as an element to place in the page
    (its ids prefixed so they never clash with the fitted diagram's), or ""
    when Graphviz fails."""
    from cxmap.layout import LayoutError

    try:
        svg = full_diagram(journey, timeout)
    except (LayoutError, UnicodeDecodeError, ValueError):
        return ""
    return _TAG.sub(lambda tag: _ID.sub(r"\1full-", tag.group(0)),
                    inline_svg(svg.encode("utf-8")))


_SVG_CLASS = re.compile(r'<svg\b[^>]*?\sclass="([^"]*)"')
_SVG_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)


def as_image(svg: str, alt: str | None = None) -> str:
    """An inline ``<svg>`` as an ``<img>`` of itself (a ``data:`` URI: the
    page stays one file), keeping its class and (unless ``alt`` is given) its
    title as the image's alternative text."""
    import base64
    from html import escape, unescape

    cls = _SVG_CLASS.search(svg)
    title = _SVG_TITLE.search(svg)
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    if alt is None:
        alt = unescape(title.group(1).strip()) if title else ""
    alt = escape(alt, quote=True)
    return (f'<img class="{cls.group(1) if cls else "drawing"}" alt="{alt}" '
            f'src="data:image/svg+xml;base64,{data}">')


#: the longest journey whose emotion curve is printed on the summary page;
#: a longer one's curve opens the pages after the diagram, above its key
#: (beside a full summary it would be pushed onto a page of its own, left
#: mostly empty before the diagram's landscape page)
CURVE_ON_SUMMARY_MAX = 40

def html_report(journey: Journey, options: ReportOptions, *, pdf: bool = False) -> str:
    """The report as one self-contained HTML page; ``pdf``: the page to print
    (without the full-size diagram, which only a screen can scroll)."""
    from markupsafe import Markup

    journey, ctx = _setup(journey, options)
    svg, error = ("", "")
    show = options.diagram and bool(journey.touchpoints)   # nothing to draw otherwise
    if show:
        svg, error = (("", options.diagram_error) if options.diagram_error
                      else diagram_svg(journey, options.timeout))
    # Graphviz's own output; the labels in it were escaped when the DOT was built
    ctx["svg"] = Markup(svg)
    ctx["full_svg"] = Markup(full_diagram_inline(journey, options.timeout)
                             if svg and not pdf else "")
    ctx["diagram_error"] = error
    ctx["show_diagram"] = show
    ctx["pdf"] = pdf
    ctx["curve_on_summary"] = len(journey.touchpoints) <= CURVE_ON_SUMMARY_MAX
    # our own SVG: every text in it was escaped when it was built
    ctx["charts"] = {k: Markup(v) for k, v in charts(ctx["c"], journey, ctx["graph"]).items()}
    if pdf:
        # printed, a drawing is an image of its SVG, still drawn as vectors:
        # its thousands of elements never go through the page's style cascade
        # (measured: the largest part of WeasyPrint's style time on a
        # 150-touchpoint map)
        ctx["svg"] = Markup(as_image(svg, journey.title)) if svg else ctx["svg"]
        ctx["charts"] = {k: Markup(as_image(v)) if v else v for k, v in ctx["charts"].items()}
    ctx["curve_key"] = curve_key(journey, ctx["graph"]) if ctx["charts"]["curve"] else []
    ctx["lang"] = ctx["c"].language
    return _environment("html").get_template("report.html.j2").render(ctx)
