"""The portfolio report: every journey of a folder in one report.

The figures come from :mod:`cxmap.metrics.portfolio`; this module words them
(:func:`build_portfolio`) and renders them with the report's templates
(``portfolio.md.j2``, ``portfolio.html.j2``) - Markdown, HTML, or PDF made
from the HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from cxmap import __version__
from cxmap.metrics import STALE_AFTER_MONTHS, is_overdue
from cxmap.outputs.render import style as st
from cxmap.outputs.render.text import score_text
from cxmap.outputs.report.content import Numbers, counted

if TYPE_CHECKING:
    from cxmap.metrics.portfolio import Portfolio
    from cxmap.model.journey import Journey
    from cxmap.outputs.report import ReportFormat, ReportOptions


@dataclass(frozen=True)
class PortfolioEntry:
    """A map found in the folder: its file, its model (None: invalid), the
    file name of its own report (``--each``; "" = none), and when its scoring
    is stale."""

    file: str
    journey: Journey | None
    link: str = ""
    #: the months its configuration gives the stale-scoring rule
    stale_months: int = STALE_AFTER_MONTHS


@dataclass
class JourneyLine:
    title: str
    file: str
    link: str
    touchpoints: int
    mean: str
    mean_value: float | None
    negative: int
    mot_negative: int
    debt: str
    scored_on: str
    stale: bool
    stale_text: str
    #: "2 of 5 (40 %)": scored touchpoints backed by a survey block
    survey_backed: str = ""


@dataclass
class MomentLine:
    name: str
    journey: str
    kind: str
    score: str
    score_value: int | None
    reach: str
    owner: str


@dataclass
class DepartmentLine:
    name: str
    journeys: str
    owned: int
    negative: int
    ambassador: str
    no_ambassador: bool


@dataclass
class ProjectLine:
    number: int
    title: str
    journey: str
    impact: str
    impact_level: str
    cost: str
    cost_level: str
    quick_win: bool
    open: bool
    status: str
    owner: str
    due: str
    budget: str
    #: planned or in-progress and past its due date (rule overdue-project)
    overdue: bool = False


@dataclass
class PillarLine:
    name: str
    layer: str
    count: int
    mean: str
    mean_value: float | None
    negative: int


@dataclass
class PortfolioContent:
    language: str
    w: dict[str, str]
    title: str
    intro: str
    overview: list[tuple[str, str]]
    journeys: list[JourneyLine]
    invalid: list[str]
    #: earlier waves of a journey also in the folder (not counted)
    earlier: list[str]
    worst: list[MomentLine]
    departments: list[DepartmentLine]
    projects: list[ProjectLine]
    pillars: list[PillarLine]
    stale_note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: the journeys table's survey column heading ("" when no journey has a
    #: survey-backed score: no column)
    survey_col: str = ""


def latest_waves(entries: list[PortfolioEntry]) -> tuple[list[PortfolioEntry],
                                                          list[PortfolioEntry]]:
    """Maps with the same ``id`` are waves of one journey: the portfolio counts
    the latest (by ``scoredOn``; undated ones count as oldest, then the later
    file) and names the others.  Returns ``(counted, earlier)``, both in the
    folder's order; invalid maps are in neither."""
    best: dict[str, tuple[date, int]] = {}
    for i, e in enumerate(entries):
        if e.journey is None:
            continue
        key = (e.journey.scored_on or date.min, i)
        if e.journey.id not in best or key > best[e.journey.id]:
            best[e.journey.id] = key
    chosen = {i for _, i in best.values()}
    valid = [(i, e) for i, e in enumerate(entries) if e.journey is not None]
    return ([e for i, e in valid if i in chosen], [e for i, e in valid if i not in chosen])


