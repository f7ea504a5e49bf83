"""What a report says, computed once for every format (pure functions).

:func:`build_content` turns a journey into plain rows of text: numbers are
already formatted for the report's language (scores with their sign, means
with two decimals, percentages), user text is left exactly as typed - each
format escapes it for itself.  A section with nothing to say is ``None`` or
empty, and the templates skip it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cxmap.outputs.render import style as st
from cxmap.outputs.render.text import score_text

if TYPE_CHECKING:
    from cxmap.graph.journey import JourneyGraph
    from cxmap.model.journey import Journey, Project, Touchpoint

SCORES = (-2, -1, 0, 1, 2)
PILLAR_LAYERS = {"integrity": "foundation", "resolution": "foundation",
                 "expectations": "intermediate", "time-and-effort": "intermediate",
                 "personalisation": "differentiator", "empathy": "differentiator"}
_LEVEL_RANK = {"high": 0, "medium": 1, "low": 2}
_COST_RANK = {"low": 0, "medium": 1, "high": 2}
MINUS = "\u2212"


# ----------------------------------------------------------------- formatting
class Numbers:
    """Numbers as the report's language writes them."""

    def __init__(self, language: str) -> None:
        self.pl = language == "pl"

    def decimal(self, value: float, places: int = 2) -> str:
        text = f"{abs(value):,.{places}f}"
        if self.pl:
            text = text.replace(",", "\u00a0").replace(".", ",")
        return text

    def mean(self, values: list[int]) -> str:
        """A mean score with sign and two decimals (``+0.50``, ``0.00``, ``−1.25``)."""
        if not values:
            return "–"
        value = round(sum(values) / len(values), 2)
        sign = "+" if value > 0 else MINUS if value < 0 else ""
        return sign + self.decimal(value)

    def percent(self, value: float) -> str:
        text = self.decimal(value, 0 if float(value).is_integer() else 1)
        return text + ("\u00a0%" if self.pl else "%")

    def share(self, part: int, whole: int) -> str:
        return self.percent(round(100 * part / whole)) if whole else "–"

    def money(self, value: float) -> str:
        return self.decimal(value, 0 if float(value).is_integer() else 2)


# ----------------------------------------------------------------- rows
@dataclass
class TouchpointRow:
    id: str
    name: str
    stage: str
    score: str
    score_value: int | None
    target: str
    marks: str
    channel: str
    owner: str
    branch: str
    reach: str
    confirmed: str
    projects: str
    gap: str = ""


@dataclass
class StageSection:
    number: int
    name: str
    description: str
    #: "Mean score +0.25; 4 touchpoints."
    summary: str
    count: int
    rows: list[TouchpointRow]


@dataclass
class DistributionRow:
    score: str
    score_value: int | None
    meaning: str
    count: int
    share: str


@dataclass
class KeyMoment:
    kind: str
    name: str
    stage: str
    score: str
    score_value: int | None
    reach: str
    confirmed: str


@dataclass
class BranchRow:
    name: str
    count: int
    scored: str
    mean: str
    negative: int


@dataclass
class ConvergenceRow:
    name: str
    stage: str
    score: str
    score_value: int | None
    paths: str


@dataclass
class DepartmentRow:
    name: str
    ambassador: str
    owned: int
    mean: str
    negative: int


@dataclass
class PillarRow:
    name: str
    layer: str
    count: int
    mean: str
    negative: int


@dataclass
class ProjectRow:
    title: str
    kind: str
    impact: str
    cost: str
    quick_win: bool
    status: str
    owner: str
    due: str
    budget: str
    reversible: str
    lifts: str


@dataclass
class MatrixRow:
    impact: str
    cells: list[list[str]]


@dataclass
class StandardRow:
    """A touchpoint with its service standard (or, in the gaps, without one)."""

    name: str
    stage: str
    score: str
    score_value: int | None
    owner: str
    standard: str = ""


@dataclass
class EvidenceRow:
    name: str
    stage: str
    score: str
    score_value: int | None
    reach: str
    #: the ``evidence`` entries, each as typed
    sources: list[str]


