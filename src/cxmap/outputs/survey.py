"""Survey figures as people read them (``import-survey``, diff, history,
reports): the net balance to 3 decimals, the 95 % interval and the
confidence to 2, a decimal comma in Polish.  Pure functions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cxmap.i18n import Language, decimal, t

if TYPE_CHECKING:
    from cxmap.edit.survey import SurveyLine
    from cxmap.metrics.survey import Estimate


def net(value: float, lang: Language = Language.EN) -> str:
    """``0.419``, ``-0.130`` (``0,419`` in Polish)."""
    text = f"{value:.3f}"
    return decimal("0.000" if text == "-0.000" else text, lang)


def change(value: float, lang: Language = Language.EN) -> str:
    """A change of the net balance, signed: ``+0.212``."""
    text = f"{value:+.3f}"
    return decimal("0.000" if text in ("+0.000", "-0.000") else text, lang)


def interval(low: float, high: float, lang: Language = Language.EN) -> str:
    """``[0.18, 0.66]``; in Polish ``[0,18; 0,66]`` (the comma is the decimal sign)."""
    a, b = (f"{v:.2f}" for v in (low, high))
    a, b = ("0.00" if x == "-0.00" else x for x in (a, b))
    return t("core.interval", lang, low=decimal(a, lang), high=decimal(b, lang))


def confidence(value: float, lang: Language = Language.EN) -> str:
    return decimal(f"{value:.2f}", lang)


def score(value: int | None) -> str:
    if value is None:
        return "-"
    return f"+{value}" if value > 0 else str(value)


def held_reason(held: str | None, est: Estimate, min_responses: int, min_confidence: float,
                lang: Language) -> str:
    """Why a score was left as it was ('' when it was set)."""
    if held == "responses":
        return t("survey.held_responses", lang, n=est.responses, min=min_responses)
    if held == "confidence":
        return t("survey.held_confidence", lang, confidence=confidence(est.confidence, lang),
                 min=confidence(min_confidence, lang))
    return ""


def import_table(lines: Sequence[SurveyLine], *, min_responses: int, min_confidence: float,
                 lang: Language) -> str:
    """Per touchpoint: id, n, net balance, 95 % interval, band, confidence,
    old -> new score, and why a score was left alone; aligned columns."""
    head = [t(f"survey.col_{k}", lang) for k in ("touchpoint", "n", "net", "interval",
                                                  "band", "confidence", "score")]
    rows: list[list[str]] = [head]
    notes: list[str] = [""]
    for line in lines:
        est = line.estimate
        moved = f"{score(line.old)} → {score(line.new)}" if line.old != line.new \
            else f"{score(line.old)} {t('survey.unchanged', lang)}"
        rows.append([line.touchpoint, str(est.responses), net(est.net, lang),
                     interval(est.low, est.high, lang), score(est.band),
                     confidence(est.confidence, lang), moved])
        notes.append(held_reason(line.held, est, min_responses, min_confidence, lang))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    right = {1, 2, 4, 5}
    out = []
    for row, note in zip(rows, notes, strict=True):
        cells = [c.rjust(w) if i in right else c.ljust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        text = "  ".join(cells)
        out.append((text + ("  " + note if note else "")).rstrip())
    return "\n".join(out)


def import_json(lines: Sequence[SurveyLine], *, path: str, written: bool,
                min_responses: int, min_confidence: float) -> str:
    """The import as JSON: per touchpoint its counts, net balance, standard
    error, 95 % interval, band, confidence, score before and after, and why
    a score was left alone (``held``: ``responses``, ``confidence`` or null)."""
    import json

    return json.dumps({
        "map": path, "written": written,
        "minResponses": min_responses, "minConfidence": min_confidence,
        "touchpoints": [{
            "id": line.touchpoint, "metric": line.metric,
            "responses": line.estimate.responses,
            "net": round(line.estimate.net, 4), "se": round(line.estimate.se, 4),
            "low": round(line.estimate.low, 3), "high": round(line.estimate.high, 3),
            "band": line.estimate.band, "confidence": round(line.estimate.confidence, 4),
            "before": line.old, "after": line.new, "held": line.held,
        } for line in lines]}, ensure_ascii=False, indent=2) + "\n"
