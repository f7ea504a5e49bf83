"""``cxmap import-survey``: survey answers -> survey blocks and scores.

load the map -> read and check every row of the data -> count per
touchpoint -> estimate (net balance, interval, band, confidence) -> the
blocks and the scores that change -> the same in-place, checked, atomic
write as ``import-scores``.  Nothing is written when any row is bad.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cxmap.commands.edit_import import ImportRun, locked, read_for_edit, write_changes
from cxmap.edit.survey import SurveyLine
from cxmap.i18n import Language, t

if TYPE_CHECKING:
    from cxmap.checks.settings import SurveySettings
    from cxmap.model.journey import Journey

SURVEY_FIELDS = ("metric", "responses", "positive", "negative", "fielded_on", "source")


@dataclass
class SurveyRun(ImportRun):
    lines: list[SurveyLine] = field(default_factory=list)
    settings: SurveySettings | None = None
    shape: str = ""


def survey_dict(block: Any) -> dict[str, Any] | None:
    """A model's survey block as the plain values the edit compares."""
    if block is None:
        return None
    return {name: getattr(block, name) for name in SURVEY_FIELDS}


def import_survey(map_path: Path, data_path: Path, *, columns_path: Path | None = None,
                  scored_on: str | None = None, dry_run: bool = False,
                  min_responses: int | None = None, min_confidence: float | None = None,
                  config: Path | None = None, no_config: bool = False,
                  lang: Language = Language.EN) -> SurveyRun:
    """Run the import (raises :class:`~cxmap.commands.arguments.UsageProblem`
    for values it cannot run with, ``ConfigError`` for a bad configuration)."""
    from cxmap.checks.config import ConfigFinder
    from cxmap.commands.arguments import UsageProblem, iso_day
    from cxmap.util.files import kind_of

    run = SurveyRun()
    day = iso_day(scored_on, lang)
    if min_responses is not None and min_responses < 1:
        raise UsageProblem(t("survey.bad_min_responses", lang, value=min_responses))
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise UsageProblem(t("survey.bad_min_confidence", lang, value=min_confidence))
    if kind_of(map_path) in ("missing", "dir"):
        raise UsageProblem(t("edit.not_a_file", lang, path=str(map_path)))
    # a FIFO, a device or a folder is not "missing": reading it says what it is
    for path in (data_path, columns_path):
        if path is not None and kind_of(path) == "missing":
            raise UsageProblem(t("edit.path_missing", lang, path=str(path)))
    settings = ConfigFinder(config, no_config=no_config).for_map(map_path).survey
    if min_responses is not None or min_confidence is not None:
        from dataclasses import replace

        settings = replace(
            settings,
            min_responses=settings.min_responses if min_responses is None else min_responses,
            min_confidence=settings.min_confidence if min_confidence is None
            else min_confidence)
    run.settings = settings
    done = locked(map_path, dry_run, lambda: _import(
        run, map_path, data_path, columns_path, day, dry_run, lang))
    return done if isinstance(done, SurveyRun) else SurveyRun(problems=done.problems)


def _import(run: SurveyRun, map_path: Path, data_path: Path, columns_path: Path | None,
            day: date | None, dry_run: bool, lang: Language) -> SurveyRun:
    """Read the map and the data, plan and write (under the map's lock)."""
    from cxmap.edit.survey import ColumnsError, read_columns, read_survey
    from cxmap.edit.table import TableError, read_csv
    from cxmap.util.files import UnreadableMap, read_map_bytes

    assert run.settings is not None
    settings = run.settings
    raw = read_for_edit(run, map_path, lang)
    if raw is None or run.loaded is None or run.loaded.errors or run.loaded.journey is None:
        return run
    journey = run.loaded.journey

    columns = None
    if columns_path is not None:
        try:
            columns = read_columns(read_map_bytes(columns_path).decode("utf-8-sig"), lang)
        except UnreadableMap as exc:
            run.problems.append(t("edit.cannot_read", lang, path=str(columns_path), reason=exc))
            return run
        except UnicodeDecodeError:
            run.problems.append(f"{columns_path}:1: " + t("survey.not_utf8", lang))
            return run
        except ColumnsError as exc:
            run.problems.append(f"{columns_path}:{exc.line}: {exc.message}")
            return run
    source = str(data_path)
    try:
        data_raw = read_map_bytes(data_path)
        data_raw.decode("utf-8-sig")
        table = read_csv(data_raw)
    except UnreadableMap as exc:
        run.problems.append(t("edit.cannot_read", lang, path=source, reason=exc))
        return run
    except UnicodeDecodeError as exc:
        line = data_raw[:exc.start].count(b"\n") + 1
        run.problems.append(f"{source}:{line}: " + t("survey.not_utf8", lang))
        return run
    except TableError as exc:
        run.problems.append(f"{source}:{exc.line}: "
                            + t("edit.table_unreadable", lang, reason=exc))
        return run
    ids = [tp.id for _, tp in journey.iter_touchpoints()]
    read = read_survey(table, ids, lang, columns)
    run.shape = read.shape
    if read.problems:
        run.problems = [f"{source}:{p.row}: {p.message}"
                        for p in sorted(read.problems, key=lambda p: p.row)]
        return run
    run.lines, run.changes = plan(journey, read.counts, settings, day)
    return write_changes(run, raw, map_path, dry_run=dry_run, lang=lang)  # type: ignore[return-value]


def plan(journey: Journey, counts: dict[str, Any], settings: SurveySettings,
         day: date | None) -> tuple[list[SurveyLine], list[Any]]:
    """Per touchpoint (journey order): the estimate and the score it allows;
    the changes to make (``scoredOn``, then each touchpoint's score and block)."""
    from cxmap.edit.scores import Change
    from cxmap.metrics.survey import estimate

    lines: list[SurveyLine] = []
    changes: list[Change] = []
    if day is not None and journey.scored_on != day:
        changes.append(Change(None, "scoredOn", journey.scored_on, day))
    for _, tp in journey.iter_touchpoints():
        found = counts.get(tp.id)
        if found is None:
            continue
        est = estimate(found.responses, found.positive, found.negative, settings.cuts)
        held = ("responses" if est.responses < settings.min_responses
                else "confidence" if est.confidence < settings.min_confidence else None)
        new = tp.score if held else est.band
        lines.append(SurveyLine(tp.id, found.metric, est, tp.score, new, held))
        if new != tp.score:
            changes.append(Change(tp.id, "score", tp.score, new))
        block = {"metric": found.metric, "responses": found.responses,
                 "positive": found.positive, "negative": found.negative,
                 "fielded_on": day, "source": None}
        old = survey_dict(tp.survey)
        if old != block:
            changes.append(Change(tp.id, "survey", old, block))
    return lines, changes