@dataclass
class Content:
    language: str
    w: dict[str, str]
    title: str
    map_id: str
    description: str
    persona: str
    scored_on: str
    overview: list[tuple[str, str]]
    distribution: list[DistributionRow]
    key_moments: list[KeyMoment]
    confirmed_note: str
    priorities: list[TouchpointRow]
    below_target: list[TouchpointRow]
    stages: list[StageSection]
    branches: list[BranchRow]
    convergence: list[ConvergenceRow]
    departments: list[DepartmentRow]
    pillars: list[PillarRow]
    matrix_costs: list[str] = field(default_factory=list)
    matrix: list[MatrixRow] = field(default_factory=list)
    #: some projects (done, dropped) are not on the matrix
    matrix_left_out: bool = False
    projects: list[ProjectRow] = field(default_factory=list)
    #: service standards (METHOD step 7), by stage
    standards: list[StandardRow] = field(default_factory=list)
    #: touchpoints scored -1/-2 without a standard, priorities' order
    standard_gaps: list[StandardRow] = field(default_factory=list)
    #: evidence per touchpoint (METHOD steps 1 and 3), journey order
    evidence: list[EvidenceRow] = field(default_factory=list)
    #: "Scored touchpoints with no evidence at all: 3 of 20." (or "")
    evidence_missing_note: str = ""
    #: "Flags not yet confirmed …: 4 of 9." (or "")
    unconfirmed_note: str = ""
    #: flagged touchpoints not confirmed by research: to verify in the next wave
    unconfirmed: list[KeyMoment] = field(default_factory=list)


# ----------------------------------------------------------------- building
def _marks(tp: Touchpoint, w: dict[str, str], *, long: bool = False) -> str:
    """★ moment of truth, ⚠ effort: symbol and word (the diagram's short words,
    or the method's full terms with ``long``)."""
    out = []
    if tp.moment_of_truth:
        out.append(f"{st.MOT_SYMBOL} {w['mot_long' if long else 'mot_short']}")
    if tp.customer_effort:
        out.append(f"{st.EFFORT_SYMBOL} {w['effort_long' if long else 'effort_short']}")
    return ", ".join(out)


def _confirmed(tp: Touchpoint, w: dict[str, str]) -> str:
    if tp.confirmed:
        return w["yes"]
    if tp.moment_of_truth or tp.customer_effort:
        return w["hypothesis"]
    return w["no"]


