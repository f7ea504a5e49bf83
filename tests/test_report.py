"""`cxmap report`: formats, content, escaping, languages, HTML structure, CLI."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.cli import app
from cxmap.i18n import Language, catalogue
from cxmap.model.journey import Journey
from cxmap.outputs.report import (
    RENDERERS,
    ReportFormat,
    ReportFormatError,
    ReportOptions,
    format_for_path,
    parse_format,
    render_report,
)
from cxmap.outputs.report.content import Numbers
from cxmap.outputs.report.messages import messages
from cxmap.outputs.report.render import md_text
from tests.conftest import EXAMPLES, example_maps

runner = CliRunner()
SKLEP = EXAMPLES / "sklep-omnichannel.cxmap.yaml"
INSURANCE = EXAMPLES / "insurance-claim.cxmap.yaml"


def load(path: Path) -> Journey:
    journey = load_bytes(path.read_bytes(), path.name).journey
    assert journey is not None
    return journey


def load_text(text: str) -> Journey:
    loaded = load_bytes(text.encode("utf-8"), "t.cxmap.yaml")
    assert loaded.journey is not None, loaded.diagnostics
    return loaded.journey


# ------------------------------------------------------------------ formats
@pytest.mark.slow
def test_every_report_format_is_handled() -> None:
    assert set(RENDERERS) == set(ReportFormat)
    journey = load(INSURANCE)
    for fmt in ReportFormat:
        out = render_report(journey, fmt, ReportOptions(diagram=False))
        if fmt is ReportFormat.PDF:   # its text is checked in test_report_pdf.py
            assert isinstance(out, bytes) and out.startswith(b"%PDF-")
            continue
        if fmt is ReportFormat.PPTX:  # a zip (Office Open XML); its slides: test_deck.py
            assert isinstance(out, bytes) and out.startswith(b"PK\x03\x04")
            continue
        assert isinstance(out, str) and journey.title in out


@pytest.mark.parametrize(("name", "fmt"), [
    ("r.md", ReportFormat.MARKDOWN), ("R.MARKDOWN", ReportFormat.MARKDOWN),
    ("out/r.html", ReportFormat.HTML), ("r.htm", ReportFormat.HTML),
    ("deck.PPTX", ReportFormat.PPTX)])
def test_format_for_path(name: str, fmt: ReportFormat) -> None:
    assert format_for_path(name) is fmt


@pytest.mark.parametrize("name", ["r.txt", "r", "r.docx", "r.md.bak"])
def test_unknown_extension_is_refused(name: str) -> None:
    with pytest.raises(ReportFormatError):
        format_for_path(name)


def test_parse_format() -> None:
    assert parse_format("md") is ReportFormat.MARKDOWN
    assert parse_format(" HTML ") is ReportFormat.HTML
    assert parse_format("PDF") is ReportFormat.PDF
    with pytest.raises(ReportFormatError, match="markdown, html, pdf"):
        parse_format("docx")


# ------------------------------------------------------------------ content
def test_priorities_worst_first_then_reach() -> None:
    md = render_report(load(SKLEP), ReportFormat.MARKDOWN,
                       ReportOptions(language="en", diagram=False))
    section = md.split("## Priorities: lift to 0")[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if re.match(r"\| \d+ \|", line)]
    names = [row.split(" | ")[1] for row in rows]
    assert names == [
        "Połączenie z infolinią – menu IVR",          # −2, reach 45
        "Wniosek ratalny",                            # −2, reach 18
        "Zgłoszenie reklamacji przez formularz",      # −2, reach 9
        "Informacja o terminie produkcji",            # −1, reach 52
        "Wpłata zaliczki 30% w salonie",              # −1, reach 35
        "Konfigurator tkanin i kolorów",              # −1, reach 31
        "Oględziny sofy przez serwisanta",            # −1, reach 6.5
    ]
    assert "Skrócenie menu IVR do dwóch poziomów" in rows[0]   # the project that lifts it
    assert "none yet" in rows[4]                               # no project for it yet


def test_numbers_are_formatted_per_language() -> None:
    en, pl = Numbers("en"), Numbers("pl")
    assert en.mean([1, 2]) == "+1.50" and pl.mean([1, 2]) == "+1,50"
    assert en.mean([-1, 0, 0]) == "\u22120.33" and en.mean([0]) == "0.00"
    assert en.percent(6.5) == "6.5%" and pl.percent(45) == "45\u00a0%"
    assert en.money(120000) == "120,000" and pl.money(120000) == "120\u00a0000"


def test_header_and_key_figures() -> None:
    md = render_report(load(INSURANCE), ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    assert "| Mean score | −0.08 |" in md
    assert "| Scored | 13 of 14 (93%) |" in md
    assert "| −2 | bad | 1 | 7% |" in md
    assert "| ? | not scored yet | 1 | 7% |" in md
    assert "Confirmed by customer research: 6 of 8 flagged touchpoints." in md


@pytest.mark.parametrize(("flagged", "en", "pl"), [
    (1, "Confirmed by customer research: 1 of 1 flagged touchpoint.",
     "Potwierdzone badaniem klientów: 1 z 1 oznaczonego punktu styku."),
    (2, "Confirmed by customer research: 1 of 2 flagged touchpoints.",
     "Potwierdzone badaniem klientów: 1 z 2 oznaczonych punktów styku."),
])
def test_the_confirmed_flags_agree_with_their_number(flagged: int, en: str, pl: str) -> None:
    flags = ["      - {id: a, name: A, score: 0, momentOfTruth: true, confirmed: true}\n",
             "      - {id: b, name: B, score: 0, customerEffort: true}\n"][:flagged]
    journey = load_text("cxmap: 1\nid: j\ntitle: J\nstages:\n  - id: s\n    name: S\n"
                        "    touchpoints:\n" + "".join(flags))
    assert en in render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    assert pl in render_report(journey, ReportFormat.MARKDOWN,
                               ReportOptions(diagram=False, language="pl"))


def test_quick_wins_first_and_derived_impact() -> None:
    md = render_report(load(INSURANCE), ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    table = md.split("| Project | Kind |")[1]
    first = table.splitlines()[2]
    assert "(quick win)" in first and "| high | low |" in first
    assert "high (derived)" in md


def test_sections_without_content_are_skipped() -> None:
    journey = load_text("cxmap: 1\nid: m\ntitle: Small\nstages:\n  - id: s\n    name: S\n"
                        "    touchpoints:\n      - {id: a, name: A, score: 1}\n"
                        "      - {id: b, name: B}\n")
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    for heading in ("Priorities", "Next: reach", "Paths", "Departments", "Pillars",
                    "Projects", "Moments of truth", "Diagram"):
        assert f"## {heading}" not in md and f"### {heading}" not in md
    assert "## Stages" in md and "| Scored | 1 of 2 (50%) |" in md


def test_branches_and_convergence() -> None:
    md = render_report(load(SKLEP), ReportFormat.MARKDOWN,
                       ReportOptions(language="en", diagram=False))
    assert "| Sklep internetowy | 17 | 15 of 17 | −0.27 | 5 |" in md
    conv = md.split("### Where paths meet (convergence points)")[1]
    assert ("| Informacja o terminie produkcji | Realizacja i dostawa | −1 | Sklep internetowy, "
            "Salon stacjonarny, Sprzedaż przez infolinię |") in conv


def test_departments_with_ambassadors_and_owners_without_departments() -> None:
    journey = load_text(
        "cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
        "      - {id: a, name: A, score: -1, owner: IT}\n"
        "      - {id: b, name: B, score: -2, owner: IT}\n      - {id: c, name: C, score: 1}\n")
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    assert "| IT |  | 2 | −1.50 | 2 |" in md
    assert "| (no owner) |  | 1 | +1.00 | 0 |" in md
    md = render_report(load(SKLEP), ReportFormat.MARKDOWN,
                       ReportOptions(language="en", diagram=False))
    assert "| Serwis i reklamacje | Anna Łęcka | 3 | −1.00 | 2 |" in md


# ------------------------------------------------------------------ languages
def test_catalogues_have_the_same_keys() -> None:
    assert set(catalogue("report", Language.EN)) == set(catalogue("report", Language.PL))
    assert set(messages("pl")) == set(messages("en"))


def test_language_from_map_and_override() -> None:
    journey = load(SKLEP)   # language: pl
    pl = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    en = render_report(journey, ReportFormat.MARKDOWN,
                       ReportOptions(language="en", diagram=False))
    assert "## Priorytety: podnieść do 0" in pl and "★ moment prawdy" in pl
    assert "⚠ wysiłek" in pl and "| twardy |" in pl and "| miękki |" in pl
    assert "## Priorities: lift to 0" in en and "moment prawdy" not in en
    html = render_report(journey, ReportFormat.HTML, ReportOptions(language="en"))
    assert '<html lang="en">' in html
    assert "moment of truth" in html.split('<section id="diagram">')[1]   # diagram in English too


# ------------------------------------------------------------------ escaping
HOSTILE = """\
cxmap: 1
id: hostile
title: "A | *bold* _it_ <b>x</b> `code` # not a heading"
description: "line one\\n- not a list\\n1. not ordered"
language: en
departments:
  - {id: d, name: "Dept <i>|</i>", ambassador: "Ann *Star*"}
