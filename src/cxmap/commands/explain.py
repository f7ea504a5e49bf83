"""``cxmap explain``: what a diagnostic code means and what to do about it."""

from __future__ import annotations

from cxmap.i18n import Language


class UnknownCode(ValueError):
    """No diagnostic has this code or name."""

    def __init__(self, code: str, lang: Language = Language.EN) -> None:
        from cxmap.i18n import t

        self.code = code
        super().__init__(t("explain.unknown_code", lang, code=code))


def explain(code: str, lang: Language = Language.EN) -> str:
    """The entry of one code (``CX201``) or rule name, or of all of them (``all``)."""
    from cxmap.checks.rules import RULES
    from cxmap.outputs.rules_doc import explain as explain_rule
    from cxmap.outputs.rules_doc import rules_markdown

    if code.lower() == "all":
        return rules_markdown() if lang is Language.EN else _all_translated(lang)
    rule = RULES.get(code.upper()) or next(
        (r for r in RULES.values() if r.name == code.lower()), None)
    if rule is None:
        raise UnknownCode(code, lang)
    if lang is Language.EN:  # the rules' own words
        return explain_rule(rule)
    from cxmap.i18n import t
    from cxmap.i18n.explain import RULE_TEXTS

    summary, fix = RULE_TEXTS[lang.value][rule.code]
    return (t("explain.heading", lang, code=rule.code, name=rule.name,
              severity=str(rule.severity)) + f"\n\n{summary}\n\n"
            + t("explain.what_to_do", lang, fix=fix) + "\n")


def _all_translated(lang: Language) -> str:
    from cxmap.checks.rules import RULES
    from cxmap.i18n import t
    from cxmap.i18n.explain import RULE_TEXTS

    lines = [t("explain.all_title", lang), "", t("explain.table_head", lang),
             "|---|---|---|---|---|"]
    for rule in RULES.values():
        summary, fix = RULE_TEXTS[lang.value][rule.code]
        cells = [rule.code, f"`{rule.name}`", str(rule.severity), summary, fix]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"
