"""Words of the editing commands: init, fmt, export, import-scores."""

EN: dict[str, str] = {
    "init_exists": "{path} already exists; cxmap init never overwrites a file",
    "init_written": "wrote {path}: a starter map; check it with `cxmap validate {path}`",
    "cannot_write": "cannot write {path}: {reason}",
    "cannot_read": "cannot read {path}: {reason}",
    "not_a_file": "map {path!r} does not exist or is not a file",
    "export_written": "wrote {path}: {n} {n:touchpoint|touchpoints}",
    "export_truncated": "note: {id}: the {column} cell has {n:,} characters and a "
                        "spreadsheet cell holds at most 32,767; the .xlsx has only the first "
                        "32,767 (the CSV export keeps the whole text)",
    "export_format": "unknown export format {value!r}: use csv or xlsx",
    "export_excel_xlsx": "--excel applies to CSV only; an .xlsx file needs no locale settings",
    "xlsx_stdout": "xlsx is a binary format: write it to a file (-o FILE.xlsx), not to stdout",
    "path_missing": "path {path!r} does not exist",
    "table_kind": "{path}: not a table cxmap reads: use a .csv file or an .xlsx workbook",
    "table_unreadable": "cannot read the table: {reason}",
    "table_too_many_rows": "the sheet has more than 100,000 rows (perhaps empty ones that "
                           "are only formatted); delete the rows below the data or save the "
                           "sheet as CSV",
    "table_empty": "the table is empty: its first row must be a header with an 'id' column",
    "no_id_column": "the header row has no 'id' column",
    "no_value_column": "the header row has none of the columns {columns}",
    "duplicate_column": "column {column!r} appears twice in the header",
    "missing_id": "the row has values but no id",
    "bad_id": "{value!r} is not a touchpoint id",
    "unknown_id": "unknown touchpoint id {id!r}",
    "unknown_id_hint": "unknown touchpoint id {id!r} (did you mean {hint!r}?)",
    "duplicate_id": "touchpoint id {id!r} appears twice (first in row {first})",
    "bad_score": "{column} {value!r} is not a whole number from -2 to 2",
    "bad_reach": "reach {value!r} is not a percentage from 0 to 100",
    "bad_bool": "{column} {value!r} is not true or false",
    "bad_date": "--scored-on {value!r} is not a date written YYYY-MM-DD",
    "date_not_real": "--scored-on {value!r} is not a real calendar date",
    "change": "{id}: {field} {old} -> {new}",
    "change_map": "{field} {old} -> {new}",
    "empty": "(empty)",
    "no_change": "{path}: no value changed",
    "changed": "{path}: {n} {n:value|values} changed",
    "dry_run": "{path}: {n} {n:value|values} would change (dry run: nothing written)",
    "nothing_written": "{path}: nothing written",
    "stale_conflict": "{id}: {field}: exported {exported}, map now {now}, sheet {sheet}",
    "stale_sheet": "{path} was exported before the map changed: importing it would undo "
                   "{n} newer {n:value|values}; export the workbook again, or import it "
                   "with --force to overwrite the map's values",
    "cannot_edit": "{where}: cannot change {field} in place: {reason}",
    "cannot_edit_map": "cannot change {field} in place: {reason}",
    # why a value cannot be changed in place (the rest of the file kept as it is)
    "patch_key_not_text": "a mapping key must be plain text",
    "patch_alias_key": "an alias as a mapping key",
    "patch_top_not_mapping": "the top level is not a mapping",
    "patch_not_scalar": "the value is not a single scalar",
    "patch_block_scalar": "the value is a block scalar",
    "patch_no_colon": "no ':' after the key",
    "patch_no_place": "no key to place the new one after",
    "patch_nested_values": "the value holds more than plain values",
    "patch_is_list": "the value is a list",
    "patch_not_alone": "cannot remove a key that is not alone on its line",
    "patch_no_touchpoint": "touchpoint {id!r} not found",
    "invalid_after": "{path}: the rewritten map would not be valid, nothing written: {problem}",
    "values_differ": "the edited text would not hold exactly the new values",
    "map_invalid": "{path} has errors: fix them first (nothing written)",
    "fmt_would_change": "would reformat {path}",
    "fmt_changed": "reformatted {path}",
    "fmt_summary": "{changed} of {total} {total:file|files} reformatted",
    "fmt_check_summary": "{changed} of {total} {total:file|files} would be reformatted",
    "fmt_lost": "{path}: cannot reformat without changing {what}; left as it is",
    "fmt_what_comments": "its comments",
    "fmt_what_values": "its values",
    "fmt_what_suppressions": "what its suppression comments silence",
    "fmt_unsupported": "{path}: cannot reformat: {reason}; left as it is",
    "fmt_layout": "formatting it twice gives a different layout",
    "fmt_separators": "{path}: cannot reformat: a text holds a line separator YAML reads as "
                      "a line break (a lone CR, NEL, U+2028 or U+2029); write it as an escape "
                      "in double quotes (\"\\r\", \"\\N\", \"\\L\", \"\\P\") or "
                      "remove it; left as it is",
    "fmt_unparsable": "{path} does not parse, so it was left as it is",
    "fmt_invalid": "{path} has errors, so it was left as it is",
    "not_a_workbook": "not an .xlsx workbook (not a zip file)",
    "damaged_workbook": "the .xlsx workbook is damaged or is another kind of file renamed "
                        "(a zip file, but not a workbook cxmap can read): open it in the "
                        "spreadsheet and save it again as .xlsx",
    "table_cell_too_long": "a cell holds more than {limit} {count:character|characters}",
    "table_not_csv": "the text cannot be read as CSV",
}

