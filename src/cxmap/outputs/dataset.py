"""The warehouse export: valid journeys -> Parquet tables and DuckDB views.

Pure, like every output: journeys (and their score history) in, the bytes of
each file of the dataset out.  The tables and their columns are declared once,
in :data:`TABLES`; every row carries ``repo``, ``path`` and ``journey_id``.
Column types follow the format: lists as ``list<string>``, dates as
``date32``, scores as ``int8`` with nulls for "not scored", positions as
``int32``, survey counts as ``int64`` (the format allows any 64-bit count).

``views.sql`` defines the report's figures over these tables in DuckDB SQL.
It is generated from the constants of :mod:`cxmap.metrics` (the weight of a
moment of truth, the reach assumed when none was measured, which projects are
in the plan) and from the maps' configuration (after how many calendar months
a scoring is stale: :func:`cxmap.metrics.is_stale`, as ``scored_on +
INTERVAL n MONTH < current_date``), so the SQL and the reports share one
definition; a test runs both on the same maps and compares them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from cxmap.metrics import COMMITTED, MOT_WEIGHT, STALE_AFTER_MONTHS, UNKNOWN_REACH

if TYPE_CHECKING:
    import pyarrow as pa

    from cxmap.model.journey import Journey


@dataclass(frozen=True)
class DatasetMap:
    """One valid map of the dataset: where it comes from, and its model."""

    repo: str
    #: the map's path: relative to its repository's top folder when it is in git
    path: str
    journey: Journey
    #: after how many calendar months its scoring is stale (its configuration's
    #: stale-scoring ``months``)
    stale_months: int = STALE_AFTER_MONTHS


@dataclass(frozen=True)
class ScoreRow:
    """A touchpoint's score in one committed version of a map."""

    repo: str
    path: str
    journey_id: str
    touchpoint_id: str
    commit: str
    committed_at: datetime
    score: int | None
    scored_on: date | None


#: column name -> type name (see :func:`_arrow_type`), per table, in order
Columns = tuple[tuple[str, str], ...]
_KEYS: Columns = (("repo", "string"), ("path", "string"), ("journey_id", "string"))


def _columns(spec: str) -> Columns:
    """``"name:type name:type"`` -> the columns, after ``repo``, ``path``, ``journey_id``."""
    return (*_KEYS, *((name, kind) for name, kind in (c.split(":") for c in spec.split())))


TABLES: dict[str, Columns] = {
    "journeys": _columns("title:string description:string persona:string scored_on:date "
                         "language:string currency:string"),
    "stages": _columns("stage_id:string position:int32 name:string description:string"),
    "touchpoints": _columns(
        "stage_id:string touchpoint_id:string position:int32 name:string description:string "
        "branches:list channel:string owner:string score:int8 target:int8 "
        "moment_of_truth:bool customer_effort:bool confirmed:bool reach:float64 "
        "pillars:list evidence:list standard:string next:list notes:string "
        "survey_metric:string survey_responses:int64 survey_positive:int64 "
        "survey_negative:int64 scored_on:date"),
    "projects": _columns(
        "project_id:string position:int32 title:string kind:string cost:string impact:string "
        "impact_effective:string owner:string due:date budget:float64 status:string "
        "reversible:bool"),
    "project_touchpoints": _columns("project_id:string touchpoint_id:string position:int32"),
    "departments": _columns("department_id:string position:int32 name:string ambassador:string"),
}
HISTORY_TABLE = "score_history"
HISTORY_COLUMNS = _columns("touchpoint_id:string commit:string committed_at:timestamp "
                           "score:int8 scored_on:date")
VIEWS_FILE = "views.sql"


def file_names() -> tuple[str, ...]:
    """Every file a dataset folder can hold."""
    return (*(f"{name}.parquet" for name in (*TABLES, HISTORY_TABLE)), VIEWS_FILE)


def _arrow_type(name: str) -> pa.DataType:
    import pyarrow as pa

    types: dict[str, Callable[[], pa.DataType]] = {
        "string": pa.string, "int8": pa.int8, "int32": pa.int32, "int64": pa.int64,
        "float64": pa.float64,
        "bool": pa.bool_, "date": pa.date32, "list": lambda: pa.list_(pa.string()),
        "timestamp": lambda: pa.timestamp("us", tz="UTC")}
    return types[name]()


def schema(columns: Columns) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(kind)) for name, kind in columns])


# ----------------------------------------------------------------------------- rows
Row = dict[str, Any]


