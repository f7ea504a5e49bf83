"""History formats: pure functions History -> str, chosen by :class:`HistoryFormat`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from cxmap.diff.history import TREND_MARKS, History, TouchpointHistory, Trend
from cxmap.outputs.diff.as_markdown import cell, code
from cxmap.outputs.diff.common import ABSENT, NOT_SCORED, score
from cxmap.outputs.formats import HistoryFormat
from cxmap.outputs.terminal import Cell, Column, render_table, render_text


def _cells(t: TouchpointHistory) -> list[str]:
    return [score(s) if p else ABSENT for s, p in zip(t.scores, t.present, strict=True)]


def _labels(h: History) -> list[str]:
    return [w.label + ("*" if w.commit is None else "") for w in h.waves]


def _trend(t: TouchpointHistory) -> str:
    mark = TREND_MARKS[t.trend]
    return mark if t.trend in (Trend.NEW, Trend.GONE, Trend.NONE) else f"{mark} {t.trend}"


def _legend(h: History) -> str:
    text = f"{ABSENT} not in the map, {NOT_SCORED} not scored"
    if any(w.commit is None for w in h.waves):
        text += "; * uncommitted changes"
    return text


_TREND_STYLE = {Trend.UP: "green", Trend.DOWN: "red", Trend.FLAT: "dim", Trend.NEW: "cyan",
                Trend.GONE: "magenta", Trend.NONE: "dim"}


def format_text(h: History, *, color: bool = False, width: int = 120, **_: Any) -> str:
    columns = [Column("Stage"), Column("Touchpoint"),
               *(Column(label, justify="right") for label in _labels(h)), Column("Trend")]
    rows: list[list[Cell]] = [
        [t.stage, ((t.id, "bold"), (" " + t.name, "")), *_cells(t),
         ((_trend(t), _TREND_STYLE[t.trend]),)]
        for t in h.touchpoints]
    out = [render_text((("cxmap history: ", "bold"), (h.title, "bold"), (f"  ({h.file})", "")),
                       width=width, color=color),
           render_table(columns, rows, width=width, color=color),
           render_text(_legend(h), width=width, color=color)]
    out += [render_text(f"skipped {m.file}: not a valid map ({m.errors} errors)", width=width,
                        color=color) for m in h.skipped]
    return "\n".join(out) + "\n"


def format_markdown(h: History, **_: Any) -> str:
    labels = _labels(h)
    out = [f"## Journey map history: {cell(h.title)}", "", f"File: {code(h.file)}", "",
           "| Stage | Touchpoint | " + " | ".join(labels) + " | Trend |",
           "|---|---|" + "---:|" * len(labels) + "---|"]
    for t in h.touchpoints:
        out.append(f"| {code(t.stage)} | {code(t.id)} {cell(t.name)} | "
                   + " | ".join(_cells(t)) + f" | {_trend(t)} |")
    out += ["", _legend(h)]
    out += [f"- skipped {code(m.file)}: not a valid map" for m in h.skipped]
    return "\n".join(out) + "\n"


def history_obj(h: History) -> dict[str, Any]:
    return {
        "version": 1,
        "file": h.file,
        "title": h.title,
        "waves": [{"label": w.label, "scoredOn": w.scored_on, "commit": w.commit,
                   "date": w.date or None, "subject": w.subject, "path": w.path,
                   "commits": w.commits} for w in h.waves],
        "touchpoints": [{"id": t.id, "name": t.name, "stage": t.stage,
                         "scores": [s if p else None for s, p in zip(t.scores, t.present,
                                                                      strict=True)],
                         "present": list(t.present), "trend": str(t.trend),
                         "change": t.change} for t in h.touchpoints],
        "skipped": [{"revision": m.file, "errors": m.errors} for m in h.skipped],
    }


def format_json(h: History, **_: Any) -> str:
    return json.dumps(history_obj(h), ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[HistoryFormat, Callable[..., str]] = {
    HistoryFormat.TEXT: format_text,
    HistoryFormat.MARKDOWN: format_markdown,
    HistoryFormat.JSON: format_json,
}


def format_history(h: History, fmt: HistoryFormat, *, color: bool = False,
                   width: int = 120) -> str:
    return FORMATTERS[fmt](h, color=color, width=width)
