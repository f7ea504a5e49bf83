"""Words of the method rules (CX300 and up) and of suppressions.

Polish uses the method's terms: punkt styku, moment prawdy, wysiłek klienta,
etap, ścieżka, projekt, właściciel/dział, ambasador.
"""

EN: dict[str, str] = {
    "unscored": "touchpoint {id!r} is not scored",
    "unscored_hint": "score it from -2 to +2 (0: what customers expect)",
    "unconfirmed_mot": "moment of truth {id!r} is not confirmed by customer research",
    "unconfirmed_effort": "customer-effort point {id!r} is not confirmed by customer research",
    "unconfirmed_hint": "confirm it in research and write 'confirmed: true', or remove the flag",
    "negative_without_project": "touchpoint {id!r} scores {score} and no live project "
                                "addresses it",
    "negative_without_project_hint": "lift every -1/-2 to 0 first: add it to a project's "
                                     "touchpoints",
    "delight_before_repair": "project {id!r} only lifts touchpoints already at 0 or better, "
                             "while touchpoints scored below 0 have no project: {waiting}",
    "delight_before_repair_hint": "repair before delight: give those a project first, or "
                                  "put this one on hold",
    "too_many_delighters": "{n} of {total} touchpoints target +2 (at most {limit})",
    "too_many_delighters_hint": "keep +2 for the few moments that set you apart; aim the "
                                "others at 0 or +1",
    "project_without_owner": "project {id!r} has no owner",
    "project_without_owner_hint": "write the owning department under 'owner:'",
    "project_without_due": "project {id!r} has no due date",
    "project_without_due_hint": "write the deadline as 'due: YYYY-MM-DD'",
    "overdue_project": "project {id!r} is past its due date {due} ({days} {days:day|days} "
                       "ago) and is not done",
    "overdue_project_hint": "set 'status: done' (or 'dropped') if the work is over, or "
                            "write the new date under 'due:'",
    "touchpoint_without_owner": "touchpoint {id!r} has no owning department",
    "touchpoint_without_owner_hint": "write a declared department id under 'owner:'",
    "department_without_ambassador": "department {id!r} has no ambassador",
    "department_without_ambassador_hint": "name the person who keeps the work alive there "
                                          "under 'ambassador:'",
    "scoring_undated": "the map has scores but no 'scoredOn' date",
    "scoring_undated_hint": "write when the scoring was done: 'scoredOn: YYYY-MM-DD'",
    "scoring_stale": "the scoring of {day} is more than {months} {months:month|months} old",
    "scoring_stale_hint": "research again and re-score every touchpoint, then update "
                          "'scoredOn'",
    "reach_as_fraction": "all {n} reach values are at most 1, e.g. {value}: reach is a "
                         "percentage",
    "reach_as_fraction_hint": "write {percent} for {share:num} % (or \"{percent}%\")",
    "low_reach_project": "project {id!r} only fixes touchpoints that reach fewer than {min:num} % "
                         "of customers (at most {top:num} %)",
    "low_reach_project_hint": "check the reach; lower the project's priority or join it to "
                              "one with wider reach",
    "duplicate_name": "touchpoint {id!r} has the same name as touchpoint {first!r} "
                      "(line {line}): {name!r}",
    "duplicate_name_hint": "name what differs, e.g. the channel",
    "mot_without_evidence": "moment of truth {id!r} lists no evidence",
    "mot_without_evidence_hint": "list where the finding comes from under 'evidence:'",
    "branch_never_ends": "branch {branch!r} never reaches its last stage {stage!r} "
                         "(stuck at {stuck})",
    "branch_never_ends_hint": "check the 'next' lists on the way: add the missing successor",
    "branch_loops": "branch {branch!r} never reaches its last stage {stage!r}: the 'next' of "
                    "{source!r} leads back to {target!r} and closes a loop with no way out",
    "branch_loops_hint": "lead the path on: add a touchpoint of a later stage to this 'next'",
    "journey_loops": "the journey never reaches its last stage {stage!r}: the 'next' of "
                     "{source!r} leads back to {target!r} and closes a loop with no way out",
    "journey_never_ends": "the journey never reaches its last stage {stage!r} "
                          "(stuck at {stuck})",
    "touchpoint_unreachable": "no path reaches touchpoint {id!r}",
    "touchpoint_unreachable_hint": "lead a 'next' to it, or check its 'branch'",
    "suppression_unknown": "unknown rule {name!r} in a cxmap suppression",
    "suppression_unknown_hint": "name a method rule by its code or name "
                                "(`cxmap explain all` lists them)",
    "suppression_format_error": "{rule} is an error of the format and cannot be "
                                "suppressed",
    "suppression_format_error_hint": "fix the problem instead; only method rules "
                                     "(CX300 and up) can be suppressed",
    "suppression_unused": "suppression of {name!r} suppresses nothing",
    "suppression_unused_hint": "remove it",
    "suppression_empty": "a cxmap suppression that names no rule (after \"=\": {text!r})",
    "suppression_empty_hint": "name each rule by its code or name, separated by commas, "
                              "e.g. disable=CX304,stale-scoring; there is no \"all\" or \"*\"",
}

