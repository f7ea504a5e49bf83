"""What a report says, worded once for every format (pure functions).

The figures come from :mod:`cxmap.metrics`; :func:`build_content` only words
them: plain rows of text with numbers formatted for the report's language
(scores with their sign, means with two decimals, percentages, money with its
currency).  User text is left exactly as typed - each format escapes it for
itself.  A section with nothing to say is ``None`` or empty, and the
templates skip it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from cxmap.metrics import PILLAR_LAYERS, SCORES, Mean, is_overdue, journey_metrics
from cxmap.outputs.render import style as st
from cxmap.outputs.render.text import score_text

if TYPE_CHECKING:
    from cxmap.diff.compare import MapDiff
    from cxmap.graph.journey import JourneyGraph
    from cxmap.metrics import JourneyMetrics, ProjectFigures
    from cxmap.model.journey import Journey, Project, Touchpoint

MINUS = "\u2212"
NBSP = "\u00a0"
#: how many pain points the summary names
SUMMARY_PRIORITIES = 5


def counted(w: dict[str, str], key: str, n: int, language: str, **params: object) -> str:
    """The message ``key_one`` / ``key_few`` / ``key_many`` for ``n``."""
    from cxmap.i18n import language_of, plural_category

    return w[f"{key}_{plural_category(n, language_of(language))}"].format(n=n, **params)


# ----------------------------------------------------------------- formatting
class Numbers:
    """Numbers as the report's language writes them."""

    def __init__(self, language: str) -> None:
        from cxmap.i18n import language_of

        self.lang = language_of(language)

    def decimal(self, value: float, places: int = 2) -> str:
        from cxmap.i18n import decimal

        return decimal(f"{abs(value):,.{places}f}", self.lang, grouped=True)

    def signed(self, value: float | None, places: int = 2) -> str:
        """A number with its sign (``+0.50``, ``0.00``, ``−1.25``); ``–`` for none."""
        if value is None:
            return "–"
        value = round(value, places)
        sign = "+" if value > 0 else MINUS if value < 0 else ""
        return sign + self.decimal(value, places)

    def mean(self, mean: Mean | Sequence[int]) -> str:
        """A mean score (of a :class:`Mean`, or of scores) with sign and two
        decimals; ``–`` when nothing is scored."""
        if not isinstance(mean, Mean):
            mean = Mean(sum(mean), len(mean), len(mean))
        return self.signed(mean.value)

    def debt(self, value: float) -> str:
        """Experience debt: one decimal."""
        return self.decimal(value, 1)

    def percent(self, value: float) -> str:
        from cxmap.i18n import t

        return t("core.percent", self.lang,
                 n=self.decimal(value, 0 if float(value).is_integer() else 1))

    def share(self, part: int, whole: int) -> str:
        return self.percent(round(100 * part / whole)) if whole else "–"

    def money(self, value: float, currency: str = "") -> str:
        text = self.decimal(value, 0 if float(value).is_integer() else 2)
        return f"{text}{NBSP}{currency}" if currency else text


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
    #: "n 40, [0.18, 0.66]": the survey behind the score ("" without one)
    survey: str = ""


@dataclass
class StageSection:
    number: int
    name: str
    description: str
    #: "Mean score +0.25; 4 touchpoints."
    summary: str
    count: int
    rows: list[TouchpointRow]
    mean: str = ""
    mean_value: float | None = None


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
    #: a declared department with no ambassador named (flagged in the report)
    no_ambassador: bool = False


@dataclass
class PillarRow:
    name: str
    layer: str
    count: int
    mean: str
    negative: int
    mean_value: float | None = None


@dataclass
class ProjectRow:
    title: str
    impact_level: str
    cost_level: str
    open: bool
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
    #: planned or in-progress and past its due date (rule overdue-project)
    overdue: bool = False


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
class Figure:
    """One of the summary's key figures: label, value, and a short note."""

    label: str
    value: str
    note: str = ""
    #: "good" / "bad" / "" - how the value reads (a CSS class in HTML)
    tone: str = ""
    #: the change since the wave ``--compare`` names ("" without one)
    change: str = ""
    #: "good" / "bad" / "" - how the change reads
    change_tone: str = ""


@dataclass
class ChangeRow:
    name: str
    stage: str
    before: str
    before_value: int | None
    after: str
    after_value: int | None


