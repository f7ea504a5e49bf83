"""Diagnostic reporters: a validation run -> the text a format asks for.

Every reporter is a pure function returning a string; the CLI chooses one by
name and prints it.  A test proves every :class:`ValidateFormat` member has a
reporter.  ``sarif`` (SARIF 2.1.0, for code scanning) and ``junit`` (JUnit XML,
for CI test reports) are built from the same run.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from cxmap import __version__
from cxmap.checks.rules import RULES
from cxmap.diagnostics import Diagnostic, Severity
from cxmap.i18n import Language
from cxmap.i18n import t as _t
from cxmap.outputs.formats import ValidateFormat
from cxmap.outputs.rules_doc import help_uri
from cxmap.results import ValidationRun


def message_with_hint(d: Diagnostic, lang: Language | None = None) -> str:
    """The message and its hint, in ``lang`` (English when not given)."""
    message, hint = d.text(lang)
    return f"{message}; {hint}" if hint else message


def _summary(run: ValidationRun, lang: Language | None = None) -> str:
    from cxmap.i18n import t

    lang = lang or Language.EN
    text = t("core.summary", lang, files=len(run.maps), errors=run.errors,
             warnings=run.warnings)
    if run.skipped:
        text += t("core.summary_skipped", lang, n=len(run.skipped))
    return text


_RED, _YELLOW, _BOLD, _DIM, _GREEN, _RESET = (
    "\x1b[31m", "\x1b[33m", "\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[0m")


def format_text(run: ValidationRun, *, color: bool = False, verbose: bool = False,
                strict: bool = False, lang: Language | None = None) -> str:
    """``FILE:LINE:COL: SEVERITY CODE message`` lines, then a summary line."""
    lines = []
    if verbose:
        from cxmap.i18n import t

        lines += [t("core.skipped_file", lang or Language.EN, name=name,
                    why=t(why, lang or Language.EN))
                  for name, why in run.skipped]
    for d in run.diagnostics:
        where = f"{d.file}:{d.line}:{d.column}:"
        if color:
            # user text is made visible before our own colour codes go around
            # it: a name cannot smuggle an escape sequence into the terminal
            from cxmap.util.text import visible

            sev_color = _RED if d.severity is Severity.ERROR else _YELLOW
            lines.append(f"{_BOLD}{visible(where)}{_RESET} {sev_color}{d.severity}{_RESET} "
                         f"{_DIM}{d.code}{_RESET} {visible(message_with_hint(d, lang))}")
        else:
            lines.append(f"{where} {d.severity} {d.code} {message_with_hint(d, lang)}")
    summary = _summary(run, lang)
    if color:
        summary = f"{_RED if run.errors else _GREEN}{summary}{_RESET}"
    lines.append(summary)
    return "\n".join(lines) + "\n"


def format_json(run: ValidationRun, *, color: bool = False, verbose: bool = False,
                strict: bool = False, lang: Language | None = None) -> str:
    """One JSON object: diagnostics, per-file results and a summary."""
    obj = {
        "version": 1,
        "summary": {"files": len(run.maps), "errors": run.errors, "warnings": run.warnings,
                    "skipped": len(run.skipped), "valid": run.errors == 0},
        "files": [{"file": m.file, "valid": m.errors == 0, "errors": m.errors,
                   "warnings": m.warnings} for m in run.maps],
        "diagnostics": [
            {"file": d.file, "line": d.line, "column": d.column, "severity": str(d.severity),
             "code": d.code, "name": RULES[d.code].name, "message": text[0], "hint": text[1]}
            for d, text in ((d, d.text(lang)) for d in run.diagnostics)
        ],
        "skipped": [{"file": f, "reason": _t(why, lang or Language.EN)} for f, why in run.skipped],
    }
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(run: ValidationRun, *, color: bool = False, verbose: bool = False,
                  strict: bool = False, lang: Language | None = None) -> str:
    """GitHub Actions workflow commands (annotations on the pull request)."""
    lines = []
    for d in run.diagnostics:
        kind = "error" if d.severity is Severity.ERROR else "warning"
        title = f"{d.code} {RULES[d.code].name}"
        lines.append(f"::{kind} file={_gh_prop(d.file)},line={d.line},col={d.column},"
                     f"title={_gh_prop(title)}::{_gh_data(message_with_hint(d, lang))}")
    lines.append(_summary(run, lang))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- SARIF
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

#: SARIF ``level`` of each severity (a test proves every member is mapped).
SARIF_LEVELS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
}

# Characters a relative URI reference may carry as they are (RFC 3986 unreserved,
# sub-delims, "@" and "/"); ":" is escaped so a first segment never reads as a scheme.
_URI_SAFE = "/-._~!$&'()*+,;=@"


def sarif_uri(file: str) -> tuple[str, str | None]:
    """``(uri, uriBaseId)`` of a file as named in diagnostics.

    Relative paths stay relative to ``%SRCROOT%`` (the checkout, for GitHub code
    scanning); absolute paths become ``file://`` URIs.  Separators are POSIX.
    """
    if os.sep != "/":
        file = file.replace(os.sep, "/")
    if PureWindowsPath(file).is_absolute():  # C:/maps/a.yaml, //server/share/a.yaml
        return PureWindowsPath(file).as_uri(), None
    if PurePosixPath(file).is_absolute():
        return PurePosixPath(file).as_uri(), None
    return quote(file.removeprefix("./"), safe=_URI_SAFE), "%SRCROOT%"


def sarif_log(run: ValidationRun, lang: Language | None = None) -> dict[str, object]:
    """The SARIF 2.1.0 log of a run as plain data: one run, every rule of the
    registry (so ``ruleIndex`` is stable), one result per diagnostic."""
    index = {code: i for i, code in enumerate(RULES)}
    words = {r.code: (r.summary, r.fix) for r in RULES.values()}
    if lang is not None and lang is not Language.EN:  # the rules in the results' language
        from cxmap.i18n.explain import RULE_TEXTS

        words.update(RULE_TEXTS[lang.value])
    rules = [
        {"id": r.code, "name": r.name,
         "shortDescription": {"text": words[r.code][0]},
         "fullDescription": {"text": words[r.code][0]},
         "help": {"text": words[r.code][1], "markdown": words[r.code][1]},
         "helpUri": help_uri(r),
         "defaultConfiguration": {"level": SARIF_LEVELS[r.severity]},
         "properties": {"category": r.category}}
        for r in RULES.values()
    ]
    results = []
    for d in run.diagnostics:
        uri, base = sarif_uri(d.file)
        artifact: dict[str, str] = {"uri": uri}
        if base is not None:
            artifact["uriBaseId"] = base
        results.append({
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": SARIF_LEVELS[d.severity],
            "message": {"text": message_with_hint(d, lang)},
            "locations": [{"physicalLocation": {
                "artifactLocation": artifact,
                "region": {"startLine": d.line, "startColumn": d.column},
            }}],
        })
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "cxmap", "version": __version__,
                                "semanticVersion": __version__, "rules": rules}},
            # cxmap counts columns in characters, not UTF-16 code units
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def format_sarif(run: ValidationRun, *, color: bool = False, verbose: bool = False,
                 strict: bool = False, lang: Language | None = None) -> str:
    """A SARIF 2.1.0 log (GitHub code scanning, SARIF viewers)."""
    return json.dumps(sarif_log(run, lang), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- JUnit
# Characters XML 1.0 cannot carry, even as character references.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text with the characters XML 1.0 forbids written as ``\\xNN`` / ``\\uNNNN``."""
    def escape(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return _XML_INVALID.sub(escape, text)


def _junit_line(d: Diagnostic, lang: Language | None = None) -> str:
    return f"{d.file}:{d.line}:{d.column}: {d.severity} {d.code} {message_with_hint(d, lang)}"


def format_junit(run: ValidationRun, *, color: bool = False, verbose: bool = False,
                 strict: bool = False, lang: Language | None = None) -> str:
    """JUnit XML: one ``<testcase>`` per file checked, failed when the file has
    an error (or a warning, with ``strict``).

    A failed testcase has exactly one ``<failure>`` listing all its problems
    (Jenkins, Azure DevOps and others show only the first of several);
    ``type`` is the first problem's code, ``message`` its text.  Warnings that
    do not fail the file are listed in ``<system-out>``.
    """
    import xml.etree.ElementTree as ET

    by_file: dict[str, list[Diagnostic]] = {m.file: [] for m in run.maps}
    strict_files = {m.file for m in run.maps if m.strict}
    for d in run.diagnostics:
        by_file.setdefault(d.file, []).append(d)
    suites = ET.Element("testsuites", name="cxmap")
    suite = ET.SubElement(suites, "testsuite", name="cxmap validate")
    failed = 0
    for file in sorted(by_file):
        diags = by_file[file]
        fails = strict or file in strict_files
        failing = [d for d in diags if d.severity is Severity.ERROR or fails]
        passing = [d for d in diags if not (d.severity is Severity.ERROR or fails)]
        case = ET.SubElement(suite, "testcase", classname="cxmap", name=xml_safe(file))
        if failing:
            failed += 1
            first = failing[0]
            more = (_t("core.junit_more", lang or Language.EN, n=len(failing) - 1)
                    if len(failing) > 1 else "")
            failure = ET.SubElement(case, "failure", type=first.code,
                                    message=xml_safe(message_with_hint(first, lang) + more))
            failure.text = xml_safe("\n".join(_junit_line(d, lang) for d in failing))
        if passing:
            ET.SubElement(case, "system-out").text = xml_safe(
                "\n".join(_junit_line(d, lang) for d in passing))
    for element in (suites, suite):
        element.set("tests", str(len(by_file)))
        element.set("failures", str(failed))
        element.set("errors", "0")
    suite.set("skipped", "0")
    ET.indent(suites)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(suites, encoding="unicode") + "\n")


Reporter = Callable[..., str]

REPORTERS: dict[ValidateFormat, Reporter] = {
    ValidateFormat.TEXT: format_text,
    ValidateFormat.JSON: format_json,
    ValidateFormat.GITHUB: format_github,
    ValidateFormat.SARIF: format_sarif,
    ValidateFormat.JUNIT: format_junit,
}


def report(run: ValidationRun, fmt: ValidateFormat, *, color: bool = False,
           verbose: bool = False, strict: bool = False, lang: Language | None = None) -> str:
    """The run in format ``fmt``; ``strict``: warnings fail too (JUnit);
    ``lang``: the language of the messages (English when not given)."""
    return REPORTERS[fmt.resolved()](run, color=color, verbose=verbose, strict=strict, lang=lang)
