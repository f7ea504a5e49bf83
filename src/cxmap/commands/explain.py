"""``cxmap explain``: what a diagnostic code means and what to do about it."""

from __future__ import annotations


class UnknownCode(ValueError):
    """No diagnostic has this code or name."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"unknown diagnostic code {code!r}; `cxmap explain all` lists them")


def explain(code: str) -> str:
    """The entry of one code (``CX201``) or rule name, or of all of them (``all``)."""
    from cxmap.diagnostics import RULES
    from cxmap.outputs.rules_doc import explain as explain_rule
    from cxmap.outputs.rules_doc import rules_markdown

    if code.lower() == "all":
        return rules_markdown()
    rule = RULES.get(code.upper()) or next(
        (r for r in RULES.values() if r.name == code.lower()), None)
    if rule is None:
        raise UnknownCode(code)
    return explain_rule(rule)
