"""Wording shared by the human-readable diff formats (text and Markdown)."""

from __future__ import annotations

from cxmap.diff.compare import (
    GroupDiff,
    MapDiff,
    ProjectDiff,
    Status,
    TargetStatus,
    TouchpointDiff,
)
from cxmap.i18n import Language, t

EN = Language.EN

#: A mark for each status, readable without colour.
MARKS: dict[Status, str] = {
    Status.IMPROVED: "▲",
    Status.WORSENED: "▼",
    Status.UNCHANGED: "=",
    Status.ADDED: "+",
    Status.REMOVED: "−",
    Status.UNSCORED: "?",
}

#: Rich styles for the text format.
STYLES: dict[Status, str] = {
    Status.IMPROVED: "green",
    Status.WORSENED: "red",
    Status.UNCHANGED: "dim",
    Status.ADDED: "cyan",
    Status.REMOVED: "magenta",
    Status.UNSCORED: "yellow",
}

#: Shown for a side on which the touchpoint does not exist / is not scored.
ABSENT, NOT_SCORED = "–", "n/s"
#: A touchpoint scored now and not before (JSON status ``unscored``).
FIRST_SCORED_MARK = "•"


def not_scored(lang: Language = EN) -> str:
    return t("diff.cell_unscored", lang)


def score(value: int | None, lang: Language = EN) -> str:
    if value is None:
        return not_scored(lang)
    return f"+{value}" if value > 0 else str(value)


def side_score(tp: TouchpointDiff, after: bool, lang: Language = EN) -> str:
    if (tp.status is Status.ADDED and not after) or (tp.status is Status.REMOVED and after):
        return ABSENT
    return score(tp.after if after else tp.before, lang)


def signed(value: float | None, digits: int = 2) -> str:
    if value is None:
        return ABSENT
    text = f"{value:+.{digits}f}"
    return "0" if float(text) == 0 else text


def decimal(text: str, lang: Language = EN) -> str:
    """A number written for ``lang`` (its decimal mark)."""
    from cxmap.i18n import decimal as written

    return written(text, lang)


def mean(value: float | None, lang: Language = EN) -> str:
    return not_scored(lang) if value is None else decimal(f"{value:.2f}", lang)


def shown_delta(before: float | None, after: float | None, exact: float | None,
                lang: Language = EN) -> str:
    """The change between two means as shown (two decimals), so that the line
    adds up on screen: 0.12 → 0.38 is +0.26 even when the exact change is 0.25."""
    if before is None or after is None or exact is None:
        return decimal(signed(exact), lang)
    return decimal(signed(float(f"{after:.2f}") - float(f"{before:.2f}")), lang)


def status_label(status: Status, lang: Language = EN) -> str:
    return f"{MARKS[status]} {t(f'diff.status_{status}', lang)}"


def first_scored(tp: TouchpointDiff) -> bool:
    """Scored now, not before (its JSON status stays ``unscored``)."""
    return tp.status is Status.UNSCORED and tp.before is None and tp.after is not None


def touchpoint_status(tp: TouchpointDiff, lang: Language = EN) -> str:
    """The status of a touchpoint's row: a first score reads "first scored"."""
    if first_scored(tp):
        return f"{FIRST_SCORED_MARK} {t('diff.status_first_scored', lang)}"
    if tp.status is Status.UNSCORED and tp.before is not None and tp.after is None:
        return f"{MARKS[Status.UNSCORED]} {t('diff.status_no_longer_scored', lang)}"
    return status_label(tp.status, lang)


def notes(tp: TouchpointDiff, lang: Language = EN) -> list[str]:
    """Short phrases saying what changed besides the score."""
    out = []

    def say(key: str, **params: object) -> None:
        out.append(t(f"diff.{key}", lang, **params))

    def target(value: int | None) -> str:
        return ABSENT if value is None else score(value, lang)

    # a first score / a score taken away is said by the status column
    if tp.status is Status.ADDED:  # what the new touchpoint is: moment of truth...
        out += [t(f"diff.new_{flag}", lang) for flag in tp.flags_on]
    if tp.drift:
        say("note_drift")
    if tp.old_name is not None:
        say("note_renamed", name=tp.old_name)
    if tp.old_stage is not None:
        say("note_moved", stage=tp.old_stage)
    for flag in tp.flags_on if tp.status is not Status.ADDED else ():
        say("note_flag_on", flag=t(f"diff.flag_{flag}", lang))
    for flag in tp.flags_off:
        say("note_flag_off", flag=t(f"diff.flag_{flag}", lang))
    if tp.target_before != tp.target_after and tp.status not in (Status.ADDED,
                                                                 Status.REMOVED):
        say("note_target", before=target(tp.target_before), after=target(tp.target_after))
    if tp.target_status is TargetStatus.REACHED:
        say("note_target_reached", target=score(tp.target_after, lang))
    elif tp.target_status is TargetStatus.LOST:
        say("note_target_lost", target=score(tp.target_after, lang))
    elif tp.target_status is TargetStatus.MISSED and tp.status is Status.ADDED:
        say("note_target_not_reached", target=score(tp.target_after, lang))
    elif tp.target_status is TargetStatus.MISSED and tp.status is not Status.UNCHANGED:
        say("note_target_missed", target=score(tp.target_after, lang))
    if tp.changed:
        say("note_changed", keys=", ".join(field_word(key, lang) for key in tp.changed))
    if tp.survey_change is not None and tp.survey_before is not None \
            and tp.survey_after is not None:
        out.append(survey_note(tp.survey_before.net, tp.survey_after.net,
                               tp.survey_change.change, tp.survey_change.significant, lang))
    return out


