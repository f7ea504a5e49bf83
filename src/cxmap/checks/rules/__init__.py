"""Rule objects: one module per rule, each defining ``RULE``.

A rule has a stable code, a name, a default severity, an options class (a
frozen dataclass, see :class:`Options`; ``None`` when it has none), the phase
it runs in (the raw data, the validated model, or the journey graph) and a
``check(ctx)`` that reports through the
:class:`~cxmap.checks.context.CheckContext`.  The module's docstring says what
the rule checks, why, and how to fix what it reports; the docs pages under
``docs/rules/`` are generated from it with the rule's failing and passing
examples (a test runs both).

Rules report with their default severity and never look at configuration or
suppressions: :mod:`cxmap.checks.policy` applies both afterwards, in one place.

:data:`RULE_OBJECTS` (by code) is derived from the modules in this package;
:data:`cxmap.diagnostics.RULES` adds the loader's codes to it.
"""

from __future__ import annotations

import importlib
import os

from cxmap.checks.rules._base import Options, options_of, rule, validate_options
from cxmap.diagnostics import Rule

__all__ = ["RULE_OBJECTS", "Options", "options_of", "rule", "validate_options"]


def rule_module_names() -> list[str]:
    """The rule modules of this package (``*.py`` not starting with ``_``).

    A directory listing, not :mod:`pkgutil` (whose import costs more than
    reading the folder, on every ``cxmap validate``)."""
    names = {entry.removesuffix(".py") for folder in __path__ for entry in os.listdir(folder)
             if entry.endswith(".py") and not entry.startswith("_")}
    return sorted(names)


def _collect() -> dict[str, Rule]:
    found = [importlib.import_module(f"{__name__}.{name}").RULE for name in rule_module_names()]
    return {r.code: r for r in sorted(found, key=lambda r: r.code)}


#: every rule object, by code, in code order
RULE_OBJECTS: dict[str, Rule] = _collect()