stages:
  - id: s
    name: "Stage [link](https://evil.example)"
    touchpoints:
      - id: a
        name: "Pipe | star * under_score <script>alert(1)</script> `tick`\\nsecond line"
        owner: d
        score: -2
        channel: "&amp; &lt;"
        momentOfTruth: true
projects:
  - {id: p, title: "~~struck~~ \\\\ backslash", kind: hard, touchpoints: [a]}
"""
NAME = "Pipe | star * under_score <script>alert(1)</script> `tick`"


def test_markdown_shows_hostile_text_as_typed() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    journey = load_text(HOSTILE)
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    html = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    text = _text_of(html)
    for typed in (journey.title, NAME, "second line", "Dept <i>|</i>", "Ann *Star*",
                  "Stage [link](https://evil.example)", "&amp; &lt;",
                  "~~struck~~ \\ backslash", "- not a list", "1. not ordered"):
        assert typed in text, typed
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    ours = {"Generated by cxmap", "Persona:", "Map:", "high", "medium", "low"}
    for emphasised in re.findall(r"<(?:em|strong)>(.*?)</", html):
        assert any(emphasised.startswith(o) for o in ours), emphasised
    assert "<del>" not in html and "<s>" not in html and 'href="' not in html
    assert "<ul>" not in html and "<ol>" not in html and "<code>" not in html
    # every table row keeps its cells: the pipe in the name did not split one
    for table in re.findall(r"<table>.*?</table>", html, re.DOTALL):
        widths = {len(re.findall(r"<t[hd][ >]", row))
                  for row in re.findall(r"<tr>.*?</tr>", table, re.DOTALL)}
        assert len(widths) == 1


def test_md_text_escapes() -> None:
    assert md_text("a|b") == "a\\|b"
    assert md_text("x\ny") == "x<br>y"
    assert md_text("<b>&amp;") == "&lt;b&gt;&amp;amp;"
    assert md_text("`*_[]~") == "\\`\\*\\_\\[\\]\\~"
    assert md_text("- item") == "\\- item" and md_text("# h") == "\\# h"
    assert md_text("+1") == "+1" and md_text("a - b") == "a - b"


def test_html_shows_hostile_text_as_typed() -> None:
    journey = load_text(HOSTILE)
    page = render_report(journey, ReportFormat.HTML, ReportOptions(diagram=False))
    assert "<script>" not in page and "<b>x</b>" not in page and "<i>|</i>" not in page
    text = _text_of(page)
    for typed in (journey.title, NAME, "Dept <i>|</i>", "&amp; &lt;", "~~struck~~ \\ backslash"):
        assert typed in text, typed
    _check_html(page)


# ------------------------------------------------------------------ HTML
class _Checker(HTMLParser):
    VOID = frozenset({"meta", "br", "hr", "img", "link", "input", "col", "wbr", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.decl: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.decl.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            self.errors.append(f"end tag for void element {tag}")
        elif not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> at {self.getpos()}, open: {self.stack[-3:]}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "style" not in self.stack:
            self.text.append(data)


def _check_html(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.decl == ["DOCTYPE html"]
    assert not checker.errors, checker.errors
    assert checker.stack == []
    return checker


def _text_of(html: str) -> str:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    return "".join(checker.text)


@pytest.mark.parametrize("path", example_maps(), ids=lambda p: p.name)
def test_html_structure(path: Path) -> None:
    journey = load(path)
    page = render_report(journey, ReportFormat.HTML)
    checker = _check_html(page)
    tags = [t for t, _ in checker.tags]
    assert tags[:2] == ["html", "head"]
    html_attrs = checker.tags[0][1]
    assert html_attrs["lang"] == journey.language
    assert tags.count("h1") == 1 and tags.count("title") >= 1 and "style" in tags
    assert ("meta", {"charset": "utf-8"}) in checker.tags
    for section in ("overview", "key-figures", "priorities", "stages", "departments",
                    "projects", "diagram", "stage-tables"):
        assert ("section", {"id": section}) in checker.tags
    assert ("section", {"id": "appendix", "class": "appendix"}) in checker.tags
    assert ("section", {"id": "emotion-curve", "class": "curve"}) in checker.tags
    # the diagram twice - fitted to the page and at full size (inside an
    # expandable box); the other SVGs are charts, each an image with a title
    svgs = [attrs for tag, attrs in checker.tags if tag == "svg"]
    charts = [a for a in svgs if "chart" in (a.get("class") or "").split()]
    curves = [a for a in svgs if a.get("class") == "cxmap-emotion-curve"]
    assert len(svgs) - len(charts) - len(curves) == 2 and len(curves) == 1
    assert ("details", {"class": "full-diagram"}) in checker.tags
    # every id once in the page (the full-size diagram's ids are its own)
    ids = [attrs["id"] for _tag, attrs in checker.tags if attrs.get("id")]
    assert len(ids) == len(set(ids))
    assert any(i.startswith("full-node") for i in ids)
    assert charts and all(a.get("role") == "img" for a in charts)
    # every table has a header row of <th>
    assert page.count("<table") == page.count("<thead>") + page.count('<table class="overview">')
    # self-contained: no external reference outside the inline SVG's namespaces
    outside = re.sub(r'xmlns(:xlink)?="http://www\.w3\.org/[^"]*"', "", page)
    assert "http://" not in outside and "https://" not in outside
    assert "src=" not in outside and "<link" not in outside and "<script" not in outside
    assert "<?xml" not in page and "<!DOCTYPE svg" not in page
    assert "@media print" in page


def test_html_score_colours_match_the_diagram() -> None:
    from cxmap.outputs.render.style import SCORE_STYLES

    page = render_report(load(INSURANCE), ReportFormat.HTML, ReportOptions(diagram=False))
    for value, style in SCORE_STYLES.items():
        assert f".score.s{value + 2} {{ background: {style.fill}; color: {style.font}; }}" in page
    assert '<span class="score s0">−2</span>' in page
    assert '<span class="score u">?</span>' in page


def test_no_diagram() -> None:
    journey = load(INSURANCE)
    page = render_report(journey, ReportFormat.HTML, ReportOptions(diagram=False))
    # the charts are SVG too; the diagram (Graphviz's nodes) is not there
    assert 'class="node"' not in page and 'id="diagram"' not in page
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    assert "```mermaid" not in md
    md = render_report(journey, ReportFormat.MARKDOWN)
    assert "```mermaid\nflowchart LR\n" in md


def test_graphviz_failure_leaves_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    import cxmap.layout as layout_module

    def broken(*args: object, **kwargs: object) -> bytes:
        raise layout_module.LayoutError("Graphviz failed: boom")

    monkeypatch.setattr(layout_module, "layout", broken)
    page = render_report(load(INSURANCE), ReportFormat.HTML)
    assert 'class="node"' not in page and '<div class="diagram">' not in page
    assert "The diagram could not be drawn (Graphviz failed: boom)" in page
    _check_html(page)


def test_the_layout_time_limit_is_passed_on_and_a_timeout_is_waited_for_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cxmap.layout as layout_module
    from cxmap.commands.report import report_file

    limits: list[object] = []

    def slow(*args: object, timeout: object = None, **kwargs: object) -> bytes:
        limits.append(timeout)
        raise layout_module.LayoutTimeout("(render's wording)", 2.5)

    monkeypatch.setattr(layout_module, "layout", slow)
    out = tmp_path / "r.html"
    run = report_file(INSURANCE, ReportFormat.HTML, ReportOptions(timeout=2.5), output=out)
    assert limits == [2.5]   # the full-size diagram only: the page's is not tried again
    assert isinstance(run.output, str) and run.files == {}   # no r.diagram.svg
    assert "The diagram could not be drawn (Graphviz did not finish the layout within " \
        "2.5 s (--timeout) and was stopped; allow more time with --timeout, or leave the " \
        "diagram out with --no-diagram)" in run.output
    assert "render's wording" not in run.output
    _check_html(run.output)


def test_cli_report_stops_a_long_layout_at_the_timeout(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from tests.test_render_run import _children, dense_map

    path = tmp_path / "dense.cxmap.yaml"
    path.write_text(dense_map(50), encoding="utf-8")
    out = tmp_path / "r.html"
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "cxmap", "report", str(path), "-o", str(out),
                           "--timeout", "0.2"], capture_output=True, text=True, timeout=120)
    assert time.monotonic() - started < 30
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "Graphviz did not finish the layout within 0.2 s (--timeout) and was stopped; " \
        "allow more time with --timeout, or leave the diagram out with --no-diagram" in page
    assert 'class="node"' not in page
    assert not (tmp_path / "r.diagram.svg").exists()
    assert _children(os.getpid()) == []
    result = runner.invoke(app, ["report", str(path), "-o", str(out), "--timeout", "0"])
    assert result.exit_code == 2   # at least 0.1 s, as for render


# ------------------------------------------------------------------ CLI
def test_cli_writes_markdown_and_html(tmp_path: Path) -> None:
    for name, start in (("r.md", "# Motor insurance claim"), ("r.html", "<!DOCTYPE html>")):
        out = tmp_path / name
        result = runner.invoke(app, ["report", str(INSURANCE), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8").startswith(start)


def test_cli_stdout_format_title_lang() -> None:
    result = runner.invoke(app, ["report", str(SKLEP), "-o", "-", "--no-diagram"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Zakup sofy") and "```mermaid" not in result.stdout
    result = runner.invoke(app, ["report", str(SKLEP), "-o", "-", "-f", "html", "--lang", "en",
                                 "--title", "Sofa <2024>"])
    assert result.exit_code == 0
    assert '<html lang="en">' in result.stdout
    assert "<h1>Sofa &lt;2024&gt;</h1>" in result.stdout
    assert "Priorities: lift to 0" in result.stdout


def test_cli_format_overrides_extension(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    result = runner.invoke(app, ["report", str(INSURANCE), "-o", str(out), "-f", "html"])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("args", [
    ["report", str(INSURANCE), "-o", "r.txt"],
    ["report", str(INSURANCE), "-o", "r"],
    ["report", str(INSURANCE), "-o", "r.md", "-f", "docx"],
    ["report", str(INSURANCE), "-o", "r.md", "--each"],
    ["report", str(EXAMPLES), "-o", "r.md", "--compare", str(INSURANCE)],
    ["report", str(INSURANCE), "-o", "r.md", "--compare", "no/such.cxmap.yaml"],
    ["report", str(INSURANCE), "-o", "r.md", "--lang", "de"],
    ["report", "no/such.cxmap.yaml", "-o", "r.md"],
    ["report", str(INSURANCE)],
])
def test_cli_usage_errors(args: list[str], tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert not list(tmp_path.iterdir())


def test_cli_invalid_map(tmp_path: Path) -> None:
    bad = Path(__file__).parent / "cases" / "invalid" / "refs.cxmap.yaml"
    out = tmp_path / "r.md"
    result = runner.invoke(app, ["report", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert "error CX201 unknown branch 'mobil'" in result.stderr
    assert result.stdout == "" and not out.exists()
    rendered = runner.invoke(app, ["render", str(bad), "-o", str(tmp_path / "r.dot")])
    assert rendered.stderr == result.stderr


def test_report_file_pipeline() -> None:
    from cxmap.commands.report import report_file

    run = report_file(INSURANCE, ReportFormat.MARKDOWN)
    assert run.loaded.ok and run.output is not None
    assert "Generated by cxmap" in run.output and "insurance-claim.cxmap.yaml" in run.output


def test_matrix_leaves_out_done_and_dropped_projects() -> None:
    md = render_report(load(SKLEP), ReportFormat.MARKDOWN,
                       ReportOptions(language="en", diagram=False))
    matrix = md.split("### Impact × cost")[1].split("| Project | Kind |")[0]
    assert "Projects done or dropped are in the table below" in matrix
    assert "Konfigurator tkanin na telefonie" not in matrix          # dropped
    assert "Standard „powiedz klientowi" not in matrix               # done
    table = md.split("| Project | Kind |")[1]
    assert "Konfigurator tkanin na telefonie" in table and "| dropped |" in table


def test_report_help_imports_no_heavy_module_but_pydantic() -> None:
    from tests.test_startup import imported_heavy

    # typer (>= 0.29) converts a command's parameters with pydantic TypeAdapters
    assert imported_heavy(["report", "--help"]) == {"pydantic"}


def test_map_without_touchpoints() -> None:
    journey = load_text("cxmap: 1\nid: e\ntitle: Empty\nstages:\n  - id: s\n    name: S\n"
                        "    touchpoints: []\n  - id: t\n    name: T\n    touchpoints:\n"
                        "      - {id: a, name: A}\n")
    md = render_report(journey, ReportFormat.MARKDOWN)
    assert "No touchpoints in this stage." in md
    assert "Mean score –; 1 touchpoint." in md
    assert "| Mean score | no touchpoint scored yet |" in md
    empty = load_text("cxmap: 1\nid: e\ntitle: Empty\nstages:\n  - id: s\n    name: S\n"
                      "    touchpoints: []\n")
    md = render_report(empty, ReportFormat.MARKDOWN)
    assert "```mermaid" not in md and "| Scored |" not in md
    page = render_report(empty, ReportFormat.HTML)
    assert "<svg" not in page and 'id="diagram"' not in page
    _check_html(page)


# ------------------------------------------------------------------ standards and evidence
TELECOM = EXAMPLES / "telecom-contract.cxmap.yaml"


def _section(md: str, heading: str) -> str:
    """A ``## heading`` section of a Markdown report, up to the next ``## ``."""
    return md.split(f"\n## {heading}\n")[1].split("\n## ")[0]