def build_content(journey: Journey, graph: JourneyGraph, language: str, w: dict[str, str],
                  title: str | None = None) -> Content:
    """Everything the report shows, in the order it shows it."""
    num = Numbers(language)
    tps = journey.touchpoints
    stage_of = {tp.id: stage for stage, tp in journey.iter_touchpoints()}
    order = {tp.id: i for i, tp in enumerate(tps)}
    dept_names = {d.id: d.name for d in journey.departments or ()}
    branch_names = {b.id: b.name for b in journey.branches or ()}
    scored = [tp.score for tp in tps if tp.score is not None]

    projects_of: dict[str, list[Project]] = {}
    for project in journey.projects or ():
        for tp_id in project.touchpoints:
            projects_of.setdefault(tp_id, []).append(project)

    def owner(name: str | None) -> str:
        return dept_names.get(name, name) if name else ""

    def row(tp: Touchpoint) -> TouchpointRow:
        ids = tp.branch_ids
        branch = (w["all_paths"] if ids is None
                  else ", ".join(branch_names.get(b, b) for b in ids))
        return TouchpointRow(
            id=tp.id, name=tp.name, stage=stage_of[tp.id].name, score=score_text(tp.score),
            score_value=tp.score,
            target=score_text(tp.target) if tp.target is not None else "",
            marks=_marks(tp, w), channel=tp.channel or "", owner=owner(tp.owner),
            branch=branch if journey.branches else "",
            reach=num.percent(tp.reach) if tp.reach is not None else "",
            confirmed=_confirmed(tp, w),
            projects="; ".join(p.title for p in projects_of.get(tp.id, ())) or w["no_project"])

    # header
    overview = [(w["stages_n"], str(len(journey.stages))),
                (w["touchpoints_n"], str(len(tps)))]
    if journey.branches:
        overview.append((w["branches_n"], str(len(journey.branches))))
    if tps:
        overview.append((w["mean_score"], num.mean(scored) if scored else w["none_scored"]))
        overview.append((w["share_scored"], w["of"].format(a=len(scored), b=len(tps))
                         + f" ({num.share(len(scored), len(tps))})"))

    # key figures
    meanings = w["score_words"].split("|")
    distribution = [DistributionRow(score_text(s), s, meanings[i],
                                    sum(1 for v in scored if v == s),
                                    num.share(sum(1 for v in scored if v == s), len(tps)))
                    for i, s in enumerate(SCORES)]
    unscored = len(tps) - len(scored)
    distribution.append(DistributionRow("?", None, w["unscored_word"], unscored,
                                         num.share(unscored, len(tps))))
    if not tps:
        distribution = []
    key_moments = []
    flagged = [tp for tp in tps if tp.moment_of_truth or tp.customer_effort]
    for tp in flagged:
        key_moments.append(KeyMoment(
            _marks(tp, w, long=True), tp.name, stage_of[tp.id].name, score_text(tp.score), tp.score,
            num.percent(tp.reach) if tp.reach is not None else "", _confirmed(tp, w)))
    confirmed_note = (w["key_moments_note"].format(
        a=sum(tp.confirmed for tp in flagged), b=len(flagged)) if flagged else "")

    # priorities (METHOD step 6): every -2/-1, worst first, then by reach
    negative = [tp for tp in tps if tp.score is not None and tp.score < 0]
    negative.sort(key=lambda tp: (tp.score, -(tp.reach if tp.reach is not None else -1),
                                  order[tp.id]))
    priorities = [row(tp) for tp in negative]
    below = [tp for tp in tps if tp.score is not None and tp.score >= 0
             and tp.target is not None and tp.score < tp.target]
    below.sort(key=lambda tp: (-(tp.target - tp.score),  # type: ignore[operator]
                               -(tp.reach if tp.reach is not None else -1), order[tp.id]))
    below_target = []
    for tp in below:
        r = row(tp)
        r.gap = str(tp.target - tp.score)  # type: ignore[operator]
        below_target.append(r)

    # stages
    stages = []
    for n, stage in enumerate(journey.stages, 1):
        values = [tp.score for tp in stage.touchpoints if tp.score is not None]
        count = len(stage.touchpoints)
        stages.append(StageSection(
            n, stage.name, stage.description or "",
            w["stage_mean_one" if count == 1 else "stage_mean"].format(mean=num.mean(values),
                                                                       n=count),
            count, [row(tp) for tp in stage.touchpoints]))

    # branches and convergence
    branches: list[BranchRow] = []
    convergence: list[ConvergenceRow] = []
    if journey.branches:
        paths = graph.paths()
        by_id = {tp.id: tp for tp in tps}
        for b in journey.branches:
            path = [by_id[t] for t in paths.get(b.id, [])]
            values = [tp.score for tp in path if tp.score is not None]
            branches.append(BranchRow(b.name, len(path),
                                      w["of"].format(a=len(values), b=len(path)),
                                      num.mean(values), sum(1 for v in values if v < 0)))
    for tp_id in graph.convergence_points():
        tp = journey.touchpoint(tp_id)
        arriving: set[str] = set()
        for pred in graph.predecessors(tp_id):
            arriving |= graph.branches_of_edge(pred, tp_id)
        names = [branch_names[b] for b in journey.branch_ids if b in arriving]
        convergence.append(ConvergenceRow(tp.name, stage_of[tp_id].name, score_text(tp.score),
                                          tp.score, ", ".join(names)))

    # departments
    owned: dict[str, list[Touchpoint]] = {}
    for tp in tps:
        owned.setdefault(tp.owner or "", []).append(tp)
    departments = []
    ambassadors = {d.id: d.ambassador or "" for d in journey.departments or ()}
    keys = [d.id for d in journey.departments or ()]
    keys += [k for k in owned if k and k not in keys]
    if "" in owned and len(owned) > 1:
        keys.append("")
    if len(owned) > 1 or "" not in owned:
        for key in keys:
            members = owned.get(key, [])
            if not members:
                continue
            values = [tp.score for tp in members if tp.score is not None]
            departments.append(DepartmentRow(owner(key) if key else w["no_owner"],
                                             ambassadors.get(key, ""), len(members),
                                             num.mean(values), sum(1 for v in values if v < 0)))

    # pillars
    pillars = []
    for pillar, layer in PILLAR_LAYERS.items():
        members = [tp for tp in tps if tp.pillars and pillar in tp.pillars]
        if not members:
            continue
        values = [tp.score for tp in members if tp.score is not None]
        pillars.append(PillarRow(w[f"pillar.{pillar}"], w[f"layer.{layer}"], len(members),
                                 num.mean(values), sum(1 for v in values if v < 0)))

    content = Content(
        language=language, w=w, title=title if title is not None else journey.title,
        map_id=journey.id, description=journey.description or "",
        persona=journey.persona or "",
        scored_on=journey.scored_on.isoformat() if journey.scored_on else "",
        overview=overview, distribution=distribution, key_moments=key_moments,
        confirmed_note=confirmed_note, priorities=priorities, below_target=below_target,
        stages=stages, branches=branches, convergence=convergence, departments=departments,
        pillars=pillars)
    _projects(journey, content, num)

    # service standards (METHOD step 7): set ones by stage, then negatives without one
    for tp in tps:
        if _standard(tp):
            content.standards.append(StandardRow(
                tp.name, stage_of[tp.id].name, score_text(tp.score), tp.score, owner(tp.owner),
                _standard(tp)))
    content.standard_gaps = [StandardRow(tp.name, stage_of[tp.id].name, score_text(tp.score),
                                         tp.score, owner(tp.owner))
                             for tp in negative if not _standard(tp)]

    # evidence (METHOD steps 1 and 3)
    for tp in tps:
        sources = _sources(tp)
        if sources:
            content.evidence.append(EvidenceRow(
                tp.name, stage_of[tp.id].name, score_text(tp.score), tp.score,
                num.percent(tp.reach) if tp.reach is not None else "", sources))
    scored_tps = [tp for tp in tps if tp.score is not None]
    missing = sum(1 for tp in scored_tps if not _sources(tp))
    if missing:
        content.evidence_missing_note = w["evidence_missing"].format(a=missing,
                                                                     b=len(scored_tps))
    unconfirmed = [tp for tp in flagged if not tp.confirmed]
    if unconfirmed:
        content.unconfirmed_note = w["unconfirmed_note"].format(a=len(unconfirmed),
                                                                b=len(flagged))
        content.unconfirmed = [KeyMoment(
            _marks(tp, w, long=True), tp.name, stage_of[tp.id].name, score_text(tp.score),
            tp.score, num.percent(tp.reach) if tp.reach is not None else "", w["no"])
            for tp in unconfirmed]
    return content


