"""MapDiff -> text for a terminal: rich tables rendered to a string."""

from __future__ import annotations

import io
from typing import Any

from cxmap.diff.compare import MapDiff, Status
from cxmap.outputs.diff import common as c


def format_text(diff: MapDiff, *, color: bool = False, width: int = 120,
                show_all: bool = False, limit: int | None = c.DEFAULT_LIMIT,
                **_: Any) -> str:
    """Header, the touchpoints that changed (all with ``show_all``), expectation
    drift, stage and branch means, projects, and a summary line."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=color,
                      color_system="standard" if color else None, no_color=not color,
                      highlight=False, emoji=False, markup=False, soft_wrap=False)

    title = diff.new.title if diff.new.title == diff.old.title else (
        f"{diff.old.title} → {diff.new.title}")
    console.print(Text.assemble(("cxmap diff: ", "bold"), (title, "bold")))
    console.print(f"  before: {c.wave(diff.old.scored_on)}  {diff.old.source}")
    console.print(f"  after:  {c.wave(diff.new.scored_on)}  {diff.new.source}")
    warning = c.id_warning(diff)
    if warning:
        console.print(Text(warning, style="yellow"))
    console.print()

    rows, hidden = c.rows(diff, show_all, limit)
    if rows:
        table = Table(title="Touchpoints" if show_all else "Touchpoints that changed",
                      title_justify="left", show_lines=False, expand=False)
        # Fixed widths where the content is known: rich then skips measuring
        # those cells, a third of the time of a 200-row table.
        num = {"justify": "right", "no_wrap": True}
        for col, kw in (("Stage", {}), ("Touchpoint", {}), ("Before", {**num, "width": 6}),
                        ("After", {**num, "width": 5}), ("Δ", {**num, "width": 2}),
                        ("Status", {"width": 11, "no_wrap": True}), ("Notes", {})):
            table.add_column(col, **kw)
        for t in rows:
            style = c.STYLES[t.status]
            table.add_row(
                t.stage, Text.assemble((t.id, "bold"), "\n", t.name),
                c.side_score(t, after=False), c.side_score(t, after=True),
                "" if t.delta is None else c.signed(t.delta, 0),
                Text(c.status_label(t.status), style=style),
                "\n".join(c.notes(t)))
        console.print(table)
        if hidden:
            console.print(c.left_out(hidden))
    else:
        console.print("No touchpoint changed.")
    console.print()

    if diff.drift:
        console.print(Text("Expectation drift", style="bold"))
        console.print("  Worse while nothing but the score changed - customers expect more now:")
        drift = diff.drift[:limit] if limit else diff.drift
        for t in drift:
            console.print(f"  {c.MARKS[Status.WORSENED]} {t.id} ({t.name}): "
                          f"{c.score(t.before)} → {c.score(t.after)}")
        if len(drift) < len(diff.drift):
            console.print(f"  … and {len(diff.drift) - len(drift)} more")
        console.print()

    for label, groups in (("Stages (mean score)", diff.stages),
                          ("Branches (mean score)", diff.branches)):
        if not groups:
            continue
        table = Table(title=label, title_justify="left")
        table.add_column("Id")
        table.add_column("Name")
        table.add_column("Before", justify="right")
        table.add_column("After", justify="right")
        table.add_column("Δ", justify="right")
        table.add_column("Status")
        for g, row in zip(groups, c.group_rows(groups), strict=True):
            table.add_row(*row[:5], Text(row[5], style=c.STYLES[g.status]))
        console.print(table)
        console.print()

    if diff.projects:
        projects, hidden_projects = c.limited_projects(diff, limit)
        table = Table(title="Projects", title_justify="left")
        table.add_column("Id")
        table.add_column("Title")
        table.add_column("Change", width=7, no_wrap=True)
        table.add_column("Status before → after")
        for p in projects:
            table.add_row(p.id, p.title, p.change,
                          f"{p.before or c.ABSENT} → {p.after or c.ABSENT}")
        console.print(table)
        if hidden_projects:
            console.print(c.projects_left_out(hidden_projects))
        console.print()

    console.print(Text.assemble(("Summary: ", "bold"), c.summary_line(diff)))
    console.print(f"Mean score: {c.mean_line(diff.mean)}")
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"
