"""MapDiff -> Markdown fit for a pull-request comment (GitHub/GitLab tables)."""

from __future__ import annotations

from typing import Any

from cxmap.diff.compare import MapDiff, Status
from cxmap.i18n import Language, t
from cxmap.outputs.diff import common as c
from cxmap.outputs.escape import md_code, md_text

#: user text in a table cell or a line, and text in a code span: the escaper
#: the report uses (one for all Markdown cxmap writes)
cell = md_text
code = md_code


def _table(head: list[str], rows: list[list[str]], right: set[int] | None = None) -> list[str]:
    right = right or set()
    lines = ["| " + " | ".join(head) + " |",
             "|" + "|".join("---:" if i in right else "---" for i in range(len(head))) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def format_markdown(diff: MapDiff, *, show_all: bool = False,
                    limit: int | None = c.DEFAULT_LIMIT, lang: Language = Language.EN,
                    **_: Any) -> str:
    def w(key: str, **params: object) -> str:
        return t(f"diff.{key}", lang, **params)

    title = diff.new.title if diff.new.title == diff.old.title else (
        f"{diff.old.title} → {diff.new.title}")
    out = [f"## {w('title_markdown', title=cell(title))}", "",
           f"**{c.wave(diff.old.scored_on, lang)}** ({code(diff.old.source)}) → "
           f"**{c.wave(diff.new.scored_on, lang)}** ({code(diff.new.source)})", ""]
    warning = c.id_warning(diff, lang)
    if warning:
        out += [f"> {cell(warning)}", ""]
    counts = c.counts(diff)
    marks = {str(s): c.MARKS[s] for s in Status} | {"first_scored": c.FIRST_SCORED_MARK}
    out += _table([f"{marks[key]} {w('status_' + key)}" for key, _ in counts],
                  [[str(n) for _, n in counts]], set(range(len(counts))))
    out += ["", w("mean_score") + c.mean_line(diff.mean, lang), ""]

    rows, hidden = c.rows(diff, show_all, limit)
    out.append("### " + w("touchpoints_all" if show_all else "touchpoints_changed"))
    out.append("")
    if rows:
        out += _table(
            [w("col_stage"), w("col_touchpoint"), w("col_before"), w("col_after"), "Δ",
             w("col_status"), w("col_notes")],
            [[code(tp.stage), f"{code(tp.id)} {cell(tp.name)}", c.side_score(tp, False, lang),
              c.side_score(tp, True, lang), "" if tp.delta is None else c.signed(tp.delta, 0),
              c.touchpoint_status(tp, lang), cell("; ".join(c.notes(tp, lang)))]
             for tp in rows],
            {2, 3, 4})
        if hidden:
            out += ["", c.left_out(hidden, lang)]
    else:
        out.append(w("no_change"))
    out.append("")

    if diff.drift:
        out += ["### " + w("drift_title"), "", w("drift_lead"), ""]
        drift = diff.drift[:limit] if limit else diff.drift
        out += [f"- {code(tp.id)} {cell(tp.name)}: {c.score(tp.before, lang)} → "
                f"{c.score(tp.after, lang)}" for tp in drift]
        if len(drift) < len(diff.drift):
            out.append("- " + w("more", n=len(diff.drift) - len(drift)))
        out.append("")

    for label, groups in ((w("stages_mean"), diff.stages), (w("branches_mean"), diff.branches)):
        if not groups:
            continue
        out += [f"### {label}", ""]
        out += _table([w("col_id"), w("col_name"), w("col_before"), w("col_after"), "Δ",
                       w("col_status")],
                      [[code(r[0]), cell(r[1]), *r[2:]] for r in c.group_rows(groups, lang)],
                      {2, 3, 4})
        out.append("")

    if diff.projects:
        projects, hidden_projects = c.limited_projects(diff, limit)
        out += ["### " + w("projects"), ""]
        out += _table([w("col_id"), w("col_title"), w("col_change"), w("col_project_status")],
                      [[code(p.id), cell(p.title), c.project_change(p, lang),
                        c.project_statuses(p, lang)]
                       for p in projects])
        if hidden_projects:
            out += ["", c.projects_left_out(hidden_projects, lang)]
        out.append("")

    out.append(w("summary") + c.summary_line(diff, lang))
    return "\n".join(out) + "\n"
