"""The journey-map model (format version 1), exactly as docs/format.md defines it.

The classes are frozen pydantic models: pydantic validates every map cxmap
reads (:mod:`cxmap.checks.schema` turns its errors into positioned
diagnostics) and makes the JSON Schema (:mod:`cxmap.schema`).  Keys are
camelCase in YAML and snake_case in Python.  Types are strict where the
format is: whole-number scores, ``true``/``false`` only, text where text is
expected (``title: 2024`` must be quoted); unknown keys are refused.  The
format's own error kinds (``cx_*``) are raised as ``PydanticCustomError``.

Cross-object rules (unique ids, references that resolve) are *not* here: they
run on the raw data in :mod:`cxmap.checks`, so a map with a type error still
gets its reference errors reported in the same run.
"""

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    WithJsonSchema,
)
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError

from cxmap.i18n import CODES
from cxmap.util.text import ISO_DATE, is_blank, safe_repr

#: at most :data:`MAX_ID` characters (a 100,000-character id broke Graphviz)
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$"
#: an ISO 4217 code: three capital letters (PLN, EUR)
CURRENCY_PATTERN = r"^[A-Z]{3}$"
MAX_ID = 100
_REACH_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")

#: The closed vocabularies of the format: each declared once, as the type the
#: model validates, and as the tuple of its words (for messages and checks).
Level = Literal["low", "medium", "high"]
if TYPE_CHECKING:
    LanguageCode = str
else:  # the catalogue's languages (cxmap.i18n.Language), one literal each
    LanguageCode = Literal[CODES]
Pillar = Literal["integrity", "resolution", "expectations", "time-and-effort",
                 "personalisation", "empathy"]
ProjectStatus = Literal["idea", "planned", "in-progress", "done", "dropped"]
ProjectKind = Literal["hard", "soft"]
SurveyMetric = Literal["csat5", "ces7", "nps11"]
PILLARS: tuple[str, ...] = get_args(Pillar)
LEVELS: tuple[str, ...] = get_args(Level)
STATUSES: tuple[str, ...] = get_args(ProjectStatus)
KINDS: tuple[str, ...] = get_args(ProjectKind)
SURVEY_METRICS: tuple[str, ...] = get_args(SurveyMetric)


def _iso_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("cx_date", "{value} is not a real calendar date",
                                      {"value": safe_repr(value), "calendar": True}) from None
    raise PydanticCustomError("cx_date", "{value} is not a date written YYYY-MM-DD",
                              {"value": safe_repr(value), "calendar": False})


def _reach(value: Any) -> float:
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:  # 1 followed by 309 zeros
            number = None
    elif isinstance(value, str):
        m = _REACH_RE.match(value)
        if m:
            number = float(m.group(1))
    if number is None or not 0 <= number <= 100:
        raise PydanticCustomError("cx_reach", "reach {value} is not a percentage from 0 to 100",
                                  {"value": safe_repr(value)})
    return number


def _not_blank(value: str) -> str:
    if is_blank(value):  # also only zero-width or other invisible characters
        raise PydanticCustomError("cx_empty_text", "must not be empty")
    return value


#: checked by pydantic-core's own regex engine; :mod:`cxmap.checks.schema`
#: words its ``string_pattern_mismatch``
Identifier = Annotated[StrictStr, Field(pattern=ID_PATTERN)]
Text = StrictStr
Name = Annotated[StrictStr, AfterValidator(_not_blank),
                 WithJsonSchema({"type": "string", "minLength": 1})]
Score = Annotated[StrictInt, Field(ge=-2, le=2)]
IsoDate = Annotated[date, BeforeValidator(_iso_date),
                    WithJsonSchema({"type": "string", "format": "date",
                                    "pattern": r"^\d{4}-\d{2}-\d{2}$"})]
Reach = Annotated[float, BeforeValidator(_reach), WithJsonSchema({"anyOf": [
    {"type": "number", "minimum": 0, "maximum": 100},
    {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*%\s*$"},
]})]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, frozen=True)


class Department(_Base):
    id: Identifier
    name: Name
    ambassador: Text | None = None


class Branch(_Base):
    id: Identifier
    name: Name
    description: Text | None = None


#: the largest survey count: a signed 64-bit integer
MAX_COUNT = 2**63 - 1


class Survey(_Base):
    """The survey answers behind a touchpoint's score, counted
    (``positive + negative <= responses`` is checked on the raw data, CX205)."""

    metric: SurveyMetric
    #: counts are 64-bit integers wherever they go (a warehouse's columns)
    responses: Annotated[StrictInt, Field(ge=1, le=MAX_COUNT)]
    positive: Annotated[StrictInt, Field(ge=0, le=MAX_COUNT)]
    negative: Annotated[StrictInt, Field(ge=0, le=MAX_COUNT)]
    fielded_on: IsoDate | None = None
    source: Text | None = None


