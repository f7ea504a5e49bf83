"""`cxmap validate --format sarif` and `--format junit`: exact output, counts,
severities, --strict, control characters, -o FILE, exit codes."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from cxmap import __version__
from cxmap.api import LoadedMap, ValidationRun, load_map
from cxmap.checks.rules import RULES
from cxmap.cli import app
from cxmap.diagnostics import Diagnostic, Severity
from cxmap.outputs.formats import ValidateFormat
from cxmap.outputs.reporters import (
    REPORTERS,
    SARIF_LEVELS,
    format_junit,
    format_sarif,
    report,
    sarif_uri,
)

CASES = Path(__file__).parent / "cases"
runner = CliRunner()

REFS = "refs.cxmap.yaml"  # 6 errors
WARNS = "self-loop-and-unused-branch.cxmap.yaml"  # 2 warnings
VALID = "minimal.cxmap.yaml"
CX301_HINT = "; assign touchpoints to it with 'branch:' or remove it"


@pytest.fixture
def maps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder ``maps/`` (the current directory's child) with one invalid map,
    one map with warnings only and one valid map; paths are given relative."""
    folder = tmp_path / "maps"
    folder.mkdir()
    shutil.copy(CASES / "invalid" / REFS, folder / REFS)
    shutil.copy(CASES / "invalid" / WARNS, folder / WARNS)
    shutil.copy(CASES / "valid" / VALID, folder / VALID)
    monkeypatch.chdir(tmp_path)
    return folder


def cli(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"GITHUB_ACTIONS": ""})


# --------------------------------------------------------------------------- SARIF
# The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json, OASIS) that this
# output uses, with the same required properties, types and enums.
_MESSAGE = {"type": "object", "required": ["text"],
            "properties": {"text": {"type": "string"}}}
_LEVEL = {"enum": ["none", "note", "warning", "error"]}
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "maxItems": 1, "items": {
            "type": "object",
            "required": ["tool", "results"],
            "properties": {
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                "tool": {"type": "object", "required": ["driver"], "properties": {
                    "driver": {"type": "object", "required": ["name", "version", "rules"],
                               "properties": {
                        "name": {"const": "cxmap"},
                        "version": {"type": "string"},
                        "rules": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {
                            "type": "object",
                            "required": ["id", "name", "shortDescription", "fullDescription",
                                         "help", "defaultConfiguration"],
                            "properties": {
                                "id": {"type": "string", "pattern": "^CX[0-9]{3}$"},
                                "name": {"type": "string"},
                                "shortDescription": _MESSAGE,
                                "fullDescription": _MESSAGE,
                                "help": _MESSAGE,
                                "defaultConfiguration": {
                                    "type": "object", "required": ["level"],
                                    "properties": {"level": _LEVEL}},
                            }}},
                    }}}},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["ruleId", "ruleIndex", "level", "message", "locations"],
                    "additionalProperties": False,
                    "properties": {
                        "ruleId": {"type": "string"},
                        "ruleIndex": {"type": "integer", "minimum": 0},
                        "level": _LEVEL,
                        "message": _MESSAGE,
                        "locations": {"type": "array", "minItems": 1, "maxItems": 1, "items": {
                            "type": "object", "required": ["physicalLocation"],
                            "properties": {"physicalLocation": {
                                "type": "object", "required": ["artifactLocation", "region"],
                                "properties": {
                                    "artifactLocation": {
                                        "type": "object", "required": ["uri"],
                                        "additionalProperties": False,
                                        "properties": {"uri": {"type": "string",
                                                               "minLength": 1},
                                                       "uriBaseId": {"type": "string"}}},
                                    "region": {
                                        "type": "object",
                                        "required": ["startLine", "startColumn"],
                                        "additionalProperties": False,
                                        "properties": {
                                            "startLine": {"type": "integer", "minimum": 1},
                                            "startColumn": {"type": "integer",
                                                            "minimum": 1}}},
                                }}}}},
                    }}},
            }}},
    },
}


