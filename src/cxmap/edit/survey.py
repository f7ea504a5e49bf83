"""Read survey data into counts per touchpoint: answers, counts, or a
Qualtrics export (with a ``--columns`` TOML file).

Every row is checked before anything is counted; a problem is a
:class:`~cxmap.edit.scores.RowProblem` (the CSV line number and a message),
and one problem means nothing is written.  The three shapes of the same
answers give the same counts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from cxmap.edit.scores import SUGGESTIONS, RowProblem
from cxmap.edit.table import Table
from cxmap.i18n import Language, t
from cxmap.metrics.survey import METRICS, SCALES, Estimate, classify
from cxmap.model.journey import MAX_COUNT
from cxmap.util.closest import Closest

_WHOLE = re.compile(r"[+-]?\d+(?:[.,]0+)?\Z")
_IMPORT_ID = re.compile(r'^\s*\{\s*"ImportId"\s*:\s*"([^"]*)"')
ANSWER_COLUMNS = ("touchpoint", "metric", "value")
COUNT_COLUMNS = ("touchpoint", "metric", "responses", "positive", "negative")


class ColumnsError(Exception):
    """The ``--columns`` file cannot be used; ``line`` is where (1 if unknown)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line, self.message = line, message


@dataclass
class Counts:
    metric: str
    responses: int = 0
    positive: int = 0
    negative: int = 0
    row: int = 0  # where the touchpoint's metric was first given


@dataclass
class SurveyData:
    """What the data says: touchpoint id -> counts, in the order first seen."""

    counts: dict[str, Counts] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    shape: str = ""  # "answers", "counts" or "qualtrics"


@dataclass
class SurveyLine:
    """One touchpoint's result of an import: its estimate, its score before
    and after, and why the score was left alone (``None`` when it was set:
    ``"responses"`` or ``"confidence"``)."""

    touchpoint: str
    metric: str
    estimate: Estimate
    old: int | None
    new: int | None
    held: str | None = None


@dataclass(frozen=True)
class Column:
    """One Qualtrics column: the touchpoint and metric its answers count for."""

    touchpoint: str
    metric: str


def whole(value: Any) -> int | None:
    """A whole number as a survey writes it (``4``, ``4.0``, ``4,0``)."""
    if isinstance(value, str):
        value = value.strip()
        if value.isascii() and value.isdigit():  # the common case: 0-10
            return int(value)
        value = value.replace("\u2212", "-")
        if not _WHOLE.match(value):
            return None
        return int(re.split(r"[.,]", value)[0])
    return None