class Touchpoint(_Base):
    id: Identifier
    name: Name
    description: Text | None = None
    branches: list[Identifier] | None = None
    branch: Identifier | None = None
    channel: Text | None = None
    owner: Text | None = None
    score: Score | None = None
    target: Score | None = None
    moment_of_truth: StrictBool = False
    customer_effort: StrictBool = False
    confirmed: StrictBool = False
    reach: Reach | None = None
    pillars: list[Pillar] | None = None
    evidence: list[Text] | None = None
    standard: Text | None = None
    next: list[Identifier] | None = None
    notes: Text | None = None
    survey: Survey | None = None

    @property
    def branch_ids(self) -> tuple[str, ...] | None:
        """The branches this touchpoint belongs to; ``None`` = shared by all."""
        if self.branches is not None:
            return tuple(self.branches)
        if self.branch is not None:
            return (self.branch,)
        return None

    @property
    def is_scored(self) -> bool:
        return self.score is not None


class Stage(_Base):
    id: Identifier
    name: Name
    description: Text | None = None
    touchpoints: list[Touchpoint]


class Project(_Base):
    id: Identifier
    title: Name
    kind: ProjectKind
    touchpoints: Annotated[list[Identifier], Field(min_length=1)]
    cost: Level | None = None
    impact: Level | None = None
    owner: Text | None = None
    due: IsoDate | None = None
    budget: Annotated[StrictFloat, Field(ge=0)] | None = None
    status: ProjectStatus | None = None
    reversible: StrictBool | None = None


class Journey(_Base):
    """One journey map file."""

    cxmap: Literal[1]
    id: Identifier
    title: Name
    description: Text | None = None
    persona: Text | None = None
    scored_on: IsoDate | None = None
    language: LanguageCode = "en"
    #: ISO 4217 code of the projects' ``budget`` (``PLN``, ``EUR``...)
    currency: Annotated[StrictStr, Field(pattern=CURRENCY_PATTERN)] | None = None
    departments: list[Department] | None = None
    branches: list[Branch] | None = None
    stages: Annotated[list[Stage], Field(min_length=1)]
    projects: list[Project] | None = None

    # -- navigation helpers used by graph, render, report and diff ---------
    def iter_touchpoints(self) -> Iterator[tuple[Stage, Touchpoint]]:
        """Every touchpoint with its stage, in journey order."""
        for stage in self.stages:
            for tp in stage.touchpoints:
                yield stage, tp

    @property
    def touchpoints(self) -> list[Touchpoint]:
        return [tp for _, tp in self.iter_touchpoints()]

    def touchpoint(self, tp_id: str) -> Touchpoint:
        for _, tp in self.iter_touchpoints():
            if tp.id == tp_id:
                return tp
        raise KeyError(tp_id)

    def stage_of(self, tp_id: str) -> Stage:
        for stage, tp in self.iter_touchpoints():
            if tp.id == tp_id:
                return stage
        raise KeyError(tp_id)

    @property
    def branch_ids(self) -> list[str]:
        return [b.id for b in self.branches or ()]

    def on_branch(self, tp: Touchpoint, branch_id: str) -> bool:
        """Whether a touchpoint lies on a branch's path (shared ones lie on all)."""
        ids = tp.branch_ids
        return ids is None or branch_id in ids


def derive_impact(project: Project, journey: Journey) -> str:
    """A project's customer-satisfaction impact: given, or derived.

    When ``impact`` is absent it is derived from the touchpoints the project
    improves (the method's priorities: lift every -2/-1 first, moments of
    truth matter most, reach tells how many customers a fix touches):

    * ``high`` if any of them is a moment of truth, scored -2, or has
      ``reach`` of 40 % or more;
    * ``medium`` if any is scored -1, is a customer-effort point, or has
      ``reach`` of 10 % or more;
    * ``low`` otherwise.
    """
    if project.impact is not None:
        return project.impact
    known = {tp.id: tp for tp in journey.touchpoints}
    tps = [known[t] for t in project.touchpoints if t in known]
    if any(tp.moment_of_truth or tp.score == -2 or (tp.reach or 0) >= 40 for tp in tps):
        return "high"
    if any(tp.score == -1 or tp.customer_effort or (tp.reach or 0) >= 10 for tp in tps):
        return "medium"
    return "low"


#: The model class for each kind of object, and the path pattern that finds it.
OBJECT_MODELS: dict[str, type[_Base]] = {
    "map": Journey,
    "department": Department,
    "branch": Branch,
    "stage": Stage,
    "touchpoint": Touchpoint,
    "project": Project,
    "survey": Survey,
}


def object_kind(path: tuple[str | int, ...]) -> str:
    """Which kind of object a path (to an object, not into it) designates."""
    if not path:
        return "map"
    if len(path) == 2:
        return {"departments": "department", "branches": "branch", "stages": "stage",
                "projects": "project"}.get(str(path[0]), "map")
    if len(path) == 4 and path[0] == "stages" and path[2] == "touchpoints":
        return "touchpoint"
    if len(path) == 5 and path[0] == "stages" and path[2] == "touchpoints" \
            and path[4] == "survey":
        return "survey"
    return "map"


def allowed_keys(kind: str) -> list[str]:
    """The keys an object of a kind may have, in the model's order."""
    return [f.alias or name for name, f in OBJECT_MODELS[kind].model_fields.items()]