def test_sarif_of_an_invalid_and_a_valid_map(maps: Path) -> None:
    result = cli("validate", "--format", "sarif", "maps/")
    assert result.exit_code == 1
    log = json.loads(result.output)
    jsonschema.validate(log, SARIF_SUBSET)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (sarif_run,) = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("cxmap", __version__)
    assert "informationUri" not in driver
    assert [r["id"] for r in driver["rules"]] == list(RULES)
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    results = sarif_run["results"]
    # 6 errors in refs, 2 warnings in the other, none in the valid map; sorted by file
    assert len(results) == 8
    assert [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["level"])
            for r in results] == [(f"maps/{REFS}", "error")] * 6 + [(f"maps/{WARNS}",
                                                                     "warning")] * 2
    assert results[0] == {
        "ruleId": "CX201",
        "ruleIndex": list(RULES).index("CX201"),
        "level": "error",
        "message": {"text": "unknown branch 'mobil' in touchpoint 'a'; did you mean 'mobile'?"},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": f"maps/{REFS}", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 16, "startColumn": 17},
        }}],
    }
    assert results[-1]["ruleId"] == "CX302"
    assert results[-1]["message"] == {"text": "touchpoint 'a' lists itself in 'next'"}
    assert results[-1]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 16, "startColumn": 16}
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]


def test_sarif_rules_come_from_the_registry() -> None:
    log = json.loads(format_sarif(ValidationRun()))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    rule = rules[list(RULES).index("CX201")]
    cx201 = RULES["CX201"]
    assert rule == {
        "id": "CX201", "name": "unknown-branch",
        "shortDescription": {"text": cx201.summary},
        "fullDescription": {"text": cx201.summary},
        "help": {"text": cx201.fix, "markdown": cx201.fix},
        "helpUri": "https://cxmap.dev/docs/rules/CX201.md",
        "defaultConfiguration": {"level": "error"},
        "properties": {"category": cx201.category},
    }
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in rules}
    assert levels == {code: str(r.severity) for code, r in RULES.items()}
    assert "warning" in levels.values()


def test_sarif_of_a_valid_map_has_no_results(maps: Path) -> None:
    result = cli("validate", "-f", "sarif", f"maps/{VALID}")
    assert result.exit_code == 0
    log = json.loads(result.output)
    jsonschema.validate(log, SARIF_SUBSET)
    assert log["runs"][0]["results"] == []


@pytest.mark.parametrize("severity", list(Severity))
def test_every_severity_has_a_sarif_level(severity: Severity) -> None:
    assert SARIF_LEVELS[severity] in {"error", "warning", "note"}
    code = next(c for c, r in RULES.items() if r.severity is severity)
    run = ValidationRun(maps=[LoadedMap("m.yaml", [Diagnostic("m.yaml", 2, 3, code, "x",
                                                              severity)])])
    (result,) = json.loads(format_sarif(run))["runs"][0]["results"]
    assert result["level"] == SARIF_LEVELS[severity] == str(severity)


@pytest.mark.parametrize(("file", "uri", "base"), [
    ("maps/a.cxmap.yaml", "maps/a.cxmap.yaml", "%SRCROOT%"),
    ("./maps/a.cxmap.yaml", "maps/a.cxmap.yaml", "%SRCROOT%"),
    ("my maps/zażółć#1.yaml", "my%20maps/za%C5%BC%C3%B3%C5%82%C4%87%231.yaml", "%SRCROOT%"),
    ("c:d.yaml", "c%3Ad.yaml", "%SRCROOT%"),
    ("/srv/maps/a b.yaml", "file:///srv/maps/a%20b.yaml", None),
    ("C:/maps/a.yaml", "file:///C:/maps/a.yaml", None),
])
def test_sarif_uri(file: str, uri: str, base: str | None) -> None:
    assert sarif_uri(file) == (uri, base)


def test_sarif_absolute_path_has_no_base(tmp_path: Path) -> None:
    path = tmp_path / "m.cxmap.yaml"
    shutil.copy(CASES / "invalid" / REFS, path)
    log = json.loads(cli("validate", "-f", "sarif", str(path)).output)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": path.as_uri()}