@dataclass
class Changes:
    """What changed since the wave given with ``--compare``."""

    #: "wave of 2024-03-01 (old.cxmap.yaml)"
    since: str
    mean: str
    counts: list[tuple[str, int]]
    improved: list[ChangeRow]
    worsened: list[ChangeRow]
    drift: list[ChangeRow]
    drift_note: str


@dataclass
class Summary:
    #: label, value: the key figures as a two-column table
    overview: list[tuple[str, str]]
    #: the same figures with a note each (HTML's cards)
    figures: list[Figure]
    #: what experience debt means, and what it assumed
    debt_note: str
    priorities: list[TouchpointRow]
    #: "and 3 more touchpoints scored below 0" (or "")
    more_priorities: str
    quick_wins: list[ProjectRow]
    changes: Changes | None = None


@dataclass
class Content:
    language: str
    w: dict[str, str]
    metrics: JourneyMetrics
    summary: Summary
    title: str
    map_id: str
    description: str
    persona: str
    scored_on: str
    currency: str
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
    #: the heading of the touchpoint tables' survey column ("" when no
    #: touchpoint has a survey block: no column)
    survey_col: str = ""


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
                  title: str | None = None, changes: MapDiff | None = None,
                  compare_label: str = "", today: date | None = None) -> Content:
    """Everything the report shows, in the order it shows it."""
    num = Numbers(language)
    m = journey_metrics(journey)
    tps = journey.touchpoints
    stage_of = m.stage_of
    dept_names = {d.id: d.name for d in journey.departments or ()}
    branch_names = {b.id: b.name for b in journey.branches or ()}
    currency = journey.currency or ""

    projects_of: dict[str, list[Project]] = {}
    for project in journey.projects or ():
        for tp_id in project.touchpoints:
            projects_of.setdefault(tp_id, []).append(project)

    def owner(name: str | None) -> str:
        return dept_names.get(name, name) if name else ""

    def reach(tp: Touchpoint) -> str:
        return num.percent(tp.reach) if tp.reach is not None else ""

    def row(tp: Touchpoint) -> TouchpointRow:
        ids = tp.branch_ids
        branch = (w["all_paths"] if ids is None
                  else ", ".join(branch_names.get(b, b) for b in ids))
        return TouchpointRow(
            id=tp.id, name=tp.name, stage=stage_of[tp.id], score=score_text(tp.score),
            score_value=tp.score,
            target=score_text(tp.target) if tp.target is not None else "",
            marks=_marks(tp, w), channel=tp.channel or "", owner=owner(tp.owner),
            branch=branch if journey.branches else "", reach=reach(tp),
            confirmed=_confirmed(tp, w),
            projects="; ".join(p.title for p in projects_of.get(tp.id, ())) or w["no_project"],
            survey=_survey_cell(tp, language))

    # key figures
    dist = m.distribution
    meanings = w["score_words"].split("|")
    distribution = [DistributionRow(score_text(s), s, meanings[i], dist.counts[s],
                                    num.share(dist.counts[s], dist.total))
                    for i, s in enumerate(SCORES)]
    distribution.append(DistributionRow("?", None, w["unscored_word"], dist.unscored,
                                        num.share(dist.unscored, dist.total)))
    if not tps:
        distribution = []
    key_moments = [KeyMoment(_marks(tp, w, long=True), tp.name, stage_of[tp.id],
                             score_text(tp.score), tp.score, reach(tp), _confirmed(tp, w))
                   for tp in m.key_moments]
    confirmed_note = (counted(w, "key_moments_note", len(m.key_moments), language,
                              a=sum(tp.confirmed for tp in m.key_moments))
                      if m.key_moments else "")

    # priorities (method step 6): every -2/-1, ranked
    priorities = [row(tp) for tp in m.pain_points]
    below_target = []
    # the next step after the pain points: those at 0 or better (a touchpoint
    # below 0 is a priority above, whatever its target)
    for tp in m.targets.below:
        if tp.score is None or tp.score < 0:
            continue
        r = row(tp)
        r.gap = str(tp.target - tp.score)  # type: ignore[operator]
        below_target.append(r)

    # stages
    stages = []
    for n, (stage, g) in enumerate(zip(journey.stages, m.stages, strict=True), 1):
        mean = num.mean(g.mean)
        stages.append(StageSection(
            n, stage.name, stage.description or "",
            counted(w, "stage_mean", len(g.touchpoints), language, mean=mean),
            len(g.touchpoints), [row(tp) for tp in stage.touchpoints], mean, g.mean.value))

    # branches and convergence
    branches = [BranchRow(g.name, len(g.touchpoints),
                          w["of"].format(a=g.mean.scored, b=len(g.touchpoints)),
                          num.mean(g.mean), g.negative) for g in m.branches]
    convergence: list[ConvergenceRow] = []
    for tp_id in graph.convergence_points():
        tp = journey.touchpoint(tp_id)
        arriving: set[str] = set()
        for pred in graph.predecessors(tp_id):
            arriving |= graph.branches_of_edge(pred, tp_id)
        names = [branch_names[b] for b in journey.branch_ids if b in arriving]
        convergence.append(ConvergenceRow(tp.name, stage_of[tp_id], score_text(tp.score),
                                          tp.score, ", ".join(names)))

    departments = [DepartmentRow(g.name if g.id else w["no_owner"],
                                 g.ambassador or (w["no_ambassador"] if g.declared and g.id
                                                  else ""),
                                 len(g.touchpoints), num.mean(g.mean), g.negative,
                                 no_ambassador=bool(g.declared and g.id and not g.ambassador))
                   for g in m.departments]
    pillars = [PillarRow(w[f"pillar.{g.id}"], w[f"layer.{PILLAR_LAYERS[g.id]}"],
                         len(g.touchpoints), num.mean(g.mean), g.negative, g.mean.value)
               for g in m.pillars]

    content = Content(
        language=language, w=w, metrics=m,
        summary=Summary([], [], "", [], "", []),
        title=title if title is not None else journey.title,
        map_id=journey.id, description=journey.description or "",
        persona=journey.persona or "",
        scored_on=journey.scored_on.isoformat() if journey.scored_on else "",
        currency=currency,
        distribution=distribution, key_moments=key_moments,
        confirmed_note=confirmed_note, priorities=priorities, below_target=below_target,
        stages=stages, branches=branches, convergence=convergence, departments=departments,
        pillars=pillars)
    if any(tp.survey is not None for tp in tps):
        from cxmap.i18n import Language, t

        content.survey_col = t("survey.col_survey_report", Language(language))
    _projects(journey, content, num, today)
    content.summary = _summary(journey, content, num, changes, compare_label)

    # service standards (method step 7): set ones by stage, then negatives without one
    for tp in tps:
        if _standard(tp):
            content.standards.append(StandardRow(
                tp.name, stage_of[tp.id], score_text(tp.score), tp.score, owner(tp.owner),
                _standard(tp)))
    content.standard_gaps = [StandardRow(tp.name, stage_of[tp.id], score_text(tp.score),
                                         tp.score, owner(tp.owner))
                             for tp in m.pain_points if not _standard(tp)]

    # evidence (method steps 1 and 3)
    for tp in tps:
        sources = _sources(tp)
        if sources:
            content.evidence.append(EvidenceRow(
                tp.name, stage_of[tp.id], score_text(tp.score), tp.score, reach(tp), sources))
    scored_tps = [tp for tp in tps if tp.score is not None]
    missing = sum(1 for tp in scored_tps if not _sources(tp))
    if missing:
        content.evidence_missing_note = w["evidence_missing"].format(a=missing,
                                                                     b=len(scored_tps))
    unconfirmed = [tp for tp in m.key_moments if not tp.confirmed]
    if unconfirmed:
        content.unconfirmed_note = w["unconfirmed_note"].format(a=len(unconfirmed),
                                                                b=len(m.key_moments))
        content.unconfirmed = [KeyMoment(
            _marks(tp, w, long=True), tp.name, stage_of[tp.id], score_text(tp.score),
            tp.score, reach(tp), w["no"]) for tp in unconfirmed]
    return content


