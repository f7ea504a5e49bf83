"""The journey-map model (format version 1), exactly as docs/format.md defines it.

Keys are camelCase in YAML and snake_case in Python.  The classes are frozen
stdlib dataclasses; their annotations are the format's types, strict where
the format is: whole-number scores, ``true``/``false`` only, text where text
is expected (``title: 2024`` must be quoted).  :mod:`cxmap.model.shape` reads
raw data along them (every problem, with its location, or the objects) and
:mod:`cxmap.schema` turns them into the JSON Schema.  Custom problem kinds
(``cx_*``) carry the meaning the diagnostics layer maps onto stable codes.

Cross-object rules (unique ids, references that resolve) are *not* here: they
run on the raw data in :mod:`cxmap.checks`, so a map with a type error still
gets its reference errors reported in the same run.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, ClassVar, Literal, get_args

from cxmap.model.shape import (
    Bound,
    Invalid,
    MinItems,
    NotBlank,
    Parse,
    Pattern,
    Problem,
    Unfit,
    keys_of,
    read,
    to_camel,
)
from cxmap.util.text import safe_repr

#: at most :data:`MAX_ID` characters (a 100,000-character id broke Graphviz)
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$"
MAX_ID = 100
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REACH_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")

#: The closed vocabularies of the format: each declared once, as the type the
#: model validates, and as the tuple of its words (for messages and checks).
Level = Literal["low", "medium", "high"]
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


def identifier_error(value: Any) -> str:
    """Why ``value`` is not an identifier (see ``Identifier``)."""
    if isinstance(value, str) and len(value) > MAX_ID:
        return (f"{safe_repr(value)} is too long for an identifier: {len(value)} characters, "
                f"at most {MAX_ID}")
    return (f"{safe_repr(value)} is not a valid identifier: use letters, digits, '-' and '_', "
            "starting with a letter or digit")


def _iso_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE_RE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise Unfit("cx_date", f"{safe_repr(value)} is not a real calendar date") from None
    raise Unfit("cx_date", f"{safe_repr(value)} is not a date written YYYY-MM-DD")


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
        raise Unfit("cx_reach", f"reach {safe_repr(value)} is not a percentage from 0 to 100")
    return number


Identifier = Annotated[str, Pattern(ID_PATTERN)]
Text = str
Name = Annotated[str, NotBlank()]
Score = Annotated[int, Bound(ge=-2, le=2)]
IsoDate = Annotated[date, Parse(_iso_date, {"type": "string", "format": "date",
                                            "pattern": r"^\d{4}-\d{2}-\d{2}$"})]
Reach = Annotated[float, Parse(_reach, {"anyOf": [
    {"type": "number", "minimum": 0, "maximum": 100},
    {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*%\s*$"},
]})]


class _Base:
    """What every model class shares.

    The classes are ``@dataclass(kw_only=True, eq=False, repr=False)``: the
    comparison and the text of an object are written once, here, because
    every method a dataclass generates is compiled on every run of cxmap
    (for these six classes that was a fifth of ``cxmap validate``'s own
    start-up).  Objects are only made by :func:`cxmap.model.shape.read` and
    never changed afterwards (``dataclasses.replace`` makes a changed copy).
    ``__pydantic_config__`` is how pydantic sees them, for the JSON Schema.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid",
                                                     "alias_generator": to_camel}

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Base)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.__class__, *self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__dataclass_fields__)
        return f"{self.__class__.__name__}({shown})"

    __dataclass_fields__: ClassVar[dict[str, Any]]


@dataclass(kw_only=True, eq=False, repr=False)
class Department(_Base):
    id: Identifier
    name: Name
    ambassador: Text | None = None


@dataclass(kw_only=True, eq=False, repr=False)
class Branch(_Base):
    id: Identifier
    name: Name
    description: Text | None = None


@dataclass(kw_only=True, eq=False, repr=False)
class Survey(_Base):
    """The survey answers behind a touchpoint's score, counted
    (``positive + negative <= responses`` is checked on the raw data, CX205)."""

    metric: SurveyMetric
    responses: Annotated[int, Bound(ge=1)]
    positive: Annotated[int, Bound(ge=0)]
    negative: Annotated[int, Bound(ge=0)]
    fielded_on: IsoDate | None = None
    source: Text | None = None


@dataclass(kw_only=True, eq=False, repr=False)
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
    moment_of_truth: bool = False
    customer_effort: bool = False
    confirmed: bool = False
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


@dataclass(kw_only=True, eq=False, repr=False)
class Stage(_Base):
    id: Identifier
    name: Name
    description: Text | None = None
    touchpoints: list[Touchpoint]


@dataclass(kw_only=True, eq=False, repr=False)
class Project(_Base):
    id: Identifier
    title: Name
    kind: ProjectKind
    touchpoints: Annotated[list[Identifier], MinItems(1)]
    cost: Level | None = None
    impact: Level | None = None
    owner: Text | None = None
    due: IsoDate | None = None
    budget: Annotated[float, Bound(ge=0)] | None = None
    status: ProjectStatus | None = None
    reversible: bool | None = None


@dataclass(kw_only=True, eq=False, repr=False)
class Journey(_Base):
    """One journey map file."""

    cxmap: Literal[1]
    id: Identifier
    title: Name
    description: Text | None = None
    persona: Text | None = None
    scored_on: IsoDate | None = None
    language: Literal["en", "pl"] = "en"
    #: ISO 4217 code of the projects' ``budget`` (``PLN``, ``EUR``...)
    currency: Annotated[str, Pattern(r"^[A-Z]{3}$")] | None = None
    departments: list[Department] | None = None
    branches: list[Branch] | None = None
    stages: Annotated[list[Stage], MinItems(1)]
    projects: list[Project] | None = None

    @classmethod
    def from_data(cls, data: Any) -> "Journey":
        """The map raw data (from the YAML loader) describes; raises
        :class:`~cxmap.model.shape.Invalid` when it is not a valid map."""
        problems: list[Problem] = []
        journey = read(cls, data, problems)
        if journey is None:
            raise Invalid(problems)
        assert isinstance(journey, Journey)
        return journey

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
    return keys_of(OBJECT_MODELS[kind])
