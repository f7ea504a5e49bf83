"""Documentation of the diagnostic codes, generated from the registry.

``docs/diagnostics.md`` is :func:`rules_markdown`'s output (a test keeps it
current); ``cxmap explain CODE`` prints :func:`explain`.
"""

from __future__ import annotations

from cxmap.diagnostics import RULES, Rule

_INTRO = """\
# Diagnostic codes

Every problem `cxmap validate` reports has a stable code. Scripts, CI gates and
(soon) suppressions depend on them: a code never changes its meaning, and a
retired code is never reused. Each line of output reads

    FILE:LINE:COL: SEVERITY CODE message; hint

where LINE and COL (1-based) point at the offending key or value. Errors make
`cxmap validate` exit 1; warnings only with `--strict`. `cxmap explain CODE`
prints the entry for one code.

<!-- Generated from src/cxmap/diagnostics.py by cxmap.outputs.rules_doc; do not edit by hand.
     Regenerate: python -m cxmap.outputs.rules_doc > docs/diagnostics.md -->
"""


def explain(rule: Rule) -> str:
    return (f"{rule.code} {rule.name} ({rule.severity})\n\n{rule.summary}\n\n"
            f"What to do: {rule.fix}\n")


def rules_markdown() -> str:
    out = [_INTRO]
    category = None
    for rule in RULES.values():
        if rule.category != category:
            category = rule.category
            out.append(f"\n## {category}\n\n| code | name | severity | meaning | what to do |\n"
                       "|---|---|---|---|---|\n")
        cells = [rule.code, f"`{rule.name}`", str(rule.severity), rule.summary, rule.fix]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n")
    return "".join(out)


if __name__ == "__main__":  # pragma: no cover
    print(rules_markdown(), end="")
