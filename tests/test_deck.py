"""`cxmap report -o deck.pptx`: a deck of native shapes, tables and charts a team edits."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxmap.api import load_map
from cxmap.cli import app
from cxmap.graph.journey import build_graph
from cxmap.outputs.render.svg import fit_lines, text_width
from tests.conftest import EXAMPLES, example_maps

pptx = pytest.importorskip("pptx")
from pptx.enum.chart import XL_CHART_TYPE  # noqa: E402
from pptx.enum.shapes import MSO_SHAPE_TYPE  # noqa: E402

runner = CliRunner()
EMU = 12700  # per point


def deck(tmp_path: Path, source: Path, *args: str, name: str = "deck.pptx") -> pptx.Presentation:
    out = tmp_path / name
    result = runner.invoke(app, ["report", str(source), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return pptx.Presentation(str(out))


def texts(shape: object) -> str:
    frame = shape.text_frame  # type: ignore[attr-defined]
    return " ".join(p.text for p in frame.paragraphs)


def cards(prs: pptx.Presentation) -> dict[str, object]:
    return {sh.name.removeprefix("card "): sh for slide in prs.slides for sh in slide.shapes
            if sh.name.startswith("card ")}


def words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


@pytest.mark.parametrize("source", example_maps(), ids=lambda p: p.name)
def test_every_example_gives_a_16_9_deck_of_native_shapes(tmp_path: Path, source: Path) -> None:
    prs = deck(tmp_path, source)
    journey = load_map(source).journey
    assert journey is not None
    assert (prs.slide_width, prs.slide_height) == (960 * EMU, 540 * EMU)
    # one card per touchpoint, filled with its score's colour, its name and score in its text
    found = cards(prs)
    assert set(found) == {tp.id for tp in journey.touchpoints}
    from cxmap.outputs.render.style import SCORE_STYLES, UNSCORED
    from cxmap.outputs.render.text import score_text

    for tp in journey.touchpoints:
        shape = found[tp.id]
        text = texts(shape)
        assert all(w in words(text) for w in words(tp.name)), (tp.name, text)
        assert score_text(tp.score) in words(text)
        fill = (SCORE_STYLES[tp.score] if tp.score is not None else UNSCORED).fill
        assert str(shape.fill.fore_color.rgb).lower() == fill.lstrip("#").lower()  # type: ignore[attr-defined]
    for slide in prs.slides:
        for sh in slide.shapes:
            assert sh.shape_type != MSO_SHAPE_TYPE.PICTURE
            # nothing outside the slide
            assert sh.left >= 0 and sh.top >= 0
            assert sh.left + sh.width <= prs.slide_width + EMU
            assert sh.top + sh.height <= prs.slide_height + EMU
            if sh.has_text_frame:
                for para in sh.text_frame.paragraphs:
                    for run in para.runs:
                        if run.text.strip() and run.font.size is not None:
                            assert run.font.size.pt >= 10 - 1e-6, (sh.name, run.text)
                            assert run.font.name is None  # the theme's: Calibri


@pytest.mark.parametrize("source", example_maps(), ids=lambda p: p.name)
def test_card_text_fits_its_card(tmp_path: Path, source: Path) -> None:
    prs = deck(tmp_path, source)
    for shape in cards(prs).values():
        frame = shape.text_frame  # type: ignore[attr-defined]
        height = shape.height / EMU  # type: ignore[attr-defined]
        width = shape.width / EMU  # type: ignore[attr-defined]
        inner_w = width - 2 * frame.margin_left / EMU
        used = frame.margin_top / EMU
        for para in frame.paragraphs:
            if len(para.runs) == 1:  # the name is one paragraph: it wraps
                run = para.runs[0]
                lines = len(fit_lines(run.text, inner_w + 1.0, run.font.size.pt,
                                      bold=bool(run.font.bold)))
            else:  # the top row: number, marks, score and the name's first words
                line = sum(text_width(r.text, r.font.size.pt, bold=bool(r.font.bold))
                           for r in para.runs)
                assert line <= inner_w + 1.0, (shape.name, para.text, line, inner_w)  # type: ignore[attr-defined]
                lines = 1
            used += lines * para.line_spacing.pt
        assert used <= height + 0.5, (shape.name, used, height)  # type: ignore[attr-defined]


@pytest.mark.parametrize("source", example_maps()[:2], ids=lambda p: p.name)
def test_text_in_a_filled_shape_has_its_own_colour(tmp_path: Path, source: Path) -> None:
    """A shape's text is white unless told otherwise: every run in a filled or
    framed shape says its colour, and a card's is the palette's for its fill."""
    from cxmap.outputs.render.style import SCORE_STYLES, UNSCORED

    prs = deck(tmp_path, source)
    fonts = {s.fill.lstrip("#").lower(): s.font.lstrip("#").lower()
             for s in (*SCORE_STYLES.values(), UNSCORED)}
    checked = 0
    for slide in prs.slides:
        for sh in slide.shapes:
            if not sh.has_text_frame or sh.shape_type != MSO_SHAPE_TYPE.AUTO_SHAPE:
                continue
            for para in sh.text_frame.paragraphs:
                for run in para.runs:
                    if not run.text.strip():
                        continue
                    assert run.font.color.type is not None, (sh.name, run.text)
                    if sh.name.startswith("card "):
                        assert str(run.font.color.rgb).lower() == fonts[
                            str(sh.fill.fore_color.rgb).lower()]
                    checked += 1
    assert checked > 50


def _chart(prs: pptx.Presentation) -> object:
    charts = [sh.chart for slide in prs.slides for sh in slide.shapes if sh.has_chart]
    assert len(charts) == 1
    return charts[0]


def test_the_emotion_curve_is_a_native_line_chart_with_a_series_per_branch(
        tmp_path: Path) -> None:
    source = EXAMPLES / "sklep-omnichannel.cxmap.yaml"
    journey = load_map(source).journey
    assert journey is not None
    graph = build_graph(journey)
    chart = _chart(deck(tmp_path, source))
    assert chart.chart_type == XL_CHART_TYPE.LINE_MARKERS  # type: ignore[attr-defined]
    plot = chart.plots[0]  # type: ignore[attr-defined]
    tps = journey.touchpoints
    assert len(plot.categories) == len(tps)
    assert [c.split(" ", 1)[0] for c in plot.categories] == [str(i + 1) for i in range(len(tps))]
    names = {b.id: b.name for b in journey.branches or ()}
    series = {s.name: list(s.values) for s in plot.series}
    assert list(series) == [*(names[b] for b in journey.branch_ids), "Cel"]
    paths = graph.paths()
    for bid in journey.branch_ids:
        on = set(paths.get(bid, ()))
        assert series[names[bid]] == [tp.score if tp.id in on else None for tp in tps]
    assert series["Cel"] == [tp.target for tp in tps]
    assert any(v is None for v in series[names[journey.branch_ids[0]]])  # gaps


def test_a_map_without_branches_has_one_series(tmp_path: Path) -> None:
    src = tmp_path / "m.cxmap.yaml"
    src.write_text("cxmap: 1\nid: m\ntitle: One path\nstages:\n  - id: s\n    name: S\n"
                   "    touchpoints:\n      - {id: a, name: A, score: 1}\n"
                   "      - {id: b, name: B}\n      - {id: c, name: C, score: -2}\n")
    chart = _chart(deck(tmp_path, src))
    series = chart.plots[0].series  # type: ignore[attr-defined]
    assert [(s.name, list(s.values)) for s in series] == [("One path", [1.0, None, -2.0])]


def test_evidence_is_in_the_notes_of_its_stage_slide(tmp_path: Path) -> None:
    source = EXAMPLES / "insurance-claim.cxmap.yaml"
    journey = load_map(source).journey
    assert journey is not None
    prs = deck(tmp_path, source)
    by_title = {}
    for slide in prs.slides:
        title = next(texts(sh) for sh in slide.shapes if sh.has_text_frame)
        by_title.setdefault(title, []).append(slide)
    checked = 0
    for n, stage in enumerate(journey.stages, 1):
        notes = " ".join(s.notes_slide.notes_text_frame.text
                         for s in by_title[f"{n}. {stage.name}"])
        for tp in stage.touchpoints:
            assert tp.name in notes
            for item in tp.evidence or ():
                assert item.strip() in notes
                checked += 1
    assert checked > 5


def test_the_matrix_marks_the_quick_win_cell(tmp_path: Path) -> None:
    prs = deck(tmp_path, EXAMPLES / "sklep-omnichannel.cxmap.yaml")
    quick = [sh for slide in prs.slides for sh in slide.shapes if sh.name == "quick wins"]
    assert len(quick) == 1
    assert "szybka korzyść" in texts(quick[0])
    assert "Skrócenie menu IVR" in texts(quick[0])
    # projects left off the matrix: said without pointing to a table the slide does not have
    slide = next(s for s in prs.slides if any(sh.name == "quick wins" for sh in s.shapes))
    words = " ".join(texts(sh) for sh in slide.shapes if sh.has_text_frame)
    assert "nie są pokazane na macierzy" in words and "tabeli" not in words


def test_compare_shows_the_change_since_the_last_wave(tmp_path: Path) -> None:
    prs = deck(tmp_path, EXAMPLES / "telecom-contract-2025.cxmap.yaml", "--compare",
               str(EXAMPLES / "telecom-contract.cxmap.yaml"))
    first = " ".join(texts(sh) for sh in prs.slides[0].shapes if sh.has_text_frame)
    assert "Since the last wave" in first
    assert "Mean score" in first and "→" in first


def test_a_long_journey_is_split_across_canvas_slides_at_a_readable_size(
        tmp_path: Path) -> None:
    stages = []
    for s in range(14):
        tps = "".join(f"      - {{id: t{s}-{k}, name: Krok numer {k} etapu {s} z długą nazwą, "
                      f"score: {(s + k) % 5 - 2}, branch: {'ab'[k % 2]}}}\n" for k in range(4))
        stages.append(f"  - id: s{s}\n    name: Etap {s}\n    touchpoints:\n{tps}")
    src = tmp_path / "long.cxmap.yaml"
    src.write_text("cxmap: 1\nid: long\ntitle: Długa podróż\nlanguage: pl\nbranches:\n"
                   "  - {id: a, name: Internet}\n  - {id: b, name: Salon}\nstages:\n"
                   + "".join(stages), encoding="utf-8")
    prs = deck(tmp_path, src)
    titles = [texts(next(sh for sh in s.shapes if sh.has_text_frame)) for s in prs.slides]
    canvas = [t for t in titles if t.startswith("Mapa podróży klienta")]
    assert len(canvas) >= 2 and all(t.endswith("(cd.)") for t in canvas[1:])
    assert len(cards(prs)) == 56
    sizes = [run.font.size.pt for sh in cards(prs).values()
             for p in sh.text_frame.paragraphs for run in p.runs]  # type: ignore[attr-defined]
    assert min(sizes) >= 10


def test_the_portfolio_deck_has_a_summary_then_a_slide_per_journey(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    folder.mkdir()
    for name in ("insurance-claim", "sklep-omnichannel", "telecom-contract-2025"):
        shutil.copy(EXAMPLES / f"{name}.cxmap.yaml", folder)
    prs = deck(tmp_path, folder)
    titles = [texts(next(sh for sh in s.shapes if sh.has_text_frame)) for s in prs.slides]
    journeys = [load_map(p).journey for p in sorted(folder.iterdir())]
    assert titles[0] == "Journey portfolio"
    for j in journeys:
        assert j is not None and j.title in titles
    assert len(prs.slides) == 1 + len(journeys)  # a summary slide, then one per journey
    tables = [sh.table for sh in prs.slides[0].shapes if sh.has_table]  # type: ignore[attr-defined]
    assert len(tables) == 1  # the journeys' table is on the summary slide
    assert [row.cells[0].text for row in tables[0].rows] == ["Journey"] + [
        j.title for j in journeys if j is not None]


def test_a_long_portfolio_table_goes_on_after_the_summary_slide(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    folder.mkdir()
    source = (EXAMPLES / "insurance-claim.cxmap.yaml").read_text(encoding="utf-8")
    for n in range(30):
        (folder / f"m{n:02}.cxmap.yaml").write_text(
            source.replace("\nid: motor-claim\n", f"\nid: claim-{n:02}\n", 1), encoding="utf-8")
    prs = deck(tmp_path, folder)
    titles = [texts(next(sh for sh in s.shapes if sh.has_text_frame)) for s in prs.slides]
    more = [t for t in titles if t == "Journeys (continued)"]
    assert titles[0] == "Journey portfolio" and titles[1:1 + len(more)] == more and more
    assert len(prs.slides) == 1 + len(more) + 30
    rows = [len(sh.table.rows) - 1 for s in list(prs.slides)[:1 + len(more)]  # type: ignore[attr-defined]
            for sh in s.shapes if sh.has_table]
    assert sum(rows) == 30 and rows[0] >= 1


@pytest.mark.slow
def test_libreoffice_opens_every_deck(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    pypdf = pytest.importorskip("pypdf")
    for source in [*example_maps(), EXAMPLES]:
        prs = deck(tmp_path, source, name=f"{source.stem}.pptx")
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                        "--convert-to", "pdf", "--outdir", str(tmp_path),
                        str(tmp_path / f"{source.stem}.pptx")], check=True, capture_output=True,
                       timeout=300)
        pdf = pypdf.PdfReader(str(tmp_path / f"{source.stem}.pdf"))
        assert len(pdf.pages) == len(prs.slides)
        text = " ".join(page.extract_text() for page in pdf.pages)
        journey = load_map(source).journey if source.is_file() else None
        if journey is not None:
            assert journey.title.split()[0] in text


def test_a_band_of_many_lanes_is_cut_between_lanes_at_a_readable_size(
        tmp_path: Path) -> None:
    """Eight branches are too tall for one slide at 10 pt: the lanes go on
    further slides under their stage headers, each card once, no text smaller."""
    ids = "abcdefgh"
    stages = []
    for s in range(3):
        tps = "".join(f"      - {{id: t{s}-{b}-{k}, name: Krok {k} ścieżki {b} z dłuższą nazwą, "
                      f"score: {(s + k) % 5 - 2}, branch: {b}}}\n"
                      for b in ids for k in range(2))
        stages.append(f"  - id: s{s}\n    name: Etap {s}\n    touchpoints:\n{tps}")
    src = tmp_path / "lanes.cxmap.yaml"
    src.write_text("cxmap: 1\nid: lanes\ntitle: Wiele ścieżek\nlanguage: pl\nbranches:\n"
                   + "".join(f"  - {{id: {b}, name: Ścieżka {b}}}\n" for b in ids)
                   + "stages:\n" + "".join(stages), encoding="utf-8")
    prs = deck(tmp_path, src)
    found = [sh.name for slide in prs.slides for sh in slide.shapes
             if sh.name.startswith("card ")]
    assert len(found) == len(set(found)) == 48
    for slide in prs.slides:
        for sh in slide.shapes:
            assert sh.top + sh.height <= prs.slide_height + EMU, sh.name
            if sh.has_text_frame:
                for para in sh.text_frame.paragraphs:
                    for run in para.runs:
                        if run.text.strip() and run.font.size is not None:
                            assert run.font.size.pt >= 10 - 1e-6, (sh.name, run.text)
    lanes = [sh.name for slide in prs.slides for sh in slide.shapes
             if sh.name.startswith("lane ")]
    assert {f"lane {b}" for b in ids} <= set(lanes)


def test_control_characters_and_direction_overrides_are_shown_not_obeyed(
        tmp_path: Path) -> None:
    """A bell, an escape or a right-to-left override in a name shows as a visible
    sign (as in the other reports), in the shapes, the chart and the notes; every
    part of the file stays well-formed XML."""
    import zipfile

    from lxml import etree

    src = tmp_path / "odd.cxmap.yaml"
    src.write_text(
        'cxmap: 1\nid: odd\ntitle: "Tytu\\u202e odwrócony"\nlanguage: pl\nbranches:\n'
        '  - {id: a, name: "Ścieżka \\u001b[31m"}\n  - {id: b, name: Salon}\n'
        'stages:\n  - id: s\n    name: "Etap \\u0007"\n    touchpoints:\n'
        '      - {id: t1, name: "Dzwonek \\u0007 tu", score: 1, branch: a,'
        ' evidence: ["Wywiad \\u202e 12"]}\n'
        '      - {id: t2, name: Salon, score: -1, branch: b}\n', encoding="utf-8")
    deck(tmp_path, src)
    with zipfile.ZipFile(tmp_path / "deck.pptx") as z:
        parts = {n: z.read(n) for n in z.namelist() if n.endswith(".xml")}
    for name, data in parts.items():
        etree.fromstring(data)  # well-formed
        text = data.decode("utf-8")
        assert "\u202e" not in text and "\x07" not in text and "\x1b" not in text, name
        assert "_x0007_" not in text and "_x001B_" not in text, name
    every = "".join(p.decode("utf-8") for p in parts.values())
    assert "Dzwonek \u2407 tu" in every and "Ścieżka \u241b[31m" in every


@pytest.mark.parametrize(("lang", "words"), [("en", "too many cards in one stage"),
                                             ("pl", "zbyt wiele kart w jednym etapie")])
def test_a_stage_cell_taller_than_any_slide_gives_a_note_not_tiny_text(
        tmp_path: Path, lang: str, words: str) -> None:
    """120 cards in one lane of one stage cannot be shown at 10 pt on any slide:
    the canvas slide says so and where to see the map (a thousand such cards
    once needed a 0.4 pt font, which PowerPoint cannot store: an internal error)."""
    tps = "".join(f"      - {{id: t{k}, name: Krok numer {k} z dłuższą nazwą, "
                  f"score: {k % 5 - 2}}}\n" for k in range(120))
    src = tmp_path / "cell.cxmap.yaml"
    src.write_text(f"cxmap: 1\nid: cell\ntitle: Gęsto\nlanguage: {lang}\nstages:\n"
                   f"  - id: s\n    name: Etap\n    touchpoints:\n{tps}", encoding="utf-8")
    prs = deck(tmp_path, src)
    assert not cards(prs)
    note = [texts(sh) for s in prs.slides for sh in s.shapes
            if sh.has_text_frame and words in texts(sh)]
    assert note and "--view canvas" in note[0]
    for slide in prs.slides:
        for sh in slide.shapes:
            if sh.has_text_frame:
                for para in sh.text_frame.paragraphs:
                    for run in para.runs:
                        if run.text.strip() and run.font.size is not None:
                            assert run.font.size.pt >= 10 - 1e-6, (sh.name, run.text)


def test_a_card_name_is_one_paragraph_unless_the_canvas_cut_a_word(tmp_path: Path) -> None:
    """PowerPoint wraps a card's name itself (one-letter words glued to the
    next, as the canvas keeps them); a word too long for any card stays cut
    where the canvas cut it, never split by a space."""
    long_word = "Konstantynopolitańczykowianeczkowie" * 2
    src = tmp_path / "m.cxmap.yaml"
    src.write_text("cxmap: 1\nid: m\ntitle: Nazwy\nlanguage: pl\nstages:\n  - id: s\n"
                   "    name: S\n    touchpoints:\n"
                   "      - {id: a, name: Rozmowa z doradcą w salonie i w aplikacji, score: 1}\n"
                   f"      - {{id: b, name: {long_word}, score: -1}}\n", encoding="utf-8")
    found = cards(deck(tmp_path, src))
    paras = [p.text for p in found["a"].text_frame.paragraphs]  # type: ignore[attr-defined]
    name = [p for p in paras if "doradcą" in p or "salonie" in p]
    assert len(name) == 1
    assert "z\u00a0doradcą" in name[0] and "w\u00a0aplikacji" in name[0]
    assert "i\u00a0w\u00a0aplikacji" in name[0]
    cut = [p.text for p in found["b"].text_frame.paragraphs]  # type: ignore[attr-defined]
    assert all(" " not in p.strip() for p in cut[1:] if "·" not in p)
    assert long_word in "".join(p.split(" ")[-1] if i == 0 else p for i, p in enumerate(cut))


def test_lanes_without_a_card_in_their_stages_get_no_slide(tmp_path: Path) -> None:
    """A band cut between lanes: a run of lanes with no card in those stages
    is left out, the stages show with the lanes that hold their cards."""
    lanes = "".join(f"  - {{id: b{i}, name: Ścieżka {i}}}\n" for i in range(6))
    stages = []
    for s in range(4):
        # the first two stages have cards in every lane, the last two in the shared one only
        tps = "".join(f"      - {{id: t{s}-{k}, name: Krok {k} etapu {s} z długą nazwą, "
                      "score: 0" + (f", branch: b{k % 6}" if s < 2 else "") + "}\n"
                      for k in range(12))
        stages.append(f"  - id: s{s}\n    name: Etap {s}\n    touchpoints:\n{tps}")
    src = tmp_path / "lanes.cxmap.yaml"
    src.write_text("cxmap: 1\nid: lanes\ntitle: Pasy\nlanguage: pl\nbranches:\n" + lanes
                   + "stages:\n" + "".join(stages), encoding="utf-8")
    prs = deck(tmp_path, src)
    canvas = [s for s in prs.slides
              if texts(next(sh for sh in s.shapes if sh.has_text_frame)).startswith("Mapa")]
    assert len(cards(prs)) == 48
    assert len(canvas) == 3  # stages 1-2 on two slides (lanes cut), 3-4 on one
    for slide in canvas:
        assert any(sh.name.startswith("card ") for sh in slide.shapes)


def _hidden_lines(chart: object, index: int) -> list[int]:
    """The points of the chart's series ``index`` whose incoming line is left
    out (read from the chart's XML)."""
    ser = chart.element.xpath("//c:ser")[index]  # type: ignore[attr-defined]
    return sorted(int(dpt.xpath("c:idx/@val")[0]) for dpt in ser.xpath("c:dPt")
                  if dpt.xpath("c:spPr/a:ln/a:noFill"))


def test_a_branch_line_runs_on_across_other_branches_and_breaks_where_unscored(
        tmp_path: Path) -> None:
    src = tmp_path / "m.cxmap.yaml"
    src.write_text(
        "cxmap: 1\nid: m\ntitle: Two paths\nbranches:\n  - {id: a, name: Web}\n"
        "  - {id: b, name: Store}\nstages:\n  - id: s\n    name: S\n    touchpoints:\n"
        "      - {id: t1, name: One, score: 1}\n"
        "      - {id: t2, name: Two, score: -1, branch: a}\n"
        "      - {id: t3, name: Three, score: 2, branch: b}\n"
        "      - {id: t4, name: Four, branch: a}\n"
        "      - {id: t5, name: Five, score: 0, branch: b}\n"
        "      - {id: t6, name: Six, score: -2, branch: a}\n"
        "      - {id: t7, name: Seven, score: 1, branch: a}\n"
        "      - {id: t8, name: Eight, score: 1, branch: b, target: 2}\n", encoding="utf-8")
    chart = _chart(deck(tmp_path, src))
    space = chart.element  # type: ignore[attr-defined]
    assert space.xpath("c:chart/c:dispBlanksAs/@val") == ["span"]
    web, store, target = chart.plots[0].series  # type: ignore[attr-defined]
    # the values are the scores, blank where not on the path or not scored
    assert (web.name, list(web.values)) == ("Web", [1, -1, None, None, None, -2, 1, None])
    assert (store.name, list(store.values)) == ("Store", [1, None, 2, None, 0, None, None, 1])
    assert list(target.values) == [None] * 7 + [2]
    # Web's line breaks at its unscored Four: the line into Six is left out
    assert _hidden_lines(chart, 0) == [5]
    assert _hidden_lines(chart, 1) == [] and _hidden_lines(chart, 2) == []
    # scores with a sign and a real minus on the axis, and in the data
    axis = chart.value_axis  # type: ignore[attr-defined]
    assert axis.tick_labels.number_format == '+0;"\u2212"0;0'
    assert not axis.tick_labels.number_format_is_linked
    fmt = space.xpath("//c:ser/c:val//c:formatCode/text()")
    assert fmt and set(fmt) == {'+0;"\u2212"0;0'}


def test_a_journey_without_branches_leaves_gaps_for_unscored(tmp_path: Path) -> None:
    src = tmp_path / "m.cxmap.yaml"
    src.write_text("cxmap: 1\nid: m\ntitle: One path\nstages:\n  - id: s\n    name: S\n"
                   "    touchpoints:\n      - {id: a, name: A, score: 1}\n"
                   "      - {id: b, name: B}\n      - {id: c, name: C, score: -2}\n")
    chart = _chart(deck(tmp_path, src))
    assert chart.element.xpath("c:chart/c:dispBlanksAs/@val") == ["gap"]  # type: ignore[attr-defined]
    assert _hidden_lines(chart, 0) == []

@pytest.mark.parametrize(("source", "shared"), [
    (Path("examples/sklep-omnichannel.cxmap.yaml"), "Wszystkie ścieżki"),
    (Path("examples/telecom-contract.cxmap.yaml"), "All paths")], ids=["pl", "en"])
def test_the_shared_lane_is_named_as_on_the_canvas(tmp_path: Path, source: Path,
                                                   shared: str) -> None:
    """The shared lane says "All paths" / "Wszystkie ścieżki" (the canvas's
    name, in whole words), not the report table's "all" / "wszystkie"."""
    prs = deck(tmp_path, source)
    lanes = [sh for slide in prs.slides for sh in slide.shapes if sh.name == "lane shared"]
    assert lanes
    for lane in lanes:
        assert " ".join(p.text for p in lane.text_frame.paragraphs) == shared


def test_a_big_canvas_takes_the_first_readable_layout(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Each layout of a big map costs tens of milliseconds: beyond SEARCH_ALL
    cards the plan search stops at the first readable one; a small map tries
    them all (unless one fits a single slide)."""
    from cxmap.outputs.render.style import words
    from cxmap.outputs.report import deck_canvas
    from cxmap.outputs.report.deck_shapes import BODY_W, COMPACT_TOP, MIN_PT, SLIDE_H

    calls: list[tuple[float, float] | None] = []
    real = deck_canvas.layout_canvas

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(kwargs.get("page"))  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(deck_canvas, "layout_canvas", counted)
    height = SLIDE_H - COMPACT_TOP - deck_canvas.BOTTOM - deck_canvas.LEGEND_H
    for n_stages, expected in ((14, 1), (10, len(deck_canvas.CANDIDATES))):
        stages = []
        for s in range(n_stages):
            tps = "".join(f"      - {{id: t{s}-{k}, name: Krok numer {k} etapu {s} z długą "
                          f"nazwą, score: 0, branch: {'ab'[k % 2]}}}\n" for k in range(4))
            stages.append(f"  - id: s{s}\n    name: Etap {s}\n    touchpoints:\n{tps}")
        src = tmp_path / f"m{n_stages}.cxmap.yaml"
        src.write_text("cxmap: 1\nid: m\ntitle: Mapa\nlanguage: pl\nbranches:\n"
                       "  - {id: a, name: Internet}\n  - {id: b, name: Salon}\nstages:\n"
                       + "".join(stages), encoding="utf-8")
        journey = load_map(src).journey
        assert journey is not None
        calls.clear()
        best = deck_canvas.canvas_plan(journey, build_graph(journey),
                                       {**words("pl"), "lane_all_paths": "Wszystkie ścieżki"},
                                       BODY_W, height, MIN_PT)
        assert best is not None and len(best[1]) > 1  # no single slide ended the search
        assert len(calls) == expected, calls


def test_every_table_cell_says_its_size_even_when_empty(tmp_path: Path) -> None:
    """PowerPoint drops the size of an empty run and sets an empty cell at its
    default 18 pt, so the row grows past the height the slide was paginated
    for: every cell has a run with text (a space when there is none) at the
    table's size."""
    prs = deck(tmp_path, EXAMPLES / "insurance-claim.cxmap.yaml")
    cells = [cell for slide in prs.slides for sh in slide.shapes if sh.has_table
             for row in sh.table.rows for cell in row.cells]  # type: ignore[attr-defined]
    assert len(cells) > 100
    empty = 0
    for cell in cells:
        runs = [r for p in cell.text_frame.paragraphs for r in p.runs]
        assert runs and all(r.text for r in runs), cell.text
        assert all(r.font.size is not None and r.font.size.pt == 11 for r in runs)
        empty += cell.text == " "
    assert empty > 10  # the targets, marks and reach left blank
