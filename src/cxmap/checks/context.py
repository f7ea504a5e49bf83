"""What a check is given, and how it reports."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from cxmap.checks.settings import SurveySettings
from cxmap.diagnostics import FORMAT_RULES, Diagnostic, Rule, Severity
from cxmap.i18n import t
from cxmap.load.yaml import Document, KeyPath
from cxmap.util.closest import Closest

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey


#: the problems kept per file; the rest are counted in one CX013 line (a file
#: with 500,000 repeated mistakes once took 24 s and 1 GB to report)
MAX_DIAGNOSTICS = 200


def more_problems(file: str, kept: list[Diagnostic], omitted: int,
                  errors: bool) -> Diagnostic:
    """The one CX013 line counting the problems not listed (after the last one
    listed); an error when any of them is an error, so the exit code still
    reflects every problem."""
    last = max(kept, key=Diagnostic.sort_key) if kept else None
    params = {"n": omitted, "limit": MAX_DIAGNOSTICS}
    severity = Severity.ERROR if errors else FORMAT_RULES["CX013"].severity
    return Diagnostic(file, last.line if last else 1, last.column + 1 if last else 1, "CX013",
                      t("safety.more_diagnostics", **params), severity=severity,
                      key="safety.more_diagnostics", params=params)


@dataclass
class CheckContext:
    """One parsed file under check: its display name and its document.

    Rule objects also find here the validated model (``journey``, for rules of
    the model and graph phases), the journey graph (built on first use), the
    options of the rule running (``options``) and the day the checks run
    (``today``: fixed by tests, so rules about dates are deterministic).
    """

    file: str
    doc: Document
    diagnostics: list[Diagnostic] = field(default_factory=list)
    journey: Journey | None = None
    today: date = field(default_factory=date.today)
    #: the rule object running, and its options
    rule: Rule | None = None
    options: Any = None
    #: how survey blocks are read ([tool.cxmap.survey]: cut points, minimums)
    survey: SurveySettings = field(default_factory=SurveySettings)
    _graph: JourneyGraph | None = None
    _ids: dict[str, dict[str, KeyPath]] = field(default_factory=dict)
    _touchpoints: list[tuple[KeyPath, dict[str, Any]]] | None = None
    _closest: dict[int, Closest] = field(default_factory=dict)
    #: problems found beyond :data:`MAX_DIAGNOSTICS` (counted, not kept)
    omitted: int = 0
    omitted_errors: bool = False

    @property
    def full(self) -> bool:
        """Whether :data:`MAX_DIAGNOSTICS` problems are kept: the rest is only counted."""
        return len(self.diagnostics) >= MAX_DIAGNOSTICS

    def omit(self, count: int, severity: Severity) -> None:
        """Count ``count`` problems that are not kept (the file is :attr:`full`)."""
        self.omitted += count
        self.omitted_errors |= severity is Severity.ERROR

    def _room(self, severity: Severity) -> bool:
        if not self.full:
            return True
        self.omit(1, severity)
        return False

    def summary(self) -> Diagnostic | None:
        """The one "and N more" line when problems were left out (CX013)."""
        if not self.omitted:
            return None
        return more_problems(self.file, self.diagnostics, self.omitted, self.omitted_errors)

    @property
    def data(self) -> Any:
        return self.doc.data

    @property
    def graph(self) -> JourneyGraph:
        """The journey graph of the (valid) map."""
        if self._graph is None:
            from cxmap.graph.journey import build_graph

            assert self.journey is not None
            self._graph = build_graph(self.journey)
        return self._graph

    def say(self, path: KeyPath, message_key: str, *, key: bool = False,
            hint_key: str | None = None, code: str | None = None, **params: Any) -> None:
        """Report a problem of the running rule (or of the loader's ``code``)
        in catalogue words: ``message_key``/``hint_key`` name messages of
        :mod:`cxmap.i18n`."""
        rule = self.rule
        if code is None or (rule is not None and code == rule.code):
            assert rule is not None
            code, severity = rule.code, rule.severity
        else:
            severity = FORMAT_RULES[code].severity
        if not self._room(severity):
            return
        line, col = self.doc.locate(path, key=key)
        self.diagnostics.append(Diagnostic(
            self.file, line, col, code, t(message_key, **params),
            severity=severity,
            hint=t(hint_key, **params) if hint_key else None,
            key=message_key, hint_key=hint_key, params=params))

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

    def touchpoints(self) -> list[tuple[KeyPath, dict[str, Any]]]:
        """``(path, mapping)`` of every touchpoint (found once: most rules ask)."""
        if self._touchpoints is None:
            self._touchpoints = [found for spath, stage in self.items("stages")
                                 for found in self.items("touchpoints", stage, spath)]
        return self._touchpoints

    def ids(self, kind: str) -> dict[str, KeyPath]:
        """Where each id of a kind (``departments``, ``branches``, ``stages``,
        ``touchpoints``, ``projects``) is first defined."""
        known = self._ids.get(kind)
        if known is None:
            entries = self.touchpoints() if kind == "touchpoints" else self.items(kind)
            known = {}
            for path, obj in entries:
                ident = text_id(obj)
                if ident is not None and ident not in known:
                    known[ident] = path
            self._ids[kind] = known
        return known

    def closest(self, known: dict[str, KeyPath]) -> Closest:
        """The "did you mean" finder for one of :meth:`ids`' dicts (built once)."""
        finder = self._closest.get(id(known))
        if finder is None:
            finder = self._closest[id(known)] = Closest(known)
        return finder

    # -- where the objects of a valid map stand ------------------------------
    def touchpoint_paths(self) -> dict[str, KeyPath]:
        """Touchpoint id -> its path (for rules of the model phase)."""
        return self.ids("touchpoints")

    def raw(self, path: KeyPath) -> Any:
        """The raw value at ``path`` (``None`` when there is none)."""
        node = self.data
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return None
        return node


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