# --------------------------------------------------------------------------- JUnit
def parse_junit(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
    return ET.fromstring(text.encode("utf-8"))


def test_junit_of_invalid_warning_and_valid_maps(maps: Path) -> None:
    result = cli("validate", "--format", "junit", "maps/")
    assert result.exit_code == 1
    root = parse_junit(result.output)
    assert root.tag == "testsuites"
    assert root.attrib == {"name": "cxmap", "tests": "3", "failures": "1", "errors": "0"}
    (suite,) = root
    assert suite.attrib == {"name": "cxmap validate", "tests": "3", "failures": "1",
                            "errors": "0", "skipped": "0"}
    cases = list(suite)
    assert [(c.tag, c.get("classname"), c.get("name")) for c in cases] == [
        ("testcase", "cxmap", f"maps/{VALID}"),
        ("testcase", "cxmap", f"maps/{REFS}"),
        ("testcase", "cxmap", f"maps/{WARNS}"),
    ]
    valid, refs, warns = cases
    assert list(valid) == []
    (failure,) = refs
    assert failure.tag == "failure"
    assert failure.attrib == {
        "type": "CX201",
        "message": "unknown branch 'mobil' in touchpoint 'a'; did you mean 'mobile'? "
                   "(and 5 more)"}
    lines = (failure.text or "").splitlines()
    assert len(lines) == 6
    assert lines[0] == (f"maps/{REFS}:16:17: error CX201 unknown branch 'mobil' in "
                        "touchpoint 'a'; did you mean 'mobile'?")
    assert lines[-1] == (f"maps/{REFS}:27:12: error CX203 owner 'ti' of project 'p' is not a "
                         "declared department; known departments: it")
    # warnings do not fail a file without --strict: they are in its system-out
    (out,) = warns
    assert out.tag == "system-out"
    assert (out.text or "").splitlines() == [
        f"maps/{WARNS}:7:9: warning CX301 branch 'store' has no touchpoint of its own"
        f"{CX301_HINT}",
        f"maps/{WARNS}:16:16: warning CX302 touchpoint 'a' lists itself in 'next'",
    ]


def test_junit_strict_fails_on_warnings(maps: Path) -> None:
    result = cli("validate", "--format", "junit", "--strict", f"maps/{WARNS}", f"maps/{VALID}")
    assert result.exit_code == 1
    root = parse_junit(result.output)
    assert (root.get("tests"), root.get("failures")) == ("2", "1")
    (suite,) = root
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    warns = next(c for c in suite if c.get("name") == f"maps/{WARNS}")
    (failure,) = warns
    assert failure.tag == "failure"
    assert failure.attrib == {"type": "CX301",
                              "message": "branch 'store' has no touchpoint of its own"
                                         f"{CX301_HINT} (and 1 more)"}
    assert (failure.text or "").splitlines()[1] == (
        f"maps/{WARNS}:16:16: warning CX302 touchpoint 'a' lists itself in 'next'")
    # without --strict: exit 0, nothing failed
    plain = cli("validate", "--format", "junit", f"maps/{WARNS}", f"maps/{VALID}")
    assert plain.exit_code == 0
    assert parse_junit(plain.output).get("failures") == "0"


def test_junit_of_a_valid_map(maps: Path) -> None:
    result = cli("validate", "-f", "junit", f"maps/{VALID}")
    assert result.exit_code == 0
    assert result.output == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<testsuites name="cxmap" tests="1" failures="0" errors="0">\n'
        '  <testsuite name="cxmap validate" tests="1" failures="0" errors="0" skipped="0">\n'
        f'    <testcase classname="cxmap" name="maps/{VALID}" />\n'
        '  </testsuite>\n'
        '</testsuites>\n')


def test_junit_control_characters_stay_valid_xml() -> None:
    bad = "a\x00b\x01c\x1bd\x7f\ufffe\ud800 <&\"'> tab\tend"
    run = ValidationRun(maps=[LoadedMap("m\x01.yaml", [
        Diagnostic("m\x01.yaml", 3, 4, "CX100", f"unknown key {bad}", hint="line\nbreak"),
        Diagnostic("m\x01.yaml", 5, 1, "CX301", f"w {bad}", Severity.WARNING),
    ])])
    text = format_junit(run)
    text.encode("utf-8")  # no lone surrogate left
    root = parse_junit(text)  # well-formed XML 1.0
    case = root[0][0]
    assert case.get("name") == "m\\x01.yaml"
    failure, out = case
    shown = "a\\x00b\\x01c\\x1bd\x7f\\ufffe\\ud800 <&\"'> tab\tend"
    assert failure.get("message") == f"unknown key {shown}; line\nbreak"
    assert failure.text == f"m\\x01.yaml:3:4: error CX100 unknown key {shown}; line\nbreak"
    assert out.text == f"m\\x01.yaml:5:1: warning CX301 w {shown}"


