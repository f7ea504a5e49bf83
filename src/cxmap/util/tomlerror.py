"""What Python's TOML reader says about a file it cannot read, in the run's
language.

``tomllib`` speaks English (``Unclosed inline table (at line 2, column 50)``):
its messages are a short, fixed list, each put into the catalogue
(:mod:`cxmap.i18n.config`, keys ``toml_*``); one not in the list keeps its
own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cxmap.i18n import Language, t

_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")

#: tomllib's message (without its position) -> catalogue key; a group is a parameter
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z", re.S), key) for pattern, key in (
        (r"Expected '=' after a key in a key/value pair", "toml_expected_equals"),
        (r"Expected '\]' at the end of a table declaration", "toml_table_end"),
        (r"Expected '\]\]' at the end of an array declaration", "toml_array_table_end"),
        (r"Expected newline or end of document after a statement", "toml_expected_line_end"),
        (r"Expected (?P<what>'.*')", "toml_expected"),
        (r"Found invalid character (?P<char>.+)", "toml_invalid_char"),
        (r"Illegal character (?P<char>.+)", "toml_illegal_char"),
        (r"Cannot declare (?P<key>.+) twice", "toml_declared_twice"),
        (r"Cannot mutate immutable namespace (?P<key>.+)", "toml_immutable"),
        (r"Cannot redefine namespace (?P<key>.+)", "toml_redefine"),
        (r"Duplicate inline table key (?P<key>.+)", "toml_duplicate_inline_key"),
        (r"Cannot overwrite a value", "toml_overwrite"),
        (r"Escaped character is not a Unicode scalar value", "toml_escape_not_scalar"),
        (r"Invalid date or datetime", "toml_bad_date"),
        (r"Invalid hex value", "toml_bad_hex"),
        (r"Invalid initial character for a key part", "toml_bad_key_start"),
        (r"Invalid statement", "toml_bad_statement"),
        (r"Invalid value", "toml_bad_value"),
        (r"Unclosed array", "toml_unclosed_array"),
        (r"Unclosed inline table", "toml_unclosed_inline_table"),
        (r"Unescaped '\\' in a string", "toml_unescaped_backslash"),
        (r"Unterminated string", "toml_unterminated_string"),
    ))


@dataclass(frozen=True)
class TomlProblem:
    """Where the TOML reader stopped (1-based; the end of the text when it
    ran out) and why, in one language."""

    line: int
    column: int
    reason: str
    #: ``(at line 2, column 50)``, ``(at end of document)`` in that language
    position: str


def toml_problem(exc: Exception, text: str, lang: Language) -> TomlProblem:
    """``tomllib``'s error about ``text``, in ``lang``."""
    said = str(exc)
    at = _AT.search(said)
    message = said[:at.start()] if at else said
    if at and at.group(1):
        line, column = int(at.group(1)), int(at.group(2))
        position = t("config.toml_at", lang, line=line, column=column)
    elif at:  # it ran out of text
        lines = text.split("\n")
        line, column = len(lines), len(lines[-1]) + 1
        position = t("config.toml_at_end", lang)
    else:
        line, column, position = 1, 1, ""
    return TomlProblem(line, column, _reason(message, lang), position)


def _reason(message: str, lang: Language) -> str:
    for pattern, key in _MESSAGES:
        m = pattern.match(message)
        if m:
            params = {name: _key_name(value) if name == "key" else value
                      for name, value in m.groupdict().items()}
            return t(f"config.{key}", lang, **params)
    return message


def _key_name(text: str) -> str:
    """A key as the file writes it: tomllib names a table by its key parts
    (``('rules', 'CX301')``), the file by the dotted name (``'rules.CX301'``)."""
    import ast

    try:
        parts = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    if isinstance(parts, tuple) and parts and all(isinstance(p, str) for p in parts):
        return repr(".".join(parts))
    return text
