"""Configuration of the method rules: ``.cxmap.toml`` or ``[tool.cxmap]``.

For each map, the nearest configuration searching from the map's folder
upward, up to the top of the git repository (the folder holding ``.git``;
outside git, up to the root): in each folder a ``.cxmap.toml`` (whose top level holds what
``[tool.cxmap]`` holds), else a ``pyproject.toml`` with a ``[tool.cxmap]``
table (one without it is passed by).  ``--config FILE`` names one file for
every map; ``--no-config`` ignores them all.

::

    [tool.cxmap]
    strict = true                    # warnings fail, as --strict
    [tool.cxmap.rules]
    CX301 = "off"                    # by code or by name: "off", "warning", "error"
    unused-branch = "error"
    stale-scoring = { severity = "warning", months = 12 }   # with options

Anything unknown — a key, a rule, a severity, an option or its value — is a
:class:`ConfigError` naming the file and the line; so is any setting of a
rule below CX300 (errors of the format cannot be switched off).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cxmap.checks.rules import RULES
from cxmap.checks.settings import RuleSettings, SurveySettings
from cxmap.diagnostics import ConfigError, Rule, Severity
from cxmap.i18n import resolve_language, t
from cxmap.util.files import kind_of, relative_name
from cxmap.util.text import ISO_DATE

__all__ = ["ConfigError", "ConfigFinder", "parse_config"]

CONFIG_NAME = ".cxmap.toml"
PYPROJECT = "pyproject.toml"
SEVERITIES: dict[str, Severity | None] = {"off": None, "warning": Severity.WARNING,
                                          "error": Severity.ERROR}
_TOP_KEYS = ("strict", "rules", "survey")
_SURVEY_KEYS = ("cuts", "min-responses", "min-confidence")


@dataclass
class _Source:
    """One configuration file's text, to find the line of a key."""

    file: str
    text: str
    prefix: str  # "tool.cxmap." in pyproject.toml, "" in .cxmap.toml

    def where(self, key: str, tables: tuple[str, ...] = ()) -> tuple[int, int]:
        """(line, column) of ``key`` — preferably inside one of ``tables``."""
        pattern = re.compile(r'(^|[{,]\s*)(["\']?)' + re.escape(key) + r'\2\s*=')
        section = ""
        fallback: tuple[int, int] | None = None
        wanted = {self.prefix + t if t else self.prefix.rstrip(".") for t in tables}
        for number, line in enumerate(self.text.splitlines(), 1):
            header = re.match(r"\s*\[+\s*([^\]]+?)\s*\]+", line)
            if header:
                section = header.group(1).replace('"', "").replace("'", "")
                continue
            m = pattern.search(line.lstrip()) if "=" in line else None
            if m:
                pos = (number, len(line) - len(line.lstrip()) + m.start(2) + 1)
                if not wanted or section in wanted:
                    return pos
                fallback = fallback or pos
        if fallback:
            return fallback
        for number, line in enumerate(self.text.splitlines(), 1):
            if key in line:
                return number, line.index(key) + 1
        return 1, 1

    def error(self, message: str, key: str, tables: tuple[str, ...] = ()) -> ConfigError:
        line, column = self.where(key, tables)
        return ConfigError(self.file, line, column, message)


def _read(path: Path, shown: str) -> tuple[str, dict[str, Any]]:
    from cxmap.util.files import UnreadableMap, read_map_bytes

    try:  # a regular file, bounded: a FIFO named .cxmap.toml must not hang
        text = read_map_bytes(path).decode("utf-8-sig")
    except UnreadableMap as exc:
        raise ConfigError(shown, 1, 1, str(exc)) from None
    except UnicodeDecodeError:
        raise ConfigError(shown, 1, 1, _say("not_utf8")) from None
    import tomllib  # only when a configuration file is found

    try:
        return text, tomllib.loads(text)
    except RecursionError:  # tomllib recurses per nesting level
        raise ConfigError(shown, 1, 1, _say("not_toml", reason=_say("toml_too_deep"))) from None
    except tomllib.TOMLDecodeError as exc:
        from cxmap.util.tomlerror import toml_problem

        problem = toml_problem(exc, text, resolve_language())
        raise ConfigError(shown, problem.line, problem.column,
                          _say("not_toml", reason=problem.reason)) from None


def _say(name: str, /, **params: object) -> str:
    """A message of :mod:`cxmap.i18n.config` in the language of the run."""
    return t(f"config.{name}", resolve_language(), **params)


