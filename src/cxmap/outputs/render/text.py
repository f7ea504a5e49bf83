"""Making user text safe for diagrams: it must show as typed, never as markup.

* control characters (which make SVG invalid XML) become their visible
  Unicode "control picture" (U+2401 ... for ``\\x01``), tabs become spaces,
  ``\\r\\n`` and ``\\r`` become ``\\n`` (a line break in the label);
* very long texts are cut with an ellipsis (Graphviz rejects labels over
  16,384 characters, and a 3,000-character box is unreadable anyway);
* names are wrapped at word boundaries to a readable width, never leaving a
  one-letter word (Polish *w, z, o, i, a, u*; English *a, I*) at the end of a
  line: it is joined to the next word by a no-break space.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxmap.model.journey import Journey

#: longest name shown in a diagram box (characters, before escaping)
MAX_NAME = 160
#: longest title / stage name / branch name
MAX_TITLE = 200


_VISIBLE: dict[int, int | str] = {c: 0x2400 + c for c in range(0x20)}  # control pictures
_VISIBLE.update({0x0A: 0x0A, 0x09: " ", 0x7F: 0x2421, 0xFFFE: 0xFFFD, 0xFFFF: 0xFFFD})
_VISIBLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_VISIBLE.update({c: 0xFFFD for c in range(0xD800, 0xE000)})
# bidirectional embeddings, overrides and isolates would reorder what follows
# them (a name could show as a different name): shown as U+FFFD instead
_VISIBLE.update({c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def clean(text: str, limit: int | None = None) -> str:
    """Visible, single-meaning characters only; ``\\n`` kept as a line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_VISIBLE)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def subtitle_parts(journey: Journey, branch: str | None,
                   words: Mapping[str, str]) -> list[str]:
    """What a drawing says under its title: the path drawn alone (``branch``),
    the persona, the scoring date."""
    parts: list[str] = []
    if branch is not None:
        names = {b.id: b.name for b in journey.branches or ()}
        parts.append(f"{words['path']}: {clean(names.get(branch, branch), 80)}")
    if journey.persona:
        parts.append(clean(journey.persona, MAX_TITLE))
    if journey.scored_on:
        parts.append(f"{words['scored_on']} {journey.scored_on.isoformat()}")
    return parts


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, broken at spaces (long words are
    broken too); each ``\n`` starts a new paragraph."""
    lines: list[str] = []
    for para in text.split("\n"):
        if len(para) <= width and para == para.strip() and not _TEXTWRAP_SPACE.search(para):
            lines.append(para)  # fits as it is: textwrap would return it unchanged
            continue
        lines.extend(textwrap.wrap(para, width=width, break_long_words=True,
                                   break_on_hyphens=False) or [""])
    return lines


#: the characters textwrap turns into spaces (a line holding one is wrapped by it)
_TEXTWRAP_SPACE = re.compile("[\t\x0b\x0c\r]")


#: one-letter words that typography keeps with the word after them
_SHORT_WORD = re.compile(r"(?<![^\s(\"„«])([wzoiauWZOIAU]) (?=\S)")
NBSP = "\u00a0"


def glue_short_words(text: str) -> str:
    """``text`` with each one-letter word joined to the next by a no-break
    space (``"sofa w salonie"`` -> ``"sofa w\u00a0salonie"``)."""
    return _SHORT_WORD.sub("\\1" + NBSP, text)


def wrap_words(text: str, width: int) -> list[str]:
    """:func:`wrap` that leaves no one-letter word at the end of a line."""
    lines = [line.replace(NBSP, " ") for line in wrap(glue_short_words(text), width)]
    # a word longer than the line was broken: move a stranded letter down
    for i in range(len(lines) - 1):
        head, _, last = lines[i].rpartition(" ")
        if head and len(last) == 1 and last in "wzoiauWZOIAU" and lines[i + 1]:
            lines[i], lines[i + 1] = head, f"{last} {lines[i + 1]}"
    return lines


def html_text(text: str) -> str:
    """Escape for a Graphviz HTML-like label: ``&``, ``<``, ``>`` and quotes as
    entities, and backslashes doubled (Graphviz expands ``\\N``, ``\\l``... even
    inside HTML-like labels, also when written as ``&#92;``)."""
    return html.escape(text, quote=True).replace("\\", "\\\\")


def html_lines(lines: list[str]) -> str:
    """Escaped lines joined by ``<BR/>``."""
    return "<BR/>".join(html_text(line) for line in lines)


def score_text(score: int | None) -> str:
    """A score as people write it: ``−2``, ``0``, ``+1`` (U+2212 minus)."""
    if score is None:
        return "?"
    if score > 0:
        return f"+{score}"
    if score < 0:
        return f"\u2212{-score}"
    return "0"
