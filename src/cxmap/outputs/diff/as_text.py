"""MapDiff -> text for a terminal: tables drawn by :mod:`cxmap.outputs.terminal` (rich)."""

from __future__ import annotations

from typing import Any

from cxmap.diff.compare import MapDiff, Status
from cxmap.outputs.diff import common as c
from cxmap.outputs.terminal import Cell, Column, render_table, render_text

#: The touchpoint table; fixed widths where the content is known.
_TOUCHPOINT_COLUMNS = (
    Column("Stage"), Column("Touchpoint"),
    Column("Before", justify="right", width=6, no_wrap=True),
    Column("After", justify="right", width=5, no_wrap=True),
    Column("Δ", justify="right", width=2, no_wrap=True),
    Column("Status", width=11, no_wrap=True), Column("Notes"),
)
_GROUP_COLUMNS = (Column("Id"), Column("Name"), Column("Before", justify="right"),
                  Column("After", justify="right"), Column("Δ", justify="right"),
                  Column("Status"))
_PROJECT_COLUMNS = (Column("Id"), Column("Title"), Column("Change", width=7, no_wrap=True),
                    Column("Status before → after"))


def format_text(diff: MapDiff, *, color: bool = False, width: int = 120,
                show_all: bool = False, limit: int | None = c.DEFAULT_LIMIT,
                **_: Any) -> str:
    """Header, the touchpoints that changed (all with ``show_all``), expectation
    drift, stage and branch means, projects, and a summary line."""
    out: list[str] = []

    def say(text: Cell = "", style: str = "") -> None:
        out.append(render_text(text, width=width, color=color, style=style))

    def table(columns: tuple[Column, ...], rows: list[list[Cell]], title: str) -> None:
        out.append(render_table(columns, rows, title=title, width=width, color=color))

    title = diff.new.title if diff.new.title == diff.old.title else (
        f"{diff.old.title} → {diff.new.title}")
    say((("cxmap diff: ", "bold"), (title, "bold")))
    say(f"  before: {c.wave(diff.old.scored_on)}  {diff.old.source}")
    say(f"  after:  {c.wave(diff.new.scored_on)}  {diff.new.source}")
    warning = c.id_warning(diff)
    if warning:
        say(warning, "yellow")
    say()

    rows, hidden = c.rows(diff, show_all, limit)
    if rows:
        table(_TOUCHPOINT_COLUMNS, [
            [t.stage, ((t.id, "bold"), ("\n" + t.name, "")),
             c.side_score(t, after=False), c.side_score(t, after=True),
             "" if t.delta is None else c.signed(t.delta, 0),
             ((c.status_label(t.status), c.STYLES[t.status]),),
             "\n".join(c.notes(t))]
            for t in rows], "Touchpoints" if show_all else "Touchpoints that changed")
        if hidden:
            say(c.left_out(hidden))
    else:
        say("No touchpoint changed.")
    say()

    if diff.drift:
        say("Expectation drift", "bold")
        say("  Worse while nothing but the score changed - customers expect more now:")
        drift = diff.drift[:limit] if limit else diff.drift
        for t in drift:
            say(f"  {c.MARKS[Status.WORSENED]} {t.id} ({t.name}): "
                f"{c.score(t.before)} → {c.score(t.after)}")
        if len(drift) < len(diff.drift):
            say(f"  … and {len(diff.drift) - len(drift)} more")
        say()

    for label, groups in (("Stages (mean score)", diff.stages),
                          ("Branches (mean score)", diff.branches)):
        if not groups:
            continue
        table(_GROUP_COLUMNS, [[*row[:5], ((row[5], c.STYLES[g.status]),)]
                               for g, row in zip(groups, c.group_rows(groups), strict=True)],
              label)
        say()

    if diff.projects:
        projects, hidden_projects = c.limited_projects(diff, limit)
        table(_PROJECT_COLUMNS, [[p.id, p.title, p.change,
                                  f"{p.before or c.ABSENT} → {p.after or c.ABSENT}"]
                                 for p in projects], "Projects")
        if hidden_projects:
            say(c.projects_left_out(hidden_projects))
        say()

    say((("Summary: ", "bold"), (c.summary_line(diff), "")))
    say(f"Mean score: {c.mean_line(diff.mean)}")
    return "\n".join(out) + "\n"
