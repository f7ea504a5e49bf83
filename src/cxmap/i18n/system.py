"""What the system says when it refuses a file, in the words of the run
(see :func:`cxmap.i18n.os_reason`)."""

EN: dict[str, str] = {
    "no_such_file": "no such file or folder",
    "permission": "permission denied",
    "not_permitted": "operation not permitted",
    "is_a_folder": "it is a folder",
    "not_a_folder": "a part of the path is not a folder",
    "no_space": "no space left on the device",
    "read_only": "the file system is read-only",
    "exists": "the file already exists",
    "link_loop": "too many levels of symbolic links",
    "name_too_long": "the file name is too long",
    "busy": "the file or device is busy",
    "quota": "disk quota exceeded",
    "too_big": "the file is too large",
    "too_many_open": "too many open files",
    "io": "input/output error",
    "not_executable": "not an executable program",
    "no_reader": "no device or reader at the other end",
    "cross_device": "the file cannot be moved to another file system",
}

PL: dict[str, str] = {
    "no_such_file": "nie ma takiego pliku ani katalogu",
    "permission": "brak uprawnień",
    "not_permitted": "operacja niedozwolona",
    "is_a_folder": "to jest katalog",
    "not_a_folder": "część ścieżki nie jest katalogiem",
    "no_space": "brak miejsca na urządzeniu",
    "read_only": "system plików jest tylko do odczytu",
    "exists": "plik już istnieje",
    "link_loop": "zbyt wiele poziomów dowiązań symbolicznych",
    "name_too_long": "za długa nazwa pliku",
    "busy": "plik albo urządzenie jest zajęte",
    "quota": "przekroczono przydział miejsca na dysku",
    "too_big": "plik jest za duży",
    "too_many_open": "za dużo otwartych plików",
    "io": "błąd wejścia/wyjścia",
    "not_executable": "to nie jest program, który można uruchomić",
    "no_reader": "po drugiej stronie nie ma urządzenia ani czytelnika",
    "cross_device": "nie można przenieść pliku do innego systemu plików",
}