PL: dict[str, str] = {
    "init_exists": "{path} już istnieje; cxmap init nigdy nie nadpisuje pliku",
    "init_written": "zapisano {path}: mapa startowa; sprawdź ją: `cxmap validate {path}`",
    "cannot_write": "nie można zapisać {path}: {reason}",
    "cannot_read": "nie można odczytać {path}: {reason}",
    "not_a_file": "mapa {path!r} nie istnieje albo nie jest plikiem",
    "export_written": "zapisano {path}: {n} {n:punkt|punkty|punktów} styku",
    "export_truncated": "uwaga: {id}: komórka {column} ma {n} {n:znak|znaki|znaków}, a "
                        "komórka arkusza mieści najwyżej 32 767; plik .xlsx ma tylko pierwsze "
                        "32 767 (eksport do CSV zachowuje cały tekst)",
    "export_format": "nieznany format eksportu {value!r}: użyj csv albo xlsx",
    "export_excel_xlsx": "--excel dotyczy tylko CSV; plik .xlsx nie zależy od ustawień "
                         "regionalnych",
    "xlsx_stdout": "xlsx to format binarny: zapisz go do pliku (-o PLIK.xlsx), nie na "
                   "standardowe wyjście",
    "path_missing": "ścieżka {path!r} nie istnieje",
    "table_kind": "{path}: cxmap nie czyta takiej tabeli: użyj pliku .csv albo skoroszytu .xlsx",
    "table_unreadable": "nie można odczytać tabeli: {reason}",
    "table_too_many_rows": "arkusz ma więcej niż 100 000 wierszy (może pustych, tylko "
                           "sformatowanych); usuń wiersze pod danymi albo zapisz arkusz "
                           "jako CSV",
    "table_empty": "tabela jest pusta: pierwszy wiersz musi być nagłówkiem z kolumną 'id'",
    "no_id_column": "w wierszu nagłówka brak kolumny 'id'",
    "no_value_column": "w wierszu nagłówka nie ma żadnej z kolumn {columns}",
    "duplicate_column": "kolumna {column!r} występuje w nagłówku dwa razy",
    "missing_id": "wiersz ma wartości, ale nie ma id",
    "bad_id": "{value!r} nie jest identyfikatorem punktu styku",
    "unknown_id": "nieznany identyfikator punktu styku {id!r}",
    "unknown_id_hint": "nieznany identyfikator punktu styku {id!r} (czy chodziło o {hint!r}?)",
    "duplicate_id": "identyfikator punktu styku {id!r} występuje dwa razy (pierwszy raz "
                    "w wierszu {first})",
    "bad_score": "{column} {value!r} nie jest liczbą całkowitą od -2 do 2",
    "bad_reach": "reach {value!r} nie jest wartością procentową od 0 do 100",
    "bad_bool": "{column} {value!r} nie jest wartością true ani false",
    "bad_date": "--scored-on {value!r} nie jest datą w postaci RRRR-MM-DD",
    "date_not_real": "--scored-on {value!r} to nieistniejąca data",
    "change": "{id}: {field} {old} -> {new}",
    "change_map": "{field} {old} -> {new}",
    "empty": "(puste)",
    "no_change": "{path}: żadna wartość się nie zmieniła",
    "changed": "{path}: zmieniono {n} {n:wartość|wartości|wartości}",
    "dry_run": "{path}: do zmiany {n} {n:wartość|wartości|wartości} (próba: nic nie "
               "zapisano)",
    "nothing_written": "{path}: nic nie zapisano",
    "stale_conflict": "{id}: {field}: wyeksportowano {exported}, w mapie teraz {now}, "
                      "w arkuszu {sheet}",
    "stale_sheet": "skoroszyt {path} wyeksportowano, zanim mapa się zmieniła: import cofnąłby "
                   "{n} {n:nowszą wartość|nowsze wartości|nowszych wartości}; wyeksportuj "
                   "skoroszyt ponownie albo zaimportuj go z --force, żeby nadpisać wartości "
                   "w mapie",
    "cannot_edit": "{where}: nie można zmienić {field} bez naruszania reszty pliku: {reason}",
    "cannot_edit_map": "nie można zmienić {field} bez naruszania reszty pliku: {reason}",
    "patch_key_not_text": "klucz mapowania musi być zwykłym tekstem",
    "patch_alias_key": "alias użyty jako klucz mapowania",
    "patch_top_not_mapping": "najwyższy poziom pliku nie jest mapowaniem",
    "patch_not_scalar": "wartość nie jest pojedynczą wartością prostą",
    "patch_block_scalar": "wartość jest tekstem blokowym (| albo >)",
    "patch_no_colon": "brak „:” po kluczu",
    "patch_no_place": "brak klucza, po którym można by wstawić nowy",
    "patch_nested_values": "wartość zawiera coś więcej niż proste wartości",
    "patch_is_list": "wartość jest listą",
    "patch_not_alone": "nie można usunąć klucza, który nie stoi sam w swoim wierszu",
    "patch_no_touchpoint": "nie znaleziono punktu styku {id!r}",
    "invalid_after": "{path}: mapa po zmianie byłaby błędna, nic nie zapisano: {problem}",
    "values_differ": "zmieniony tekst nie zawierałby dokładnie nowych wartości",
    "map_invalid": "{path} zawiera błędy: najpierw je popraw (nic nie zapisano)",
    "fmt_would_change": "do sformatowania: {path}",
    "fmt_changed": "sformatowano {path}",
    "fmt_summary": "sformatowano {changed} z {total} {total:pliku|plików|plików}",
    "fmt_check_summary": "do sformatowania: {changed} z {total} "
                         "{total:pliku|plików|plików}",
    "fmt_lost": "{path}: nie można sformatować bez zmiany {what}; plik pozostawiono bez "
                "zmian",
    "fmt_what_comments": "komentarzy",
    "fmt_what_values": "wartości",
    "fmt_what_suppressions": "tego, co wyciszają jego komentarze cxmap: disable",
    "fmt_unsupported": "{path}: nie można sformatować: {reason}; plik pozostawiono bez zmian",
    "fmt_layout": "drugie formatowanie dałoby inny układ niż pierwsze",
    "fmt_separators": "{path}: nie można sformatować: tekst zawiera znak, który YAML czyta "
                      "jako koniec wiersza (samotny CR, NEL, U+2028 albo U+2029); zapisz go "
                      "w cudzysłowie podwójnym jako sekwencję (\"\\r\", \"\\N\", "
                      "\"\\L\", \"\\P\") albo usuń; plik pozostawiono bez zmian",
    "fmt_unparsable": "nie można odczytać pliku {path} jako YAML, więc pozostawiono go bez "
                      "zmian",
    "fmt_invalid": "plik {path} zawiera błędy, więc pozostawiono go bez zmian",
    "not_a_workbook": "to nie jest skoroszyt .xlsx (nie jest to plik zip)",
    "damaged_workbook": "skoroszyt .xlsx jest uszkodzony albo to inny plik ze zmienioną "
                        "nazwą (plik zip, ale nie skoroszyt, który cxmap umie odczytać): "
                        "otwórz go w arkuszu kalkulacyjnym i zapisz ponownie jako .xlsx",
    "table_cell_too_long": "komórka ma więcej niż {limit} {count:znak|znaki|znaków}",
    "table_not_csv": "tego tekstu nie da się odczytać jako CSV",
}