def field_word(key: str, lang: Language) -> str:
    """A touchpoint key (``channel``) in the reader's words (``kanał``)."""
    from cxmap.i18n import catalogue

    return catalogue("diff", lang).get(f"field_{key}", key)


def survey_note(before: float, after: float, change: float, significant: bool,
                lang: Language = EN) -> str:
    """"survey net 0.419 → 0.631 (+0.212): significant" (or "within noise")."""
    from cxmap.outputs import survey as s

    return t("survey.survey_change", lang, before=s.net(before, lang), after=s.net(after, lang),
             change=s.change(change, lang),
             verdict=t("survey.significant" if significant else "survey.noise", lang))


def counts(diff: MapDiff) -> list[tuple[str, int]]:
    """(count key, number) for the summary: a first score is counted apart from
    the touchpoints still unscored (JSON counts both as ``unscored``)."""
    first = sum(1 for tp in diff.touchpoints if first_scored(tp))
    out = [(str(s), diff.count(s)) for s in (Status.IMPROVED, Status.WORSENED,
                                              Status.UNCHANGED, Status.ADDED,
                                              Status.REMOVED)]
    if first:
        out.append(("first_scored", first))
    out.append((str(Status.UNSCORED), diff.count(Status.UNSCORED) - first))
    return out


def summary_line(diff: MapDiff, lang: Language = EN) -> str:
    line = ", ".join(t(f"diff.count_{key}", lang, n=n) for key, n in counts(diff))
    if diff.surveyed:
        line += "; " + t("survey.summary_significant", lang, n=len(diff.significant),
                         total=len(diff.surveyed))
    return line


def mean_line(g: GroupDiff, lang: Language = EN) -> str:
    before = g.before.value if g.before else None
    after = g.after.value if g.after else None
    return t("diff.mean_detail", lang, before=mean(before, lang), after=mean(after, lang),
             delta=shown_delta(before, after, g.delta, lang))


def wave(scored_on: str | None, lang: Language = EN) -> str:
    return scored_on or t("diff.no_scored_on", lang)


def group_rows(groups: tuple[GroupDiff, ...],
               lang: Language = EN) -> list[tuple[str, str, str, str, str, str]]:
    """(id, name, before, after, change, status) for stages or branches."""
    rows = []
    for g in groups:
        name = g.name if g.old_name is None else (
            f"{g.name} ({t('diff.note_renamed', lang, name=g.old_name)})")
        b = g.before.value if g.before else None
        a = g.after.value if g.after else None
        before = ABSENT if g.before is None else mean(b, lang)
        after = ABSENT if g.after is None else mean(a, lang)
        rows.append((g.id, name, before, after, shown_delta(b, a, g.delta, lang),
                     status_label(g.status, lang)))
    return rows


#: Default cap on touchpoint rows in text and Markdown (a GitHub comment holds
#: 65,536 characters; a terminal holds less).  0 / None = no cap.
DEFAULT_LIMIT = 200

_PRIORITY = {Status.WORSENED: 0, Status.REMOVED: 1, Status.IMPROVED: 2, Status.ADDED: 3,
             Status.UNSCORED: 4, Status.UNCHANGED: 5}


def rows(diff: MapDiff, show_all: bool, limit: int | None) -> tuple[list[TouchpointDiff], int]:
    """The touchpoint rows to show (journey order) and how many were left out.

    Without ``show_all`` only touchpoints with something to say are listed.  Over
    ``limit`` rows, the most important are kept: worsened, removed, improved,
    added, unscored, then the rest - still shown in journey order.
    """
    chosen = [t for t in diff.touchpoints if show_all or t.interesting]
    if not limit or len(chosen) <= limit:
        return chosen, 0
    ranked = sorted(range(len(chosen)), key=lambda i: (_PRIORITY[chosen[i].status], i))
    keep = sorted(ranked[:limit])
    return [chosen[i] for i in keep], len(chosen) - limit


def left_out(n: int, lang: Language = EN) -> str:
    return t("diff.left_out", lang, n=n)


def limited_projects(diff: MapDiff, limit: int | None) -> tuple[tuple[ProjectDiff, ...], int]:
    """The project rows to list (``limit`` as for touchpoints) and how many are left out."""
    if not limit or len(diff.projects) <= limit:
        return diff.projects, 0
    return diff.projects[:limit], len(diff.projects) - limit


def projects_left_out(n: int, lang: Language = EN) -> str:
    return t("diff.projects_left_out", lang, n=n)


def project_change(p: ProjectDiff, lang: Language = EN) -> str:
    return t(f"diff.project_{p.change}", lang)


def project_statuses(p: ProjectDiff, lang: Language = EN) -> str:
    """``before → after``: the project's status in each wave (English keeps the
    format's own words, Polish says them as the report does)."""
    def word(status: str | None) -> str:
        if not status:
            return ABSENT
        if lang is EN:
            return status
        from cxmap.i18n import catalogue

        return catalogue("report", lang).get(f"status.{status}", status)
    return f"{word(p.before)} → {word(p.after)}"


def id_warning(diff: MapDiff, lang: Language = EN) -> str | None:
    """A note when the two sides are different journeys (ids differ)."""
    if diff.old.id == diff.new.id:
        return None
    return t("diff.different_ids", lang, old=diff.old.id, new=diff.new.id)
