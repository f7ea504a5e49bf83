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


def score(value: int | None) -> str:
    if value is None:
        return NOT_SCORED
    return f"+{value}" if value > 0 else str(value)


def side_score(t: TouchpointDiff, after: bool) -> str:
    if (t.status is Status.ADDED and not after) or (t.status is Status.REMOVED and after):
        return ABSENT
    return score(t.after if after else t.before)


def signed(value: float | None, digits: int = 2) -> str:
    if value is None:
        return ABSENT
    text = f"{value:+.{digits}f}"
    return "0" if float(text) == 0 else text


def mean(value: float | None) -> str:
    return NOT_SCORED if value is None else f"{value:.2f}"


def status_label(status: Status) -> str:
    return f"{MARKS[status]} {status}"


def notes(t: TouchpointDiff) -> list[str]:
    """Short phrases saying what changed besides the score."""
    out = []
    if t.status is Status.UNSCORED:
        if t.before is None and t.after is not None:
            out.append("scored for the first time")
        elif t.before is not None and t.after is None:
            out.append("no longer scored")
    if t.drift:
        out.append("expectation drift (only the score changed)")
    if t.old_name is not None:
        out.append(f"renamed from “{t.old_name}”")
    if t.old_stage is not None:
        out.append(f"moved from stage {t.old_stage}")
    out += [f"{flag} on" for flag in t.flags_on if t.status is not Status.ADDED]
    out += [f"{flag} off" for flag in t.flags_off]
    if t.target_before != t.target_after and t.status not in (Status.ADDED, Status.REMOVED):
        out.append(f"target {score(t.target_before) if t.target_before is not None else ABSENT}"
                   f" → {score(t.target_after) if t.target_after is not None else ABSENT}")
    if t.target_status is TargetStatus.REACHED:
        out.append(f"target {score(t.target_after)} reached")
    elif t.target_status is TargetStatus.LOST:
        out.append(f"target {score(t.target_after)} lost")
    elif t.target_status is TargetStatus.MISSED and t.status is Status.ADDED:
        out.append(f"target {score(t.target_after)} not reached")
    elif t.target_status is TargetStatus.MISSED and t.status is not Status.UNCHANGED:
        out.append(f"target {score(t.target_after)} still missed")
    if t.changed:
        out.append("changed: " + ", ".join(t.changed))
    return out


def summary_line(diff: MapDiff) -> str:
    parts = [f"{diff.count(s)} {s}" for s in (Status.IMPROVED, Status.WORSENED,
                                               Status.UNCHANGED, Status.ADDED,
                                               Status.REMOVED, Status.UNSCORED)]
    return ", ".join(parts)


def mean_line(g: GroupDiff) -> str:
    before = g.before.value if g.before else None
    after = g.after.value if g.after else None
    return f"{mean(before)} → {mean(after)} ({signed(g.delta)})"


def wave(scored_on: str | None) -> str:
    return scored_on or "no scoredOn"


def group_rows(groups: tuple[GroupDiff, ...]) -> list[tuple[str, str, str, str, str, str]]:
    """(id, name, before, after, change, status) for stages or branches."""
    rows = []
    for g in groups:
        name = g.name if g.old_name is None else f"{g.name} (renamed from “{g.old_name}”)"
        before = ABSENT if g.before is None else mean(g.before.value)
        after = ABSENT if g.after is None else mean(g.after.value)
        rows.append((g.id, name, before, after, signed(g.delta), status_label(g.status)))
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


def left_out(n: int) -> str:
    return (f"… and {n} more touchpoint{'s' if n != 1 else ''} not listed (the most important "
            "are shown; use --limit 0 for all, or --format json)")


def limited_projects(diff: MapDiff, limit: int | None) -> tuple[tuple[ProjectDiff, ...], int]:
    """The project rows to list (``limit`` as for touchpoints) and how many are left out."""
    if not limit or len(diff.projects) <= limit:
        return diff.projects, 0
    return diff.projects[:limit], len(diff.projects) - limit


def projects_left_out(n: int) -> str:
    return (f"… and {n} more project{'s' if n != 1 else ''} not listed "
            "(use --limit 0 for all, or --format json)")


def id_warning(diff: MapDiff) -> str | None:
    """A note when the two sides are different journeys (ids differ)."""
    if diff.old.id == diff.new.id:
        return None
    return (f"note: the maps have different ids ({diff.old.id} → {diff.new.id}); "
            "are they two waves of the same journey?")
