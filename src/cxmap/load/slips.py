"""The YAML parser's complaints, told in the words of someone editing a map.

libyaml reports the slips analysts make most in its own jargon, and often on
the line after the one to fix.  :func:`parser_problem` looks at the text
around the parser's marks and recognises the usual slips:

* a colon inside a text (``name: Wizyta: oddział``): put the text in quotes;
* a missing ``:`` after a key (reported by libyaml on the next line);
* an item indented more or less than its neighbour;
* a text that starts with a character YAML reserves (``name: *NOWE* ...``,
  ``name: [Pilot] ...``, ``name: @dom``): put the text in quotes;
* a quote opened and never closed (the parser notices it lines later, or at
  the end of the file): close it on the line where it opens;
* a list item written without the space after its dash (``-Rejestr``);

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
    "did not find expected alphabetic or numeric character": "p_expected_alnum",
    "did not find expected comment or line break": "p_expected_line_break",
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
    "while scanning an alias": "c_alias",
    "while scanning an anchor": "c_anchor",
    "while scanning a tag": "c_tag",
    "while scanning a directive": "c_directive",
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


#: characters YAML gives a meaning at the start of a value
INDICATORS = "*&!@`%|>[{"
_DOUBLE_CLOSED = re.compile(r'"(?:[^"\\]|\\.)*"')
_SINGLE_CLOSED = re.compile(r"'(?:[^']|'')*'")


def _value_of(here: str) -> tuple[str | None, int, str] | None:
    """``(key or None for a bare list item, 0-based column, value)`` of a
    ``key: value`` or ``- value`` line; ``None`` for other lines."""
    m = _KEY_LINE.match(here)
    if m is not None:
        key: str | None = m["key"].strip()
        start = m.end()
    else:
        dash = re.match(r"^ *(?:- +)+", here)
        if dash is None:
            return None
        key, start = None, dash.end()
    while start < len(here) and here[start] == " ":
        start += 1
    return key, start, here[start:]


def _fixed_line(key: str | None, text: str) -> str:
    return f"{key}: {quote(text)}" if key is not None else f"- {quote(text)}"


def quoted_line(text: str, line: int) -> str | None:
    """The ``key: value`` (or ``- value``) on ``line`` with its value quoted:
    the line to copy when a text was read as YAML syntax (``name: *NOWE``)."""
    lines = text.splitlines()
    found = _value_of(lines[line - 1]) if 0 < line <= len(lines) else None
    if found is None or not found[2].strip():
        return None
    key, _, value = found
    comment = re.search(r"\s#", value)
    return _fixed_line(key, (value[:comment.start()] if comment else value).rstrip())


def _indicator_in_text(lines: list[str], line: int) -> Found | None:
    """``name: *NOWE* Ankieta``, ``name: [Pilot] Ankieta``, ``name: @dom``:
    a text starting with a character YAML reserves, on ``line``."""
    if not 0 < line <= len(lines):
        return None
    found = _value_of(lines[line - 1])
    if found is None:
        return None
    key, start, value = found
    comment = re.search(r"\s#", value)
    if comment:
        value = value[:comment.start()]
    value = value.rstrip()
    if not value or value[0] not in INDICATORS:
        return None
    char = value[0]
    if char in "[{":
        close = value.find("]" if char == "[" else "}")
        if close < 0 or not value[close + 1:].strip():
            return None  # a list or an object that is not closed: not text
    elif char in "|>" and re.fullmatch(r"[|>][-+0-9]*", value):
        return None  # a block text's header
    params = {"char": char, "fixed": _fixed_line(key, value)}
    if key is None:
        return line, start + 1, "indicator_in_item", "quote_text_hint", params
    return line, start + 1, "indicator_in_text", "quote_text_hint", {"key": key, **params}


def _unclosed_quote(lines: list[str], last: int, start: int | None = None) -> Found | None:
    """A quote opened on a line (``start``, or the first line up to ``last``
    that looks like it) and never closed on it, with the map going on below
    as if it were: the parser reads on to the next quote, or to the end."""
    candidates = [start] if start is not None else range(1, min(last, len(lines)) + 1)
    for line in candidates:
        if not 0 < line <= len(lines):
            continue
        found = _value_of(lines[line - 1])
        if found is None:
            continue
        key, col, value = found
        if not value or value[0] not in "\"'":
            continue
        closed = _DOUBLE_CLOSED if value[0] == '"' else _SINGLE_CLOSED
        if closed.match(value):
            continue
        if start is None and not _goes_on(lines, line, col):
            continue
        text = value[1:].rstrip()
        return (line, col + 1, "unclosed_quote", "unclosed_quote_hint",
                {"key": key or "-", "fixed": _fixed_line(key, text)})
    return None


def _goes_on(lines: list[str], line: int, col: int) -> bool:
    """Whether the map continues after ``line`` as if its text had ended
    there: the next line with content is a key or a list item that starts
    left of the text (not a continuation of a text written over lines)."""
    for after in lines[line:]:
        if not _content(after):
            continue
        indent = len(after) - len(after.lstrip(" "))
        return indent < col and (_KEY_LINE.match(after) is not None
                                 or _DASH_LINE.match(after) is not None)
    return False


def _dash_without_space(lines: list[str], line: int) -> Found | None:
    """``-Rejestr`` under a key that holds a list: the dash needs a space."""
    if not 0 < line <= len(lines):
        return None
    here = lines[line - 1]
    m = re.match(r"^( *)-([^\s\-].*)$", here)
    if m is None:
        return None
    text = m[2].rstrip()
    return (line, len(m[1]) + 1, "dash_without_space", "dash_without_space_hint",
            {"fixed": f"- {text}"})


def _missing_colon(lines: list[str], key_line: int) -> Found | None:
    """A line read as the start of a key that never got its ``:``."""
    if not 0 < key_line <= len(lines):
        return None
    here = lines[key_line - 1]
    m = re.match(r"^( *(?:- +)*)(\S+)(.*)$", here)
    if m is None:
        return None
    glued = re.fullmatch(r"([^\s:'\"]+):(\S.*)", m[2] + m[3])
    if glued is not None and ":" not in glued[1]:  # `channel:poczta`
        fixed = f"{glued[1]}: {glued[2].strip()}"
        return (key_line, len(m[1]) + len(glued[1]) + 2, "colon_without_space", None,
                {"key": glued[1], "fixed": fixed})
    if ":" in m[2]:
        return None
    lead, key, rest = m[1], m[2], m[3].strip()
    fixed = f"{key}: {rest}" if rest else f"{key}:"
    return (key_line, len(lead) + len(key) + 1, "missing_colon", None,
            {"key": key, "fixed": fixed})


#: the list a list item's object holds (an item of ``stages`` holds ``touchpoints``)
_CHILD_LIST = {"stages": "touchpoints"}


def _missing_list_key(lines: list[str], line: int, col: int, item: int) -> Found | None:
    """A list under an object's key that has a value: the key that should
    hold the list (``touchpoints:`` under a stage) is missing above it."""
    above = next((n for n in range(line - 1, item, -1) if _content(lines[n - 1])), None)
    if above is None:
        return None
    found = _key_column(lines[above - 1])
    if found is None or found[0] >= col or not _value_of(lines[above - 1]):
        return None
    key_col, key = found
    value = _value_of(lines[above - 1])
    if value is None or not value[2].strip() or value[2].lstrip().startswith("#"):
        return None  # `key:` with nothing after it holds the list: not this slip
    outer = None
    item_col = len(lines[item - 1]) - len(lines[item - 1].lstrip(" "))
    for back in range(item - 1, 0, -1):
        holder = _key_column(lines[back - 1])
        if holder is not None and holder[0] <= item_col and lines[back - 1].rstrip().endswith(":"):
            outer = holder[1]
            break
    guess = _CHILD_LIST.get(outer or "")
    params = {"other_key": key, "other": above, "guess": guess or "", "indent": " " * key_col}
    if guess:
        return line, col + 1, "missing_list_key", "missing_list_key_hint", params
    return line, col + 1, "missing_list_key_any", "missing_list_key_any_hint", params


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
                if delta > 0:
                    missing = _missing_list_key(lines, line, col, back)
                    if missing is not None:
                        return missing
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
    if context == "while scanning a quoted scalar" and context_line is not None:
        found = _unclosed_quote(lines, line, context_line)
    found = found or _indicator_in_text(lines, line)
    if found is None and context_line is not None and context_line != line:
        found = _indicator_in_text(lines, context_line)
    found = found or _unclosed_quote(lines, line)
    if found is None and problem == "could not find expected ':'" and context_line is not None:
        found = _dash_without_space(lines, context_line)
    if found is not None:
        return found
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