def _rows(table: str, m: DatasetMap) -> Iterator[Row]:
    from cxmap.model.journey import derive_impact

    j = m.journey
    keys: Row = {"repo": m.repo, "path": m.path, "journey_id": j.id}
    if table == "journeys":
        yield keys | {"title": j.title, "description": j.description, "persona": j.persona,
                      "scored_on": j.scored_on, "language": j.language,
                      "currency": j.currency}
    elif table == "stages":
        for i, s in enumerate(j.stages):
            yield keys | {"stage_id": s.id, "position": i, "name": s.name,
                          "description": s.description}
    elif table == "touchpoints":
        for i, (stage, tp) in enumerate(j.iter_touchpoints()):
            survey = tp.survey
            yield keys | {
                "stage_id": stage.id, "touchpoint_id": tp.id, "position": i,
                "name": tp.name, "description": tp.description,
                "branches": list(tp.branches or ([tp.branch] if tp.branch else [])),
                "channel": tp.channel, "owner": tp.owner, "score": tp.score,
                "target": tp.target, "moment_of_truth": tp.moment_of_truth,
                "customer_effort": tp.customer_effort, "confirmed": tp.confirmed,
                "reach": tp.reach, "pillars": list(tp.pillars or ()),
                "evidence": list(tp.evidence or ()), "standard": tp.standard,
                "next": tp.next, "notes": tp.notes,
                "survey_metric": survey.metric if survey else None,
                "survey_responses": survey.responses if survey else None,
                "survey_positive": survey.positive if survey else None,
                "survey_negative": survey.negative if survey else None,
                "scored_on": j.scored_on}
    elif table == "projects":
        for i, p in enumerate(j.projects or ()):
            yield keys | {
                "project_id": p.id, "position": i, "title": p.title, "kind": p.kind,
                "cost": p.cost, "impact": p.impact, "impact_effective": derive_impact(p, j),
                "owner": p.owner, "due": p.due, "budget": p.budget, "status": p.status,
                "reversible": p.reversible}
    elif table == "project_touchpoints":
        for p in j.projects or ():
            for i, tid in enumerate(p.touchpoints):
                yield keys | {"project_id": p.id, "touchpoint_id": tid, "position": i}
    elif table == "departments":
        for i, d in enumerate(j.departments or ()):
            yield keys | {"department_id": d.id, "position": i, "name": d.name,
                          "ambassador": d.ambassador}


def table(columns: Columns, rows: Iterable[Row]) -> pa.Table:
    """An Arrow table of ``rows`` (dicts by column name) with these columns."""
    import pyarrow as pa

    data: dict[str, list[Any]] = {name: [] for name, _ in columns}
    for row in rows:
        for name, values in data.items():
            values.append(row.get(name))
    return pa.Table.from_pydict(data, schema=schema(columns))


def parquet_bytes(tab: pa.Table) -> bytes:
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(tab, sink, compression="zstd")
    return sink.getvalue()


def history_rows(rows: Sequence[ScoreRow]) -> Iterator[Row]:
    for r in rows:
        yield {"repo": r.repo, "path": r.path, "journey_id": r.journey_id,
               "touchpoint_id": r.touchpoint_id, "commit": r.commit,
               "committed_at": r.committed_at, "score": r.score, "scored_on": r.scored_on}


def dataset_files(maps: Sequence[DatasetMap],
                  history: Sequence[ScoreRow] | None = None) -> dict[str, bytes]:
    """The files of the dataset: file name -> bytes (``history`` None: no
    ``score_history`` table)."""
    files = {f"{name}.parquet": parquet_bytes(table(columns, (row for m in maps
                                                                for row in _rows(name, m))))
             for name, columns in TABLES.items()}
    if history is not None:
        files[f"{HISTORY_TABLE}.parquet"] = parquet_bytes(
            table(HISTORY_COLUMNS, history_rows(history)))
    files[VIEWS_FILE] = views_sql(history is not None, maps).encode("utf-8")
    return files


# ----------------------------------------------------------------------------- views
def _sql_list(words: Iterable[str]) -> str:
    return ", ".join("'" + w.replace("'", "''") + "'" for w in words)