def test_junit_counts_files_not_diagnostics() -> None:
    a, b = (load_map(CASES / "invalid" / name, name)
            for name in ("refs.cxmap.yaml", "bad-reach.cxmap.yaml"))
    root = parse_junit(format_junit(ValidationRun(maps=[a, b])))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "2", "0")
    assert sum(1 for _ in root.iter("failure")) == 2
    assert [c.get("name") for c in root.iter("testcase")] == ["bad-reach.cxmap.yaml",
                                                               "refs.cxmap.yaml"]


# --------------------------------------------------------------------------- CLI
@pytest.mark.parametrize("fmt", ["sarif", "junit"])
def test_output_file_is_written_and_exit_codes_kept(maps: Path, fmt: str) -> None:
    result = cli("validate", "--format", fmt, "-o", f"out.{fmt}", "maps/")
    assert result.exit_code == 1
    assert result.output == ""
    written = (maps.parent / f"out.{fmt}").read_text(encoding="utf-8")
    assert written == cli("validate", "--format", fmt, "maps/").output
    ok = cli("validate", "--format", fmt, "--output", f"ok.{fmt}", f"maps/{VALID}")
    assert ok.exit_code == 0
    assert (maps.parent / f"ok.{fmt}").is_file()
    assert cli("validate", "--format", fmt, "maps/nope.yaml").exit_code == 2
    dash = cli("validate", "--format", fmt, "-o", "-", f"maps/{VALID}")
    assert dash.exit_code == 0 and dash.output.startswith(("{", "<?xml"))


def test_output_file_text_has_no_colour(maps: Path) -> None:
    result = runner.invoke(app, ["validate", "-o", "out.txt", f"maps/{REFS}"],
                           env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert result.exit_code == 1
    text = (maps.parent / "out.txt").read_text(encoding="utf-8")
    assert "\x1b[" not in text
    assert text.endswith("1 file checked, 6 errors, 0 warnings\n")


def test_output_to_a_missing_folder_makes_it(maps: Path) -> None:
    result = cli("validate", "-f", "sarif", "-o", "no/such/dir/x.sarif", f"maps/{VALID}")
    assert result.exit_code == 0
    assert (maps.parent / "no/such/dir/x.sarif").read_text(encoding="utf-8").startswith("{")


def test_output_under_a_file_is_a_usage_error(maps: Path) -> None:
    (maps.parent / "no").write_text("a file", encoding="utf-8")
    result = cli("validate", "-f", "sarif", "-o", "no/x.sarif", f"maps/{VALID}")
    assert result.exit_code == 2
    assert (maps.parent / "no").read_text(encoding="utf-8") == "a file"


def test_auto_keeps_its_meaning(maps: Path) -> None:
    out = runner.invoke(app, ["validate", "-f", "auto", f"maps/{REFS}"],
                        env={"GITHUB_ACTIONS": "true"}).output
    assert out.startswith("::error ")


@pytest.mark.parametrize("fmt", list(ValidateFormat))
def test_every_format_is_deterministic_and_handled(fmt: ValidateFormat) -> None:
    run = ValidationRun(maps=[load_map(CASES / "invalid" / REFS, REFS)])
    assert fmt in REPORTERS or fmt is ValidateFormat.AUTO
    assert fmt.resolved() in REPORTERS
    assert fmt.value in {f.value for f in ValidateFormat}
    out = report(run, fmt, strict=True)
    assert out == report(run, fmt, strict=True)
    assert REFS in out


def test_sarif_rules_speak_the_language_of_the_results() -> None:
    from cxmap.i18n import Language
    from cxmap.i18n.explain import RULE_TEXTS

    log = json.loads(format_sarif(ValidationRun(), lang=Language.PL))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for rule in rules:
        summary, fix = RULE_TEXTS["pl"][rule["id"]]
        assert rule["shortDescription"] == {"text": summary}
        assert rule["help"] == {"text": fix, "markdown": fix} and fix.strip()
    english = json.loads(format_sarif(ValidationRun(), lang=Language.EN))
    for rule in english["runs"][0]["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] == RULES[rule["id"]].fix and rule["help"]["text"].strip()