def _standard(tp: Touchpoint) -> str:
    return (tp.standard or "").strip()


def _sources(tp: Touchpoint) -> list[str]:
    return [e for e in tp.evidence or () if e.strip()]


def _projects(journey: Journey, content: Content, num: Numbers) -> None:
    from cxmap.model.journey import derive_impact

    w = content.w
    projects = list(journey.projects or ())
    if not projects:
        return
    by_id = {tp.id: tp for tp in journey.touchpoints}
    impact = {p.id: derive_impact(p, journey) for p in projects}

    def rank(p: Project) -> tuple[int, int]:
        return (_LEVEL_RANK[impact[p.id]], _COST_RANK.get(p.cost or "", 3))

    ordered = sorted(projects, key=rank)   # stable: the map's order within a cell
    # the matrix is for choosing what to do: what is done or dropped is not on it
    open_ = [p for p in ordered if p.status not in ("done", "dropped")]
    content.matrix_left_out = len(open_) < len(ordered)
    costs = ["low", "medium", "high"] + (["?"] if any(p.cost is None for p in open_) else [])
    content.matrix_costs = [w[f"level.{c}"] if c != "?" else w["unknown"] for c in costs]
    for level in ("high", "medium", "low") if open_ else ():
        cells = [[p.title for p in open_ if impact[p.id] == level and (p.cost or "?") == c]
                 for c in costs]
        content.matrix.append(MatrixRow(w[f"level.{level}"], cells))
    for p in ordered:
        lifts = []
        for t in p.touchpoints:
            tp = by_id.get(t)
            if tp is not None:
                lifts.append(f"{tp.name} ({score_text(tp.score)})")
        impact_text = w[f"level.{impact[p.id]}"]
        if p.impact is None:
            impact_text += f" ({w['derived']})"
        content.projects.append(ProjectRow(
            title=p.title, kind=w[f"kind.{p.kind}"], impact=impact_text,
            cost=w[f"level.{p.cost}"] if p.cost else "",
            quick_win=impact[p.id] == "high" and p.cost == "low",
            status=w[f"status.{p.status}"] if p.status else "",
            owner=(next((d.name for d in journey.departments or () if d.id == p.owner), p.owner)
                   if p.owner else ""),
            due=p.due.isoformat() if p.due else "",
            budget=num.money(p.budget) if p.budget is not None else "",
            reversible="" if p.reversible is None else w["yes" if p.reversible else "no"],
            lifts="; ".join(lifts)))
