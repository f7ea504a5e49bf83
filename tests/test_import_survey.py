"""`cxmap import-survey`: answers, counts or a Qualtrics export -> survey
blocks and scores, in place, all or nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cxmap.api import load_bytes
from cxmap.cli import app
from tests.conftest import CONFORMANCE

runner = CliRunner()
BANK = CONFORMANCE / "bank-2024.cxmap.yaml"
EXPECTED = json.loads((CONFORMANCE / "expected.json").read_text())["import_survey_bank_2024"]

#: the answers behind the conformance counts: id-check csat5 50 / 33 / 9,
#: contract nps11 20 / 5 / 8
ANSWERS = {
    ("id-check", "csat5"): [5] * 20 + [4] * 13 + [3] * 8 + [2] * 5 + [1] * 4,
    ("contract", "nps11"): [10] * 2 + [9] * 3 + [8] * 4 + [7] * 3 + [6] * 4 + [3] * 2 + [0] * 2,
}


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    target = tmp_path / "bank.cxmap.yaml"
    shutil.copyfile(BANK, target)
    return target


def write(tmp_path: Path, text: str, name: str = "data.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def answers_csv() -> str:
    lines = ["respondent,touchpoint,metric,value"]
    for n, ((tp, metric), values) in enumerate(ANSWERS.items()):
        lines += [f"r{n}-{i},{tp},{metric},{v}" for i, v in enumerate(values)]
    return "\n".join(lines) + "\n"


def qualtrics_csv(*, choice_text: bool = False) -> str:
    """A Qualtrics export: three header rows, one row per respondent, an
    ``_NPS_GROUP`` column, empty cells where a respondent skipped a question."""
    csat = ANSWERS[("id-check", "csat5")]
    nps = ANSWERS[("contract", "nps11")]
    words = {5: "Very satisfied", 4: "Satisfied", 3: "Neutral", 2: "Dissatisfied",
             1: "Very dissatisfied"}
    rows = ['StartDate,ResponseId,Q1,Q2_NPS_GROUP,Q2',
            '"Start Date","Response ID","How satisfied were you with the identity check?",'
            '"Q2 - Group","How likely are you to recommend the contract signing, 0-10?"',
            '"{""ImportId"":""startDate"",""timeZone"":""Europe/Warsaw""}",'
            '"{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}",'
            '"{""ImportId"":""QID2_NPS_GROUP""}","{""ImportId"":""QID2""}"']
    for i in range(max(len(csat), len(nps))):
        c = csat[i] if i < len(csat) else ""
        if choice_text and c != "":
            c = words[int(c)]
        n = nps[i] if i < len(nps) else ""
        group = "" if n == "" else 3 if int(n) >= 9 else 2 if int(n) >= 7 else 1
        rows.append(f"2025-05-{1 + i % 28:02d} 10:00:00,R_{i:04d},{c},{group},{n}")
    return "\r\n".join(rows) + "\r\n"


COLUMNS_TOML = """\
[columns]
Q1 = { touchpoint = "id-check", metric = "csat5" }   # by column name
QID2 = { touchpoint = "contract", metric = "nps11" } # by ImportId
"""


def run(*args: str | Path) -> object:
    return runner.invoke(app, ["import-survey", *map(str, args)])


def test_conformance_counts_byte_for_byte(bank: Path) -> None:
    result = run(bank, CONFORMANCE / "survey-counts.csv", "--scored-on", "2025-05-20")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert bank.read_bytes() == (CONFORMANCE / EXPECTED["result"]).read_bytes()
    out = result.output  # type: ignore[attr-defined]
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert lines["id-check"].split()[1:7] == ["50", "0.453", "[0.24,", "0.66]", "+1", "0.90"]
    assert "-2 → +1" in lines["id-check"]
    assert lines["contract"].split()[1:7] == ["20", "-0.130", "[-0.45,", "0.19]", "0", "0.64"]
    assert "left as it was: responses 20 < 30" in lines["contract"]


def test_the_three_shapes_give_identical_blocks(tmp_path: Path, bank: Path) -> None:
    results = []
    for name, text, extra in [
        ("counts.csv", (CONFORMANCE / "survey-counts.csv").read_text(), []),
        ("answers.csv", answers_csv(), []),
        ("qualtrics.csv", qualtrics_csv(), ["--columns", str(write(tmp_path, COLUMNS_TOML,
                                                                     "columns.toml"))]),
    ]:
        target = tmp_path / f"{name}.cxmap.yaml"
        shutil.copyfile(BANK, target)
        result = run(target, write(tmp_path, text, name), "--scored-on", "2025-05-20", *extra)
        assert result.exit_code == 0, (name, result.output)  # type: ignore[attr-defined]
        results.append(target.read_bytes())
    assert results[0] == results[1] == results[2]
    assert results[0] == (CONFORMANCE / EXPECTED["result"]).read_bytes()


def test_worked_example_in_output(tmp_path: Path, bank: Path) -> None:
    data = write(tmp_path, "touchpoint;metric;responses;positive;negative\r\n"
                 "card;csat5;40;26;8\r\n", encoding="utf-8-sig")
    result = run(bank, data, "--dry-run")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    line = next(x for x in result.output.splitlines()  # type: ignore[attr-defined]
                if x.startswith("card"))
    assert line.split()[1:7] == ["40", "0.419", "[0.18,", "0.66]", "+1", "0.89"]
    assert bank.read_bytes() == BANK.read_bytes()  # dry run: nothing written
    pl = run(bank, data, "--dry-run", "--lang", "pl")
    line = next(x for x in pl.output.splitlines() if x.startswith("card"))  # type: ignore[attr-defined]
    assert line.split()[1:7] == ["40", "0,419", "[0,18;", "0,66]", "+1", "0,89"]
    assert "próba: nic nie zapisano" in pl.output  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "row", "words"), [
    ("touchpoint,metric,value\ncard,csat5,4\nkard,csat5,5\n", 3,
     "unknown touchpoint id 'kard' (did you mean 'card'?)"),
    ("touchpoint,metric,value\ncard,csat5,4\ncard,csat5,6\n", 3,
     "value '6' is not a whole number on the csat5 scale 1-5"),
    ("touchpoint,metric,value\ncard,csat5,4\ncard,csat5,4.5\n", 3,
     "value '4.5' is not a whole number on the csat5 scale 1-5"),
    ("touchpoint,metric,value\ncard,csat5,4\ncard,nps,9\n", 3,
     "unknown metric 'nps' (use csat5, ces7, nps11)"),
    ("touchpoint,metric,value\ncard,csat5,4\ncard,nps11,9\n", 3,
     "touchpoint 'card' has answers in nps11 here and in csat5 (row 2): one metric per "
     "touchpoint"),
    ("touchpoint,metric,responses,positive,negative\ncard,csat5,10,6,5\n", 2,
     "positive 6 + negative 5 is more than 10 responses"),
    ("touchpoint,metric,responses,positive,negative\ncard,csat5,10,6,1\ncard,csat5,10,6,1\n",
     3, "touchpoint 'card' appears twice (first in row 2)"),
    ("touchpoint,metric,responses,positive,negative\ncard,csat5,ten,6,1\n", 2,
     "responses 'ten' is not a whole number of answers"),
    ("touchpoint,metric,responses,positive,negative\ncard,csat5,99999999999999999999999,6,1\n",
     2, "responses '99999999999999999999999' is not a whole number of answers"),
    ("id,score\ncard,1\n", 1, "the header has neither the answer columns"),
])
def test_a_bad_row_writes_nothing_and_names_data_row(tmp_path: Path, bank: Path, text: str,
                                                     row: int, words: str) -> None:
    data = write(tmp_path, text)
    result = run(bank, data)
    assert result.exit_code == 1
    assert f"{data}:{row}: {words}" in result.output  # type: ignore[attr-defined]
    assert "nothing written" in result.output  # type: ignore[attr-defined]
    assert bank.read_bytes() == BANK.read_bytes()


def test_every_bad_row_is_reported(tmp_path: Path, bank: Path) -> None:
    data = write(tmp_path, "touchpoint,metric,value\nnope,csat5,4\ncard,csat5,9\ncard,x,1\n"
                 "card,nps11,9\n")
    result = run(bank, data)
    lines = [x for x in result.output.splitlines()  # type: ignore[attr-defined]
             if x.startswith(str(data))]
    assert [x.split(":")[1] for x in lines] == ["2", "3", "4", "5"]
    # an answer off the scale still says which metric its touchpoint has
    assert lines[3].endswith("touchpoint 'card' has answers in nps11 here and in csat5 "
                             "(row 3): one metric per touchpoint")


def test_windows_1250_is_refused_clearly(tmp_path: Path, bank: Path) -> None:
    data = write(tmp_path, "touchpoint;metric;value;komentarz\ncard;csat5;4;ok\n"
                 "card;csat5;5;Świetna obsługa\n", encoding="cp1250")
    result = run(bank, data)
    assert result.exit_code == 1
    assert f"{data}:3: the file is not UTF-8 text" in result.output  # type: ignore[attr-defined]
    assert "CSV UTF-8" in result.output  # type: ignore[attr-defined]
    assert bank.read_bytes() == BANK.read_bytes()


def test_qualtrics_choice_texts_are_refused(tmp_path: Path, bank: Path) -> None:
    data = write(tmp_path, qualtrics_csv(choice_text=True))
    columns = write(tmp_path, COLUMNS_TOML, "columns.toml")
    result = run(bank, data, "--columns", columns)
    assert result.exit_code == 1
    out = result.output  # type: ignore[attr-defined]
    assert (f"{data}:4: column 'Q1' holds choice texts ('Very satisfied'), not numbers: "
            "export the data from Qualtrics with numeric values") in out
    assert f"{data}:5: column 'Q1': 49 more rows with text instead of a number" in out
    assert bank.read_bytes() == BANK.read_bytes()


def test_qualtrics_needs_columns_and_known_columns(tmp_path: Path, bank: Path) -> None:
    data = write(tmp_path, qualtrics_csv())
    result = run(bank, data)
    assert result.exit_code == 1
    assert "looks like a Qualtrics export" in result.output  # type: ignore[attr-defined]
    columns = write(tmp_path, '[columns]\nQID9 = { touchpoint = "card", metric = "csat5" }\n'
                    'Q2_NPS_GROUP = { touchpoint = "contract", metric = "nps11" }\n', "c.toml")
    result = run(bank, data, "--columns", columns)
    out = result.output  # type: ignore[attr-defined]
    assert f"{data}:1: no column is named or has the ImportId 'QID9'" in out
    assert f"{data}:1: column 'Q2_NPS_GROUP' holds NPS groups" in out
    bad = write(tmp_path, '[columns]\nQ1 = "id-check"\n', "bad.toml")
    result = run(bank, data, "--columns", bad)
    assert f"{bad}:2: Q1: write" in result.output  # type: ignore[attr-defined]


def test_thresholds_from_options_and_configuration(tmp_path: Path, bank: Path) -> None:
    data = CONFORMANCE / "survey-counts.csv"
    result = run(bank, data, "--min-responses", "20", "--dry-run")
    assert "left as it was: confidence 0.64 < 0.80" in result.output  # type: ignore[attr-defined]
    assert "responses 20 < " not in result.output  # type: ignore[attr-defined]
    result = run(bank, data, "--min-confidence", "0.95", "--dry-run")
    assert "left as it was: confidence 0.90 < 0.95" in result.output  # type: ignore[attr-defined]
    (tmp_path / ".cxmap.toml").write_text("[survey]\nmin-responses = 60\n")
    result = run(bank, data, "--dry-run")
    assert "left as it was: responses 50 < 60" in result.output  # type: ignore[attr-defined]
    (tmp_path / ".cxmap.toml").write_text("[survey]\ncuts = [-0.6, -0.2, 0.2, 0.3]\n")
    result = run(bank, data, "--dry-run")
    assert "-2 → +2" in result.output  # type: ignore[attr-defined]
    (tmp_path / ".cxmap.toml").write_text("[survey]\ncuts = [0.6, -0.2, 0.2, 0.4]\n")
    result = run(bank, data, "--dry-run")
    assert result.exit_code == 2
    assert "cuts" in result.output  # type: ignore[attr-defined]
    assert run(bank, data, "--min-confidence", "1.5").exit_code == 2  # type: ignore[attr-defined]
    assert run(bank, data, "--scored-on", "2025-13-01").exit_code == 2  # type: ignore[attr-defined]


def test_existing_block_edited_in_place_keeping_comments(tmp_path: Path) -> None:
    text = BANK.read_text().replace(
        "        customerEffort: true\n        reach: 35\n",
        "        customerEffort: true\n        reach: 35\n"
        "        survey:  # the spring wave\n"
        "          metric: csat5\n"
        "          responses: 50  # after cleaning\n"
        "          positive: 30\n"
        "          negative: 9\n"
        "          source: \"Ankieta po wizycie, maj 2025\"\n")
    target = write(tmp_path, text, "m.cxmap.yaml")
    result = run(target, CONFORMANCE / "survey-counts.csv")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    new = target.read_text()
    assert ("        survey:  # the spring wave\n"
            "          metric: csat5\n"
            "          responses: 50  # after cleaning\n"
            "          positive: 33\n"
            "          negative: 9\n"
            "      - id: contract\n") in new
    journey = load_bytes(new.encode(), "m").journey
    assert journey is not None
    survey = journey.touchpoint("id-check").survey
    assert survey is not None and (survey.positive, survey.source) == (33, None)


def test_git_diff_shows_only_blocks_and_moved_scores(tmp_path: Path, bank: Path) -> None:
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    env = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for args in (["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t",
                                               "commit", "-qm", "wave"]):
        subprocess.run([git, *args], cwd=tmp_path, check=True, env=env)
    data = write(tmp_path, answers_csv(), "answers.csv")
    assert run(bank, data).exit_code == 0  # type: ignore[attr-defined]
    diff = subprocess.run([git, "diff", "-U0", "--", bank.name], cwd=tmp_path, check=True,
                          env=env, capture_output=True, text=True).stdout
    changed = [line for line in diff.splitlines()
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == [
        "-        score: -2", "+        score: 1",
        "+        survey:", "+          metric: csat5", "+          responses: 50",
        "+          positive: 33", "+          negative: 9",
        "+        survey:", "+          metric: nps11", "+          responses: 20",
        "+          positive: 5", "+          negative: 8"]


def test_flow_touchpoint_gets_a_flow_block(tmp_path: Path) -> None:
    text = ("cxmap: 1\nid: s\ntitle: S\nstages:\n  - id: a\n    name: A\n    touchpoints:\n"
            "      - {id: pay, name: Pay, score: -1}\n")
    target = write(tmp_path, text, "m.cxmap.yaml")
    data = write(tmp_path, "touchpoint,metric,responses,positive,negative\npay,ces7,40,26,8\n")
    result = run(target, data, "--scored-on", "2025-05-20")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert target.read_text().endswith(
        "      - {id: pay, name: Pay, score: 1, survey: {metric: ces7, responses: 40, "
        "positive: 26, negative: 8, fieldedOn: 2025-05-20}}\n")


def test_fmt_puts_the_survey_block_in_order_keeping_comments(tmp_path: Path) -> None:
    text = ("cxmap: 1\nid: s\ntitle: S\nstages:\n  - id: a\n    name: A\n    touchpoints:\n"
            "      - id: pay\n        name: Pay\n        survey:\n"
            "          negative: 8   # detractors\n          metric: nps11\n"
            "          positive: 26\n          responses: 40\n        score: 1\n")
    target = write(tmp_path, text, "m.cxmap.yaml")
    assert runner.invoke(app, ["fmt", str(target)]).exit_code == 0
    assert target.read_text().endswith(
        "        score: 1\n        survey:\n          metric: nps11\n          responses: 40\n"
        "          positive: 26\n          negative: 8   # detractors\n")
    assert runner.invoke(app, ["fmt", "--check", str(target)]).exit_code == 0


def test_json_output_gives_the_conformance_estimates(bank: Path) -> None:
    result = run(bank, CONFORMANCE / "survey-counts.csv", "--scored-on", "2025-05-20", "--json")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    doc = json.loads(result.output)  # type: ignore[attr-defined]
    assert doc["written"] is True
    got = {tp["id"]: tp for tp in doc["touchpoints"]}
    for ident, want in EXPECTED["estimates"].items():
        tp = got[ident]
        assert {k: tp[k] for k in ("net", "se", "band", "confidence", "low", "high")} == {
            k: want[k] for k in ("net", "se", "band", "confidence", "low", "high")}
        assert (tp["before"] != tp["after"]) is want["score_moved"]
    assert got["contract"]["held"] == "responses" and got["id-check"]["held"] is None


def test_json_output_worked_example(tmp_path: Path, bank: Path) -> None:
    data = write(tmp_path, "touchpoint,metric,responses,positive,negative\ncard,csat5,40,26,8\n")
    doc = json.loads(run(bank, data, "--json", "--dry-run").output)  # type: ignore[attr-defined]
    (tp,) = doc["touchpoints"]
    assert (round(tp["net"], 3), round(tp["se"], 3), tp["band"], round(tp["confidence"], 2),
            round(tp["low"], 2), round(tp["high"], 2)) == (0.419, 0.123, 1, 0.89, 0.18, 0.66)
    assert doc["written"] is False


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.lists(st.tuples(st.sampled_from(["id-check", "contract", "card"]),
                                  st.integers(0, 10)), min_size=1, max_size=80),
       metric=st.sampled_from(["csat5", "ces7", "nps11"]))
def test_answers_and_their_counts_give_the_same_map(tmp_path: Path, answers: list[tuple[str, int]],
                                                    metric: str) -> None:
    """Any answers on the scale: importing them one by one and importing their
    counts write the same bytes (and the same estimates)."""
    from cxmap.metrics.survey import SCALES, classify

    low, high = SCALES[metric][:2]
    answers = [(tp, low + v % (high - low + 1)) for tp, v in answers]
    rows = ["touchpoint,metric,value"] + [f"{tp},{metric},{v}" for tp, v in answers]
    counts: dict[str, list[int]] = {}
    for tp, v in answers:
        c = counts.setdefault(tp, [0, 0, 0])
        c[0] += 1
        c[1] += classify(v, metric) == 1
        c[2] += classify(v, metric) == -1
    table = ["touchpoint;metric;responses;positive;negative"] + [
        f"{tp};{metric};{n};{p};{q}" for tp, (n, p, q) in counts.items()]
    outputs = []
    for name, text in (("a.csv", "\n".join(rows)), ("c.csv", "\r\n".join(table))):
        target = tmp_path / f"{name}.cxmap.yaml"
        shutil.copyfile(BANK, target)
        result = run(target, write(tmp_path, text + "\n", name), "--json")
        assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
        outputs.append((target.read_bytes(),
                        json.loads(result.output)["touchpoints"]))  # type: ignore[attr-defined]
    assert outputs[0] == outputs[1]


def test_concurrent_imports_into_one_map_each_keep_their_block(tmp_path: Path,
                                                               bank: Path) -> None:
    """Imports run one at a time on a map (its lock): four at once, each
    surveying another touchpoint, leave all four blocks."""
    import subprocess
    import sys

    ids = ["comparison", "office-visit", "app-install", "welcome-call"]
    procs = []
    for ident in ids:
        data = write(tmp_path, "touchpoint,metric,responses,positive,negative\n"
                     f"{ident},csat5,40,26,8\n", f"{ident}.csv")
        procs.append(subprocess.Popen([sys.executable, "-m", "cxmap", "import-survey",
                                       str(bank), str(data)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    journey = load_bytes(bank.read_bytes(), "bank").journey
    assert journey is not None
    assert all(journey.touchpoint(i).survey is not None for i in ids)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_fifo_or_a_folder_as_data_is_named_as_such(tmp_path: Path, bank: Path,
                                                     lang: str) -> None:
    """Never 'does not exist' for something that is there: reading it says what it
    is (a FIFO is never opened for reading: it would wait for a writer)."""
    import os

    fifo = tmp_path / "answers.csv"
    os.mkfifo(fifo)
    folder = tmp_path / "answers"
    folder.mkdir()
    data = write(tmp_path, qualtrics_csv(), "qualtrics.csv")
    for args in ([bank, fifo], [bank, folder], [bank, data, "--columns", fifo]):
        result = runner.invoke(app, ["--lang", lang, "import-survey", *map(str, args)])
        out = result.output
        assert result.exit_code == 1, out
        assert "does not exist" not in out and "nie istnieje" not in out
        named = {"en": ("FIFO", "directory"), "pl": ("FIFO", "katalog")}[lang]
        assert any(word in out for word in named), out
        assert "Traceback" not in out
    assert bank.read_bytes() == BANK.read_bytes()


def test_one_column_named_twice_in_columns_is_an_error(tmp_path: Path, bank: Path) -> None:
    """By its name and by its ImportId: the same answers cannot be two
    touchpoints' (the first was silently dropped)."""
    data = write(tmp_path, qualtrics_csv())
    columns = write(tmp_path, '[columns]\nQ1 = { touchpoint = "id-check", metric = "csat5" }\n'
                    'QID1 = { touchpoint = "card", metric = "csat5" }\n', "c.toml")
    result = run(bank, data, "--columns", columns)
    assert result.exit_code == 1
    assert (f"{data}:1: column 'QID1' is column 'Q1' again (from --columns): one touchpoint "
            "per column") in result.output  # type: ignore[attr-defined]
    assert bank.read_bytes() == BANK.read_bytes()
    result = runner.invoke(app, ["--lang", "pl", "import-survey", str(bank), str(data),
                                 "--columns", str(columns)])
    assert "kolumna 'QID1' to znowu kolumna 'Q1'" in result.output


@pytest.mark.parametrize(("text", "line", "en", "pl"), [
    ("[columns\nQ1 = 3\n", 1, "not valid TOML", "to nie jest poprawny TOML"),
    ("columns = 5\n", 1, "no [columns] table", "brak tabeli [columns]"),
    ('[columns]\nQ1 = "id-check"\n', 2, 'Q1: write { touchpoint = "id", metric = "csat5" }',
     'Q1: napisz { touchpoint = "id", metric = "csat5" }'),
])
def test_a_bad_columns_file_is_explained_in_both_languages(
        tmp_path: Path, bank: Path, text: str, line: int, en: str, pl: str) -> None:
    data = write(tmp_path, qualtrics_csv())
    columns = write(tmp_path, text, "c.toml")
    for lang, words in (("en", en), ("pl", pl)):
        result = runner.invoke(app, ["--lang", lang, "import-survey", str(bank), str(data),
                                     "--columns", str(columns)])
        assert result.exit_code == 1
        assert f"{columns}:{line}: {words}" in result.output, result.output
    assert bank.read_bytes() == BANK.read_bytes()
