"""The report as a director reads it: the PDF laid out for reading (pages
filled, no hyphenation, the curve on page 1, the long tables in an appendix),
the curve's numbers keyed, the KPI cards with the change since the last
wave, the next-step list as its intro says."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cxmap.api import load_bytes
from cxmap.model.journey import Journey
from cxmap.outputs.report import ReportFormat, ReportOptions, render_report

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SKLEP = EXAMPLES / "sklep-omnichannel.cxmap.yaml"
TELECOM_2024 = EXAMPLES / "telecom-contract.cxmap.yaml"
TELECOM_2025 = EXAMPLES / "telecom-contract-2025.cxmap.yaml"


def load(path: Path) -> Journey:
    journey = load_bytes(path.read_bytes(), path.name).journey
    assert journey is not None
    return journey


def generated(tmp_path: Path, n: int, *args: str) -> Path:
    out = tmp_path / f"gen{n}.cxmap.yaml"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(n), str(out),
                    *args], check=True, capture_output=True)
    return out


def page_use(pdf: bytes, tmp_path: Path) -> list[tuple[bool, float]]:
    """Per page: (landscape, share of its height used down to its lowest ink),
    from the pages drawn by poppler - what a reader sees, images included."""
    import shutil

    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    (tmp_path / "report.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "20", "-gray", str(tmp_path / "report.pdf"),
                    str(tmp_path / "page")], check=True)
    out = []
    for page in sorted(tmp_path.glob("page-*.pgm")):
        with Image.open(page) as image:
            width, height = image.size
            ink = image.point(lambda v: 255 if v < 200 else 0).getbbox()
        out.append((width > height, (ink[3] if ink else 0) / height))
    return out


def _pages(pdf: bytes, *numbers: int) -> list[Any]:
    import io

    pypdf = pytest.importorskip("pypdf")
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return [pages[n] for n in numbers]


def pdf_text(pdf: bytes) -> str:
    import io

    pypdf = pytest.importorskip("pypdf")
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


# ------------------------------------------------------------------ PDF
@pytest.mark.slow
@pytest.mark.parametrize("source", ["sklep", "generated-30", "generated-150"])
def test_pdf_pages_are_filled_and_words_whole(source: str, tmp_path: Path) -> None:
    path = (SKLEP if source == "sklep"
            else generated(tmp_path, 30, "--stages", "7", "--branches", "3", "--seed", "3")
            if source == "generated-30" else generated(tmp_path, 150))
    pdf = render_report(load(path), ReportFormat.PDF)
    assert isinstance(pdf, bytes)
    pages = page_use(pdf, tmp_path)
    # page 1 the summary, page 2 the diagram (landscape, a section that
    # starts there on purpose); no other page but the last less than half
    # used (drawn by poppler: the curve and the diagram count as used)
    assert not pages[0][0] and pages[1][0]
    for number, (_landscape, used) in enumerate(pages[:-1], 1):
        assert used >= 0.5, (number, used)
    text = pdf_text(pdf)
    first, third = (page.extract_text() for page in _pages(pdf, 0, 2))
    if source == "generated-150":
        # a long journey's curve opens the page after the diagram, its key below
        assert "Krzywa emocji" not in first
        assert third.index("Krzywa emocji") < third.index("Numery na krzywej")
    else:
        assert "Krzywa emocji" in first
    # no hyphenation: a word broken by a hyphen at a line's end is one the
    # map itself writes with a hyphen ("e-mailem")
    source = path.read_text(encoding="utf-8")
    broken = [w for w in re.findall(r"\w*[a-ząćęłńóśźż]-\n[a-ząćęłńóśźż]\w*", text)
              if w.replace("\n", "") not in source]
    assert broken == []
    for header in ("Właściciel", "Status", "Odwracalny"):
        assert header in text
    # the long tables come last, in the appendix
    assert text.rindex("Aneks: pełne tabele") > text.index("Projekty na macierzy")


@pytest.mark.slow
def test_pdf_summary_page_holds_the_curve_and_the_key_follows_the_diagram() -> None:
    pypdf = pytest.importorskip("pypdf")
    import io

    pdf = render_report(load(TELECOM_2024), ReportFormat.PDF)
    assert isinstance(pdf, bytes)
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert "Summary" in pages[0] and "Emotion curve" in pages[0]
    assert "Diagram" in pages[1]
    assert "The numbers on the curve, the cards and the diagram's boxes" in pages[2]
    # numbered as on the curve, not restarted for each stage (print has no
    # <li value>): the last touchpoint's number is there
    assert re.search(r"19\.\s+\+2\s+Advisor calls a month", pages[2])


@pytest.mark.slow
def test_pdf_diagram_is_drawn_as_vectors() -> None:
    """The printed diagram is no picture of pixels: sharp at any zoom, its
    words found by a PDF reader's search."""
    journey = load(TELECOM_2024)
    pdf = render_report(journey, ReportFormat.PDF)
    assert isinstance(pdf, bytes)
    (diagram,) = _pages(pdf, 1)
    assert list(diagram.images) == []
    text = " ".join(diagram.extract_text().split())
    assert "1. Choosing a plan" in text        # a stage's title
    assert "19. Advisor calls a month" in text  # a box's label


