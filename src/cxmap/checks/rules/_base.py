"""What a rule object is made of (see :mod:`cxmap.checks.rules`)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict

from cxmap.checks.context import CheckContext
from cxmap.diagnostics import Phase, Rule, Severity, category_of

__all__ = ["Options", "options_of", "rule"]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Options(BaseModel):
    """Base of every rule's options: a frozen pydantic model whose fields are
    the options, each a ``pydantic.Field`` with its default, bounds and
    meaning (the rule's documentation lists them).  Unknown options are
    refused; an option is written ``max-share`` (or ``max_share``) in the
    configuration."""

    model_config = ConfigDict(extra="forbid", frozen=True, alias_generator=_kebab,
                              populate_by_name=True)


def rule(*, doc: str | None, code: str, name: str, summary: str, fix: str, phase: Phase,
         check: Callable[[CheckContext], None] | None, bad: str, good: str,
         options: type[Options] | None = None,
         severity: Severity = Severity.WARNING) -> Rule:
    """A rule object; ``doc`` is its module's docstring (what it checks, why,
    how to fix it), the rule's documentation page."""
    return Rule(code, name, severity, summary, fix, category_of(code), phase=phase,
                options=options, check=check, doc=inspect.cleandoc(doc or ""),
                bad_example=bad, good_example=good)


def options_of(rule_obj: Rule, given: Any = None) -> Any:
    """The options a rule runs with: its defaults, or ``given`` (an options
    instance, or a mapping to validate)."""
    model: type[Options] | None = rule_obj.options
    if model is None:
        return None
    if given is None:
        return model()
    return given if isinstance(given, model) else model.model_validate(given)
