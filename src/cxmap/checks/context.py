"""What a check is given, and how it reports."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cxmap.diagnostics import RULES, Diagnostic
from cxmap.load.yaml import Document, KeyPath


@dataclass
class CheckContext:
    """One parsed file under check: its display name and its document."""

    file: str
    doc: Document
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def data(self) -> Any:
        return self.doc.data

    def report(self, path: KeyPath, code: str, message: str, *, key: bool = False,
               hint: str | None = None) -> None:
        line, col = self.doc.locate(path, key=key)
        self.diagnostics.append(Diagnostic(self.file, line, col, code, message,
                                           severity=RULES[code].severity, hint=hint))

    # -- safe walking of raw data (it may be of any shape) ----------------
    def items(self, key: str, within: Any = None,
              path: KeyPath = ()) -> Iterator[tuple[KeyPath, dict[str, Any]]]:
        """``(path, mapping)`` for each mapping in the list under ``key``."""
        parent = self.data if within is None else within
        seq = parent.get(key) if isinstance(parent, dict) else None
        if not isinstance(seq, list):
            return
        for i, item in enumerate(seq):
            if isinstance(item, dict):
                yield (*path, key, i), item

    def touchpoints(self) -> Iterator[tuple[KeyPath, dict[str, Any]]]:
        for spath, stage in self.items("stages"):
            yield from self.items("touchpoints", stage, spath)


Check = Callable[[CheckContext], None]


def text_id(obj: dict[str, Any]) -> str | None:
    """The object's ``id`` if it is usable text."""
    value = obj.get("id")
    return value if isinstance(value, str) else None


def str_list(value: Any) -> Iterable[tuple[int | None, str]]:
    """``(index, text)`` for a reference field that is one id or a list of ids."""
    if isinstance(value, str):
        yield None, value
    elif isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, str):
                yield i, v