# ------------------------------------------------------------------ the curve's key
def test_the_curve_is_keyed_by_number_in_every_view() -> None:
    from cxmap.graph.journey import build_graph
    from cxmap.outputs.charts.curve import number_touchpoints
    from cxmap.outputs.render import RenderFormat, RenderOptions, render

    journey = load(TELECOM_2024)
    numbers = number_touchpoints(journey, build_graph(journey))
    page = render_report(journey, ReportFormat.HTML, ReportOptions(language="en"))
    key = page[page.index('<div class="curve-key">'):]
    key = key[:key.index("</section>")]
    for tp in journey.touchpoints:
        n = numbers[tp.id]
        # the key lists it by its number
        assert re.search(rf'<li><span class="key-n">{n}\.</span>.*?{re.escape(tp.name)}',
                         key), tp.name
        # the curve's point carries number and name as its tooltip
        assert f"<title>{n}. {tp.name}</title>" in page
    # the diagram's boxes carry the number before the name
    dot = render(journey, RenderFormat.DOT, RenderOptions())
    assert isinstance(dot, (str, bytes))
    text = dot.decode() if isinstance(dot, bytes) else dot
    assert "<B>1. Price comparison" in text and "<B>19. Advisor calls" in text


# ------------------------------------------------------------------ --compare
def test_compare_puts_the_change_on_the_key_figures() -> None:
    from cxmap.diff.compare import compare

    before, after = load(TELECOM_2024), load(TELECOM_2025)
    changes = compare(before, after, "2024", "2025")
    page = render_report(after, ReportFormat.HTML,
                         ReportOptions(language="en", changes=changes, compare_label="2024"))
    cards = page[page.index('<div class="figures">'):]
    cards = cards[:cards.index("</section>")]
    assert '<div class="fchange good">+0.20 since the last wave (was +0.17)</div>' in cards
    assert re.search(r'<div class="fchange (good|bad|)">[−+]?\d+ since the last wave '
                     r'\(was \d+\)</div>', cards)
    # what changed is a block of its own, the page's width (not a side column)
    assert page.index('id="changes"') < page.index('<div class="sum-grid">')
    md = render_report(after, ReportFormat.MARKDOWN,
                       ReportOptions(language="pl", changes=changes, compare_label="2024"))
    # three paragraphs, not one
    for title in ("**Poprawiły się:**", "**Wzrost oczekiwań:**"):
        assert f"\n\n{title}" in md


def test_the_next_step_lists_only_touchpoints_at_0_or_better() -> None:
    text = SKLEP.read_text(encoding="utf-8")
    journey = load_bytes(text.encode("utf-8"), SKLEP.name).journey
    assert journey is not None
    md = render_report(journey, ReportFormat.MARKDOWN, ReportOptions(language="en",
                                                                      diagram=False))
    if "## Next: reach the target" in md:
        section = md.split("## Next: reach the target")[1].split("\n## ")[0]
        rows = [ln for ln in section.splitlines() if ln.startswith("| ") and "---" not in ln]
        for row in rows[1:]:
            score = row.split(" | ")[1]
            assert not score.startswith("−"), row


def test_the_mean_chart_keeps_room_for_plus_two() -> None:
    from cxmap.outputs.charts import Bar, mean_chart

    svg = mean_chart([Bar("Pillar", 2.0, "+2,00"), Bar("Other", -2.0, "−2,00")], "t",
                     width=760)
    width = float(re.search(r'viewBox="0 0 ([\d.]+)', svg).group(1))  # type: ignore[union-attr]
    x = float(re.search(r'<text x="([\d.]+)"[^>]*text-anchor="start"[^>]*>\+2,00',
                        svg).group(1))  # type: ignore[union-attr]
    assert x + 5 * 12 * 0.62 <= width