def _table_rows(section: str) -> list[str]:
    return [line for line in section.splitlines()
            if line.startswith("| ") and not line.startswith("|---")]


def test_summary_and_diagram_first_then_projects_standards_evidence() -> None:
    for fmt, marks in ((ReportFormat.MARKDOWN, ("## Summary", "## Diagram", "## Projects",
                                                "## Service standards", "## Evidence")),
                       (ReportFormat.HTML, ('id="summary"', 'id="diagram"', 'id="projects"',
                                            'id="standards"', 'id="evidence"'))):
        out = render_report(load(TELECOM), fmt)
        positions = [out.index(m) for m in marks]
        assert positions == sorted(positions), (fmt, positions)


def test_service_standards_by_stage_then_gaps() -> None:
    md = render_report(load(SKLEP), ReportFormat.MARKDOWN,
                       ReportOptions(language="en", diagram=False))
    section = _section(md, "Service standards")
    assert "a standard is a process step, not a script" in section
    table, gaps = section.split("### Scored below 0 and no standard yet")
    rows = _table_rows(table)
    assert rows[0] == "| Stage | Touchpoint | Score | Owner | Standard |"
    assert rows[1] == ("| Inspiracja i wybór | Wizyta w salonie i rozmowa z doradcą | +1 | "
                       "Sprzedaż salonowa | Doradca podchodzi w ciągu 2 minut, pyta o wymiary "
                       "pokoju i kto będzie z sofy korzystać. |")
    # stage order: every standard's stage comes no earlier than the one before
    stages = [s.name for s in load(SKLEP).stages]
    order = [stages.index(r.split(" | ")[0].removeprefix("| ")) for r in rows[1:]]
    assert len(order) == 5 and order == sorted(order)
    # gaps: only negatives without a standard, worst first, then by reach
    gap_rows = _table_rows(gaps)[1:]
    assert gap_rows[0] == ("| Połączenie z infolinią – menu IVR | −2 | Inspiracja i wybór | "
                           "Biuro Obsługi Klienta (infolinia) |")
    assert [r.split(" | ")[1] for r in gap_rows] == ["−2"] * 3 + ["−1"] * 4
    assert not any("Wizyta w salonie" in r for r in gap_rows)