def build_portfolio(p: Portfolio, invalid: list[str], language: str, w: dict[str, str],
                    title: str | None, today: date, earlier: list[str] | None = None
                    ) -> PortfolioContent:
    from cxmap.metrics import PILLAR_LAYERS

    num = Numbers(language)
    cutoffs = p.stale_months
    journeys = []
    for r in p.rows:
        m, j = r.metrics, r.journey
        stale_text = w["pf_stale_yes"] if r.stale else w["no"]
        if len(cutoffs) > 1:  # maps judged by different months: each says by which
            stale_text += f" ({counted(w, 'pf_stale_after', r.stale_months, language)})"
        journeys.append(JourneyLine(
            j.title, r.file, "", m.distribution.total, num.mean(m.overall), m.overall.value,
            m.distribution.negative, len(m.moments_of_truth_negative), num.debt(m.debt),
            j.scored_on.isoformat() if j.scored_on else "", r.stale, stale_text,
            _backed(j, w, num)))
    worst = []
    for mo in p.worst:
        tp = mo.touchpoint
        kinds = []
        if tp.moment_of_truth:
            kinds.append(f"{st.MOT_SYMBOL} {w['mot_long']}")
        if tp.customer_effort:
            kinds.append(f"{st.EFFORT_SYMBOL} {w['effort_long']}")
        names = {d.id: d.name for d in mo.row.journey.departments or ()}
        worst.append(MomentLine(tp.name, mo.row.journey.title, ", ".join(kinds),
                                score_text(tp.score), tp.score,
                                num.percent(tp.reach) if tp.reach is not None else "",
                                names.get(tp.owner or "", tp.owner or "")))
    departments = [DepartmentLine(d.name, "; ".join(dict.fromkeys(d.journeys)), d.owned,
                                  d.negative, ", ".join(d.ambassadors) or w["no_ambassador"],
                                  not d.ambassadors)
                   for d in p.departments]
    projects = []
    for n, pp in enumerate(sorted(p.projects, key=lambda x: (
            {"high": 0, "medium": 1, "low": 2}[x.figures.impact],
            {"low": 0, "medium": 1, "high": 2}.get(x.figures.project.cost or "", 3))), 1):
        pr, j = pp.figures.project, pp.row.journey
        impact = w[f"level.{pp.figures.impact}"]
        if pr.impact is None:
            impact += f" ({w['derived']})"
        owners = {d.id: d.name for d in j.departments or ()}
        projects.append(ProjectLine(
            n, pr.title, j.title, impact, pp.figures.impact,
            w[f"level.{pr.cost}"] if pr.cost else "", pr.cost or "", pp.figures.quick_win,
            pp.figures.open, w[f"status.{pr.status}"] if pr.status else "",
            owners.get(pr.owner or "", pr.owner or ""),
            pr.due.isoformat() if pr.due else "",
            num.money(pr.budget, j.currency or "") if pr.budget is not None else "",
            is_overdue(pr, today)))
    pillars = [PillarLine(w[f"pillar.{g.id}"], w[f"layer.{PILLAR_LAYERS[g.id]}"],
                          len(g.touchpoints), num.mean(g.mean), g.mean.value, g.negative)
               for g in p.pillars]
    total = sum(r.metrics.distribution.total for r in p.rows)
    overview = [(w["pf_journeys"], str(len(p.rows))), (w["touchpoints_n"], str(total))]
    if total:
        overview += [(w["mean_score"], num.mean(p.overall) if p.overall.scored
                      else w["none_scored"]),
                     (w["negative_figure"], f"{p.negative} ({num.share(p.negative, total)})"),
                     (w["debt"], num.debt(p.debt))]
    overview.append((w["pf_stale"], w["of"].format(a=p.stale, b=len(p.rows))))
    intro = counted(w, "pf_intro", len(p.rows), language, date=today.isoformat())
    from cxmap.i18n import Language, t

    return PortfolioContent(
        language, w, title or w["pf_title"], intro, overview, journeys, invalid,
        earlier or [], worst,
        departments, projects, pillars,
        stale_note=_stale_note(cutoffs, w, language),
        survey_col=t("survey.portfolio_backed", Language(language))
        if any(line.survey_backed for line in journeys) else "")