def read_columns(text: str, lang: Language = Language.EN) -> dict[str, Column]:
    """The ``[columns]`` table of a ``--columns`` TOML file: column name or
    ImportId -> touchpoint and metric (raises :class:`ColumnsError`)."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from cxmap.util.tomlerror import toml_problem

        problem = toml_problem(exc, text, lang)
        reason = f"{problem.reason} {problem.position}".strip()
        raise ColumnsError(problem.line, t("survey.columns_not_toml", lang,
                                           reason=reason)) from None
    table = data.get("columns")
    if not isinstance(table, dict) or not table:
        raise ColumnsError(1, t("survey.columns_no_table", lang))
    out: dict[str, Column] = {}
    for key, entry in table.items():
        line = _line_of(text, key)
        if not isinstance(entry, dict) or set(entry) != {"touchpoint", "metric"} \
                or not all(isinstance(v, str) for v in entry.values()):
            raise ColumnsError(line, t("survey.columns_entry", lang, key=key))
        out[key] = Column(entry["touchpoint"], entry["metric"])
    return out


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r'\s*["\']?' + re.escape(key) + r'["\']?\s*=', line):
            return number
    return 1


class _Counter:
    """Collects answers and counts, checking touchpoints and metrics."""

    def __init__(self, known_ids: list[str], lang: Language) -> None:
        self.known_ids, self.known, self.lang = known_ids, set(known_ids), lang
        self.data = SurveyData()
        # "did you mean" in bounded time, for the first unknown ids only
        # (as import-scores: 2,000 near misses once took more than a minute)
        self.finder = Closest(known_ids)
        self.hints_left = SUGGESTIONS

    def problem(self, at: int, key: str, **params: Any) -> None:
        self.data.problems.append(RowProblem(at, t(f"survey.{key}", self.lang, **params)))

    def touchpoint(self, row: int, value: Any) -> str | None:
        ident = str(value).strip() if value is not None else ""
        if ident in self.known:
            return ident
        close = self.finder.match(ident, cutoff=0.75) if self.hints_left > 0 else None
        self.hints_left -= 1
        if close:
            self.problem(row, "unknown_touchpoint_hint", id=ident, hint=close)
        else:
            self.problem(row, "unknown_touchpoint", id=ident)
        return None

    def metric(self, row: int, value: Any) -> str | None:
        word = str(value).strip().lower() if value is not None else ""
        if word in SCALES:
            return word
        self.problem(row, "unknown_metric", metric=str(value or "").strip(),
                     metrics=", ".join(METRICS))
        return None

    def counts_for(self, row: int, ident: str, metric: str) -> Counts | None:
        found = self.data.counts.get(ident)
        if found is None:
            found = self.data.counts[ident] = Counts(metric, row=row)
        elif found.metric != metric:
            self.problem(row, "two_metrics", id=ident, metric=metric, first=found.metric,
                         row=found.row)
            return None
        return found

    def answer(self, row: int, ident: str, metric: str, value: Any,
               number: int | None = None) -> None:
        """Count one answer (``number``: ``value`` already read as a whole number)."""
        counts = self.counts_for(row, ident, metric)  # two metrics: said first
        if counts is None:
            return
        if number is None:
            number = whole(value)
        low, high = SCALES[metric][:2]
        if number is None or not low <= number <= high:
            self.problem(row, "off_scale", value=str(value).strip(), metric=metric, low=low,
                         high=high)
            return
        kind = classify(number, metric)
        counts.responses += 1
        counts.positive += kind == 1
        counts.negative += kind == -1


def _cell(row: list[Any], index: int) -> Any:
    return row[index] if index < len(row) else None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _positions(header: list[str], wanted: tuple[str, ...]) -> dict[str, int] | None:
    lowered = [h.strip().lower() for h in header]
    if not all(w.lower() in lowered for w in wanted):
        return None
    return {w: lowered.index(w.lower()) for w in wanted}


def is_qualtrics(table: Table) -> bool:
    """Whether the table is a Qualtrics export (its third header row holds ImportIds)."""
    return len(table.rows) >= 2 and any(
        isinstance(c, str) and _IMPORT_ID.match(c) for c in table.rows[1])


def read_survey(table: Table, known_ids: list[str], lang: Language,
                columns: dict[str, Column] | None = None) -> SurveyData:
    """Count the answers of ``table`` per touchpoint; every problem is listed."""
    counter = _Counter(known_ids, lang)
    data = counter.data
    if not table.header:
        counter.problem(1, "empty")
        return data
    if columns is not None:
        data.shape = "qualtrics"
        _read_qualtrics(table, columns, counter)
    elif (at := _positions(table.header, COUNT_COLUMNS)) is not None:
        data.shape = "counts"
        _read_counts(table, at, counter)
    elif (at := _positions(table.header, ANSWER_COLUMNS)) is not None:
        data.shape = "answers"
        _read_answers(table, at, counter)
    elif is_qualtrics(table):
        counter.problem(table.header_number, "qualtrics_needs_columns")
    else:
        counter.problem(table.header_number, "unknown_shape",
                        answers=", ".join(ANSWER_COLUMNS), counts=", ".join(COUNT_COLUMNS))
    data.counts = {k: c for k, c in data.counts.items() if c.responses}
    if not data.problems and not data.counts:
        counter.problem(table.header_number, "no_answers")
    return data


def _read_answers(table: Table, at: dict[str, int], counter: _Counter) -> None:
    for row, number in zip(table.rows, table.numbers, strict=True):
        cells = {k: _cell(row, i) for k, i in at.items()}
        if all(_blank(v) for v in cells.values()):
            continue
        ident = counter.touchpoint(number, cells["touchpoint"])
        metric = counter.metric(number, cells["metric"])
        if ident is None or metric is None:
            continue
        if _blank(cells["value"]):
            continue  # a question left unanswered
        counter.answer(number, ident, metric, cells["value"])


def _read_counts(table: Table, at: dict[str, int], counter: _Counter) -> None:
    seen: dict[str, int] = {}
    for row, number in zip(table.rows, table.numbers, strict=True):
        cells = {k: _cell(row, i) for k, i in at.items()}
        if all(_blank(v) for v in cells.values()):
            continue
        ident = counter.touchpoint(number, cells["touchpoint"])
        metric = counter.metric(number, cells["metric"])
        if ident is None or metric is None:
            continue
        if ident in seen:
            counter.problem(number, "touchpoint_twice", id=ident, first=seen[ident])
            continue
        seen[ident] = number
        values = {k: whole(cells[k]) for k in ("responses", "positive", "negative")}
        bad = [k for k, v in values.items() if v is None or not 0 <= v <= MAX_COUNT]
        if bad:
            counter.problem(number, "bad_count", column=bad[0],
                            value=str(cells[bad[0]] or "").strip())
            continue
        responses, positive, negative = (values[k] or 0 for k in
                                         ("responses", "positive", "negative"))
        if responses < 1:
            counter.problem(number, "no_responses")
            continue
        if positive + negative > responses:
            counter.problem(number, "counts_exceed_row", positive=positive, negative=negative,
                            responses=responses)
            continue
        counts = counter.counts_for(number, ident, metric)
        if counts is not None:
            counts.responses, counts.positive, counts.negative = responses, positive, negative


def _read_qualtrics(table: Table, columns: dict[str, Column], counter: _Counter) -> None:
    if not is_qualtrics(table):
        counter.problem(table.header_number, "not_qualtrics")
        return
    header = table.header
    import_ids = []
    for cell in table.rows[1]:
        m = _IMPORT_ID.match(cell) if isinstance(cell, str) else None
        if m:
            import_ids.append(m.group(1))
        else:
            import_ids.append(_import_id_json(cell))
    used: dict[int, Column] = {}
    named: dict[int, str] = {}
    header_row = table.header_number
    for key, column in columns.items():
        index = next((i for i, name in enumerate(header) if name == key), None)
        if index is None:
            index = next((i for i, qid in enumerate(import_ids) if qid == key), None)
        if index is None:
            counter.problem(header_row, "no_such_column", column=key)
            continue
        if header[index].endswith("_NPS_GROUP"):
            counter.problem(header_row, "nps_group_column", column=key)
            continue
        if index in named:  # by its name and by its ImportId
            counter.problem(header_row, "column_twice", column=key, first=named[index])
            continue
        named[index] = key
        ident = counter.touchpoint(header_row, column.touchpoint)
        metric = counter.metric(header_row, column.metric)
        if ident is None or metric is None:
            continue
        if counter.counts_for(header_row, ident, metric) is None:
            continue
        used[index] = Column(ident, metric)
    if counter.data.problems:
        return
    for index, column in sorted(used.items()):
        bad: list[int] = []
        for row, number in zip(table.rows[2:], table.numbers[2:], strict=True):
            value = _cell(row, index)
            if _blank(value):
                continue
            number_value = whole(value)
            if number_value is None:
                bad.append(number)
                if len(bad) == 1:
                    counter.problem(number, "choice_text", column=header[index],
                                    value=str(value).strip())
                continue
            counter.answer(number, column.touchpoint, column.metric, value, number_value)
        if len(bad) > 1:
            counter.problem(bad[1], "choice_text_more", column=header[index], n=len(bad) - 1)


def _import_id_json(cell: Any) -> str:
    try:
        value = json.loads(cell) if isinstance(cell, str) else None
    except ValueError:
        return ""
    found = value.get("ImportId") if isinstance(value, dict) else None
    return found if isinstance(found, str) else ""