def test_standard_gaps_alone_and_section_absent() -> None:
    head = "cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
    # negatives but no standard: only the gaps
    journey = load_text(head + "      - {id: a, name: A, score: -1, owner: IT}\n"
                               "      - {id: b, name: B, score: 1}\n")
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    section = _section(md, "Service standards")
    assert "| Standard |" not in section and "process step" not in section
    assert _table_rows(section)[1:] == ["| A | −1 | S | IT |"]
    page = render_report(journey, ReportFormat.HTML, ReportOptions(diagram=False))
    assert 'id="standards"' in page and "<h3>Scored below 0 and no standard yet</h3>" in page
    _check_html(page)
    # a standard and no negatives: the table, no gaps
    journey = load_text(head + "      - {id: a, name: A, score: 0, standard: Call back in 1 day}\n"
                               "      - {id: b, name: B, score: -1, standard: Reply in 1 hour}\n")
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    section = _section(md, "Service standards")
    assert "### Scored below 0" not in section
    assert _table_rows(section)[1:] == ["| S | A | 0 |  | Call back in 1 day |",
                                        "| S | B | −1 |  | Reply in 1 hour |"]
    # neither standards nor negatives (a blank standard is no standard)
    journey = load_text(head + "      - {id: a, name: A, score: 0, standard: '  '}\n"
                               "      - {id: b, name: B}\n")
    for fmt, mark in ((ReportFormat.MARKDOWN, "## Service standards"),
                      (ReportFormat.HTML, 'id="standards"')):
        assert mark not in render_report(journey, fmt, ReportOptions(diagram=False))


