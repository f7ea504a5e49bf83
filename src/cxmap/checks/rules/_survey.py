"""Survey figures as diagnostic parameters (not a rule): numbers are written
with the decimal sign of the language the diagnostic is shown in."""

from __future__ import annotations

from cxmap.i18n import Phrase


def decimal(value: float, digits: int) -> Phrase:
    """``value`` to ``digits`` decimals: 0.419 in English, 0,419 in Polish."""
    text = f"{value:.{digits}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    whole, _, fraction = text.partition(".")
    return Phrase("survey.decimal", whole=whole, fraction=fraction)


def interval(low: float, high: float) -> Phrase:
    """[0.18, 0.66] in English, [0,18; 0,66] in Polish."""
    return Phrase("survey.interval", low=decimal(low, 2), high=decimal(high, 2))


def signed(score: int) -> str:
    return f"+{score}" if score > 0 else str(score)