def _stale_cutoff(maps: Sequence[DatasetMap]) -> tuple[str, str]:
    """The SQL interval after which a scoring is stale, and the comment saying
    which months were used.  When the maps' configurations give different
    months, a ``CASE`` over their paths; the months most maps use (the fewer
    on a tie) are the ``ELSE``, for them and any other repository's map."""
    counts: dict[int, int] = {}
    for m in maps:
        counts[m.stale_months] = counts.get(m.stale_months, 0) + 1
    if len(counts) <= 1:
        months = next(iter(counts), STALE_AFTER_MONTHS)
        return f"INTERVAL {months} MONTH", f"{months} months"
    usual = min(counts, key=lambda n: (-counts[n], n))
    cases, said = [], []
    for months in sorted(counts):
        if months == usual:
            continue
        by_repo: dict[str, list[str]] = {}
        for m in maps:
            if m.stale_months == months:
                by_repo.setdefault(m.repo, []).append(m.path)
        test = " OR ".join(f"(repo = {_sql_list([repo])} AND path IN ({_sql_list(paths)}))"
                           for repo, paths in sorted(by_repo.items()))
        cases.append(f"\n         WHEN {test} THEN INTERVAL {months} MONTH")
        n = counts[months]
        said.append(f"{months} months for {n} {'map' if n == 1 else 'maps'}")
    sql = f"CASE{''.join(cases)}\n         ELSE INTERVAL {usual} MONTH END"
    return sql, (f"per map, as its configuration says: {', '.join(said)}, {usual} months "
                 f"for the other {counts[usual]} and any other map")


def views_sql(with_history: bool, maps: Sequence[DatasetMap] = ()) -> str:
    """DuckDB SQL: a view per table over the folder's Parquet files (unless a
    view of that name exists already, e.g. over every repository's partition),
    then the report's figures; a scoring is stale by the months each map's
    configuration gives (``maps``; none: the rule's default)."""
    tables = [*TABLES, *([HISTORY_TABLE] if with_history else [])]
    cutoff, cutoff_said = _stale_cutoff(maps)
    base = "\n".join(
        f"CREATE VIEW IF NOT EXISTS {name} AS SELECT * FROM read_parquet('{name}.parquet');"
        for name in tables)
    debt_share = (f"CASE WHEN score < 0 THEN (CASE WHEN moment_of_truth THEN {MOT_WEIGHT} "
                  f"ELSE 1 END) * -score * coalesce(reach, {UNKNOWN_REACH}) / 100 ELSE 0 END")
    return f"""\
-- The figures of cxmap's reports over a `cxmap dataset` folder, in DuckDB SQL.
-- Run it in the dataset's folder (`duckdb cx.duckdb < views.sql`), or create
-- the table views yourself first (for instance over every repository's
-- partition with hive_partitioning) and then run it: existing views are kept.
-- Definitions (the same as the reports'):
--   mean             mean score of the scored touchpoints (unscored left out)
--   experience debt  sum over touchpoints scored below 0 of
--                    weight x (-score) x reach / 100, weight {MOT_WEIGHT} for a moment of
--                    truth (else 1), an unmeasured reach counted as {UNKNOWN_REACH:g} %
--   stale scoring    no scoredOn, or scoredOn + the cutoff (calendar months:
--                    the stale-scoring rule's months in the maps' configuration)
--                    before today; cutoff used: {cutoff_said}
--   past due         a project in the plan ({' or '.join(COMMITTED)}, or no status)
--                    whose due date has passed

{base}

CREATE OR REPLACE VIEW journey_figures AS
SELECT j.repo, j.path, j.journey_id, j.title, j.scored_on,
       count(t.touchpoint_id) AS touchpoints,
       count(t.score) AS scored,
       avg(t.score) AS mean,
       coalesce(round(sum({debt_share}), 6), 0) AS experience_debt,
       count(*) FILTER (WHERE t.score < 0) AS pain_points,
       (j.scored_on IS NULL OR j.scored_on + {cutoff} < current_date) AS stale
FROM journeys j
LEFT JOIN touchpoints t USING (repo, path, journey_id)
GROUP BY ALL;

CREATE OR REPLACE VIEW moments_of_truth_below_zero AS
SELECT repo, path, journey_id, stage_id, touchpoint_id, name, score, reach, owner
FROM touchpoints
WHERE moment_of_truth AND score < 0
ORDER BY score, reach DESC NULLS LAST, repo, path, position;

CREATE OR REPLACE VIEW stale_scorings AS
SELECT repo, path, journey_id, title, scored_on,
       current_date - scored_on AS days_since_scoring
FROM journeys
WHERE scored_on IS NULL OR scored_on + {cutoff} < current_date;

CREATE OR REPLACE VIEW projects_past_due AS
SELECT repo, path, journey_id, project_id, title, owner, status, due,
       current_date - due AS days_past_due
FROM projects
WHERE due < current_date AND coalesce(status, '{COMMITTED[0]}') IN ({_sql_list(COMMITTED)})
ORDER BY due, repo, path, position;
"""