def _summary(journey: Journey, c: Content, num: Numbers, changes: MapDiff | None,
             compare_label: str) -> Summary:
    """The first page: the figures, what to do first, what changed."""
    w, m, language = c.w, c.metrics, c.language
    dist = m.distribution
    overview = [(w["stages_n"], str(len(journey.stages))),
                (w["touchpoints_n"], str(dist.total))]
    if journey.branches:
        overview.append((w["branches_n"], str(len(journey.branches))))
    figures: list[Figure] = []
    debt_note = ""
    if dist.total:
        figures.append(Figure(
            w["mean_score"], num.mean(m.overall) if dist.scored else "–",
            w["scored_of"].format(a=dist.scored, b=dist.total,
                                  share=num.share(dist.scored, dist.total))
            if dist.scored else w["none_scored"],
            "bad" if (m.overall.value or 0) < 0 else ""))
        figures.append(Figure(
            w["negative_figure"], str(dist.negative),
            w["negative_note"].format(share=num.share(dist.negative, dist.total),
                                      mot=len(m.moments_of_truth_negative)),
            "bad" if dist.negative else "good"))
        debt_note = w["debt_note"]
        if m.debt_unmeasured:
            debt_note += " " + counted(w, "debt_unmeasured", m.debt_unmeasured, language)
        figures.append(Figure(w["debt"], num.debt(m.debt), debt_note,
                              "bad" if m.debt else "good"))
        if m.targets.set:
            figures.append(Figure(w["targets_figure"],
                                  w["of"].format(a=m.targets.met, b=m.targets.set),
                                  w["targets_note"],
                                  "good" if m.targets.met == m.targets.set else ""))
        overview.append((w["mean_score"], num.mean(m.overall) if dist.scored
                         else w["none_scored"]))
        overview.append((w["share_scored"], w["of"].format(a=dist.scored, b=dist.total)
                         + f" ({num.share(dist.scored, dist.total)})"))
        overview.append((w["negative_figure"], w["negative_value"].format(
            n=dist.negative, share=num.share(dist.negative, dist.total),
            mot=len(m.moments_of_truth_negative))))
        overview.append((w["debt"], num.debt(m.debt)))
        if m.targets.set:
            overview.append((w["targets_figure"],
                             w["of"].format(a=m.targets.met, b=m.targets.set)))
        backed, scored = survey_backed(journey)
        if backed:
            from cxmap.i18n import Language, t

            overview.append((t("survey.report_backed", Language(language)),
                             w["of"].format(a=backed, b=scored)))
    shown = list(c.priorities[:SUMMARY_PRIORITIES])
    rest = len(c.priorities) - len(shown)
    more = counted(c.w, "more_priorities", rest, language) if rest else ""
    quick = [p for p in c.projects if p.quick_win]
    summary = Summary(overview, figures, debt_note, shown, more, quick)
    if changes is not None:
        summary.changes = _changes(changes, w, num, language, compare_label)
        _figure_changes(figures, changes, w, num)
    return summary


