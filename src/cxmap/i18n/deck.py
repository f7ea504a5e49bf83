"""Words only the slides use (the rest are the report's)."""

EN: dict[str, str] = {
    "canvas_title": "Journey map",
    "lane_all_paths": "All paths",
    "continued": "continued",
    "canvas_too_dense": "The journey map has too many cards in one stage to show on a slide "
                        "at a readable size (10 pt or more). See it whole with "
                        "'cxmap render MAP -o map.pdf --view canvas', or split the stage.",
    "score_col": "Score",
    "curve_key": "Points: {mot}, {effort}; the dashed line is the target. Touchpoints:",
    "no_evidence": "no evidence given",
    "evidence_notes": "Evidence (where each finding comes from):",
    "pf_worst_mot": "Moments of truth scored below 0",
    # the report's says "in the table below": a slide has none
    "matrix_left_out": "Projects done or dropped are not shown on the matrix.",
}

PL: dict[str, str] = {
    "canvas_title": "Mapa podróży klienta",
    "lane_all_paths": "Wszystkie ścieżki",
    "continued": "cd.",
    "canvas_too_dense": "Mapa podróży klienta ma zbyt wiele kart w jednym etapie, by pokazać "
                        "ją na slajdzie czytelnie (co najmniej 10 pt). Całą mapę pokaże "
                        "'cxmap render MAPA -o mapa.pdf --view canvas'; można też podzielić "
                        "etap.",
    "score_col": "Ocena",
    "curve_key": "Punkty: {mot}, {effort}; linia przerywana to cel. Punkty styku:",
    "no_evidence": "brak podanych źródeł",
    "evidence_notes": "Dowody (skąd pochodzi każde ustalenie):",
    "pf_worst_mot": "Momenty prawdy z oceną poniżej 0",
    "matrix_left_out": "Projekty zakończone lub porzucone nie są pokazane na macierzy.",
}
