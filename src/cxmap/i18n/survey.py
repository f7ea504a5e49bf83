"""Words of survey data: ``import-survey``, the survey rules, significance in
``diff``, ``history`` and reports.

Polish uses the terms of survey research as a Polish analyst writes them:
odpowiedzi (responses), bilans netto (net balance), przedział ufności 95 %,
pewność (confidence of a band), zmiana istotna statystycznie / mieści się w
granicach błędu (within noise), punkt styku, fala badania.
"""

EN: dict[str, str] = {
    # reading the data
    "empty": "the file is empty: its first row must be a header",
    "not_utf8": "the file is not UTF-8 text (Excel's plain 'CSV' in a Polish Windows is "
                "Windows-1250): save it as 'CSV UTF-8' and import again",
    "unknown_shape": "the header has neither the answer columns ({answers}) nor the count "
                     "columns ({counts})",
    "qualtrics_needs_columns": "this looks like a Qualtrics export: say which column is which "
                               "touchpoint with --columns FILE",
    "not_qualtrics": "--columns needs a Qualtrics export (three header rows, the third with "
                     "{{\"ImportId\": ...}})",
    "no_answers": "the file holds no answers",
    "unknown_touchpoint": "unknown touchpoint id {id!r}",
    "unknown_touchpoint_hint": "unknown touchpoint id {id!r} (did you mean {hint!r}?)",
    "unknown_metric": "unknown metric {metric!r} (use {metrics})",
    "two_metrics": "touchpoint {id!r} has answers in {metric} here and in {first} "
                   "(row {row}): one metric per touchpoint",
    "off_scale": "value {value!r} is not a whole number on the {metric} scale "
                 "{low}-{high}",
    "touchpoint_twice": "touchpoint {id!r} appears twice (first in row {first})",
    "bad_count": "{column} {value!r} is not a whole number of answers",
    "no_responses": "responses must be at least 1",
    "counts_exceed_row": "positive {positive} + negative {negative} is more than "
                         "{responses} {responses:response|responses}",
    "columns_not_toml": "not valid TOML: {reason}",
    "columns_no_table": "no [columns] table",
    "columns_entry": "{key}: write {{ touchpoint = \"id\", metric = \"csat5\" }}",
    "column_twice": "column {column!r} is column {first!r} again (from --columns): one "
                    "touchpoint per column",
    "no_such_column": "no column is named or has the ImportId {column!r} (from --columns)",
    "nps_group_column": "column {column!r} holds NPS groups, not answers: name the 0-10 "
                        "question's column",
    "choice_text": "column {column!r} holds choice texts ({value!r}), not numbers: export "
                   "the data from Qualtrics with numeric values",
    "choice_text_more": "column {column!r}: {n} more {n:row|rows} with text instead of a "
                        "number",
    "bad_min_responses": "--min-responses must be at least 1, not {value}",
    "bad_min_confidence": "--min-confidence must be from 0 to 1, not {value:num}",
    # the import's report
    "col_touchpoint": "touchpoint",
    "col_n": "n",
    "col_net": "net",
    "col_interval": "95 % interval",
    "col_band": "band",
    "col_confidence": "confidence",
    "col_score": "score",
    "held_responses": "left as it was: responses {n} < {min}",
    "held_confidence": "left as it was: confidence {confidence} < {min}",
    "unchanged": "(unchanged)",
    "summary": "{path}: {n} {n:touchpoint|touchpoints} surveyed, {moved} "
               "{moved:score|scores} changed",
    "summary_dry": "{path}: {n} {n:touchpoint|touchpoints} surveyed, {moved} "
                   "{moved:score|scores} would change (dry run: nothing written)",
    "no_change": "{path}: nothing changed",
    # the block's schema and the rules
    "decimal": "{whole}.{fraction}",
    "interval": "[{low}, {high}]",
    "counts_exceed": "{who}: survey positive {positive} + negative {negative} is more than "
                     "its {responses} {responses:response|responses}",
    "counts_exceed_hint": "count again from the survey data (cxmap import-survey writes the "
                          "block)",
    "contradicts": "touchpoint {id!r} is scored {score} but its survey ({n} "
                   "{n:response|responses}) puts the net balance at {net}, 95 % interval "
                   "{interval}: band {band}",
    "contradicts_hint": "re-score it from the survey, or say in 'evidence' why the workshop "
                        "disagrees",
    "thin": "the survey of touchpoint {id!r} has {n} {n:response|responses} (fewer than {min})",
    "thin_hint": "collect more answers before the score rests on them",
    # diff, history, reports
    "significant": "significant",
    "noise": "within noise",
    "survey_change": "survey net {before} → {after} ({change}): {verdict}",
    "col_survey": "Survey",
    "history_survey": "survey {change}: {verdict}",
    "survey_cell": "n {n}, {net} {interval}",
    "summary_backed": "{n} of {total} scores backed by a survey",
    "summary_significant": "{n} of {total} surveyed changes significant",
    "portfolio_backed": "Survey-backed",
    "report_backed": "Scores backed by a survey",
    "col_survey_report": "Survey: n, net, 95 % interval",
    "report_significant": "significant survey changes",
}

