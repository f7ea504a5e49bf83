"""Words of ``cxmap dataset`` (the warehouse export)."""

EN: dict[str, str] = {
    "missing_extra": "cxmap dataset writes Parquet with pyarrow, which is not installed: "
                     "install cxmap with its 'dataset' extra (pip install 'cxmap[dataset]')",
    "not_a_dataset": "cannot write the dataset to {path}: {reason}; name a new folder, "
                     "an empty one or an earlier dataset's",
    "not_folder": "it is not a folder",
    "foreign_files": "it holds files that were not written by this command ({files})",
    "no_maps": "no journey maps found in {paths}",
    "written": "wrote {path}: {maps} {maps:map|maps}, {touchpoints} "
               "{touchpoints:touchpoint|touchpoints} (repo {repo})",
    "history": "score history: {read} {read:version|versions} read from git, "
               "{kept} kept from the earlier dataset",
    "failed": "cannot write {path}: {reason}",
    "stdout": "the dataset is a folder of files and cannot go to standard output (-o -); "
              "name a folder, e.g. -o dataset (a folder called '-': -o ./-)",
}

PL: dict[str, str] = {
    "missing_extra": "cxmap dataset zapisuje pliki Parquet za pomocą biblioteki pyarrow, "
                     "której nie zainstalowano: zainstaluj cxmap z dodatkiem 'dataset' "
                     "(pip install 'cxmap[dataset]')",
    "not_a_dataset": "nie można zapisać zbioru danych w {path}: {reason}; podaj nowy katalog, "
                     "pusty albo katalog wcześniejszego zbioru",
    "not_folder": "to nie jest katalog",
    "foreign_files": "zawiera pliki, które nie zostały zapisane przez to polecenie ({files})",
    "no_maps": "nie znaleziono map podróży klienta w {paths}",
    "written": "zapisano {path}: {maps} {maps:mapa|mapy|map}, {touchpoints} "
               "{touchpoints:punkt styku|punkty styku|punktów styku} (repozytorium {repo})",
    "history": "historia ocen: z repozytorium git odczytano {read} "
               "{read:wersję|wersje|wersji}, z wcześniejszego zbioru zachowano {kept}",
    "failed": "nie można zapisać {path}: {reason}",
    "stdout": "zbiór danych to katalog plików i nie może trafić na standardowe wyjście "
              "(-o -); podaj katalog, np. -o dataset (katalog o nazwie '-': -o ./-)",
}
