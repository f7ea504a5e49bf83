"""Words of the command line shared by every command: the summary line,
usage errors, progress."""

EN: dict[str, str] = {
    # how numbers are written: plural_rule "one-other" or "slavic" (one|few|many)
    "plural_rule": "one-other",
    "decimal_mark": ".",
    "group_mark": ",",
    "percent": "{n}%",
    "interval": "[{low}, {high}]",
    "example": "{n} files checked",
    "summary": "{files} {files:file|files} checked, {errors} {errors:error|errors}, "
               "{warnings} {warnings:warning|warnings}",
    "summary_skipped": ", {n} skipped",
    "skipped_file": "skipped {name}: {why}",
    "skip_no_cxmap_key": "no top-level 'cxmap' key",
    "skip_link_outside": "a symbolic link to a file outside the folder searched (not read)",
    "skip_not_a_map": "not a map (no top-level 'cxmap' key)",
    "diff_invalid": "cannot compare: fix the map errors above first",
    "diff_gate_failed": "diff gate failed (--fail-on): {conditions}",
    "progress_validating": "Validating",
    "unknown_language": "unknown language {value!r} (use en or pl)",
    "junit_more": " (and {n} more)",
    "demo_written": "Written:\n"
                    "  out/sklep-omnichannel.svg   diagram\n"
                    "  out/sklep-omnichannel.png   diagram\n"
                    "  out/sklep-omnichannel.html  report (open in a browser)\n"
                    "  out/insurance-claim.md      report\n"
                    "cxmap is at {bin}/cxmap: run 'source {bin}/activate' to type just 'cxmap'.",
    "error_line": "cxmap: error: {message}",
    "internal_error": "cxmap: internal error: {name}: {detail}",
    "note_line": "cxmap: note: {message}",
    "map_not_a_file": "map {path!r} does not exist or is not a file",
    "path_missing": "path {path!r} does not exist",
    "stdout_needs_format": "-o - needs --format (svg, dot, mmd or mermaid-journey)",
    "binary_to_stdout": "{fmt} is a binary format: write it to a file, not to stdout",
    "compare_needs_file": "--compare needs a map file, not a folder",
    "each_needs_folder": "--each needs a folder (the portfolio)",
    "each_needs_file": "--each needs -o FILE: the journeys' reports are written beside it",
    "no_maps_found": "no journey maps found in {path!r}",
    "unknown_format": "unknown {what} {name!r} (choose one of: {names})",
    "no_extension": "cannot tell the {what} of {path!r}: it has no extension ({known}); "
                    "give --format",
    "unknown_extension": "unknown {extension} {suffix!r} (known: {known}); give --format",
    "what_format": "format",
    "what_report_format": "report format",
    "ext_output": "output extension",
    "ext_report": "report extension",
    "view_canvas": "--view canvas draws svg, png or pdf, not {fmt}",
    "view_page": "--page lays out svg, png or pdf, not {fmt}",
    "unknown_branch": "unknown branch {branch!r} (known: {choices})",
    "no_branches": "the map declares no branches",
}

PL: dict[str, str] = {
    "plural_rule": "slavic",
    "decimal_mark": ",",
    "group_mark": "\u00a0",
    "percent": "{n}\u00a0%",
    "interval": "[{low}; {high}]",
    "example": "{n} pliki sprawdzone",
    "summary": "Sprawdzono {files} {files:plik|pliki|plików}: {errors} "
               "{errors:błąd|błędy|błędów}, {warnings} "
               "{warnings:ostrzeżenie|ostrzeżenia|ostrzeżeń}",
    "summary_skipped": ", {n} {n:pominięty|pominięte|pominiętych}",
    "skipped_file": "pominięto {name}: {why}",
    "skip_no_cxmap_key": "brak klucza 'cxmap' na najwyższym poziomie",
    "skip_link_outside": "dowiązanie symboliczne do pliku spoza przeszukiwanego katalogu "
                         "(nie odczytano go)",
    "skip_not_a_map": "to nie mapa (brak klucza 'cxmap' na najwyższym poziomie)",
    "diff_invalid": "nie można porównać: najpierw popraw powyższe błędy w mapach",
    "diff_gate_failed": "zadziałała bramka --fail-on: {conditions}",
    "progress_validating": "Sprawdzanie",
    "unknown_language": "nieznany język {value!r} (użyj en albo pl)",
    "junit_more": " (i {n} {n:kolejny|kolejne|kolejnych})",
    "demo_written": "Zapisano:\n"
                    "  out/sklep-omnichannel.svg   diagram\n"
                    "  out/sklep-omnichannel.png   diagram\n"
                    "  out/sklep-omnichannel.html  raport (otwórz w przeglądarce)\n"
                    "  out/insurance-claim.md      raport\n"
                    "cxmap jest w {bin}/cxmap; aby uruchamiać go samym poleceniem 'cxmap', wykonaj "
                    "'source {bin}/activate'.",
    "error_line": "cxmap: błąd: {message}",
    "internal_error": "cxmap: błąd wewnętrzny: {name}: {detail}",
    "note_line": "cxmap: uwaga: {message}",
    "map_not_a_file": "mapa {path!r} nie istnieje albo nie jest plikiem",
    "path_missing": "ścieżka {path!r} nie istnieje",
    "stdout_needs_format": "-o - wymaga --format (svg, dot, mmd albo mermaid-journey)",
    "binary_to_stdout": "{fmt} to format binarny: zapisz go do pliku, nie na standardowe "
                        "wyjście",
    "compare_needs_file": "--compare wymaga pliku mapy, nie katalogu",
    "each_needs_folder": "--each wymaga katalogu (portfela map)",
    "each_needs_file": "--each wymaga -o PLIK: raporty poszczególnych map są zapisywane "
                       "obok niego",
    "no_maps_found": "w {path!r} nie ma żadnej mapy podróży klienta",
    "unknown_format": "nieznany {what} {name!r} (do wyboru: {names})",
    "no_extension": "nie wiadomo, jaki {what} wybrać dla {path!r}: plik nie ma rozszerzenia "
                    "({known}); podaj --format",
    "unknown_extension": "nieznane {extension} {suffix!r} (znane: {known}); podaj --format",
    "what_format": "format",
    "what_report_format": "format raportu",
    "ext_output": "rozszerzenie pliku wynikowego",
    "ext_report": "rozszerzenie raportu",
    "view_canvas": "--view canvas rysuje svg, png albo pdf, nie {fmt}",
    "view_page": "--page układa stronę tylko w svg, png albo pdf, nie w {fmt}",
    "unknown_branch": "nieznana ścieżka {branch!r} (znane: {choices})",
    "no_branches": "mapa nie deklaruje żadnych ścieżek",
}
