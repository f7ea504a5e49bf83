"""Words about files, limits and the layout process (writing -o, reading maps,
Graphviz's time limit)."""

EN: dict[str, str] = {
    "output_loop": "cannot write {path}: too many levels of symbolic links",
    "output_directory": "cannot write {path}: it is a directory (-o needs a file name)",
    "output_is_input": "refusing to write {path}: it is one of the maps being read",
    "output_failed": "cannot write {path}: {reason}",
    "output_parent_not_folder": "cannot write {path}: {folder} is a file, not a folder",
    "output_fifo_no_reader": "cannot write {path}: it is a FIFO (named pipe) and no program "
                             "reads from it",
    "stdout_closed": "cannot write the output: standard output is closed",
    "stdout_failed": "cannot write to standard output: {reason}",
    "read_failed": "cannot read file: {reason}",
    "read_bad_name": "cannot read file: the name contains a NUL byte",
    "read_directory": "cannot read file: it is a directory",
    "read_not_regular": "cannot read file: it is {kind}, not a regular file",
    "read_too_big": "cannot read file: it is {size}, more than the limit of {limit}",
    "read_loop": "cannot read file: too many levels of symbolic links",
    "edit_changed": "{path} changed while cxmap was rewriting it (another program wrote "
                    "it); nothing was written: run the command again",
    "edit_busy": "{path} is being rewritten by another cxmap (waited {seconds} s); nothing "
                 "was written: run the command again",
    "kind_fifo": "a FIFO (named pipe)",
    "kind_device": "a device",
    "kind_socket": "a socket",
    "kind_other": "a special file",
    "unreadable_folder": "cannot read folder: {reason}",
    "more_diagnostics": "and {n} more {n:problem|problems} in this file (only the first "
                        "{limit} are listed)",
    "layout_timeout": "Graphviz did not finish the layout within {seconds:num} s "
                      "(--timeout) and was stopped; draw one path with --branch, use "
                      "-f mmd or -f dot, or allow more time with --timeout",
    "layout_timeout_report": "Graphviz did not finish the layout within {seconds:num} s "
                             "(--timeout) and was stopped; allow more time with --timeout, "
                             "or leave the diagram out with --no-diagram",
    "layout_crashed": "Graphviz crashed ({detail}) while laying out the diagram",
    "canvas_timeout": "the canvas was not drawn within {seconds:num} s (--timeout) and was "
                      "stopped; draw one path with --branch, or allow more time with "
                      "--timeout",
    "pdf_timeout": "WeasyPrint did not finish the PDF within {seconds:num} s (--timeout) and "
                   "was stopped; allow more time with --timeout, or write HTML (-f html)",
    "deck_timeout": "the PowerPoint deck was not made within {seconds:num} s (--timeout) and "
                    "making it was stopped; allow more time with --timeout, or write HTML "
                    "(-f html)",
    "history_timeout": "history did not finish within {seconds:num} s (--timeout): {done} of "
                       "{total} revisions read; allow more time with --timeout",
    "layout_failed": "Graphviz failed: {detail}",
    "layout_no_output": "Graphviz produced no output",
    "layout_cannot_start": "cannot start the layout process: {reason}",
    "id_too_long": "{label} of {who:gen}: {value!r} is too long for an identifier: {length} "
                   "characters, at most {limit}",
    "pdf_failed": "cannot write PDF: {reason}",
    "pdf_failed_code": "cannot write PDF: WeasyPrint ended with exit code {code}",
}

PL: dict[str, str] = {
    "output_loop": "nie można zapisać {path}: za dużo poziomów dowiązań symbolicznych",
    "output_directory": "nie można zapisać {path}: to katalog (-o wymaga nazwy pliku)",
    "output_is_input": "odmowa zapisu {path}: to jedna z czytanych map",
    "output_failed": "nie można zapisać {path}: {reason}",
    "output_parent_not_folder": "nie można zapisać {path}: {folder} to plik, a nie katalog",
    "output_fifo_no_reader": "nie można zapisać {path}: to kolejka FIFO (nazwany potok), "
                             "z której żaden program nie czyta",
    "stdout_closed": "nie można zapisać wyniku: standardowe wyjście jest zamknięte",
    "stdout_failed": "nie można pisać na standardowe wyjście: {reason}",
    "read_failed": "nie można odczytać pliku: {reason}",
    "read_bad_name": "nie można odczytać pliku: nazwa zawiera bajt NUL",
    "read_directory": "nie można odczytać pliku: to katalog",
    "read_not_regular": "nie można odczytać pliku: to {kind}, a nie zwykły plik",
    "read_too_big": "nie można odczytać pliku: ma {size}, więcej niż limit {limit}",
    "read_loop": "nie można odczytać pliku: za dużo poziomów dowiązań symbolicznych",
    "edit_changed": "plik {path} zmienił się, gdy cxmap go przepisywał (zapisał go inny "
                    "program); nic nie zapisano: uruchom polecenie jeszcze raz",
    "edit_busy": "plik {path} przepisuje inny proces cxmap (czekano {seconds} s); nic nie "
                 "zapisano: uruchom polecenie jeszcze raz",
    "kind_fifo": "kolejka FIFO (nazwany potok)",
    "kind_device": "urządzenie",
    "kind_socket": "gniazdo",
    "kind_other": "plik specjalny",
    "unreadable_folder": "nie można odczytać katalogu: {reason}",
    "more_diagnostics": "i jeszcze {n} {n:problem|problemy|problemów} w tym pliku (wypisano "
                        "tylko pierwsze {limit})",
    "layout_timeout": "Graphviz nie ukończył układu w {seconds:num} s (--timeout) i został "
                      "zatrzymany; narysuj jedną ścieżkę (--branch), użyj -f mmd lub -f dot "
                      "albo daj więcej czasu (--timeout)",
    "layout_timeout_report": "Graphviz nie ukończył układu w {seconds:num} s (--timeout) i "
                             "został zatrzymany; daj więcej czasu (--timeout) albo pomiń diagram "
                             "(--no-diagram)",
    "canvas_timeout": "kanwa nie została narysowana w ciągu {seconds:num} s (--timeout) i "
                      "rysowanie przerwano; narysuj jedną ścieżkę (--branch) albo daj więcej czasu "
                      "(--timeout)",
    "pdf_timeout": "WeasyPrint nie ukończył pliku PDF w ciągu {seconds:num} s (--timeout) i "
                   "został zatrzymany; daj więcej czasu (--timeout) albo zapisz HTML (-f html)",
    "deck_timeout": "prezentacja PowerPoint nie powstała w ciągu {seconds:num} s (--timeout) "
                    "i jej tworzenie przerwano; daj więcej czasu (--timeout) albo zapisz HTML "
                    "(-f html)",
    "history_timeout": "odczyt historii nie zakończył się w ciągu {seconds:num} s (--timeout): "
                       "odczytano {done} z {total} wersji; daj więcej czasu (--timeout)",
    "layout_crashed": "Graphviz przerwał pracę ({detail}) podczas układania diagramu",
    "layout_failed": "błąd Graphviza: {detail}",
    "layout_no_output": "Graphviz nie zwrócił wyniku",
    "layout_cannot_start": "nie można uruchomić procesu układu: {reason}",
    "id_too_long": "{label} w {who:loc}: {value!r} jest za długi jak na identyfikator: "
                   "{length} {length:znak|znaki|znaków}, najwyżej {limit}",
    "pdf_failed": "nie można zapisać PDF: {reason}",
    "pdf_failed_code": "nie można zapisać PDF: WeasyPrint zakończył się kodem wyjścia {code}",
}