def _stale_note(cutoffs: tuple[int, ...], w: dict[str, str], language: str) -> str:
    """What "stale" means here: the months every map was judged by ("" for no maps)."""
    if len(cutoffs) > 1:
        return w["pf_stale_note_mixed"].format(months=", ".join(map(str, cutoffs)))
    return counted(w, "pf_stale_note", cutoffs[0], language) if cutoffs else ""


def _backed(journey: Journey, w: dict[str, str], num: Numbers) -> str:
    """"2 of 5 (40 %)": the journey's scores backed by a survey ("" for none)."""
    from cxmap.outputs.report.content import survey_backed

    backed, scored = survey_backed(journey)
    if not backed:
        return ""
    return w["of"].format(a=backed, b=scored) + f" ({num.share(backed, scored)})"


def _charts(c: PortfolioContent) -> dict[str, str]:
    from cxmap.outputs.charts import Bar, MatrixProject, mean_chart
    from cxmap.outputs.report.render import project_matrix

    w = c.w
    out = {"journeys": "", "pillars": "", "matrix": ""}
    if c.journeys:
        out["journeys"] = mean_chart([Bar(j.title, j.mean_value, j.mean) for j in c.journeys],
                                     w["pf_chart_journeys"], width=760)
    if c.pillars:
        out["pillars"] = mean_chart([Bar(p.name, p.mean_value, p.mean) for p in c.pillars],
                                    w["chart_pillars"], width=760)
    placed = [MatrixProject(p.number, p.title, p.impact_level, p.cost_level)
              for p in c.projects if p.open]
    if placed:
        out["matrix"] = project_matrix(placed, w)
    return out


def render_portfolio(entries: list[PortfolioEntry], fmt: ReportFormat,
                     options: ReportOptions, today: date) -> str | bytes:
    """The portfolio of the valid maps among ``entries`` (the invalid ones are
    named in a note), as Markdown, HTML or PDF."""
    from markupsafe import Markup

    from cxmap.i18n import resolve_language
    from cxmap.metrics.portfolio import portfolio_metrics
    from cxmap.outputs.report import ReportFormat
    from cxmap.outputs.report.messages import messages
    from cxmap.outputs.report.render import Raw, _environment

    counted_entries, earlier = latest_waves(entries)
    valid = [(e.file, e.journey) for e in counted_entries if e.journey is not None]
    langs = {j.language for _, j in valid}
    language = resolve_language(options.language, langs.pop() if len(langs) == 1 else None)
    w = messages(language.value)
    p = portfolio_metrics(valid, today,
                          [e.stale_months for e in counted_entries if e.journey is not None])
    c = build_portfolio(p, [e.file for e in entries if e.journey is None], language.value, w,
                        options.title, today, [e.file for e in earlier])
    links = [e.link for e in counted_entries]
    for line, link in zip(c.journeys, links, strict=True):
        line.link = link
    footer = w["generated_nofile"].format(version=__version__)
    ctx: dict[str, Any] = {"c": c, "w": w, "footer": footer, "lang": language.value,
                           "score_styles": st.SCORE_STYLES, "unscored": st.UNSCORED,
                           "unscored_border": st.UNSCORED_BORDER}
    if fmt is ReportFormat.PPTX:
        from cxmap.outputs.report.deck import portfolio_deck

        return portfolio_deck(c, p)
    if fmt is ReportFormat.MARKDOWN:
        ctx["raw"] = Raw
        text = _environment("md").get_template("portfolio.md.j2").render(ctx)
        return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"
    ctx["charts"] = {k: Markup(v) for k, v in _charts(c).items()}
    html = _environment("html").get_template("portfolio.html.j2").render(ctx)
    if fmt is ReportFormat.HTML:
        return html
    from cxmap.outputs.report.pdf import html_to_pdf

    return html_to_pdf(html, timeout=options.timeout)
