"""What a rule object is made of (see :mod:`cxmap.checks.rules`)."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict

from cxmap.checks.context import CheckContext
from cxmap.diagnostics import Phase, Rule, Severity, category_of


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Options(BaseModel):
    """Base of every rule's options: unknown options are refused; an option is
    written ``max-share`` (or ``max_share``) in the configuration."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True,
                              alias_generator=_kebab, populate_by_name=True)


def rule(*, code: str, name: str, summary: str, fix: str, phase: Phase,
         check: Callable[[CheckContext], None] | None, bad: str, good: str,
         options: type[Options] | None = None,
         severity: Severity = Severity.WARNING) -> Rule:
    """A rule object; its documentation is the docstring of the module that
    calls this."""
    doc = inspect.cleandoc(sys._getframe(1).f_globals.get("__doc__") or "")
    return Rule(code, name, severity, summary, fix, category_of(code), phase=phase,
                options=options, check=check, doc=doc, bad_example=bad,
                good_example=good)


def options_of(rule_obj: Rule, given: Any = None) -> Any:
    """The options a rule runs with: its defaults, or ``given`` (an options
    instance, or a mapping to validate)."""
    model: type[Options] | None = rule_obj.options
    if model is None:
        return None
    if given is None:
        return model.model_construct()
    return given if isinstance(given, model) else model.model_validate(given)
