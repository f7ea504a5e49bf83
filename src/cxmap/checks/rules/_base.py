"""What a rule object is made of (see :mod:`cxmap.checks.rules`)."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from cxmap.checks.context import CheckContext
from cxmap.diagnostics import Phase, Rule, Severity, category_of

__all__ = ["Options", "option", "options_of", "rule", "validate_options"]

T = TypeVar("T")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


@dataclasses.dataclass(frozen=True)
class Options:
    """Base of every rule's options, a frozen dataclass whose fields are the
    options (each declared with :func:`option`; bounds as ``Annotated[int,
    pydantic.Field(ge=1)]``).  Unknown options are refused; an option is written
    ``max-share`` (or ``max_share``) in the configuration.  Options given in
    a configuration file are validated by pydantic (:func:`validate_options`),
    imported only then."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {
        "extra": "forbid", "alias_generator": _kebab, "populate_by_name": True}


def option(default: T, description: str) -> T:
    """An option's default and what it means (for the rule's documentation)."""
    field: Any = dataclasses.field(default=default, metadata={"description": description})
    return field  # type: ignore[no-any-return]


def validate_options(model: type[Options], given: Any) -> Any:
    """``given`` (a mapping from a configuration file) as ``model``; raises
    pydantic's ``ValidationError``."""
    from pydantic import TypeAdapter

    return TypeAdapter(model).validate_python(given)


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
    return given if isinstance(given, model) else validate_options(model, given)