PL: dict[str, str] = {
    "empty": "plik jest pusty: pierwszy wiersz musi być nagłówkiem",
    "not_utf8": "plik nie jest tekstem UTF-8 (zwykły „CSV” z Excela w polskim Windowsie to "
                "Windows-1250): zapisz go jako „CSV UTF-8” i zaimportuj ponownie",
    "unknown_shape": "w nagłówku nie ma ani kolumn odpowiedzi ({answers}), ani kolumn "
                     "zliczeń ({counts})",
    "qualtrics_needs_columns": "to wygląda na eksport z Qualtrics: wskaż w pliku --columns, "
                               "która kolumna odpowiada któremu punktowi styku",
    "not_qualtrics": "--columns wymaga eksportu z Qualtrics (trzy wiersze nagłówka, w trzecim "
                     "{{\"ImportId\": ...}})",
    "no_answers": "plik nie zawiera żadnych odpowiedzi",
    "unknown_touchpoint": "nieznany identyfikator punktu styku {id!r}",
    "unknown_touchpoint_hint": "nieznany identyfikator punktu styku {id!r} (czy chodziło "
                               "o {hint!r}?)",
    "unknown_metric": "nieznana miara {metric!r} (użyj {metrics})",
    "two_metrics": "punkt styku {id!r} ma tu odpowiedzi w mierze {metric}, a w wierszu {row} "
                   "w {first}: jeden punkt styku, jedna miara",
    "off_scale": "wartość {value!r} nie jest liczbą całkowitą na skali {metric} "
                 "({low}–{high})",
    "touchpoint_twice": "punkt styku {id!r} występuje dwa razy (pierwszy raz w wierszu "
                        "{first})",
    "bad_count": "{column} {value!r} nie jest całkowitą liczbą odpowiedzi",
    "no_responses": "liczba odpowiedzi (responses) musi wynosić co najmniej 1",
    "counts_exceed_row": "pozytywne {positive} + negatywne {negative} to więcej niż "
                         "{responses} {responses:odpowiedź|odpowiedzi|odpowiedzi}",
    "columns_not_toml": "to nie jest poprawny TOML: {reason}",
    "columns_no_table": "brak tabeli [columns]",
    "columns_entry": "{key}: napisz {{ touchpoint = \"id\", metric = \"csat5\" }}",
    "column_twice": "kolumna {column!r} to znowu kolumna {first!r} (z --columns): jedna "
                    "kolumna to jeden punkt styku",
    "no_such_column": "żadna kolumna nie ma nazwy ani ImportId {column!r} "
                      "(z --columns)",
    "nps_group_column": "kolumna {column!r} zawiera grupy NPS, nie odpowiedzi: wskaż kolumnę "
                        "pytania 0–10",
    "choice_text": "kolumna {column!r} zawiera teksty odpowiedzi ({value!r}) zamiast liczb: "
                   "wyeksportuj dane z Qualtrics z wartościami liczbowymi",
    "choice_text_more": "kolumna {column!r}: jeszcze {n} "
                        "{n:wiersz|wiersze|wierszy} z tekstem zamiast liczby",
    "bad_min_responses": "--min-responses musi wynosić co najmniej 1, a nie {value}",
    "bad_min_confidence": "--min-confidence musi mieścić się między 0 a 1, a nie {value:num}",
    "col_touchpoint": "punkt styku",
    "col_n": "n",
    "col_net": "bilans",
    "col_interval": "przedział 95 %",
    "col_band": "wg ankiety",
    "col_confidence": "pewność",
    "col_score": "ocena na mapie",
    "held_responses": "za mało odpowiedzi: {n} < {min}",
    "held_confidence": "za niska pewność: {confidence} < {min}",
    "unchanged": "(bez zmian)",
    "summary": "{path}: zbadane punkty styku: {n}, zmienione oceny: {moved}",
    "summary_dry": "{path}: zbadane punkty styku: {n}, oceny do zmiany: {moved} (próba: "
                   "nic nie zapisano)",
    "no_change": "{path}: nic się nie zmieniło",
    "decimal": "{whole},{fraction}",
    "interval": "[{low}; {high}]",
    "counts_exceed": "{who}: w ankiecie pozytywne {positive} + negatywne {negative} to więcej "
                     "niż {responses} {responses:odpowiedź|odpowiedzi|odpowiedzi}",
    "counts_exceed_hint": "policz ponownie z danych ankiety (cxmap import-survey zapisze blok)",
    "contradicts": "punkt styku {id!r} ma ocenę {score}, a ankieta ({n} "
                   "{n:odpowiedź|odpowiedzi|odpowiedzi}) daje bilans netto {net}, przedział "
                   "ufności 95 % {interval}, czyli ocenę {band}",
    "contradicts_hint": "oceń go na nowo według ankiety albo zapisz w 'evidence', dlaczego "
                        "warsztat ocenia inaczej",
    "thin": "ankieta punktu styku {id!r} ma {n} {n:odpowiedź|odpowiedzi|odpowiedzi} "
            "(mniej niż {min})",
    "thin_hint": "zbierz więcej odpowiedzi, zanim oprzesz na nich ocenę",
    "significant": "zmiana istotna",
    "noise": "w granicach błędu",
    "survey_change": "bilans netto ankiety {before} → {after} ({change}): {verdict}",
    "col_survey": "Ankieta",
    "history_survey": "ankieta {change}: {verdict}",
    "survey_cell": "n {n}, {net} {interval}",
    "summary_backed": "ocen opartych na ankiecie: {n} z {total}",
    "summary_significant": "zmian istotnych w ankietach: {n} z {total}",
    "portfolio_backed": "Oceny z ankiet",
    "report_backed": "Oceny oparte na ankiecie",
    "col_survey_report": "Ankieta: n, bilans, przedział ufności 95 %",
    "report_significant": "istotne zmiany w ankietach",
}
