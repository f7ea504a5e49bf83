"""MapDiff -> text for a terminal: tables drawn by :mod:`cxmap.outputs.terminal` (rich)."""

from __future__ import annotations

from typing import Any

from cxmap.diff.compare import MapDiff, Status
from cxmap.i18n import Language, t
from cxmap.outputs.diff import common as c
from cxmap.outputs.terminal import Cell, Column, render_table, render_text


def _columns(lang: Language) -> tuple[tuple[Column, ...], tuple[Column, ...],
                                      tuple[Column, ...]]:
    """The touchpoint, group and project tables' columns (fixed widths where
    the content is known)."""
    def w(key: str) -> str:
        return t(f"diff.{key}", lang)

    touchpoints = (
        Column(w("col_stage")), Column(w("col_touchpoint")),
        Column(w("col_before"), justify="right", width=max(6, len(w("col_before"))),
               no_wrap=True),
        Column(w("col_after"), justify="right", width=max(5, len(w("col_after"))),
               no_wrap=True),
        Column("Δ", justify="right", width=2, no_wrap=True),
        Column(w("col_status")), Column(w("col_notes")),
    )
    groups = (Column(w("col_id")), Column(w("col_name")),
              Column(w("col_before"), justify="right"), Column(w("col_after"), justify="right"),
              Column("Δ", justify="right"), Column(w("col_status")))
    projects = (Column(w("col_id")), Column(w("col_title")),
                Column(w("col_change"), width=max(7, len(w("col_change"))), no_wrap=True),
                Column(w("col_project_status")))
    return touchpoints, groups, projects


def format_text(diff: MapDiff, *, color: bool = False, width: int = 120,
                show_all: bool = False, limit: int | None = c.DEFAULT_LIMIT,
                lang: Language = Language.EN, **_: Any) -> str:
    """Header, the touchpoints that changed (all with ``show_all``), expectation
    drift, stage and branch means, projects, and a summary line."""
    out: list[str] = []
    tp_columns, group_columns, project_columns = _columns(lang)

    def w(key: str, **params: object) -> str:
        return t(f"diff.{key}", lang, **params)

    def say(text: Cell = "", style: str = "") -> None:
        out.append(render_text(text, width=width, color=color, style=style))

    def table(columns: tuple[Column, ...], rows: list[list[Cell]], title: str) -> None:
        out.append(render_table(columns, rows, title=title, width=width, color=color))

    title = diff.new.title if diff.new.title == diff.old.title else (
        f"{diff.old.title} → {diff.new.title}")
    say(((w("title_text"), "bold"), (title, "bold")))
    before, after = w("before"), w("after")
    pad = max(len(before), len(after)) + 1
    say(f"  {before + ':':<{pad}} {c.wave(diff.old.scored_on, lang)}  {diff.old.source}")
    say(f"  {after + ':':<{pad}} {c.wave(diff.new.scored_on, lang)}  {diff.new.source}")
    warning = c.id_warning(diff, lang)
    if warning:
        say(warning, "yellow")
    say()

    rows, hidden = c.rows(diff, show_all, limit)
    if rows:
        table(tp_columns, [
            [tp.stage, ((tp.id, "bold"), ("\n" + tp.name, "")),
             c.side_score(tp, False, lang), c.side_score(tp, True, lang),
             "" if tp.delta is None else c.signed(tp.delta, 0),
             ((c.touchpoint_status(tp, lang), c.STYLES[tp.status]),),
             "\n".join(c.notes(tp, lang))]
            for tp in rows], w("touchpoints_all" if show_all else "touchpoints_changed"))
        if hidden:
            say(c.left_out(hidden, lang))
    else:
        say(w("no_change"))
    say()

    if diff.drift:
        say(w("drift_title"), "bold")
        say("  " + w("drift_lead"))
        drift = diff.drift[:limit] if limit else diff.drift
        for tp in drift:
            say(f"  {c.MARKS[Status.WORSENED]} {tp.id} ({tp.name}): "
                f"{c.score(tp.before, lang)} → {c.score(tp.after, lang)}")
        if len(drift) < len(diff.drift):
            say("  " + w("more", n=len(diff.drift) - len(drift)))
        say()

    for label, groups in ((w("stages_mean"), diff.stages),
                          (w("branches_mean"), diff.branches)):
        if not groups:
            continue
        table(group_columns, [[*row[:5], ((row[5], c.STYLES[g.status]),)]
                              for g, row in zip(groups, c.group_rows(groups, lang),
                                                strict=True)],
              label)
        say()

    if diff.projects:
        projects, hidden_projects = c.limited_projects(diff, limit)
        table(project_columns, [[p.id, p.title, c.project_change(p, lang),
                                 c.project_statuses(p, lang)]
                                for p in projects], w("projects"))
        if hidden_projects:
            say(c.projects_left_out(hidden_projects, lang))
        say()

    say(((w("summary"), "bold"), (c.summary_line(diff, lang), "")))
    say(w("mean_score") + c.mean_line(diff.mean, lang))
    return "\n".join(out) + "\n"
