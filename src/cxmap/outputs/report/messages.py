"""The fixed wording of reports, per language (``en``, ``pl``).

The words diagrams use (:func:`cxmap.outputs.render.style.words`) come first,
so a report and its diagram name things alike; the report's own words, from
the message catalogue (:mod:`cxmap.i18n.report`), are added on top.
"""

from __future__ import annotations

from cxmap.i18n import CODES, catalogue, language_of
from cxmap.outputs.render.style import words as diagram_words

#: the languages a report is written in
LANGUAGES = CODES


def messages(language: str) -> dict[str, str]:
    """Every word a report in ``language`` uses (diagram words included)."""
    lang = language_of(language)
    return {**diagram_words(lang.value), **catalogue("report", lang)}
