"""The words of ``cxmap report`` (a journey's report and the portfolio).

Polish uses the method's terms: *moment prawdy*, *wysiłek klienta*, *etap*,
*punkt styku*, *ścieżka*, *projekt twardy/miękki*, *standard obsługi*,
*dowody*, *fala badań*, *dług doświadczeń*.
"""

EN: dict[str, str] = {
    "pf_title": "Journey portfolio",
    "pf_intro_one": "{n} journey map, as of {date}.",
    "pf_intro_few": "{n} journey maps, as of {date}.",
    "pf_intro_many": "{n} journey maps, as of {date}.",
    "pf_journeys": "Journeys",
    "pf_journey": "Journey",
    "pf_file": "File",
    "pf_mot_negative": "Moments of truth at −1/−2",
    "pf_stale": "Stale scoring",
    "pf_stale_yes": "⚑ yes",
    "pf_stale_note_one": ("A scoring is stale when the map has no scoredOn date or it was "
                          "scored more than {n} month ago (the stale-scoring rule's months "
                          "option in the maps' configuration; default 12): re-score every "
                          "touchpoint after 6–12 months (step 9 of the method)."),
    "pf_stale_note_few": ("A scoring is stale when the map has no scoredOn date or it was "
                          "scored more than {n} months ago (the stale-scoring rule's months "
                          "option in the maps' configuration; default 12): re-score every "
                          "touchpoint after 6–12 months (step 9 of the method)."),
    "pf_stale_note_many": ("A scoring is stale when the map has no scoredOn date or it was "
                           "scored more than {n} months ago (the stale-scoring rule's months "
                           "option in the maps' configuration; default 12): re-score every "
                           "touchpoint after 6–12 months (step 9 of the method)."),
    "pf_stale_note_mixed": ("A scoring is stale when the map has no scoredOn date or it was "
                            "scored longer ago than the number of months its configuration "
                            "gives the stale-scoring rule (here: {months}, shown beside each "
                            "map; default 12): re-score every touchpoint after 6–12 months "
                            "(step 9 of the method)."),
    "pf_stale_after_one": "{n} month",
    "pf_stale_after_few": "{n} months",
    "pf_stale_after_many": "{n} months",
    "pf_invalid": ("Not included: these maps have errors (listed when the report was "
                   "made; run cxmap validate):"),
    "pf_worst": "Worst moments of truth and customer-effort points",
    "pf_worst_intro": ("Moments of truth and customer-effort points scored below 0 in any "
                       "journey, the most customers touched first."),
    "pf_departments": "Departments across journeys",
    "pf_departments_intro": ("Touchpoints each department owns in all journeys (departments "
                             "matched by name), most scored below 0 first."),
    "pf_projects": "Projects across journeys",
    "pf_pillars": "Pillars of CX across journeys",
    "pf_chart_journeys": "Mean score per journey",
    "pf_report": "report",
    "pf_earlier": ("Earlier waves of a journey in the folder, not counted (the latest "
                   "scoredOn counts):"),
    "summary": "Summary",
    "scored_of": "{a} of {b} touchpoints scored ({share})",
    "negative_figure": "Scored below\u00a00",
    "negative_note": "{share} of touchpoints; moments of truth among them: {mot}",
    "negative_value": "{n} ({share}; moments of truth: {mot})",
    "debt": "Experience debt",
    "debt_note": ("the reach-weighted sum of the scores below 0, moments of truth counted "
                  "twice; 1 point = one step below expectations for every customer."),
    "debt_unmeasured_one": "{n} of them has no measured reach and counts as 100%.",
    "debt_unmeasured_few": "{n} of them have no measured reach and count as 100%.",
    "debt_unmeasured_many": "{n} of them have no measured reach and count as 100%.",
    "targets_figure": "Targets met",
    "targets_note": "touchpoints scored at or above the target the team set",
    "summary_priorities": "Fix first",
    "summary_priorities_intro": ("Touchpoints scored below 0: worst first, then by reach, "
                                 "moments of truth counting twice."),
    "no_priorities": "No touchpoint is scored below 0.",
    "more_priorities_one": "…and {n} more touchpoint scored below 0 (see Priorities).",
    "more_priorities_few": "…and {n} more touchpoints scored below 0 (see Priorities).",
    "more_priorities_many": "…and {n} more touchpoints scored below 0 (see Priorities).",
    "quick_wins": "Quick wins",
    "quick_wins_intro": "Open projects of high impact and low cost: start here.",
    "no_quick_wins": "No open project is both high-impact and low-cost yet.",
    "changes": "Since the last wave",
    "since_wave": "Compared with the wave of {date} ({source}).",
    "since_file": "Compared with {source}.",
    "mean_change": "Mean score {before} → {after} ({delta})",
    "figure_mean_change": "{delta} since the last wave (was {before})",
    "figure_negative_change": "{delta} since the last wave (was {before})",
    "change.improved": "improved",
    "change.worsened": "worsened",
    "change.unchanged": "unchanged",
    "change.added": "new",
    "change.removed": "removed",
    "change.unscored": "not comparable (unscored)",
    "worsened_title": "Worsened",
    "improved_title": "Improved",
    "drift_title": "Expectation drift",
    "drift_note_one": ("{n} touchpoint worsened although nothing in it changed: customers "
                       "expect more than they did (method step 9)."),
    "drift_note_few": ("{n} touchpoints worsened although nothing in them changed: customers "
                       "expect more than they did (method step 9)."),
    "drift_note_many": ("{n} touchpoints worsened although nothing in them changed: customers "
                        "expect more than they did (method step 9)."),
    "before": "Before",
    "after": "Now",
    "full_size": "The diagram at full size (scroll inside the box)",
    "emotion_curve": "Emotion curve",
    "curve_key": "The numbers on the curve, the cards and the diagram's boxes",
    "appendix": "Appendix: the tables in full",
    "appendix_intro": ("Every stage's touchpoints, the service standards and the evidence "
                       "behind the scores."),
    "chart_distribution": "Touchpoints by score",
    "chart_stages": "Mean score per stage",
    "chart_pillars": "Mean score per pillar",
    "chart_matrix": "Projects on the impact × cost matrix",
    "chart_table_note": "The same figures as a table:",
    "no_ambassador": "⚑ no ambassador named",
    "stage_mean_one": "Mean score {mean}; {n} touchpoint.",
    "stage_mean_few": "Mean score {mean}; {n} touchpoints.",
    "stage_mean_many": "Mean score {mean}; {n} touchpoints.",
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
    "key_moments_note_one": "Confirmed by customer research: {a} of {n} flagged touchpoint.",
    "key_moments_note_few": "Confirmed by customer research: {a} of {n} flagged touchpoints.",
    "key_moments_note_many": "Confirmed by customer research: {a} of {n} flagged touchpoints.",
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
    "priorities_intro": ("Step 6 of the method, recommendations: first lift every touchpoint "
                         "scored −1 or −2 to 0, and only then raise a chosen few to +2. Worst "
                         "first, then by reach (the share of customers the finding touches), "
                         "moments of truth counting twice."),
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
                          "work alive there (step 8 of the method)."),
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
    "overdue": "overdue",
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
}

