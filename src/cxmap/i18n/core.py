"""Words of the command line shared by every command: the summary line,
usage errors, progress."""

EN: dict[str, str] = {
    "example": "{n} files checked",
    "summary": "{files} {files:file|files} checked, {errors} {errors:error|errors}, "
               "{warnings} {warnings:warning|warnings}",
    "summary_skipped": ", {n} skipped",
    "skipped_file": "skipped {name}: {why}",
    "skip_no_cxmap_key": "no top-level 'cxmap' key",
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
}

PL: dict[str, str] = {
    "example": "{n} pliki sprawdzone",
    "summary": "Sprawdzono {files} {files:plik|pliki|plików}: {errors} "
               "{errors:błąd|błędy|błędów}, {warnings} "
               "{warnings:ostrzeżenie|ostrzeżenia|ostrzeżeń}",
    "summary_skipped": ", {n} {n:pominięty|pominięte|pominiętych}",
    "skipped_file": "pominięto {name}: {why}",
    "skip_no_cxmap_key": "brak klucza 'cxmap' na najwyższym poziomie",
    "skip_not_a_map": "to nie mapa (brak klucza 'cxmap' na najwyższym poziomie)",
    "diff_invalid": "nie można porównać: najpierw popraw powyższe błędy w mapach",
    "diff_gate_failed": "bramka diff nie przeszła (--fail-on): {conditions}",
    "progress_validating": "Sprawdzanie",
    "unknown_language": "nieznany język {value!r} (użyj en albo pl)",
    "junit_more": " (i {n} {n:kolejny|kolejne|kolejnych})",
    "demo_written": "Zapisano:\n"
                    "  out/sklep-omnichannel.svg   diagram\n"
                    "  out/sklep-omnichannel.png   diagram\n"
                    "  out/sklep-omnichannel.html  raport (otwórz w przeglądarce)\n"
                    "  out/insurance-claim.md      raport\n"
                    "cxmap jest w {bin}/cxmap; aby wywoływać je samym 'cxmap', wykonaj "
                    "'source {bin}/activate'.",
}
