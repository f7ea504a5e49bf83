"""Words of git revisions (``REV:PATH``) and of a file's history in git.

Polish keeps git's own terms where an analyst meets them in git itself
(commit, tag, gałąź = branch of git, repozytorium).
"""

EN: dict[str, str] = {
    "empty_revision": "empty revision: write REV:PATH, e.g. v2024:maps/bank.cxmap.yaml",
    "dash_revision": "refusing revision {rev!r}: a revision must not start with '-'",
    "odd_revision": "refusing revision {rev!r}: it contains whitespace or a control character",
    "no_path": "{spec!r}: no path after ':' (write REV:PATH)",
    "control_in_path": "{spec!r}: the path contains a control character",
    "not_installed": "git is not installed (or not on PATH); it is needed to read REV:PATH "
                     "arguments and history",
    "cannot_run": "cannot run git: {reason}",
    "failed": "git {command} failed (exit {code})",
    "not_a_repository": "{where} is not in a git repository (needed for REV:PATH and history)",
    "not_a_work_tree": "{where} is not in a git work tree",
    "unknown_revision": "unknown revision {rev!r} (not a commit, tag or branch in {top})",
    "unknown_revision_no_file": "unknown revision {rev!r} (not a commit, tag or branch in "
                                "{top}); and there is no file named {arg!r}",
    "outside_repository": "{spec!r}: the path is outside the repository",
    "not_in_revision": "{spec!r}: path {path!r} does not exist in that revision",
    "not_in_revision_top": "{spec!r}: path {path!r} does not exist in that revision; paths "
                           "after ':' are relative to the repository top, as in git - did "
                           "you mean {rev}:./{path}?",
    "directory_in_revision": "{spec!r} is a directory in that revision, not a map file",
    "link_in_revision": "{spec!r} is a symbolic link (to {target!r}) in that revision; name "
                        "the file it points to",
    "other_in_revision": "{spec!r} is a {kind} (submodule?) in that revision, not a map file",
    "path_missing": "path {path!r} does not exist",
    "diff_directory": "{path!r} is a directory; diff compares two map files",
    "history_directory": "{path!r} is a directory; history follows one map file",
    "unreadable": "{path!r}: {reason}",
    "not_inside": "{file} is not inside the repository at {top}",
    "no_history": "{path!r} has no history in git and no working copy",
    "repo_missing": "folder {path!r} (--repo/-C) does not exist",
    "repo_not_folder": "{path!r} (--repo/-C) is not a folder",
    "no_valid_revision": "no revision of {path!r} is a valid map, so there is no history to "
                         "show ({n} {n:revision|revisions} skipped, the newest {newest}); "
                         "`cxmap validate` shows what to fix",
    "blob_missing": "cannot read this revision from git (object {blob} missing)",
    "revision_link": "a symbolic link in this revision, not a map file",
    "revision_not_file": "not a file in this revision (mode {mode})",
}

PL: dict[str, str] = {
    "empty_revision": "pusta rewizja: napisz REWIZJA:ŚCIEŻKA, np. v2024:maps/bank.cxmap.yaml",
    "dash_revision": "odrzucono rewizję {rev!r}: rewizja nie może zaczynać się od „-”",
    "odd_revision": "odrzucono rewizję {rev!r}: zawiera odstęp albo znak sterujący",
    "no_path": "{spec!r}: po „:” brakuje ścieżki (napisz REWIZJA:ŚCIEŻKA)",
    "control_in_path": "{spec!r}: ścieżka zawiera znak sterujący",
    "not_installed": "git nie jest zainstalowany (albo nie ma go w PATH); jest potrzebny, "
                     "żeby czytać argumenty REWIZJA:ŚCIEŻKA i historię",
    "cannot_run": "nie można uruchomić programu git: {reason}",
    "failed": "polecenie git {command} nie powiodło się (kod wyjścia {code})",
    "not_a_repository": "{where} nie leży w repozytorium git (a jest ono potrzebne do "
                        "argumentów REWIZJA:ŚCIEŻKA i historii)",
    "not_a_work_tree": "{where} nie leży w katalogu roboczym repozytorium git",
    "unknown_revision": "nieznana rewizja {rev!r} (to nie jest commit, tag ani gałąź git w {top})",
    "unknown_revision_no_file": "nieznana rewizja {rev!r} (to nie jest commit, tag ani gałąź git "
                                "w {top}); nie ma też pliku o nazwie {arg!r}",
    "outside_repository": "{spec!r}: ścieżka leży poza repozytorium",
    "not_in_revision": "{spec!r}: w tej rewizji nie ma ścieżki {path!r}",
    "not_in_revision_top": "{spec!r}: w tej rewizji nie ma ścieżki {path!r}; ścieżki po „:” "
                           "liczy się od głównego katalogu repozytorium, tak jak w git – "
                           "czy chodziło o {rev}:./{path}?",
    "directory_in_revision": "{spec!r} to w tej rewizji katalog, a nie plik mapy",
    "link_in_revision": "{spec!r} to w tej rewizji dowiązanie symboliczne (do {target!r}); "
                        "podaj plik, na który wskazuje",
    "other_in_revision": "{spec!r} to w tej rewizji obiekt typu {kind} (podmoduł?), a nie "
                         "plik mapy",
    "path_missing": "ścieżka {path!r} nie istnieje",
    "diff_directory": "{path!r} to katalog; diff porównuje dwa pliki map",
    "history_directory": "{path!r} to katalog; historia dotyczy jednego pliku mapy",
    "unreadable": "{path!r}: {reason}",
    "not_inside": "{file} nie leży w repozytorium {top}",
    "no_history": "{path!r} nie ma historii w repozytorium git ani kopii roboczej",
    "repo_missing": "katalog {path!r} (--repo/-C) nie istnieje",
    "repo_not_folder": "{path!r} (--repo/-C) nie jest katalogiem",
    "no_valid_revision": "żadna wersja {path!r} nie jest poprawną mapą, więc nie ma historii "
                         "do pokazania (pominięto {n} {n:wersję|wersje|wersji}, najnowsza to "
                         "{newest}); `cxmap validate` pokaże, co poprawić",
    "blob_missing": "nie można odczytać tej rewizji z repozytorium git (brak obiektu {blob})",
    "revision_link": "w tej rewizji to dowiązanie symboliczne, a nie plik mapy",
    "revision_not_file": "w tej rewizji to nie jest plik (tryb {mode})",
}