PL: dict[str, str] = {
    "pf_title": "Portfel map podróży klienta",
    "pf_intro_one": "{n} mapa podróży klienta, stan na {date}.",
    "pf_intro_few": "{n} mapy podróży klienta, stan na {date}.",
    "pf_intro_many": "{n} map podróży klienta, stan na {date}.",
    "pf_journeys": "Mapy podróży",
    "pf_journey": "Mapa podróży",
    "pf_file": "Plik",
    "pf_mot_negative": "Momenty prawdy z oceną −1/−2",
    "pf_stale": "Nieaktualna ocena",
    "pf_stale_yes": "⚑ tak",
    "pf_stale_note_one": ("Ocena jest nieaktualna, gdy mapa nie ma daty scoredOn albo od "
                          "oceny minęło więcej niż {n} miesiąc (opcja months reguły "
                          "stale-scoring w konfiguracji map; domyślnie 12): po 6–12 "
                          "miesiącach oceniamy ponownie każdy punkt styku (krok 9 metodyki)."),
    "pf_stale_note_few": ("Ocena jest nieaktualna, gdy mapa nie ma daty scoredOn albo od "
                          "oceny minęło więcej niż {n} miesiące (opcja months reguły "
                          "stale-scoring w konfiguracji map; domyślnie 12): po 6–12 "
                          "miesiącach oceniamy ponownie każdy punkt styku (krok 9 metodyki)."),
    "pf_stale_note_many": ("Ocena jest nieaktualna, gdy mapa nie ma daty scoredOn albo od "
                           "oceny minęło więcej niż {n} miesięcy (opcja months reguły "
                           "stale-scoring w konfiguracji map; domyślnie 12): po 6–12 "
                           "miesiącach oceniamy ponownie każdy punkt styku (krok 9 metodyki)."),
    "pf_stale_note_mixed": ("Ocena jest nieaktualna, gdy mapa nie ma daty scoredOn albo od "
                            "oceny minęło więcej miesięcy, niż konfiguracja mapy podaje "
                            "w regule stale-scoring (tu: {months}, liczba podana przy każdej "
                            "mapie; domyślnie 12): po 6–12 miesiącach oceniamy ponownie każdy "
                            "punkt styku (krok 9 metodyki)."),
    "pf_stale_after_one": "{n} miesiąc",
    "pf_stale_after_few": "{n} miesiące",
    "pf_stale_after_many": "{n} miesięcy",
    "pf_invalid": ("Pominięte: te mapy zawierają błędy (wypisane podczas tworzenia raportu; "
                   "uruchom cxmap validate):"),
    "pf_worst": "Najsłabsze momenty prawdy i punkty wysiłku klienta",
    "pf_worst_intro": ("Momenty prawdy i punkty wysiłku klienta z oceną poniżej 0 we "
                       "wszystkich mapach, od tych, które dotyczą największej liczby klientów."),
    "pf_departments": "Działy we wszystkich mapach",
    "pf_departments_intro": ("Punkty styku, za które odpowiada każdy dział we wszystkich "
                             "mapach (działy łączone po nazwie), od działu z największą "
                             "liczbą ocen poniżej 0."),
    "pf_projects": "Projekty we wszystkich mapach",
    "pf_pillars": "Filary CX we wszystkich mapach",
    "pf_chart_journeys": "Średnia ocena map",
    "pf_report": "raport",
    "pf_earlier": ("Wcześniejsze fale badań tej samej mapy w katalogu, niewliczone "
                   "(liczy się najnowsza data scoredOn):"),
    "summary": "Podsumowanie",
    "scored_of": "ocenione punkty styku: {a} z {b} ({share})",
    "negative_figure": "Ocenione poniżej\u00a00",
    "negative_note": "{share} punktów styku; w tym momentów prawdy: {mot}",
    "negative_value": "{n} ({share}; w tym momentów prawdy: {mot})",
    "debt": "Dług doświadczeń",
    "debt_note": ("suma ocen poniżej 0 ważona zasięgiem, momenty prawdy liczone podwójnie; "
                  "1 punkt to ocena o stopień poniżej oczekiwań u każdego klienta."),
    "debt_unmeasured_one": "{n} z nich nie ma zmierzonego zasięgu i liczy się jako 100\u00a0%.",
    "debt_unmeasured_few": ("{n} z nich nie mają zmierzonego zasięgu i liczą się jako "
                            "100\u00a0%."),
    "debt_unmeasured_many": ("{n} z nich nie ma zmierzonego zasięgu i liczy się jako "
                             "100\u00a0%."),
    "targets_figure": "Osiągnięte cele",
    "targets_note": "punkty styku z oceną równą celowi wyznaczonemu przez zespół lub wyższą",
    "summary_priorities": "Do poprawy w pierwszej kolejności",
    "summary_priorities_intro": ("Punkty styku z oceną poniżej 0: najpierw najgorsze, potem "
                                 "według zasięgu; moment prawdy liczy się podwójnie."),
    "no_priorities": "Żaden punkt styku nie ma oceny poniżej 0.",
    "more_priorities_one": "…i jeszcze {n} punkt styku z oceną poniżej 0 (zob. Priorytety).",
    "more_priorities_few": "…i jeszcze {n} punkty styku z oceną poniżej 0 (zob. Priorytety).",
    "more_priorities_many": "…i jeszcze {n} punktów styku z oceną poniżej 0 (zob. Priorytety).",
    "quick_wins": "Szybkie korzyści",
    "quick_wins_intro": "Otwarte projekty o dużym wpływie i niskim koszcie: od nich zaczynamy.",
    "no_quick_wins": "Żaden otwarty projekt nie łączy jeszcze dużego wpływu z niskim kosztem.",
    "changes": "Od poprzedniej fali badań",
    "since_wave": "Porównanie z falą badań z {date} ({source}).",
    "since_file": "Porównanie z {source}.",
    "mean_change": "Średnia ocena {before} → {after} ({delta})",
    "figure_mean_change": "{delta} od poprzedniej fali (było {before})",
    "figure_negative_change": "{delta} od poprzedniej fali (było {before})",
    "change.improved": "poprawa",
    "change.worsened": "pogorszenie",
    "change.unchanged": "bez zmian",
    "change.added": "nowe",
    "change.removed": "usunięte",
    "change.unscored": "nieporównywalne (bez oceny)",
    "worsened_title": "Pogorszyły się",
    "improved_title": "Poprawiły się",
    "drift_title": "Wzrost oczekiwań",
    "drift_note_one": ("{n} punkt styku ma gorszą ocenę, choć nic się w nim nie zmieniło: "
                       "klienci oczekują więcej niż wcześniej (krok 9 metodyki)."),
    "drift_note_few": ("{n} punkty styku mają gorszą ocenę, choć nic się w nich nie zmieniło: "
                       "klienci oczekują więcej niż wcześniej (krok 9 metodyki)."),
    "drift_note_many": ("{n} punktów styku ma gorszą ocenę, choć nic się w nich nie "
                        "zmieniło: klienci oczekują więcej niż wcześniej (krok 9 metodyki)."),
    "before": "Wcześniej",
    "after": "Teraz",
    "full_size": "Diagram w pełnym rozmiarze (przewijany w ramce)",
    "emotion_curve": "Krzywa emocji",
    "curve_key": "Numery na krzywej, na kartach i w polach diagramu",
    "appendix": "Aneks: pełne tabele",
    "appendix_intro": ("Punkty styku każdego etapu, standardy obsługi i dowody, na których "
                       "opierają się oceny."),
    "chart_distribution": "Punkty styku według oceny",
    "chart_stages": "Średnia ocena w etapach",
    "chart_pillars": "Średnia ocena w filarach",
    "chart_matrix": "Projekty na macierzy wpływ × koszt",
    "chart_table_note": "Te same dane w tabeli:",
    "no_ambassador": "⚑ brak ambasadora",
    "stage_mean_one": "Średnia ocena {mean}; {n} punkt styku.",
    "stage_mean_few": "Średnia ocena {mean}; {n} punkty styku.",
    "stage_mean_many": "Średnia ocena {mean}; {n} punktów styku.",
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
    "key_moments_note_one": "Potwierdzone badaniem klientów: {a} z {n} oznaczonego punktu styku.",
    "key_moments_note_few": ("Potwierdzone badaniem klientów: {a} z {n} oznaczonych punktów "
                             "styku."),
    "key_moments_note_many": ("Potwierdzone badaniem klientów: {a} z {n} oznaczonych punktów "
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
    "priorities_intro": ("Krok 6 metodyki (rekomendacje): najpierw podnosimy do 0 każdy punkt "
                         "styku oceniony na −1 lub −2, a dopiero potem wybrane nieliczne do "
                         "+2. Najgorsze najpierw, potem według zasięgu (odsetka klientów, których "
                         "dotyczy ustalenie); moment prawdy liczy się podwójnie."),
    "rank": "Lp.",
    "target_col": "Cel",
    "flags": "Oznaczenia",
    "reach": "Zasięg",
    "owner": "Właściciel",
    "projects_col": "Projekty",
    "no_project": "jeszcze brak",
    "below_target": "Następny krok: osiągnąć cel",
    "below_target_intro": ("Punkty styku z oceną 0 lub lepszą, które wciąż nie osiągnęły "
                           "celu wyznaczonego przez zespół – nieliczne, które mają wyróżnić "
                           "firmę."),
    "gap": "Brakuje",
    "by_stage": "Etapy",
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
                      "wysiłek – poziom pośredni, a personalizacja i empatia wyróżniają "
                      "firmę na tle konkurencji."),
    "pillar": "Filar",
    "layer": "Poziom",
    "projects": "Projekty",
    "matrix": "Wpływ × koszt",
    "matrix_intro": ("Wpływ na satysfakcję klienta wobec kosztu wdrożenia. Zaczynamy od "
                     "szybkich korzyści: niski koszt, duży wpływ."),
    "impact": "Wpływ",
    "cost": "Koszt",
    "quick_win": "szybka korzyść",
    "overdue": "minął",
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
    "generated": "Wygenerowano programem cxmap {version} z pliku {file}.",
    "generated_nofile": "Wygenerowano programem cxmap {version}.",
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
}
