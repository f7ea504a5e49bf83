"""The YAML parser's complaints, told in the words of someone editing a map.

libyaml reports the slips analysts make most in its own jargon, and often on
the line after the one to fix.  :func:`parser_problem` looks at the text
around the parser's marks and recognises the usual slips:

* a colon inside a text (``name: Wizyta: oddział``): put the text in quotes;
* a missing ``:`` after a key (reported by libyaml on the next line);
* an item indented more or less than its neighbour;

everything else keeps the parser's own description, translated.  Each result
is a catalogue key of :mod:`cxmap.i18n.diagnostics` with its parameters.
"""

from __future__ import annotations

import re
from typing import Any

#: (line, column, message key, hint key or None, parameters)
Found = tuple[int, int, str, str | None, dict[str, Any]]

#: libyaml's problems and contexts that have a catalogue translation
PROBLEMS = {
    "mapping values are not allowed in this context": "p_mapping_values",
    "could not find expected ':'": "p_expected_colon",
    "did not find expected key": "p_expected_key",
    "did not find expected '-' indicator": "p_expected_dash",
    "did not find expected node content": "p_expected_node",
    "did not find expected ',' or ']'": "p_expected_bracket",
    "did not find expected ',' or '}'": "p_expected_brace",
    "found unexpected end of stream": "p_end_of_stream",
    "found character that cannot start any token": "p_bad_token",
    "block sequence entries are not allowed in this context": "p_dash_not_allowed",
    "found unknown escape character": "p_escape",
    "found unexpected ':'": "p_unexpected_colon",
    "expected <block end>, but found '-'": "p_block_end_dash",
    "expected <block end>, but found '<block mapping start>'": "p_block_end_mapping",
    "expected <block end>, but found '<scalar>'": "p_block_end_scalar",
    "expected <block end>, but found '<block sequence start>'": "p_block_end_sequence",
}
CONTEXTS = {
    "while parsing a block mapping": "c_block_mapping",
    "while parsing a block collection": "c_block_collection",
    "while scanning a simple key": "c_simple_key",
    "while scanning a quoted scalar": "c_quoted",
    "while parsing a flow sequence": "c_flow_sequence",
    "while parsing a flow mapping": "c_flow_mapping",
    "while parsing a block node": "c_block_node",
    "while parsing a flow node": "c_flow_node",
    "while scanning a plain scalar": "c_plain",
    "while scanning a block scalar": "c_block_scalar",
    "while scanning for the next token": "c_next_token",
    "while parsing a node": "c_node",
}

_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dashes>(?:- +)*)"
                       r"(?P<key>[^\s#:'\"\[{][^:#]*?|'[^']*'|\"[^\"]*\")"
                       r":(?:\s|$)")
_DASH_LINE = re.compile(r"^(?P<indent> *)- ")


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _key_column(line: str) -> tuple[int, str] | None:
    """0-based column and name of the key a line starts with (after any ``- ``)."""
    m = _KEY_LINE.match(line)
    if m is None:
        return None
    return len(m["indent"]) + len(m["dashes"]), m["key"].strip().strip("'\"")


def quote(text: str) -> str:
    """``text`` as a quoted YAML scalar (double quotes unless it holds one)."""
    if '"' in text and "'" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _colon_in_text(lines: list[str], line: int, col: int) -> Found | None:
    """``key: some: text`` -> quote the text."""
    here = lines[line - 1]
    m = _KEY_LINE.match(here)
    if m is None:
        return None
    value_start = m.end()
    while value_start < len(here) and here[value_start] == " ":
        value_start += 1
    if value_start >= col - 1 or here[value_start:value_start + 1] in ("", "'", '"', "[",
                                                                       "{", "|", ">"):
        return None
    value = here[value_start:]
    comment = re.search(r"\s#", value)
    if comment:
        value = value[:comment.start()]
    value = value.rstrip()
    key = m["key"].strip()
    return (line, value_start + 1, "colon_in_text", None,
            {"key": key, "fixed": f"{key}: {quote(value)}"})


def _missing_colon(lines: list[str], key_line: int) -> Found | None:
    """A line read as the start of a key that never got its ``:``."""
    if not 0 < key_line <= len(lines):
        return None
    here = lines[key_line - 1]
    m = re.match(r"^( *(?:- +)*)(\S+)(.*)$", here)
    if m is None or ":" in m[2]:
        return None
    lead, key, rest = m[1], m[2], m[3].strip()
    fixed = f"{key}: {rest}" if rest else f"{key}:"
    return (key_line, len(lead) + len(key) + 1, "missing_colon", None,
            {"key": key, "fixed": fixed})