def _close(word: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return _say("close", word=close[0]) if close else ""


def parse_config(path: Path, *, explicit: bool = False,
                 shown: str | None = None) -> RuleSettings | None:
    """The settings a configuration file gives; ``None`` for a
    ``pyproject.toml`` without ``[tool.cxmap]`` (unless ``explicit``).
    A problem names the file ``shown`` (default: ``path``)."""
    shown = str(path) if shown is None else shown
    text, data = _read(path, shown)
    if path.name == PYPROJECT:
        tool = data.get("tool")
        table = tool.get("cxmap") if isinstance(tool, dict) else None
        if table is None:
            return RuleSettings(source=str(path)) if explicit else None
        src = _Source(shown, text, "tool.cxmap.")
        if not isinstance(table, dict):
            raise src.error(_say("tool_not_table"), "cxmap")
    else:
        table, src = data, _Source(shown, text, "")
    return _settings(table, src)


def _settings(table: dict[str, Any], src: _Source) -> RuleSettings:
    from cxmap.checks.policy import resolve_rule

    for key in table:
        if key not in _TOP_KEYS:
            raise src.error(_say("unknown_setting", key=key,
                                 close=_close(key, list(_TOP_KEYS))), key, ("",))
    strict = table.get("strict", False)
    if not isinstance(strict, bool):
        raise src.error(_say("strict_not_bool"), "strict", ("",))
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise src.error(_say("rules_not_table"), "rules", ("",))
    severities: dict[str, Severity | None] = {}
    options: dict[str, Any] = {}
    given_as: dict[str, str] = {}
    for key, value in rules.items():
        rule = resolve_rule(key)
        if rule is None:
            known = list(RULES) + [r.name for r in RULES.values()]
            raise src.error(_say("unknown_rule", key=key, close=_close(key, known)), key,
                            ("rules",))
        if not rule.configurable:
            raise src.error(_say("format_rule", key=key, code=rule.code, name=rule.name),
                            key, ("rules",))
        if rule.code in given_as:
            raise src.error(_say("configured_twice", code=rule.code, name=rule.name,
                                 first=given_as[rule.code], key=key), key, ("rules",))
        given_as[rule.code] = key
        severity, opts = _rule_entry(key, value, rule, src)
        if severity is not _KEEP:
            severities[rule.code] = severity
        if opts is not None:
            options[rule.code] = opts
    return RuleSettings(severities=severities, options=options, strict=strict,
                        source=src.file, survey=_survey(table.get("survey", {}), src))


def _survey(table: Any, src: _Source) -> SurveySettings:
    """``[survey]``: cuts = [-0.6, -0.2, 0.2, 0.6], min-responses, min-confidence."""
    from cxmap.metrics.survey import valid_cuts

    if not isinstance(table, dict):
        raise src.error(_say("survey_not_table"), "survey", ("",))
    for key in table:
        if key not in _SURVEY_KEYS:
            raise src.error(_say("unknown_survey_setting", key=key,
                                 known=", ".join(_SURVEY_KEYS),
                                 close=_close(key, list(_SURVEY_KEYS))), key, ("survey",))
    default = SurveySettings()
    cuts = table.get("cuts", list(default.cuts))
    if not valid_cuts(cuts):
        raise src.error(_say("bad_cuts"), "cuts", ("survey",))
    least = table.get("min-responses", default.min_responses)
    if not isinstance(least, int) or isinstance(least, bool) or least < 1:
        raise src.error(_say("bad_min_responses"), "min-responses", ("survey",))
    confidence = table.get("min-confidence", default.min_confidence)
    if not isinstance(confidence, int | float) or isinstance(confidence, bool) \
            or not 0 <= confidence <= 1:
        raise src.error(_say("bad_min_confidence"), "min-confidence", ("survey",))
    return SurveySettings(tuple(float(c) for c in cuts), least,  # type: ignore[arg-type]
                          float(confidence))


_KEEP = object()


def _severity(word: Any, key: str, src: _Source, tables: tuple[str, ...]) -> Severity | None:
    if not isinstance(word, str) or word.lower() not in SEVERITIES:
        raise src.error(_say("unknown_severity", word=word, key=key), key, tables)
    return SEVERITIES[word.lower()]


def _rule_entry(key: str, value: Any, rule: Rule, src: _Source) -> tuple[Any, Any]:
    if not isinstance(value, dict):
        return _severity(value, key, src, ("rules",)), None
    tables = ("rules." + key, "rules")
    given = dict(value)
    severity: Any = _KEEP
    if "severity" in given:
        severity = _severity(given.pop("severity"), key, src, tables)
    if not given:
        return severity, None
    model = rule.options
    if model is None:
        name = next(iter(given))
        raise src.error(_say("no_options", name=rule.name, code=rule.code, found=name),
                        name, tables)
    from pydantic import ValidationError

    try:
        return severity, model.model_validate(given)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        option = str(err["loc"][0]) if err["loc"] else key
        known = [name.replace("_", "-") for name in model.model_fields]
        if err["type"] == "extra_forbidden":
            message = _say("unknown_option", option=option, name=rule.name,
                           known=", ".join(known), close=_close(option, known))
        else:
            message = _say("bad_option", option=option, name=rule.name, detail=_option_detail(err))
        raise src.error(message, option, tables) from None


#: pydantic's error types of an option's value -> the catalogue's words (and
#: the bound the error's context names)
_OPTION_ERRORS = {"greater_than_equal": ("option_ge", "ge"),
                  "less_than_equal": ("option_le", "le"),
                  "int_type": ("option_int", None), "float_type": ("option_number", None)}


def _option_detail(err: Any) -> str:
    """Why an option's value is refused, in the language of the run."""
    key, bound = _OPTION_ERRORS.get(err["type"], ("option_invalid", None))
    limit = (err.get("ctx") or {}).get(bound) if bound else None
    if bound is None or not isinstance(limit, int | float):
        return _say("option_invalid" if bound else key)
    return _say(key, limit=limit)


# --------------------------------------------------------------------------- finding
class ConfigFinder:
    """Finds and parses the configuration of each map (cached per folder)."""

    def __init__(self, config: str | Path | None = None, *, no_config: bool = False,
                 today: date | None = None) -> None:
        self.no_config = no_config
        self.today = today if today is not None else today_from_env()
        self._by_dir: dict[Path, RuleSettings] = {}
        self._by_file: dict[Path, RuleSettings | None] = {}
        self._fixed: RuleSettings | None = None
        self._relative = False  # the map being configured was named relatively
        if config is not None and not no_config:
            path = Path(config)
            if kind_of(path) in ("missing", "dir"):
                raise ConfigError(str(config), 1, 1, _say("missing"))
            settings = parse_config(path, explicit=True)
            assert settings is not None
            self._fixed = self._dated(settings)

    def _dated(self, settings: RuleSettings) -> RuleSettings:
        if self.today is None:
            return settings
        return RuleSettings(settings.severities, settings.options, settings.strict,
                            settings.source, self.today, survey=settings.survey)

    def for_map(self, map_path: str | Path) -> RuleSettings:
        """The settings for the map at ``map_path``."""
        if self._fixed is not None:
            return self._fixed
        if self.no_config:
            return self._dated(RuleSettings())
        folder = Path(os.path.abspath(map_path)).parent
        self._relative = not Path(map_path).is_absolute()
        return self._for_dir(folder)

    def _for_dir(self, folder: Path) -> RuleSettings:
        found = self._by_dir.get(folder)
        if found is not None:
            return found
        settings: RuleSettings | None = None
        for name in (CONFIG_NAME, PYPROJECT):
            candidate = folder / name
            if kind_of(candidate) in ("file", "other"):  # never raises (no permission)
                settings = self._file(candidate)
                if settings is not None:
                    break
        if settings is None:
            parent = folder.parent
            # the search ends at the top of the repository (a folder holding
            # .git: a folder, or a file in a worktree or submodule) or of the
            # file system: a configuration above a checkout never applies
            top = parent == folder or kind_of(folder / ".git") != "missing"
            settings = self._dated(RuleSettings()) if top else self._for_dir(parent)
        self._by_dir[folder] = settings
        return settings

    def _file(self, path: Path) -> RuleSettings | None:
        if path not in self._by_file:
            parsed = parse_config(path, shown=relative_name(path) if self._relative else None)
            self._by_file[path] = self._dated(parsed) if parsed is not None else None
        return self._by_file[path]


def today_from_env() -> date | None:
    """``CXMAP_TODAY=YYYY-MM-DD``: the day date rules count from (reproducible CI)."""
    value = os.environ.get("CXMAP_TODAY", "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        # 2024-02-30 is written right but no day: said so, as validate says it
        key = "today_not_real" if ISO_DATE.fullmatch(value) else "bad_today"
        raise ConfigError("CXMAP_TODAY", 1, 1, _say(key, value=value)) from None
