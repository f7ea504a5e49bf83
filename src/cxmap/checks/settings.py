"""How the rules are tuned for one map: severities, options, strictness.

Built from a configuration file by :mod:`cxmap.checks.config`; the defaults
(every rule at its default severity, default options) when there is none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cxmap.diagnostics import Rule, Severity


@dataclass(frozen=True)
class SurveySettings:
    """``[tool.cxmap.survey]``: the four cut points of the score bands on the
    net balance, and when a survey may set a score (``import-survey``) or is
    too thin to trust (the ``thin-survey`` rule)."""

    cuts: tuple[float, float, float, float] = (-0.6, -0.2, 0.2, 0.6)
    min_responses: int = 30
    min_confidence: float = 0.8


@dataclass(frozen=True)
class RuleSettings:
    """``severities``: code -> severity, or ``None`` for a rule switched off;
    ``options``: code -> the options given for it (an instance of the rule's
    options model, validated);
    ``strict``: warnings fail; ``source``: the configuration file, if any;
    ``today``: the day rules about dates count from (``None``: the real day);
    ``method``: run the rules on the model and the journey graph (``False``
    for commands that only need a valid map: render, report, diff)."""

    severities: Mapping[str, Severity | None] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    strict: bool = False
    source: str | None = None
    today: date | None = None
    method: bool = True
    survey: SurveySettings = field(default_factory=SurveySettings)

    def severity(self, rule: Rule) -> Severity | None:
        if not rule.configurable:
            return rule.severity
        return self.severities.get(rule.code, rule.severity)

    def enabled(self, rule: Rule) -> bool:
        return self.severity(rule) is not None


#: the format's checks and the rules on the raw data only, at their defaults
FORMAT_ONLY = RuleSettings(method=False)
