"""The fixed wording of reports, per language (``en``, ``pl``).

The words diagrams use (:data:`cxmap.outputs.render.style.WORDS`) come first,
so a report and its diagram name things alike; the report's own words are
added on top.  Polish uses the method's terms: *moment prawdy*, *wysiłek
klienta*, *etap*, *punkt styku*, *ścieżka*, *projekt twardy/miękki*, *standard
obsługi*, *dowody*, *fala badań*.
"""

from __future__ import annotations

from cxmap.outputs.render.style import words as diagram_words

LANGUAGES = ("en", "pl")

REPORT_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Journey map report",
        "persona": "Persona",
        "scored_on_label": "Scored on",
        "map_id": "Map",
        "overview": "Overview",
        "stages_n": "Stages",
        "touchpoints_n": "Touchpoints",
        "branches_n": "Paths (branches)",
        "mean_score": "Mean score",
        "share_scored": "Scored",
        "of": "{a} of {b}",
        "none_scored": "no touchpoint scored yet",
        "key_figures": "Key figures",
        "distribution": "Score distribution",
        "meaning": "Meaning",
        "count": "Touchpoints",
        "share": "Share",
        "score_words": "bad|worse than expected|as expected|better than expected|delight",
        "unscored_word": "not scored yet",
        "key_moments": "Moments of truth and customer-effort points",
        "key_moments_note": "Confirmed by customer research: {a} of {b} flagged touchpoints.",
        "kind": "Kind",
        "mot_long": "moment of truth",
        "effort_long": "customer effort",
        "matrix_left_out": "Projects done or dropped are in the table below, not on the matrix.",
        "touchpoint": "Touchpoint",
        "stage": "Stage",
        "confirmed": "Confirmed",
        "yes": "yes",
        "no": "no",
        "hypothesis": "no (team's hypothesis)",
        "priorities": "Priorities: lift to 0",
        "priorities_intro": ("Step 6 of the method: first lift every touchpoint scored −1 or −2 "
                             "to 0. Worst first, then by reach (the share of customers the "
                             "finding touches)."),
        "rank": "#",
        "target_col": "Target",
        "flags": "Marks",
        "reach": "Reach",
        "owner": "Owner",
        "projects_col": "Projects",
        "no_project": "none yet",
        "below_target": "Next: reach the target",
        "below_target_intro": ("Touchpoints at 0 or better that are still below the target the "
                               "team set for them — the few chosen to set the company apart."),
        "gap": "Gap",
        "by_stage": "Stages",
        "stage_mean": "Mean score {mean}; {n} touchpoints.",
        "stage_mean_one": "Mean score {mean}; {n} touchpoint.",
        "channel": "Channel",
        "branch_col": "Path",
        "all_paths": "all",
        "no_touchpoints": "No touchpoints in this stage.",
        "branches_title": "Paths (branches)",
        "branches_intro": ("Each path is every touchpoint a customer on it passes, shared "
                           "touchpoints included."),
        "path_col": "Path",
        "scored_col": "Scored",
        "negative_col": "Scored below 0",
        "convergence": "Where paths meet (convergence points)",
        "paths_meeting": "Paths arriving",
        "departments": "Departments (touchpoint owners)",
        "departments_intro": ("Every department owns its touchpoints; the ambassador keeps the "
                              "work alive there (step 8)."),
        "department": "Department",
        "ambassador": "Ambassador",
        "owned": "Touchpoints",
        "no_owner": "(no owner)",
        "pillars": "Pillars of CX",
        "pillars_intro": ("Mean score of the touchpoints tagged with each pillar. Integrity and "
                          "resolution are foundations, expectations and time and effort "
                          "intermediate, personalisation and empathy differentiators."),
        "pillar": "Pillar",
        "layer": "Level",
        "projects": "Projects",
        "matrix": "Impact × cost",
        "matrix_intro": ("Customer-satisfaction impact against implementation cost. Start with "
                         "the quick wins: low cost, high impact."),
        "impact": "Impact",
        "cost": "Cost",
        "quick_win": "quick win",
        "derived": "derived",
        "project": "Project",
        "status": "Status",
        "due": "Due",
        "budget": "Budget",
        "reversible": "Reversible",
        "lifts": "Touchpoints it lifts",
        "standards": "Service standards",
        "standards_intro": ("Step 7 of the method: a standard is a process step, not a script. "
                            "The standards this map sets, by stage, with the department that "
                            "owns the touchpoint."),
        "standard": "Standard",
        "standard_gaps": "Scored below 0 and no standard yet",
        "standard_gaps_intro": ("Touchpoints scored −1 or −2 with no service standard yet, "
                                "worst first: this is where a standard would help first."),
        "evidence": "Evidence",
        "evidence_intro": ("Steps 1 and 3 of the method: where each finding comes from (data "
                           "analysis, customer research). Qualitative research confirms or "
                           "moves the flags; reach is the share of customers a finding "
                           "touches."),
        "sources": "Sources",
        "evidence_missing": "Scored touchpoints with no evidence at all: {a} of {b}.",
        "unconfirmed_note": ("Moments of truth and customer-effort points not yet confirmed by "
                             "customer research: {a} of {b}. To verify in the next research "
                             "wave:"),
        "diagram": "Diagram",
        "diagram_failed": "The diagram could not be drawn ({error}); the rest of the report "
                          "is complete.",
        "legend_title": "Marks",
        "legend_text": "★ moment of truth · ⚠ customer effort · ? not scored yet",
        "generated": "Generated by cxmap {version} from {file}.",
        "generated_nofile": "Generated by cxmap {version}.",
        "unknown": "?",
        "kind.hard": "hard",
        "kind.soft": "soft",
        "level.low": "low",
        "level.medium": "medium",
        "level.high": "high",
        "status.idea": "idea",
        "status.planned": "planned",
        "status.in-progress": "in progress",
        "status.done": "done",
        "status.dropped": "dropped",
        "pillar.integrity": "Integrity",
        "pillar.resolution": "Resolution",
        "pillar.expectations": "Expectations",
        "pillar.time-and-effort": "Time and effort",
        "pillar.personalisation": "Personalisation",
        "pillar.empathy": "Empathy",
        "layer.foundation": "foundation",
        "layer.intermediate": "intermediate",
        "layer.differentiator": "differentiator",
    },
    "pl": {
        "report": "Raport z mapy podróży klienta",
        "persona": "Persona",
        "scored_on_label": "Ocena z dnia",
        "map_id": "Mapa",
        "overview": "Podsumowanie",
        "stages_n": "Etapy",
        "touchpoints_n": "Punkty styku",
        "branches_n": "Ścieżki",
        "mean_score": "Średnia ocena",
        "share_scored": "Ocenione",
        "of": "{a} z {b}",
        "none_scored": "żaden punkt styku nie ma jeszcze oceny",
        "key_figures": "Najważniejsze liczby",
        "distribution": "Rozkład ocen",
        "meaning": "Znaczenie",
        "count": "Punkty styku",
        "share": "Udział",
        "score_words": "źle|gorzej niż oczekiwano|zgodnie z oczekiwaniem|lepiej niż "
                       "oczekiwano|zachwyt",
        "unscored_word": "jeszcze bez oceny",
        "key_moments": "Momenty prawdy i punkty wysiłku klienta",
        "key_moments_note": ("Potwierdzone badaniem klientów: {a} z {b} oznaczonych punktów "
                             "styku."),
        "kind": "Rodzaj",
        "mot_long": "moment prawdy",
        "effort_long": "wysiłek klienta",
        "matrix_left_out": ("Projekty zakończone lub porzucone są w tabeli poniżej, nie na "
                            "macierzy."),
        "touchpoint": "Punkt styku",
        "stage": "Etap",
        "confirmed": "Potwierdzone",
        "yes": "tak",
        "no": "nie",
        "hypothesis": "nie (hipoteza zespołu)",
        "priorities": "Priorytety: podnieść do 0",
        "priorities_intro": ("Krok 6 metodyki: najpierw podnosimy do 0 każdy punkt styku "
                             "oceniony na −1 lub −2. Najgorsze najpierw, potem według zasięgu "
                             "(odsetka klientów, których dotyczy)."),
        "rank": "Lp.",
        "target_col": "Cel",
        "flags": "Oznaczenia",
        "reach": "Zasięg",
        "owner": "Właściciel",
        "projects_col": "Projekty",
        "no_project": "jeszcze brak",
        "below_target": "Następny krok: osiągnąć cel",
        "below_target_intro": ("Punkty styku z oceną 0 lub lepszą, które wciąż nie osiągnęły "
                               "celu wyznaczonego przez zespół — nieliczne, które mają wyróżnić "
                               "firmę."),
        "gap": "Brakuje",
        "by_stage": "Etapy",
        "stage_mean": "Średnia ocena {mean}; punktów styku: {n}.",
        "stage_mean_one": "Średnia ocena {mean}; punktów styku: {n}.",
        "channel": "Kanał",
        "branch_col": "Ścieżka",
        "all_paths": "wszystkie",
        "no_touchpoints": "Ten etap nie ma punktów styku.",
        "branches_title": "Ścieżki",
        "branches_intro": ("Ścieżka to wszystkie punkty styku, przez które przechodzi jej "
                           "klient, łącznie ze wspólnymi."),
        "path_col": "Ścieżka",
        "scored_col": "Ocenione",
        "negative_col": "Ocenione poniżej 0",
        "convergence": "Gdzie łączą się ścieżki (punkty zbieżności)",
        "paths_meeting": "Ścieżki, które tu docierają",
        "departments": "Działy (właściciele punktów styku)",
        "departments_intro": ("Każdy dział odpowiada za swoje punkty styku; ambasador "
                              "podtrzymuje tam pracę nad doświadczeniem klienta (krok 8)."),
        "department": "Dział",
        "ambassador": "Ambasador",
        "owned": "Punkty styku",
        "no_owner": "(bez właściciela)",
        "pillars": "Filary CX",
        "pillars_intro": ("Średnia ocena punktów styku oznaczonych danym filarem. Uczciwość i "
                          "rozwiązywanie problemów to fundamenty, oczekiwania oraz czas i "
                          "wysiłek — poziom pośredni, personalizacja i empatia wyróżniają."),
        "pillar": "Filar",
        "layer": "Poziom",
        "projects": "Projekty",
        "matrix": "Wpływ × koszt",
        "matrix_intro": ("Wpływ na satysfakcję klienta wobec kosztu wdrożenia. Zaczynamy od "
                         "szybkich zwycięstw: niski koszt, duży wpływ."),
        "impact": "Wpływ",
        "cost": "Koszt",
        "quick_win": "szybkie zwycięstwo",
        "derived": "wyliczony",
        "project": "Projekt",
        "status": "Status",
        "due": "Termin",
        "budget": "Budżet",
        "reversible": "Odwracalny",
        "lifts": "Punkty styku, które poprawia",
        "standards": "Standardy obsługi",
        "standards_intro": ("Krok 7 metodyki: standard to krok procesu, a nie skrypt rozmowy. "
                            "Standardy obsługi zapisane w tej mapie, według etapów, z działem "
                            "odpowiedzialnym za punkt styku."),
        "standard": "Standard obsługi",
        "standard_gaps": "Ocena poniżej 0 i jeszcze bez standardu",
        "standard_gaps_intro": ("Punkty styku ocenione na −1 lub −2, które nie mają jeszcze "
                                "standardu obsługi, od najgorszych: tu standard pomoże "
                                "najbardziej."),
        "evidence": "Dowody (źródła ustaleń)",
        "evidence_intro": ("Kroki 1 i 3 metodyki: skąd pochodzi każde ustalenie (analiza "
                           "danych, badania klientów). Badania jakościowe potwierdzają lub "
                           "przesuwają oznaczenia; zasięg to odsetek klientów, których "
                           "dotyczy ustalenie."),
        "sources": "Źródła",
        "evidence_missing": "Ocenione punkty styku bez żadnych dowodów: {a} z {b}.",
        "unconfirmed_note": ("Momenty prawdy i punkty wysiłku klienta jeszcze niepotwierdzone "
                             "badaniem klientów: {a} z {b}. Do sprawdzenia w następnej fali "
                             "badań:"),
        "diagram": "Diagram",
        "diagram_failed": "Nie udało się narysować diagramu ({error}); reszta raportu jest "
                          "kompletna.",
        "legend_title": "Oznaczenia",
        "legend_text": "★ moment prawdy · ⚠ wysiłek klienta · ? jeszcze bez oceny",
        "generated": "Wygenerowane przez cxmap {version} z pliku {file}.",
        "generated_nofile": "Wygenerowane przez cxmap {version}.",
        "unknown": "?",
        "kind.hard": "twardy",
        "kind.soft": "miękki",
        "level.low": "niski",
        "level.medium": "średni",
        "level.high": "wysoki",
        "status.idea": "pomysł",
        "status.planned": "zaplanowany",
        "status.in-progress": "w realizacji",
        "status.done": "zakończony",
        "status.dropped": "porzucony",
        "pillar.integrity": "Uczciwość",
        "pillar.resolution": "Rozwiązywanie problemów",
        "pillar.expectations": "Oczekiwania",
        "pillar.time-and-effort": "Czas i wysiłek",
        "pillar.personalisation": "Personalizacja",
        "pillar.empathy": "Empatia",
        "layer.foundation": "fundament",
        "layer.intermediate": "pośredni",
        "layer.differentiator": "wyróżnik",
    },
}


def messages(language: str) -> dict[str, str]:
    """Every word a report in ``language`` uses (diagram words included)."""
    lang = language if language in REPORT_WORDS else "en"
    return {**diagram_words(lang), **REPORT_WORDS[lang]}