PL: dict[str, str] = {
    "unscored": "punkt styku {id!r} nie ma oceny",
    "unscored_hint": "oceń go od -2 do +2 (0: zgodnie z oczekiwaniami klienta)",
    "unconfirmed_mot": "moment prawdy {id!r} nie jest potwierdzony badaniem klientów",
    "unconfirmed_effort": "punkt wysiłku klienta {id!r} nie jest potwierdzony badaniem "
                          "klientów",
    "unconfirmed_hint": "potwierdź go w badaniu i wpisz 'confirmed: true' albo usuń "
                        "oznaczenie",
    "negative_without_project": "punkt styku {id!r} ma ocenę {score} i nie zajmuje się nim "
                                "żaden trwający projekt",
    "negative_without_project_hint": "najpierw podnieś każde -1/-2 do 0: dodaj go do "
                                     "punktów styku projektu",
    "delight_before_repair": "projekt {id!r} podnosi tylko punkty styku ocenione na 0 lub "
                             "lepiej, a punkty styku z oceną ujemną nie mają projektu: "
                             "{waiting}",
    "delight_before_repair_hint": "najpierw naprawa, potem zachwyt: przydziel projekt "
                                  "tamtym punktom styku albo wstrzymaj ten projekt",
    "too_many_delighters": "cel +2 ma {n} z {total} {total:punktu|punktów|punktów} styku "
                           "(dopuszczalne najwyżej {limit})",
    "too_many_delighters_hint": "zostaw +2 dla kilku momentów, które wyróżniają firmę; "
                                "pozostałym wyznacz cel 0 lub +1",
    "project_without_owner": "projekt {id!r} nie ma właściciela",
    "project_without_owner_hint": "wpisz dział odpowiedzialny w 'owner:'",
    "project_without_due": "projekt {id!r} nie ma terminu",
    "project_without_due_hint": "wpisz termin jako 'due: RRRR-MM-DD'",
    "overdue_project": "termin projektu {id!r} minął {due} ({days} {days:dzień|dni|dni} "
                       "temu), a projekt nie jest zakończony",
    "overdue_project_hint": "jeśli prace się skończyły, ustaw 'status: done' (albo "
                            "'dropped'); jeśli nie, wpisz nowy termin w 'due:'",
    "touchpoint_without_owner": "punkt styku {id!r} nie ma działu-właściciela",
    "touchpoint_without_owner_hint": "wpisz identyfikator zadeklarowanego działu w 'owner:'",
    "department_without_ambassador": "dział {id!r} nie ma ambasadora",
    "department_without_ambassador_hint": "wpisz w 'ambassador:' osobę, która w tym "
                                          "dziale dba o doświadczenie klienta",
    "scoring_undated": "mapa ma oceny, ale nie ma daty 'scoredOn'",
    "scoring_undated_hint": "wpisz, kiedy oceniono punkty styku: 'scoredOn: RRRR-MM-DD'",
    "scoring_stale": "ocena z {day} jest starsza niż {months} "
                     "{months:miesiąc|miesiące|miesięcy}",
    "scoring_stale_hint": "przeprowadź kolejną falę badań, oceń ponownie każdy punkt styku "
                          "i zaktualizuj 'scoredOn'",
    "reach_as_fraction": "wszystkie wartości zasięgu ({n}) są nie większe niż 1, np. "
                         "{value}, a zasięg podaje się w procentach",
    "reach_as_fraction_hint": "wpisz {percent} dla {share:num} % (albo \"{percent}%\")",
    "low_reach_project": "projekt {id!r} poprawia tylko punkty styku o zasięgu poniżej "
                         "{min:num} % klientów (najwyżej {top:num} %)",
    "low_reach_project_hint": "sprawdź zasięg; obniż priorytet projektu albo połącz go z "
                              "projektem o szerszym zasięgu",
    "duplicate_name": "punkt styku {id!r} ma tę samą nazwę co punkt styku {first!r} "
                      "(wiersz {line}): {name!r}",
    "duplicate_name_hint": "wskaż w nazwie to, co je różni, np. kanał",
    "mot_without_evidence": "moment prawdy {id!r} nie podaje źródeł ('evidence')",
    "mot_without_evidence_hint": "wpisz w 'evidence:', skąd pochodzi ustalenie",
    "branch_never_ends": "ścieżka {branch!r} nie dochodzi do swojego ostatniego etapu "
                         "{stage!r} (zatrzymuje się na: {stuck})",
    "branch_never_ends_hint": "sprawdź listy 'next' po drodze: dodaj brakujący następnik",
    "branch_loops": "ścieżka {branch!r} nie dochodzi do swojego ostatniego etapu {stage!r}: "
                    "'next' punktu styku {source!r} prowadzi z powrotem do {target!r} i zamyka "
                    "pętlę bez wyjścia",
    "branch_loops_hint": "poprowadź ścieżkę dalej: dodaj do tego 'next' punkt styku z "
                         "dalszego etapu",
    "journey_loops": "podróż nie dochodzi do ostatniego etapu {stage!r}: 'next' punktu styku "
                     "{source!r} prowadzi z powrotem do {target!r} i zamyka pętlę bez wyjścia",
    "journey_never_ends": "podróż nie dochodzi do ostatniego etapu {stage!r} "
                          "(zatrzymuje się na: {stuck})",
    "touchpoint_unreachable": "żadna ścieżka nie prowadzi do punktu styku {id!r}",
    "touchpoint_unreachable_hint": "poprowadź do niego 'next' albo sprawdź jego 'branch'",
    "suppression_unknown": "nieznana reguła {name!r} w wyłączeniu cxmap",
    "suppression_unknown_hint": "podaj kod lub nazwę reguły metody "
                                "(`cxmap explain all` je wymienia)",
    "suppression_format_error": "{rule} to błąd formatu i nie można go wyłączyć",
    "suppression_format_error_hint": "popraw problem; wyłączać można tylko reguły "
                                     "metody (CX300 i wyżej)",
    "suppression_unused": "wyłączenie {name!r} niczego nie wyłącza",
    "suppression_unused_hint": "usuń je",
    "suppression_empty": "wyłączenie cxmap nie wymienia żadnej reguły (po „=”: {text!r})",
    "suppression_empty_hint": "podaj kody lub nazwy reguł po przecinku, np. "
                              "disable=CX304,stale-scoring; nie ma „all” ani „*”",
}
