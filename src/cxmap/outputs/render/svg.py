"""A small SVG builder: shapes and text with every value escaped.

Drawings that cxmap lays out itself (the journey-map canvas, the emotion
curve) are written with :class:`Svg`.  User text only ever reaches the
document as character data or as a quoted attribute value, escaped here, after
:func:`cxmap.outputs.render.text.clean` made it visible (no control characters,
no bidirectional overrides): it shows as typed and never becomes markup.

Text widths are estimated from DejaVu Sans's advance widths by character
class (:func:`text_width`), a little generously, so that wrapped text stays
inside its box whatever font the viewer substitutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

from cxmap.outputs.render.style import FONT

#: SVG's font-family list (CSS syntax: names with spaces quoted)
FONT_FAMILY = ", ".join(f"'{f}'" if " " in f else f for f in FONT.split(","))

_NARROW = set("iljI.,:;'!|()[]{}ıł`·")
_SEMI = set("frt\"*-/\\ ")
_WIDE = set("mwMWŒœ@%—…")


def _advance(ch: str) -> float:
    """Advance width of ``ch`` in em (DejaVu Sans, rounded up)."""
    if ch in _NARROW:
        return 0.32
    if ch in _SEMI:
        return 0.42
    if ch in _WIDE:
        return 0.95
    if ch.isupper() or ch.isdigit() or ch in "−+=<>#$&~?":
        return 0.72
    if ord(ch) > 0x2000:  # symbols, arrows, CJK: assume a full em
        return 1.0
    return 0.62


class _Advances(dict[str, float]):
    def __missing__(self, ch: str) -> float:
        self[ch] = width = _advance(ch)
        return width


_ADVANCES = _Advances()


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Estimated width of ``text`` set at ``size`` (same unit as ``size``)."""
    width = sum(map(_ADVANCES.__getitem__, text)) * size
    return width * 1.08 if bold else width


def fit_lines(text: str, width: float, size: float, *, bold: bool = False,
              max_lines: int | None = None, first: float | None = None) -> list[str]:
    """``text`` wrapped into lines no wider than ``width`` (estimated; the
    first line no wider than ``first`` when given); with ``max_lines``, the
    last kept line ends in ``…`` when text is left."""
    from cxmap.outputs.render.text import glue_short_words

    lines: list[str] = []

    def room() -> float:
        return first if first is not None and not lines else width

    for para in text.split("\n"):
        words = glue_short_words(para).split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold=bold) <= room() or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
            # a single word wider than the box is cut character by character
            while text_width(line, size, bold=bold) > room() and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and text_width(line[:cut], size, bold=bold) > room():
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    lines = [ln.replace("\u00a0", " ") for ln in lines]
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        limit = first if first is not None and max_lines == 1 else width
        while last and text_width(last + "…", size, bold=bold) > limit:
            last = last[:-1]
        kept[-1] = last.rstrip() + "…"
        return kept
    return lines


def ellipsize(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """``text`` on one line, cut with ``…`` to fit ``width``."""
    return fit_lines(text.replace("\n", " "), width, size, bold=bold, max_lines=1)[0]


def num(value: float) -> str:
    """A coordinate as short text (two decimals at most)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


_KEYS: dict[str, str] = {}
_SPECIAL = frozenset('&<>"\n\r\t')


def _attrs(attrs: dict[str, object]) -> str:
    out = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = _KEYS.get(key)
        if name is None:
            name = _KEYS[key] = key.rstrip("_").replace("_", "-")
        if isinstance(value, float):
            out.append(f' {name}="{num(value)}"')
            continue
        text = str(value)
        if _SPECIAL.isdisjoint(text):
            out.append(f' {name}="{text}"')
        else:
            out.append(f" {name}={quoteattr(text)}")
    return "".join(out)


class Svg:
    """An SVG document written element by element.

    Keyword arguments become attributes (``stroke_width`` -> ``stroke-width``,
    a trailing ``_`` is dropped: ``class_``); ``None``/``False`` omit one.
    """

    def __init__(self, width: float, height: float, *, title: str | None = None,
                 css_class: str | None = None) -> None:
        self.width = width
        self.height = height
        self._parts: list[str] = []
        self._open: list[str] = []
        self._head = (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
                      f'width="{num(width)}pt" height="{num(height)}pt" '
                      f'viewBox="0 0 {num(width)} {num(height)}"'
                      + _attrs({"class": css_class, "font-family": FONT_FAMILY}) + ">")
        if title:
            self._parts.append(f"<title>{escape(title)}</title>")

    def open(self, tag: str = "g", **attrs: object) -> None:
        self._parts.append(f"<{tag}{_attrs(attrs)}>")
        self._open.append(tag)

    def close(self) -> None:
        self._parts.append(f"</{self._open.pop()}>")

    def element(self, tag: str, **attrs: object) -> None:
        self._parts.append(f"<{tag}{_attrs(attrs)}/>")

    def rect(self, x: float, y: float, w: float, h: float, **attrs: object) -> None:
        self.element("rect", x=float(x), y=float(y), width=float(w), height=float(h), **attrs)

    def line(self, x1: float, y1: float, x2: float, y2: float, **attrs: object) -> None:
        self.element("line", x1=float(x1), y1=float(y1), x2=float(x2), y2=float(y2), **attrs)

    def circle(self, cx: float, cy: float, r: float, **attrs: object) -> None:
        self.element("circle", cx=float(cx), cy=float(cy), r=float(r), **attrs)

    def path(self, d: str, **attrs: object) -> None:
        self.element("path", d=d, **attrs)

    def text(self, x: float, y: float, text: str, size: float, **attrs: object) -> None:
        """One line of text; ``y`` is the baseline."""
        self._parts.append(f"<text{_attrs({'x': float(x), 'y': float(y)})}"
                           f"{_attrs({'font-size': float(size), **attrs})}>"
                           f"{escape(text)}</text>")

    def pieces(self, x: float, y: float, pieces: Sequence[str], size: float, *,
               sep: str, piece_class: str, sep_class: str, **attrs: object) -> None:
        """One line of text in pieces joined by ``sep``: the first piece is the
        element's own text, the others follow as ``<tspan>``s (so the font's
        own widths place them)."""
        out = [f"<text{_attrs({'x': float(x), 'y': float(y)})}"
               f"{_attrs({'font-size': float(size), **attrs, 'class': piece_class})}>"
               f"{escape(pieces[0])}"]
        for piece in pieces[1:]:
            out.append(f'<tspan class="{sep_class}">{escape(sep)}</tspan>'
                       f'<tspan class="{piece_class}">{escape(piece)}</tspan>')
        self._parts.append("".join(out) + "</text>")

    def lines(self, x: float, y: float, lines: Iterable[str], size: float, leading: float,
              **attrs: object) -> None:
        """Several lines, the first baseline at ``y``."""
        for i, line in enumerate(lines):
            self.text(x, y + i * leading, line, size, **attrs)

    def raw(self, markup: str) -> None:
        """Markup made by cxmap itself (never user text)."""
        self._parts.append(markup)

    def __str__(self) -> str:
        if self._open:
            raise ValueError(f"unclosed <{self._open[-1]}>")
        return self._head + "".join(self._parts) + "</svg>"


XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