def _indentation(lines: list[str], line: int) -> Found | None:
    """The item on ``line`` is out of line with the one before it of its kind."""
    if not 0 < line <= len(lines) or not _content(lines[line - 1]):
        return None
    here = lines[line - 1]
    dash = _DASH_LINE.match(here)
    if dash is not None:
        col = len(dash["indent"])
        for back in range(line - 1, 0, -1):
            prev = lines[back - 1]
            other = _DASH_LINE.match(prev)
            if other is not None:
                delta = col - len(other["indent"])
                if delta == 0:
                    return None
                return (line, col + 1,
                        "indent_item_more" if delta > 0 else "indent_item_less",
                        "indent_item_hint",
                        {"item": here.strip(), "n": abs(delta), "other": back})
        return None
    found = _key_column(here)
    if found is None:
        return None
    col, key = found
    for back in range(line - 1, 0, -1):
        prev = lines[back - 1]
        if not _content(prev):
            continue
        other_key = _key_column(prev)
        if other_key is None:
            continue
        delta = col - other_key[0]
        if delta == 0:
            return None
        return (line, col + 1, "indent_key_more" if delta > 0 else "indent_key_less",
                "indent_key_hint",
                {"key": key, "other_key": other_key[1], "n": abs(delta), "other": back})
    return None


def parser_problem(text: str, exc: Any) -> Found:
    """The diagnostic for a parser error ``exc`` (a ruamel ``MarkedYAMLError``)."""
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    context = (exc.context or "").strip() if exc.problem else ""
    context_line = exc.context_mark.line + 1 if exc.context_mark is not None else None
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    if "tab" in problem or here[col - 1:col] == "\t" or here[:col].lstrip(" ").startswith("\t"):
        return line, col, "yaml_tab", "yaml_tab_hint", {}
    found: Found | None = None
    if problem == "mapping values are not allowed in this context" and here:
        found = _colon_in_text(lines, line, col) or _indentation(lines, line)
    elif problem == "could not find expected ':'" and context_line is not None:
        found = _missing_colon(lines, context_line)
    elif problem in ("did not find expected key", "did not find expected '-' indicator") or (
            problem.startswith("expected <block end>")):
        found = _indentation(lines, line)
    if found is not None:
        return found
    params: dict[str, Any] = {"problem": _phrase(PROBLEMS, problem)}
    if context and context_line is not None and exc.context_mark is not mark:
        params.update(context=_phrase(CONTEXTS, context), line=context_line)
        return line, col, "yaml_syntax", "yaml_syntax_context", params
    if context:
        params["context"] = _phrase(CONTEXTS, context)
        return line, col, "yaml_syntax", "yaml_syntax_context_here", params
    return line, col, "yaml_syntax", None, params


def _phrase(known: dict[str, str], text: str) -> Any:
    from cxmap.i18n import Phrase

    key = known.get(text)
    return Phrase(f"diagnostics.{key}") if key else Phrase("diagnostics.verbatim", text=text)


#: dashes that look like a minus when copied from a report or a word processor
_DASHES = dict.fromkeys(map(ord, "\u2212\u2013\u2012\u2010\u2011\u2014\ufe63\uff0d"), "-")
_WHOLE = re.compile(r"[-+]?[0-9]+\Z")


def number_slip(value: Any) -> tuple[str, str] | None:
    """A score written as text by a slip: ``(hint key, the number to write)``.

    ``−1`` with a typographic minus -> write ``-1``; ``"+1"`` in quotes ->
    remove the quotes.  (A plain ``+1`` or ``-1`` is already a number, so a
    text that reads as a whole number was quoted.)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    plain = text.translate(_DASHES)
    if plain != text and _WHOLE.match(plain):
        return "typographic_minus", plain
    if _WHOLE.match(text):
        return "remove_quotes", text
    return None


_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\Z")


def identifier_suggestion(value: Any) -> str | None:
    """The identifier someone meant: ``wniosek-oddział`` -> ``wniosek-oddzial``
    (no diacritics, spaces as ``-``); ``None`` when there is no clear one."""
    import unicodedata

    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKD", value.strip().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\s+", "-", text).lstrip("-_")
    return text if text != value and _ID.match(text) else None