def _figure_changes(figures: list[Figure], diff: MapDiff, w: dict[str, str],
                    num: Numbers) -> None:
    """The key figures' change since the earlier wave: the mean score and
    the count below 0 (the two the earlier map's scores alone give)."""
    if not figures:
        return
    delta = diff.mean.delta
    if delta is not None and diff.mean.before is not None:
        mean = figures[0]
        mean.change = w["figure_mean_change"].format(
            delta=num.signed(delta), before=num.signed(diff.mean.before.value))
        mean.change_tone = "good" if delta > 0.005 else "bad" if delta < -0.005 else ""
    before = sum(1 for t in diff.touchpoints if t.before is not None and t.before < 0)
    after = sum(1 for t in diff.touchpoints if t.after is not None and t.after < 0)
    negative = figures[1]
    step = after - before
    negative.change = w["figure_negative_change"].format(
        delta=(f"+{step}" if step > 0 else f"{MINUS}{-step}" if step < 0 else "0"),
        before=before)
    negative.change_tone = "bad" if step > 0 else "good" if step < 0 else ""


def _changes(diff: MapDiff, w: dict[str, str], num: Numbers, language: str,
             label: str) -> Changes:
    from cxmap.diff.compare import Status

    def change_row(t: object) -> ChangeRow:
        from cxmap.diff.compare import TouchpointDiff

        assert isinstance(t, TouchpointDiff)
        return ChangeRow(t.name, t.stage_name, score_text(t.before), t.before,
                         score_text(t.after), t.after)

    def by_size(status: Status) -> list[ChangeRow]:
        rows = [t for t in diff.touchpoints if t.status is status]
        rows.sort(key=lambda t: -abs(t.delta or 0))
        return [change_row(t) for t in rows]

    before = diff.mean.before.value if diff.mean.before else None
    after = diff.mean.after.value if diff.mean.after else None
    mean = w["mean_change"].format(before=num.signed(before), after=num.signed(after),
                                   delta=num.signed(diff.mean.delta))
    counts = [(w[f"change.{s.value}"], diff.count(s))
              for s in (Status.IMPROVED, Status.WORSENED, Status.UNCHANGED, Status.ADDED,
                        Status.REMOVED, Status.UNSCORED) if diff.count(s)]
    if diff.surveyed:
        from cxmap.i18n import Language, t

        counts.append((t("survey.report_significant", Language(language)),
                       len(diff.significant)))
    drift = [change_row(t) for t in diff.drift]
    since = label or diff.old.source
    if diff.old.scored_on:
        since = w["since_wave"].format(date=diff.old.scored_on, source=since)
    return Changes(since, mean, counts, by_size(Status.IMPROVED), by_size(Status.WORSENED),
                   drift, counted(w, "drift_note", len(drift), language) if drift else "")


