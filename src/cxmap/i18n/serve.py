"""Words of the live preview (``cxmap serve``): its messages on the terminal,
and every word on its page (the page gets the ``page_*`` ones as a table)."""

EN: dict[str, str] = {
    # --- the terminal
    "listening": "live preview of {path}: open {url} in a browser; Ctrl-C stops it",
    "host_warning": "warning: serving on {host}: anyone who can reach this machine on that "
                    "network can read the maps; leave --host out to keep the preview to "
                    "this computer (127.0.0.1)",
    "port_in_use": "port {port} on {host} is already in use; choose another with --port N, "
                   "or --port 0 for any free port",
    "default_port_taken": "port {taken} is in use; serving on port {port} instead",
    "cannot_listen": "cannot listen on {host} port {port}: {reason}",
    "path_missing": "path {path} does not exist (a map file or a folder of maps)",
    "polling": "watching the files by polling ({reason})",
    "poll_asked": "--poll",
    "no_native_events": "native file events are not available here: {reason}",
    "not_watching": "changes to the files are not followed: {reason}; restart cxmap serve "
                    "to see later changes",
    "watch_loop": "a symbolic link leads back to a folder above it",
    "watch_limit": "the system's limit of watched files is reached (on Linux: "
                   "fs.inotify.max_user_watches)",
    "watcher_failed": "the system's file watcher could not start",
    "config_problem": "the configuration cannot be used: {message}",
    "against_problem": "--against {rev}: {reason}",
    "outside_folder": "{path} points outside the served folder and is not shown",
    # --- answers to requests that are not the page's own
    "http_unknown_host": "this preview answers only to the address it serves",
    "http_refused": "refused: name a map as /state.json lists it",
    "http_no_map": "no such map (the maps are listed in /state.json)",
    "http_no_drawing": "no drawing yet: the map has not been valid since the preview started",
    "http_no_report": "no report yet: the map has not been valid since the preview started",
    "http_not_found": "not found",
    "http_too_many": "too many pages are open on this preview",
    # --- the page
    "page_title": "cxmap live preview",
    "page_maps": "Maps",
    "page_no_maps": "No journey maps in this folder yet: save a *.cxmap.yaml file here "
                    "and it appears.",
    "page_building": "Drawing the map…",
    "page_live": "live",
    "page_reconnecting": "reconnecting…",
    "page_paused": "paused while the tab is hidden",
    "page_zoom_in": "Zoom in",
    "page_zoom_out": "Zoom out",
    "page_zoom_fit": "Fit to the window",
    "page_zoom_actual": "Actual size",
    "page_valid": "valid",
    "page_invalid": "does not validate",
    "page_errors": "error|errors",
    "page_warnings": "warning|warnings",
    "page_stale": "This map does not validate since the last save: the last good drawing "
                  "is shown dimmed. Fix the problems below and save again.",
    "page_no_drawing": "Nothing to draw yet: fix the problems below and save again.",
    "page_problems": "Problems",
    "page_hint": "Hint",
    "page_drawing_failed": "The drawing could not be made",
    "page_changes": "Changes since {against}",
    "page_diff_unavailable": "No comparison",
    "page_config": "Configuration",
    "page_updated": "updated {time}",
    "page_version": "version {n}",
    "page_disconnected": "The preview has stopped (cxmap serve is not running).",
}

PL: dict[str, str] = {
    # --- the terminal
    "listening": "podgląd na żywo: {path}; otwórz {url} w przeglądarce; Ctrl-C kończy podgląd",
    "host_warning": "ostrzeżenie: podgląd dostępny pod adresem {host}: każdy, kto w tej sieci "
                    "dotrze do tego komputera, może czytać mapy; bez --host podgląd zostaje "
                    "na tym komputerze (127.0.0.1)",
    "port_in_use": "port {port} pod adresem {host} jest już zajęty; wybierz inny przez "
                   "--port N albo --port 0 dla dowolnego wolnego portu",
    "default_port_taken": "port {taken} jest zajęty; podgląd działa na porcie {port}",
    "cannot_listen": "nie można nasłuchiwać pod adresem {host} na porcie {port}: {reason}",
    "path_missing": "ścieżka {path} nie istnieje (plik mapy albo katalog z mapami)",
    "polling": "zmiany plików wykrywane przez odpytywanie ({reason})",
    "poll_asked": "--poll",
    "no_native_events": "system nie zgłasza tu zmian plików: {reason}",
    "not_watching": "zmiany plików nie są śledzone: {reason}; aby zobaczyć późniejsze "
                    "zmiany, uruchom cxmap serve ponownie",
    "watch_loop": "dowiązanie symboliczne prowadzi z powrotem do katalogu nadrzędnego",
    "watch_limit": "osiągnięto systemowy limit obserwowanych plików (w Linuksie: "
                   "fs.inotify.max_user_watches)",
    "watcher_failed": "nie udało się uruchomić systemowego obserwatora plików",
    "config_problem": "nie można użyć konfiguracji: {message}",
    "against_problem": "--against {rev}: {reason}",
    "outside_folder": "{path} wskazuje poza udostępniany katalog i nie jest pokazywany",
    # --- answers to requests that are not the page's own
    "http_unknown_host": "ten podgląd odpowiada tylko pod adresem, na którym działa",
    "http_refused": "odmowa: mapę wskazuje się nazwą z /state.json",
    "http_no_map": "nie ma takiej mapy (mapy są wymienione w /state.json)",
    "http_no_drawing": "nie ma jeszcze rysunku: od uruchomienia podglądu mapa nie była "
                       "poprawna",
    "http_no_report": "nie ma jeszcze raportu: od uruchomienia podglądu mapa nie była "
                      "poprawna",
    "http_not_found": "nie znaleziono",
    "http_too_many": "w tym podglądzie otwarto zbyt wiele stron",
    # --- the page
    "page_title": "cxmap – podgląd na żywo",
    "page_maps": "Mapy",
    "page_no_maps": "W tym katalogu nie ma jeszcze map podróży klienta: zapisz tu plik "
                    "*.cxmap.yaml, a się pojawi.",
    "page_building": "Rysowanie mapy…",
    "page_live": "na żywo",
    "page_reconnecting": "ponowne łączenie…",
    "page_paused": "wstrzymany, gdy karta jest ukryta",
    "page_zoom_in": "Powiększ",
    "page_zoom_out": "Pomniejsz",
    "page_zoom_fit": "Dopasuj do okna",
    "page_zoom_actual": "Rzeczywisty rozmiar",
    "page_valid": "poprawna",
    "page_invalid": "niepoprawna",
    "page_errors": "błąd|błędy|błędów",
    "page_warnings": "ostrzeżenie|ostrzeżenia|ostrzeżeń",
    "page_stale": "Od ostatniego zapisu mapa jest niepoprawna: wyszarzony rysunek to ostatnia "
                  "poprawna wersja. Popraw poniższe problemy i zapisz plik ponownie.",
    "page_no_drawing": "Nie ma jeszcze czego narysować: popraw poniższe problemy i zapisz "
                       "plik ponownie.",
    "page_problems": "Problemy",
    "page_hint": "Wskazówka",
    "page_drawing_failed": "Nie udało się narysować mapy",
    "page_changes": "Zmiany od {against}",
    "page_diff_unavailable": "Brak porównania",
    "page_config": "Konfiguracja",
    "page_updated": "zaktualizowano {time}",
    "page_version": "wersja {n}",
    "page_disconnected": "Podgląd został zatrzymany (cxmap serve nie działa).",
}
