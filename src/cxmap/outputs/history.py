"""History formats: pure functions History -> str, chosen by :class:`HistoryFormat`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from cxmap.diff.history import History, TouchpointHistory, Trend
from cxmap.i18n import Language, t
from cxmap.outputs.diff.as_markdown import cell, code
from cxmap.outputs.diff.common import ABSENT, mean, not_scored, score
from cxmap.outputs.formats import HistoryFormat
from cxmap.outputs.survey import change as survey_change
from cxmap.outputs.terminal import Cell, Column, render_table, render_text


def _cells(h: TouchpointHistory, lang: Language) -> list[str]:
    return [score(s, lang) if p else ABSENT for s, p in zip(h.scores, h.present, strict=True)]


def _labels(h: History) -> list[str]:
    return [w.name + ("*" if w.commit is None else "") for w in h.waves]


def _means(h: History, lang: Language) -> list[str]:
    return [mean(w.mean, lang) for w in h.waves]


def _trend(h: TouchpointHistory, lang: Language) -> str:
    """The trend of the scores; with two surveyed waves, whether the survey's
    net balance changed beyond noise."""
    text = t(f"diff.trend_{h.trend}", lang)
    change = h.survey_change
    if change is None:
        return text
    verdict = t("survey.significant" if change.significant else "survey.noise", lang)
    note = t("survey.history_survey", lang, change=survey_change(change.change, lang),
             verdict=verdict)
    return f"{text}; {note}"


def _legend(h: History, lang: Language) -> str:
    text = t("diff.legend", lang, absent=ABSENT, unscored=not_scored(lang))
    if any(w.commit is None for w in h.waves):
        text += t("diff.legend_uncommitted", lang)
    return text


def _warnings(h: History, lang: Language) -> list[str]:
    return [t("diff.same_wave_rescored", lang, commit=r.commit[:7], subject=r.subject,
              scored_on=r.scored_on) for r in h.warnings]


_TREND_STYLE = {Trend.UP: "green", Trend.DOWN: "red", Trend.FLAT: "dim", Trend.NEW: "cyan",
                Trend.GONE: "magenta", Trend.NONE: "dim"}


def format_text(h: History, *, color: bool = False, width: int = 120,
                lang: Language = Language.EN, **_: Any) -> str:
    columns = [Column(t("diff.col_stage", lang)), Column(t("diff.col_touchpoint", lang)),
               *(Column(label, justify="right") for label in _labels(h)),
               Column(t("diff.col_trend", lang))]
    rows: list[list[Cell]] = [
        [tp.stage, ((tp.id, "bold"), (" " + tp.name, "")), *_cells(tp, lang),
         ((_trend(tp, lang), _TREND_STYLE[tp.trend]),)]
        for tp in h.touchpoints]
    if h.waves:
        rows.append(["", ((t("diff.mean_row", lang), "bold"),), *_means(h, lang), ""])
    out = [render_text(((t("diff.history_title", lang), "bold"), (h.title, "bold"),
                        (f"  ({h.file})", "")), width=width, color=color),
           render_table(columns, rows, width=width, color=color),
           render_text(_legend(h, lang), width=width, color=color)]
    out += [render_text(w, width=width, color=color, style="yellow")
            for w in _warnings(h, lang)]
    out += [render_text(t("diff.skipped", lang, file=m.file, n=m.errors), width=width,
                        color=color) for m in h.skipped]
    return "\n".join(out) + "\n"


def format_markdown(h: History, *, lang: Language = Language.EN, **_: Any) -> str:
    # the wave's name (a git tag) escaped; the "uncommitted" mark is ours
    labels = [cell(w.name) + ("*" if w.commit is None else "") for w in h.waves]
    out = [f"## {t('diff.history_title_markdown', lang, title=cell(h.title))}", "",
           t("diff.history_file", lang, file=code(h.file)), "",
           f"| {t('diff.col_stage', lang)} | {t('diff.col_touchpoint', lang)} | "
           + " | ".join(labels) + f" | {t('diff.col_trend', lang)} |",
           "|---|---|" + "---:|" * len(labels) + "---|"]
    for tp in h.touchpoints:
        out.append(f"| {code(tp.stage)} | {code(tp.id)} {cell(tp.name)} | "
                   + " | ".join(_cells(tp, lang)) + f" | {_trend(tp, lang)} |")
    if h.waves:
        out.append(f"|  | **{t('diff.mean_row', lang)}** | " + " | ".join(_means(h, lang))
                   + " |  |")
    out += ["", _legend(h, lang)]
    out += ["", *(f"> {cell(w)}" for w in _warnings(h, lang))] if h.warnings else []
    out += [f"- {t('diff.skipped_markdown', lang, file=code(m.file))}" for m in h.skipped]
    return "\n".join(out) + "\n"


def history_obj(h: History) -> dict[str, Any]:
    return {
        "version": 1,
        "file": h.file,
        "title": h.title,
        "waves": [{"label": w.name, "scoredOn": w.scored_on, "commit": w.commit,
                   "date": w.date or None, "subject": w.subject, "path": w.path,
                   "commits": w.commits, "tag": w.tag,
                   "mean": None if w.mean is None else round(w.mean, 4)} for w in h.waves],
        "touchpoints": [{"id": t.id, "name": t.name, "stage": t.stage,
                         "scores": [s if p else None for s, p in zip(t.scores, t.present,
                                                                      strict=True)],
                         "present": list(t.present), "trend": str(t.trend),
                         "change": t.change, **_survey_obj(t)} for t in h.touchpoints],
        "skipped": [{"revision": m.file, "errors": m.errors} for m in h.skipped],
        "warnings": [{"commit": r.commit, "subject": r.subject, "scoredOn": r.scored_on,
                      "touchpoints": list(r.touchpoints)} for r in h.warnings],
    }


def _survey_obj(tp: TouchpointHistory) -> dict[str, Any]:
    """Per wave {responses, net, low, high} (or null), and between the last
    two surveyed waves the change of the net balance and whether it is significant."""
    if not any(tp.surveys):
        return {}
    change = tp.survey_change
    return {"survey": [None if e is None else {"responses": e.responses, "net": round(e.net, 4),
                                               "low": round(e.low, 3), "high": round(e.high, 3)}
                       for e in tp.surveys],
            "surveyChange": None if change is None else round(change.change, 4),
            "significant": None if change is None else change.significant}


def format_json(h: History, **_: Any) -> str:
    return json.dumps(history_obj(h), ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[HistoryFormat, Callable[..., str]] = {
    HistoryFormat.TEXT: format_text,
    HistoryFormat.MARKDOWN: format_markdown,
    HistoryFormat.JSON: format_json,
}


def format_history(h: History, fmt: HistoryFormat, *, color: bool = False,
                   width: int = 120, lang: Language = Language.EN) -> str:
    return FORMATTERS[fmt](h, color=color, width=width, lang=lang)
