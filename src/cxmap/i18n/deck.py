"""Words only the slides use (the rest are the report's)."""

EN: dict[str, str] = {
    "canvas_title": "Journey map",
    "continued": "continued",
    "score_col": "Score",
    "curve_key": "Points: {mot}, {effort}; the dashed line is the target. Touchpoints:",
    "no_evidence": "no evidence given",
    "evidence_notes": "Evidence (where each finding comes from):",
    "pf_worst_mot": "Moments of truth scored below 0",
}

PL: dict[str, str] = {
    "canvas_title": "Mapa podróży klienta",
    "continued": "cd.",
    "score_col": "Ocena",
    "curve_key": "Punkty: {mot}, {effort}; linia przerywana to cel. Punkty styku:",
    "no_evidence": "brak podanych źródeł",
    "evidence_notes": "Dowody (skąd pochodzi każde ustalenie):",
    "pf_worst_mot": "Momenty prawdy z oceną poniżej 0",
}