def test_evidence_per_touchpoint_missing_and_unconfirmed() -> None:
    md = render_report(load(TELECOM), ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    section = _section(md, "Evidence")
    rows = _table_rows(section)
    assert rows[0] == "| Touchpoint | Stage | Score | Reach | Sources |"
    assert rows[1] == ("| Price comparison sites | Choosing a plan | 0 | 70% | "
                       "Relationship NPS survey |")
    # one entry with a comma inside stays one entry; entries are joined with "; "
    assert ("| Visit to a shop | Choosing a plan | +1 | 33% | Mystery shopping (30 visits); "
            "Focus groups (2 groups, May) |") in rows
    assert "Scored touchpoints with no evidence at all: 1 of 18." in section
    assert ("Moments of truth and customer-effort points not yet confirmed by customer research: "
            "2 of 8. To verify in the next research wave:") in section
    unconfirmed = section.split("To verify in the next research wave:")[1]
    assert _table_rows(unconfirmed)[1:] == [
        "| First bill | ★ moment of truth | First bill and after-sales | −1 | 100% |",
        "| Support chat | ⚠ customer effort | First bill and after-sales | −1 | 21% |"]


def test_evidence_parts_skipped_when_empty() -> None:
    head = "cxmap: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
    # every scored touchpoint has evidence, every flag confirmed: only the table
    journey = load_text(head + "      - {id: a, name: A, score: 0, evidence: [NPS 2025]}\n"
                               "      - {id: b, name: B, momentOfTruth: true, confirmed: true,"
                               " evidence: [Focus group]}\n")
    section = _section(render_report(journey, ReportFormat.MARKDOWN,
                                     ReportOptions(diagram=False)), "Evidence")
    assert _table_rows(section)[1:] == ["| A | S | 0 |  | NPS 2025 |",
                                        "| B | S | ? |  | Focus group |"]
    assert "no evidence at all" not in section and "next research wave" not in section
    # no evidence anywhere: the count only
    journey = load_text(head + "      - {id: a, name: A, score: 0, evidence: []}\n"
                               "      - {id: b, name: B}\n")
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    section = _section(md, "Evidence")
    assert "| Sources |" not in section
    assert "Scored touchpoints with no evidence at all: 1 of 1." in section
    # nothing scored, no evidence, no flags: no section
    journey = load_text(head + "      - {id: a, name: A}\n")
    for fmt, mark in ((ReportFormat.MARKDOWN, "## Evidence"), (ReportFormat.HTML, 'id="evidence"')):
        assert mark not in render_report(journey, fmt, ReportOptions(diagram=False))


def test_standards_and_evidence_in_polish() -> None:
    md = render_report(load(SKLEP), ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    assert "## Standardy obsługi" in md and "## Dowody (źródła ustaleń)" in md
    assert "### Ocena poniżej 0 i jeszcze bez standardu" in md
    assert "| Etap | Punkt styku | Ocena | Właściciel | Standard obsługi |" in md
    assert "Do sprawdzenia w następnej fali badań:" in md
    assert "| Oględziny sofy przez serwisanta | ★ moment prawdy |" in md
    page = render_report(load(SKLEP), ReportFormat.HTML, ReportOptions(diagram=False))
    assert "<h2>Standardy obsługi</h2>" in page and "Zasięg" in page
    _check_html(page)


HOSTILE_STANDARD = """\
cxmap: 1
id: hs
title: Hostile standards
stages:
  - id: s
    name: "S | <b>stage</b>"
    touchpoints:
      - id: a
        name: "A | *a*"
        score: -1
        owner: "IT | <i>x</i>"
        momentOfTruth: true
        standard: "Call | back *within* _one_ day <script>alert(1)</script>\\n- next step\\
          \\n# not a heading"
        evidence: ["NPS | 2025 <b>bold</b>", "Focus *group*\\nsecond line", "[link](https://evil.example)"]
      - id: b
        name: "B <u>u</u>"
        score: -2
        customerEffort: true
"""
STANDARD_TEXT = "Call | back *within* _one_ day <script>alert(1)</script>"


def test_markdown_shows_hostile_standard_and_evidence_as_typed() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    journey = load_text(HOSTILE_STANDARD)
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(diagram=False))
    assert "## Service standards" in md and "## Evidence" in md
    html = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    text = _text_of(html)
    for typed in (STANDARD_TEXT, "- next step", "# not a heading", "NPS | 2025 <b>bold</b>",
                  "Focus *group*", "second line", "[link](https://evil.example)",
                  "IT | <i>x</i>", "A | *a*", "B <u>u</u>", "S | <b>stage</b>"):
        assert typed in text, typed
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "<u>" not in html and 'href="' not in html
    assert all(e.startswith("Generated by cxmap") for e in re.findall(r"<em>(.*?)</em>", html))
    assert "<h1>not" not in html and "<ul>" not in html
    for table in re.findall(r"<table>.*?</table>", html, re.DOTALL):
        widths = {len(re.findall(r"<t[hd][ >]", row))
                  for row in re.findall(r"<tr>.*?</tr>", table, re.DOTALL)}
        assert len(widths) == 1
    # the standard's line breaks stay inside its cell
    row = next(line for line in md.splitlines() if "Call \\| back" in line)
    assert row.endswith("<br>\\- next step<br>\\# not a heading |")


def test_html_shows_hostile_standard_and_evidence_as_typed() -> None:
    journey = load_text(HOSTILE_STANDARD)
    page = render_report(journey, ReportFormat.HTML, ReportOptions(diagram=False))
    assert "<script>" not in page and "<b>bold</b>" not in page and "<u>u</u>" not in page
    text = _text_of(page)
    for typed in (STANDARD_TEXT, "# not a heading", "NPS | 2025 <b>bold</b>", "Focus *group*",
                  "[link](https://evil.example)", "IT | <i>x</i>", "B <u>u</u>"):
        assert typed in text, typed
    _check_html(page)