def _survey_cell(tp: Touchpoint, language: str) -> str:
    """``n 40, 0.419 [0.18, 0.66]``: a touchpoint's survey, for its row."""
    if tp.survey is None:
        return ""
    from cxmap.i18n import Language, t
    from cxmap.metrics.survey import estimate
    from cxmap.outputs import survey as s

    lang = Language(language)
    e = estimate(tp.survey.responses, tp.survey.positive, tp.survey.negative)
    return t("survey.survey_cell", lang, n=e.responses, net=s.net(e.net, lang),
             interval=s.interval(e.low, e.high, lang))


def survey_backed(journey: Journey) -> tuple[int, int]:
    """(scored touchpoints with a survey block, scored touchpoints)."""
    scored = [tp for tp in journey.touchpoints if tp.score is not None]
    return sum(1 for tp in scored if tp.survey is not None), len(scored)


def _standard(tp: Touchpoint) -> str:
    return (tp.standard or "").strip()


def _sources(tp: Touchpoint) -> list[str]:
    return [e for e in tp.evidence or () if e.strip()]


def _project_row(f: ProjectFigures, journey: Journey, w: dict[str, str], num: Numbers,
                 currency: str, today: date | None = None) -> ProjectRow:
    p = f.project
    by_id = {tp.id: tp for tp in journey.touchpoints}
    lifts = [f"{by_id[t].name} ({score_text(by_id[t].score)})" for t in p.touchpoints
             if t in by_id]
    impact_text = w[f"level.{f.impact}"]
    if p.impact is None:
        impact_text += f" ({w['derived']})"
    return ProjectRow(
        title=p.title, impact_level=f.impact, cost_level=p.cost or "", open=f.open,
        kind=w[f"kind.{p.kind}"], impact=impact_text,
        cost=w[f"level.{p.cost}"] if p.cost else "", quick_win=f.quick_win,
        status=w[f"status.{p.status}"] if p.status else "",
        owner=(next((d.name for d in journey.departments or () if d.id == p.owner), p.owner)
               if p.owner else ""),
        due=p.due.isoformat() if p.due else "",
        budget=num.money(p.budget, currency) if p.budget is not None else "",
        reversible="" if p.reversible is None else w["yes" if p.reversible else "no"],
        lifts="; ".join(lifts), overdue=is_overdue(p, today))


def _projects(journey: Journey, content: Content, num: Numbers,
              today: date | None = None) -> None:
    w = content.w
    figures = content.metrics.projects
    if not figures:
        return
    # the matrix is for choosing what to do: what is done or dropped is not on it
    open_ = [f for f in figures if f.open]
    content.matrix_left_out = len(open_) < len(figures)
    costs = ["low", "medium", "high"] + (["?"] if any(f.project.cost is None
                                                      for f in open_) else [])
    content.matrix_costs = [w[f"level.{c}"] if c != "?" else w["unknown"] for c in costs]
    for level in ("high", "medium", "low") if open_ else ():
        cells = [[f.project.title for f in open_
                  if f.impact == level and (f.project.cost or "?") == c] for c in costs]
        content.matrix.append(MatrixRow(w[f"level.{level}"], cells))
    content.projects = [_project_row(f, journey, w, num, content.currency, today)
                        for f in figures]
