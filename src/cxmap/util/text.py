"""Showing values and names that came from others, safely.

* :func:`safe_repr` - a value as it may appear in a message: never longer than
  a line, never a 5,000-digit number (Python refuses to format an integer of
  more than 4,300 digits: ``0x`` + 3,600 ``f`` is one);
* :func:`display_name` - a file name as text that prints on any terminal and
  in any format: bytes that are not UTF-8 show as ``\\xNN``, control
  characters as escapes (``\\n``, ``\\x1b``), so a name cannot start a new
  line (a forged ``::error`` workflow command) or drive the terminal;
* :func:`visible` - any user text for a text output: control characters
  become their visible Unicode "control pictures" (``\\x1b`` -> U+241B),
  bidirectional overrides become U+FFFD; ``\\n`` and ``\\t`` stay.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

#: a date as the format writes it, YYYY-MM-DD (whether that day exists is
#: another question: 2024-02-30 has the shape)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_VISIBLE: dict[int, int | str] = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_VISIBLE.update({0x7F: 0x2421, 0xFFFE: 0xFFFD, 0xFFFF: 0xFFFD})
_VISIBLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_VISIBLE.update({c: 0xFFFD for c in range(0xD800, 0xE000)})
# bidirectional embeddings, overrides and isolates reorder what follows them
_VISIBLE.update({c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})

#: what :func:`visible` changes (a quick test before translating)
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069"
                    "\ufffe\uffff]")
_NAME_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_SGR = re.compile(r"(\x1b\[[0-9;]*m)")


def visible(text: str) -> str:
    """``text`` with control characters shown, not obeyed (``\\n``, ``\\t`` kept)."""
    return text.translate(_VISIBLE) if UNSAFE.search(text) else text


def visible_keeping_colour(text: str) -> str:
    """:func:`visible`, but colour codes (``ESC [ … m``) pass: for text that the
    program itself coloured, where user text was made visible before."""
    if not UNSAFE.search(text):
        return text
    parts = _SGR.split(text)
    return "".join(p if i % 2 else p.translate(_VISIBLE) for i, p in enumerate(parts))


def _escape_name_char(m: re.Match[str]) -> str:
    c = m.group()
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if c == "\n":
        return "\\n"
    if c == "\r":
        return "\\r"
    if c == "\t":
        return "\\t"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def display_name(name: str) -> str:
    """A file name fit to print: one line, valid UTF-8, no control characters."""
    return _NAME_UNSAFE.sub(_escape_name_char, name) if _NAME_UNSAFE.search(name) else name


def one_line(text: str) -> str:
    """``text`` on one line: line breaks and control characters escaped as in
    :func:`display_name` (for a diagnostic message, which is one line in
    every format)."""
    return display_name(text)


def safe_repr(value: Any, limit: int = 40) -> str:
    """``repr(value)`` for a message: short, and never an error."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > 128:
            return f"a number of about {int(value.bit_length() * 0.30103) + 1} digits"
        return repr(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 3] + "..."
        return repr(text)
    try:
        text = repr(value)
    except Exception:  # a value whose repr fails
        return f"a {type(value).__name__}"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def is_blank(text: str) -> bool:
    """Whether ``text`` shows nothing: only whitespace, zero-width and other
    invisible format characters (U+200B, U+FEFF, U+2060...), or controls."""
    if text[:1].isalnum():  # nearly every name: a visible first character
        return False
    return all(c.isspace() or unicodedata.category(c) in ("Cf", "Cc", "Zs", "Zl", "Zp")
               for c in text)
