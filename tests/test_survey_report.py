"""Survey figures in reports: n and interval in the touchpoint tables, the
summary's counts, the whisker on the emotion curve, the portfolio's share."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.metrics.survey import on_score_axis
from tests.conftest import CONFORMANCE
from tests.test_survey_diff import WAVE_1, WAVE_2

runner = CliRunner()


def report(tmp_path: Path, name: str, *args: str) -> str:
    out = tmp_path / name
    old, new = tmp_path / "w1.cxmap.yaml", tmp_path / "w2.cxmap.yaml"
    old.write_text(WAVE_1, encoding="utf-8")
    new.write_text(WAVE_2, encoding="utf-8")
    result = runner.invoke(app, ["report", str(new), "-o", str(out), "--compare", str(old),
                                 *args])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_markdown_tables_and_summary(tmp_path: Path) -> None:
    md = report(tmp_path, "r.md")
    assert "| Scores backed by a survey | 2 of 7 |" in md
    assert "significant survey changes: 1" in md
    assert "| Survey: n, net, 95 % interval |" in md
    assert "| n 60, -0.079 \\[-0.29, 0.13\\] |" in md
    assert "| n 20, 0.043 \\[-0.28, 0.37\\] |" in md
    pl = report(tmp_path, "r-pl.md", "--lang", "pl")
    assert "| Oceny oparte na ankiecie | 2 z 7 |" in pl
    assert "istotne zmiany w ankietach: 1" in pl
    assert "| n 60, -0,079 \\[-0,29; 0,13\\] |" in pl


def test_no_survey_no_column(tmp_path: Path) -> None:
    out = tmp_path / "plain.md"
    result = runner.invoke(app, ["report", str(CONFORMANCE / "bank-2024.cxmap.yaml"),
                                 "-o", str(out)])
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Survey" not in text and "survey" not in text
    html = tmp_path / "plain.html"
    runner.invoke(app, ["report", str(CONFORMANCE / "bank-2024.cxmap.yaml"), "-o", str(html)])
    assert "curve-survey" not in html.read_text(encoding="utf-8")
    assert "95 % interval" not in html.read_text(encoding="utf-8")


def test_whisker_on_the_emotion_curve(tmp_path: Path) -> None:
    html = report(tmp_path, "r.html")
    whiskers = re.findall(r'<line[^>]*class="curve-survey"[^>]*>', html)
    ids = sorted(re.search(r'data-id="([^"]+)"', w).group(1) for w in whiskers)  # type: ignore[union-attr]
    assert ids == ["contract", "id-check"]
    check = next(w for w in whiskers if 'data-id="id-check"' in w)
    assert 'data-low="-0.291"' in check and 'data-high="0.132"' in check
    assert 'data-n="60"' in check
    assert "<td>n 60, -0.079 [-0.29, 0.13]</td>" in html
    assert "survey: 95 % interval" in html  # the whisker in the curve's legend


def test_net_balance_on_the_score_axis() -> None:
    assert on_score_axis(-1) == -2 and on_score_axis(1) == 2
    assert on_score_axis(-0.6) == -1.5 and on_score_axis(0.6) == 1.5
    assert on_score_axis(0.2) == 0.5 and on_score_axis(0.0) == 0.0
    assert on_score_axis(0.4) == 1.0  # the middle of band +1


def test_portfolio_share_of_survey_backed_scores(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    folder.mkdir()
    (folder / "bank.cxmap.yaml").write_text(WAVE_2, encoding="utf-8")
    other = (CONFORMANCE / "bank-2024.cxmap.yaml").read_text(encoding="utf-8")
    (folder / "other.cxmap.yaml").write_text(other.replace("id: bank-account", "id: other"),
                                             encoding="utf-8")
    out = tmp_path / "p.md"
    result = runner.invoke(app, ["report", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "| Survey-backed |" in text
    assert "| 2 of 7 (29%) |" in text
