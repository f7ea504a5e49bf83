"""MapDiff -> Markdown fit for a pull-request comment (GitHub/GitLab tables)."""

from __future__ import annotations

from typing import Any

from cxmap.diff.compare import STATUS_ORDER, MapDiff
from cxmap.outputs.diff import common as c


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell (pipes, newlines, HTML, backticks)."""
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\r", " ").replace("\n", "<br>")
            if text else "")


def code(text: str) -> str:
    return f"`{text}`" if "`" not in text else f"``{text}``"


def _table(head: list[str], rows: list[list[str]], right: set[int] | None = None) -> list[str]:
    right = right or set()
    lines = ["| " + " | ".join(head) + " |",
             "|" + "|".join("---:" if i in right else "---" for i in range(len(head))) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def format_markdown(diff: MapDiff, *, show_all: bool = False,
                    limit: int | None = c.DEFAULT_LIMIT, **_: Any) -> str:
    title = diff.new.title if diff.new.title == diff.old.title else (
        f"{diff.old.title} → {diff.new.title}")
    out = [f"## Journey map diff: {cell(title)}", "",
           f"**{c.wave(diff.old.scored_on)}** ({code(diff.old.source)}) → "
           f"**{c.wave(diff.new.scored_on)}** ({code(diff.new.source)})", ""]
    warning = c.id_warning(diff)
    if warning:
        out += [f"> {cell(warning)}", ""]
    out += _table([f"{c.MARKS[s]} {s}" for s in STATUS_ORDER],
                  [[str(diff.count(s)) for s in STATUS_ORDER]], set(range(len(STATUS_ORDER))))
    out += ["", f"Mean score: {c.mean_line(diff.mean)}", ""]

    rows, hidden = c.rows(diff, show_all, limit)
    out.append("### Touchpoints" if show_all else "### Touchpoints that changed")
    out.append("")
    if rows:
        out += _table(
            ["Stage", "Touchpoint", "Before", "After", "Δ", "Status", "Notes"],
            [[code(t.stage), f"{code(t.id)} {cell(t.name)}", c.side_score(t, False),
              c.side_score(t, True), "" if t.delta is None else c.signed(t.delta, 0),
              c.status_label(t.status), cell("; ".join(c.notes(t)))] for t in rows],
            {2, 3, 4})
        if hidden:
            out += ["", c.left_out(hidden)]
    else:
        out.append("No touchpoint changed.")
    out.append("")

    if diff.drift:
        out += ["### Expectation drift", "",
                "Worse while nothing but the score changed - customers expect more now:", ""]
        drift = diff.drift[:limit] if limit else diff.drift
        out += [f"- {code(t.id)} {cell(t.name)}: {c.score(t.before)} → {c.score(t.after)}"
                for t in drift]
        if len(drift) < len(diff.drift):
            out.append(f"- … and {len(diff.drift) - len(drift)} more")
        out.append("")

    for label, groups in (("Stages", diff.stages), ("Branches", diff.branches)):
        if not groups:
            continue
        out += [f"### {label} (mean score)", ""]
        out += _table(["Id", "Name", "Before", "After", "Δ", "Status"],
                      [[code(r[0]), cell(r[1]), *r[2:]] for r in c.group_rows(groups)],
                      {2, 3, 4})
        out.append("")

    if diff.projects:
        projects, hidden_projects = c.limited_projects(diff, limit)
        out += ["### Projects", ""]
        out += _table(["Id", "Title", "Change", "Status before → after"],
                      [[code(p.id), cell(p.title), p.change,
                        f"{p.before or c.ABSENT} → {p.after or c.ABSENT}"]
                       for p in projects])
        if hidden_projects:
            out += ["", c.projects_left_out(hidden_projects)]
        out.append("")

    out.append(f"Summary: {c.summary_line(diff)}")
    return "\n".join(out) + "\n"
