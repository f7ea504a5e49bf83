"""Words of ``--help``: each command's description and example, each option's
and argument's help, the placeholders (metavars) and the parser's own words
("Usage:", "Options", "[default: ...]").

Keys: ``<command>`` (the description), ``<command>.<parameter>`` (its help;
``root`` is ``cxmap`` itself), ``meta.<METAVAR>`` (a placeholder).
"""

EN: dict[str, str] = {
    # the parser's own words
    "usage": "Usage:",
    "options": "Options",
    "arguments": "Arguments",
    "commands": "Commands",
    "help_option": "Show this message and exit.",
    "default": "default: {value}",
    "required": "required",
    "options_metavar": "[OPTIONS]",
    "command_metavar": "COMMAND [ARGS]...",
    # placeholders
    "meta.PATH": "PATH",
    "meta.FILE": "FILE",
    "meta.LANG": "LANG",
    "meta.MAP": "MAP",
    "meta.FORMAT": "FORMAT",
    "meta.ID": "ID",
    "meta.TEXT": "TEXT",
    "meta.SECONDS": "SECONDS",
    "meta.N": "N",
    "meta.OLD": "OLD",
    "meta.NEW": "NEW",
    "meta.CONDITIONS": "CONDITIONS",
    "meta.DIR": "DIR",
    "meta.CODE": "CODE",
    "meta.TABLE": "TABLE",
    "meta.DATE": "DATE",
    "meta.HOST": "HOST",
    "meta.REV": "REV",
    "meta.DATA": "DATA",
    "meta.P": "P",
    # cxmap
    "root": "Customer journey maps as YAML in git: validate them, draw them, and compare "
            "one year's scoring with the last.\n\n\b\nExample: cxmap validate maps/",
    "root.version": "Show the version and exit.",
    "root.lang": "Language of the messages and of this help: en or pl (default: "
                 "CXMAP_LANG, else the locale).",
    # validate
    "validate": "Check journey maps against the format and the method; report every problem\n"
                "as FILE:LINE:COL: SEVERITY CODE message.  Exit 0 valid, 1 problems, "
                "2 usage.\n\n\b\nExample: cxmap validate maps/ --lang pl",
    "validate.paths": "Map files or directories to check.",
    "validate.fmt": "Output: text, json, github (workflow annotations), sarif (SARIF 2.1.0, "
                    "code scanning), junit (JUnit XML test report), or auto (github when "
                    "GITHUB_ACTIONS is set, else text).",
    "validate.output": "Write the report to FILE (atomically) instead of stdout; '-' is stdout.",
    "validate.strict": "Fail on warnings too.",
    "validate.verbose": "Also list YAML files skipped.",
    "validate.config": "Tune the method rules with this .cxmap.toml or pyproject.toml "
                       "([tool.cxmap]) instead of the one found above each map.",
    "validate.no_config": "Ignore configuration files: every rule at its default.",
    "validate.maps_only": "Skip named files that are not maps (no top-level 'cxmap' key), "
                          "as in a directory; for pre-commit.",
    "validate.lang": "Language of the messages: en or pl.",
    # render
    "render": "Draw a journey map: stages as columns, touchpoints coloured by score,\n"
              "branches as coloured paths.  Exit 0 drawn, 1 invalid map, 2 usage error.\n\n"
              "\b\nExample: cxmap render maps/bank.cxmap.yaml -o bank.svg",
    "render.map_path": "The journey map to draw.",
    "render.output": "Output file; its extension (.svg .png .pdf .dot .mmd) chooses the "
                     "format. '-' writes a text format to stdout.",
    "render.fmt": "svg, png, pdf, dot, mmd (Mermaid flowchart) or mermaid-journey; "
                  "overrides the extension.",
    "render.branch": "Draw only this branch's path.",
    "render.direction": "Layout direction: LR (stages left to right), TB, RL, BT.",
    "render.title": "Heading to show instead of the map's title.",
    "render.no_title": "No heading.",
    "render.legend": "Draw the legend.",
    "render.verbose": "Show Graphviz's warnings.",
    "render.timeout": "Stop Graphviz's layout, or the drawing of the canvas, after this many "
                      "seconds (svg, png, pdf).",
    "render.view": "flow: the journey graph; canvas: the journey-map sheet (stages as "
                   "columns, a lane per path, the emotion curve).",
    "render.page": "Fit a landscape page (svg, png, pdf): a4, a3 or letter.",
    "render.lang": "Language of the drawing's words (default: the map's 'language', else en).",
    "render.dpi": "PNG resolution [default: 150 with --page or --view canvas, else 96].",
    # report
    "report": "Write a report for management and touchpoint owners: a one-page summary\n"
              "(mean, priorities, quick wins, experience debt, changes since --compare),\n"
              "the diagram, charts, stages, paths, departments, pillars, projects.  For a\n"
              "folder: the portfolio of its journeys.  Exit 0 written, 1 invalid map,\n"
              "2 usage error.\n\n\b\n"
              "Example: cxmap report maps/bank.cxmap.yaml -o bank.pdf "
              "--compare v2024:maps/bank.cxmap.yaml",
    "report.map_path": "The journey map to report on, or a folder: the portfolio of every "
                       "map in it.",
    "report.output": "Output file; its extension (.md .markdown .html .htm .pdf .pptx) chooses "
                     "the format. '-' writes to stdout (Markdown unless --format).",
    "report.fmt": "markdown, html, pdf or pptx (an editable PowerPoint deck); overrides the "
                  "extension.",
    "report.lang": "Language of the report (default: the map's 'language', else en).",
    "report.compare": "An earlier wave of the map (a file or git REV:PATH): the summary "
                      "shows what improved, worsened and drifted since.",
    "report.each": "Portfolio: also write each journey's own report beside FILE, linked "
                   "from it.",
    "report.no_diagram": "Leave out the diagram (inline SVG / Mermaid).",
    "report.title": "Heading to show instead of the map's title.",
    "report.timeout": "Stop Graphviz's layout of a diagram after this many seconds (html, "
                      "pdf); the report then says so.  WeasyPrint's PDF and the PowerPoint "
                      "deck (pptx) have the same limit.",
    "report.config": "Portfolio: read the stale-scoring rule's months (when a scoring is "
                     "stale) from this .cxmap.toml or pyproject.toml instead of each map's "
                     "own configuration.",
    "report.no_config": "Portfolio: ignore configuration files: a scoring is stale after "
                        "12 months.",
    # serve
    "serve": "A live preview in the browser while you edit: the drawing, the problems\n"
             "(FILE:LINE:COL) and, with --against, what changed since that revision,\n"
             "updated on every save.  Serves 127.0.0.1 only unless --host; writes no\n"
             "file.  Ctrl-C stops it (exit 0); exit 2 usage error (port in use).\n\n\b\n"
             "Example: cxmap serve maps/bank.cxmap.yaml --against v2024",
    "serve.path": "A map file, or a folder: every map in it, with a list to choose from.",
    "serve.port": "Port to listen on; 0 = any free port [default: 8765, or a free port "
                  "when 8765 is taken].",
    "serve.host": "Address to listen on; anything but 127.0.0.1 lets others on the network "
                  "read the maps.",
    "serve.view": "flow: the journey graph; canvas: the journey-map sheet; report: the HTML "
                  "report.",
    "serve.against": "A git revision (tag, branch, commit): show what changed since "
                     "REV:PATH, as cxmap diff does.",
    "serve.poll": "Notice changes by polling the files (network drives, containers) "
                  "instead of the system's file events.",
    "serve.timeout": "Stop Graphviz's layout of a drawing after this many seconds.",
    "serve.lang": "Language of the page and the messages: en or pl.",
    # diff
    "diff": "Compare two waves of a journey map (touchpoints matched by id).\n"
            "Exit 0 done, 1 a side is invalid or the --fail-on gate failed, 2 usage or git "
            "error.\n\n\b\nExample: cxmap diff v2024:maps/bank.cxmap.yaml "
            "maps/bank.cxmap.yaml -f markdown",
    "diff.old": "The earlier map: a file or git REV:PATH (e.g. v2024:maps/bank.cxmap.yaml).",
    "diff.new": "The later map: a file or git REV:PATH.",
    "diff.fmt": "Output: text (tables), markdown (pull-request comment) or json (stable "
                "keys, for scripts).",
    "diff.fail_on": "Exit 1 when any of these comma-separated conditions holds: improved, "
                    "worsened, unchanged, added, removed, unscored, drift, target-lost, "
                    "mean-worsened, survey-worsened, stage-removed, branch-removed, any.",
    "diff.show_all": "Text/markdown: list unchanged touchpoints too.",
    "diff.limit": "Text/markdown: at most this many touchpoint (and project) rows, the most "
                  "important first (0 = all; json always lists all).",
    "diff.output": "Write to this file instead of stdout.",
    "diff.repo": "Run as if started in this folder (like git -C): relative paths and "
                 "REV:PATH are read from here.",
    "diff.lang": "Language of text and markdown: en or pl (json keys never change).",
    # history
    "history": "Every touchpoint's score in every research wave of a map, from its git\n"
               "history (renames followed).  Exit 0 done, 1 out of time (--timeout),\n"
               "2 usage or git error.\n\n\b\n"
               "Example: cxmap history maps/bank.cxmap.yaml",
    "history.map_file": "A map file in a git work tree.",
    "history.fmt": "Output: text (table), markdown or json.",
    "history.worktree": "Count uncommitted changes as the newest revision.",
    "history.output": "Write to this file instead of stdout.",
    "history.lang": "Language of text and markdown: en or pl (json keys never change).",
    "history.timeout": "Stop reading revisions after this many seconds (exit 1).",
    # schema
    "schema": "Print the JSON Schema (draft-07) of the map format, for editors and CI.\n\n"
              "\b\nExample: cxmap schema -o cxmap.schema.json",
    "schema.output": "Write to this file instead of stdout.",
    "schema.lang": "Language of messages: en or pl (the schema itself is not translated).",
    # explain
    "explain": "Explain a diagnostic code: what it means and what to do.\n\n\b\n"
               "Example: cxmap explain CX201",
    "explain.code": "A diagnostic code such as CX201, a rule's name such as "
                    "unknown-branch, or 'all'.",
    "explain.lang": "Language: en or pl.",
    # init
    "init": "Write a commented starter map that validates.  An existing file is never\n"
            "overwritten (exit 1).  Exit 0 written, 1 not written, 2 usage error.\n\n\b\n"
            "Example: cxmap init maps/bank.cxmap.yaml --lang pl",
    "init.path": "The new map file to write.",
    "init.lang": "Language of the starter map: en or pl.",
    # dataset
    "dataset": "Write the maps as Parquet tables (journeys, stages, touchpoints, projects,\n"
               "project_touchpoints, departments) and views.sql for DuckDB, Spark or\n"
               "BigQuery. Nothing is written unless every map is valid.\n\n"
               "Example: cxmap dataset maps/ -o lake/repo=cx-maps --history",
    "dataset.paths": "Map files or directories.",
    "dataset.output": "The dataset's folder: new, empty, or an earlier dataset (replaced "
                      "as a whole).",
    "dataset.repo": "The repo column; default: the name of the git remote 'origin', "
                    "else the folder's name.",
    "dataset.history": "Add score_history: every touchpoint's score in every committed "
                       "version (only new commits are read when the folder has one).",
    "dataset.config": "Tune the method rules (and views.sql's stale-scoring months) with "
                      "this .cxmap.toml or pyproject.toml.",
    "dataset.no_config": "Ignore configuration files: every rule at its default.",
    "dataset.lang": "Language of the messages: en or pl.",
    "meta.NAME": "NAME",
    # export
    "export": "Export the touchpoints as a table, one row each in journey order, for a\n"
              "scoring workshop.  Exit 0 written, 1 invalid map, 2 usage error.\n\n\b\n"
              "Example: cxmap export maps/bank.cxmap.yaml -o scores.xlsx",
    "export.map_path": "The journey map to export.",
    "export.output": "Output file (.csv or .xlsx); none or '-' writes CSV to stdout.",
    "export.fmt": "csv or xlsx; overrides the extension.",
    "export.excel": "CSV for Excel in a Polish locale: a BOM, ';' and a decimal comma.",
    "export.lang": "Language of messages: en or pl.",
    # import-scores
    "import-scores": "Import score, target, reach, confirmed, momentOfTruth and "
                     "customerEffort\nfrom a table by touchpoint id, changing only the "
                     "values that differ.  Any bad\nrow: nothing written.  A workbook "
                     "exported by cxmap records what it\nexported: a value the map "
                     "changed since, which the sheet would overwrite,\nstops the import "
                     "(see --force).  A CSV has no such record: its values are\ntrusted "
                     "as they are.  Exit 0 done, 1 problems, 2 usage error.\n\n\b\n"
                     "Example: cxmap import-scores maps/bank.cxmap.yaml scores.xlsx",
    "import-scores.map_path": "The journey map to update.",
    "import-scores.table": "A .csv file (',' or ';') or an .xlsx workbook (first sheet).",
    "import-scores.dry_run": "List the changes; write nothing.",
    "import-scores.scored_on": "Also set scoredOn (YYYY-MM-DD).",
    "import-scores.force": "Import a workbook exported before the map changed, overwriting "
                           "the newer values it lists.",
    "import-scores.lang": "Language of messages: en or pl.",
    # import-survey
    "import-survey": "Turn survey answers into survey blocks (metric, responses, positive,\n"
                     "negative) and move a score to the survey's band when there are enough\n"
                     "responses and the band is certain enough.  DATA: answers (touchpoint,\n"
                     "metric, value), counts (touchpoint, metric, responses, positive,\n"
                     "negative) or a Qualtrics export with --columns.  Any bad row: nothing\n"
                     "written.  Exit 0 done, 1 problems, 2 usage error.\n\n\b\n"
                     "Example: cxmap import-survey maps/bank.cxmap.yaml answers.csv",
    "import-survey.map_path": "The journey map to update.",
    "import-survey.data": "A .csv file (',' or ';'): answers, counts or a Qualtrics export.",
    "import-survey.columns": "TOML file mapping Qualtrics columns (name or ImportId) to "
                             "touchpoint and metric.",
    "import-survey.dry_run": "Print the table; write nothing.",
    "import-survey.min_responses": "Move a score only with at least N responses "
                                   "(default 30).",
    "import-survey.min_confidence": "Move a score only when its band's confidence is at "
                                    "least P (default 0.8).",
    "import-survey.scored_on": "Also set scoredOn and each block's fieldedOn (YYYY-MM-DD).",
    "import-survey.json_output": "Print the table as JSON (for scripts).",
    "import-survey.lang": "Language of messages: en or pl.",
    # fmt
    "fmt": "Rewrite maps in canonical layout (key order, 2-space indentation, block\n"
           "style), keeping every comment, value and quoting.  A map with errors is never\n"
           "touched.  Exit 0 done, 1 errors (or changes with --check), 2 usage error.\n\n"
           "\b\nExample: cxmap fmt --check maps/",
    "fmt.paths": "Map files or directories to format.",
    "fmt.check": "Write nothing; name each file that would change and exit 1 if there is "
                 "one.",
    "fmt.show_diff": "Print a unified diff of the changes; write nothing.",
    "fmt.maps_only": "Skip named files that are not maps (no top-level 'cxmap' key), "
                     "as in a directory; for pre-commit.",
    "fmt.lang": "Language of messages: en or pl.",
}

PL: dict[str, str] = {
    "usage": "Użycie:",
    "options": "Opcje",
    "arguments": "Argumenty",
    "commands": "Polecenia",
    "help_option": "Pokazuje tę pomoc i kończy działanie.",
    "default": "domyślnie: {value}",
    "required": "wymagane",
    "options_metavar": "[OPCJE]",
    "command_metavar": "POLECENIE [ARGUMENTY]...",
    "meta.PATH": "ŚCIEŻKA",
    "meta.FILE": "PLIK",
    "meta.LANG": "JĘZYK",
    "meta.MAP": "MAPA",
    "meta.FORMAT": "FORMAT",
    "meta.ID": "ID",
    "meta.TEXT": "TEKST",
    "meta.SECONDS": "SEKUNDY",
    "meta.N": "N",
    "meta.OLD": "STARA",
    "meta.NEW": "NOWA",
    "meta.CONDITIONS": "WARUNKI",
    "meta.DIR": "KATALOG",
    "meta.CODE": "KOD",
    "meta.TABLE": "TABELA",
    "meta.DATE": "DATA",
    "meta.HOST": "ADRES",
    "meta.REV": "REWIZJA",
    "meta.DATA": "DANE",
    "meta.P": "P",
    "root": "Mapy podróży klienta jako pliki YAML w repozytorium git: sprawdzanie, "
            "rysowanie, raporty i porównanie ocen z kolejnych fal badań.\n\n\b\n"
            "Przykład: cxmap validate maps/",
    "root.version": "Pokazuje wersję i kończy działanie.",
    "root.lang": "Język komunikatów i tej pomocy: en albo pl (domyślnie: CXMAP_LANG, "
                 "a gdy nie jest ustawiona, ustawienia regionalne).",
    "validate": "Sprawdza mapy podróży klienta pod kątem formatu i metody; każdy problem\n"
                "podaje jako PLIK:WIERSZ:KOLUMNA: error|warning KOD komunikat.  Kod wyjścia:\n"
                "0 – mapy poprawne, 1 – są problemy, 2 – błąd użycia.\n\n\b\n"
                "Przykład: cxmap validate maps/ --lang pl",
    "validate.paths": "Pliki map lub katalogi do sprawdzenia.",
    "validate.fmt": "Wynik: text (tekst), json, github (adnotacje w workflow), sarif "
                    "(SARIF 2.1.0, code scanning), junit (raport testów JUnit XML) albo auto "
                    "(github, gdy ustawiono GITHUB_ACTIONS, w przeciwnym razie text).",
    "validate.output": "Zapisuje raport (atomowo) do podanego pliku zamiast na standardowe "
                       "wyjście; '-' to standardowe wyjście.",
    "validate.strict": "Ostrzeżenia też dają kod wyjścia 1.",
    "validate.verbose": "Wypisuje też pominięte pliki YAML.",
    "validate.config": "Reguły metody dostrojone tym plikiem .cxmap.toml lub pyproject.toml "
                       "([tool.cxmap]) zamiast pliku znalezionego nad każdą mapą.",
    "validate.no_config": "Pomija pliki konfiguracji: każda reguła z ustawieniem domyślnym.",
    "validate.maps_only": "Pomija podane pliki, które nie są mapami (bez klucza 'cxmap' na "
                          "najwyższym poziomie), tak jak w katalogu; dla pre-commit.",
    "validate.lang": "Język komunikatów: en albo pl.",
    "render": "Rysuje mapę podróży klienta: etapy jako kolumny, punkty styku w kolorach\n"
              "ocen, ścieżki w osobnych kolorach.  Kod wyjścia: 0 – narysowano,\n"
              "1 – błędna mapa, 2 – błąd użycia.\n\n\b\n"
              "Przykład: cxmap render maps/bank.cxmap.yaml -o bank.svg",
    "render.map_path": "Mapa podróży klienta do narysowania.",
    "render.output": "Plik wynikowy; jego rozszerzenie (.svg .png .pdf .dot .mmd) wybiera "
                     "format. '-' wypisuje format tekstowy na standardowe wyjście.",
    "render.fmt": "svg, png, pdf, dot, mmd (schemat blokowy Mermaid) albo mermaid-journey; "
                  "ma pierwszeństwo przed rozszerzeniem.",
    "render.branch": "Rysuje tylko tę ścieżkę.",
    "render.direction": "Kierunek układu: LR (etapy od lewej do prawej), TB, RL, BT.",
    "render.title": "Nagłówek zamiast tytułu mapy.",
    "render.no_title": "Bez nagłówka.",
    "render.legend": "Rysuje legendę.",
    "render.verbose": "Pokazuje ostrzeżenia Graphviza.",
    "render.timeout": "Przerywa układanie diagramu przez Graphviz albo rysowanie kanwy po "
                      "tylu sekundach (svg, png, pdf).",
    "render.view": "flow: graf podróży; canvas: arkusz mapy podróży (etapy jako kolumny, "
                   "osobny pas dla każdej ścieżki, krzywa emocji).",
    "render.page": "Dopasowuje do strony w poziomie (svg, png, pdf): a4, a3 albo letter.",
    "render.lang": "Język napisów na rysunku (domyślnie: 'language' mapy, a gdy go brak – en).",
    "render.dpi": "Rozdzielczość PNG [domyślnie: 150 z --page lub --view canvas, w "
                  "przeciwnym razie 96].",
    "report": "Tworzy raport dla zarządu i właścicieli punktów styku: podsumowanie na\n"
              "jednej stronie (średnia, priorytety, szybkie korzyści, dług doświadczeń,\n"
              "zmiany od --compare), diagram, wykresy, etapy, ścieżki, działy, filary,\n"
              "projekty.  Dla katalogu: portfel jego map.  Kod wyjścia: 0 – zapisano,\n"
              "1 – błędna mapa, 2 – błąd użycia.\n\n\b\n"
              "Przykład: cxmap report maps/bank.cxmap.yaml -o bank.pdf "
              "--compare v2024:maps/bank.cxmap.yaml",
    "report.map_path": "Mapa podróży klienta do raportu albo katalog: portfel wszystkich "
                       "map w nim.",
    "report.output": "Plik wynikowy; jego rozszerzenie (.md .markdown .html .htm .pdf .pptx) "
                     "wybiera format. '-' wypisuje na standardowe wyjście (Markdown, chyba "
                     "że podano --format).",
    "report.fmt": "markdown, html, pdf albo pptx (prezentacja PowerPoint do edycji); ma "
                  "pierwszeństwo przed rozszerzeniem.",
    "report.lang": "Język raportu (domyślnie: 'language' mapy, a gdy go brak – en).",
    "report.compare": "Wcześniejsza fala badań tej mapy (plik albo git REWIZJA:ŚCIEŻKA): "
                      "podsumowanie pokazuje, co się od niej poprawiło, co pogorszyło "
                      "i gdzie wzrosły oczekiwania.",
    "report.each": "Portfel: zapisuje też osobny raport każdej mapy obok pliku wynikowego, "
                   "z odnośnikiem do niego.",
    "report.no_diagram": "Bez diagramu (wbudowanego SVG / Mermaid).",
    "report.title": "Nagłówek zamiast tytułu mapy.",
    "report.timeout": "Przerywa układanie diagramu przez Graphviz po tylu sekundach (html, "
                      "pdf); raport wtedy o tym informuje.  Ten sam limit ma tworzenie PDF "
                      "przez WeasyPrint i prezentacji PowerPoint (pptx).",
    "report.config": "Portfel: months reguły stale-scoring (po ilu miesiącach ocena jest "
                     "nieaktualna) z tego pliku .cxmap.toml lub pyproject.toml zamiast "
                     "z konfiguracji każdej mapy.",
    "report.no_config": "Portfel: pomija pliki konfiguracji: ocena jest nieaktualna po "
                        "12 miesiącach.",
    "serve": "Podgląd na żywo w przeglądarce podczas edycji: rysunek, problemy\n"
             "(PLIK:WIERSZ:KOLUMNA) i z --against zmiany od tej rewizji, odświeżane\n"
             "przy każdym zapisie.  Bez --host dostępny tylko z 127.0.0.1; nie zapisuje\n"
             "żadnego pliku.  Ctrl-C kończy podgląd (kod wyjścia 0); kod wyjścia 2 –\n"
             "błąd użycia (np. zajęty port).\n\n\b\n"
             "Przykład: cxmap serve mapy/bank.cxmap.yaml --against v2024",
    "serve.path": "Plik mapy albo katalog: wszystkie mapy w nim, do wyboru z listy.",
    "serve.port": "Port nasłuchu; 0 = dowolny wolny port [domyślnie: 8765, a gdy jest "
                  "zajęty, wolny port].",
    "serve.host": "Adres nasłuchu; każdy inny niż 127.0.0.1 pozwala innym w sieci czytać "
                  "mapy.",
    "serve.view": "flow: graf podróży; canvas: arkusz mapy podróży klienta; report: raport "
                  "HTML.",
    "serve.against": "Rewizja git (tag, gałąź, commit): pokazuje zmiany od "
                     "REWIZJA:ŚCIEŻKA, tak jak cxmap diff.",
    "serve.poll": "Wykrywa zmiany, odpytując pliki (dyski sieciowe, kontenery), zamiast "
                  "korzystać ze zdarzeń systemu plików.",
    "serve.timeout": "Przerywa układanie rysunku przez Graphviz po tylu sekundach.",
    "serve.lang": "Język strony i komunikatów: en albo pl.",
    "diff": "Porównuje dwie fale badań mapy podróży klienta (punkty styku dopasowane po\n"
            "id).  Kod wyjścia: 0 – gotowe, 1 – jedna ze stron jest błędna albo bramka\n"
            "--fail-on nie przeszła, 2 – błąd użycia lub gita.\n\n\b\n"
            "Przykład: cxmap diff v2024:maps/bank.cxmap.yaml maps/bank.cxmap.yaml -f markdown",
    "diff.old": "Wcześniejsza mapa: plik albo git REWIZJA:ŚCIEŻKA "
                "(np. v2024:maps/bank.cxmap.yaml).",
    "diff.new": "Późniejsza mapa: plik albo git REWIZJA:ŚCIEŻKA.",
    "diff.fmt": "Wynik: text (tabele), markdown (komentarz do pull requesta) albo json "
                "(stałe klucze, dla skryptów).",
    "diff.fail_on": "Kod wyjścia 1, gdy zachodzi którykolwiek z tych warunków (po "
                    "przecinku): improved, worsened, unchanged, added, removed, unscored, "
                    "drift, target-lost, mean-worsened, survey-worsened, stage-removed, "
                    "branch-removed, any.",
    "diff.show_all": "Text/markdown: wypisuje też punkty styku bez zmian.",
    "diff.limit": "Text/markdown: najwyżej tyle wierszy punktów styku (i projektów), "
                  "najważniejsze najpierw (0 = wszystkie; json zawsze wypisuje wszystkie).",
    "diff.output": "Zapisuje do tego pliku zamiast na standardowe wyjście.",
    "diff.repo": "Działa tak, jakby uruchomiono je w tym katalogu (jak git -C): stąd są "
                 "czytane ścieżki względne i REWIZJA:ŚCIEŻKA.",
    "diff.lang": "Język tekstu i markdownu: en albo pl (klucze json się nie zmieniają).",
    "history": "Ocena każdego punktu styku w każdej fali badań mapy, z historii gita\n"
               "(także po zmianie nazwy pliku).  Kod wyjścia: 0 – gotowe, 1 – zabrakło\n"
               "czasu (--timeout), 2 – błąd użycia lub gita.\n\n\b\n"
               "Przykład: cxmap history maps/bank.cxmap.yaml",
    "history.map_file": "Plik mapy w katalogu roboczym repozytorium git.",
    "history.fmt": "Wynik: text (tabela), markdown albo json.",
    "history.worktree": "Niezatwierdzone zmiany liczą się jako najnowsza wersja.",
    "history.output": "Zapisuje do tego pliku zamiast na standardowe wyjście.",
    "history.lang": "Język tekstu i markdownu: en albo pl (klucze json się nie zmieniają).",
    "history.timeout": "Przerywa czytanie wersji po tylu sekundach (kod wyjścia 1).",
    "schema": "Wypisuje schemat JSON (draft-07) formatu mapy, dla edytorów i CI.\n\n\b\n"
              "Przykład: cxmap schema -o cxmap.schema.json",
    "schema.output": "Zapisuje do tego pliku zamiast na standardowe wyjście.",
    "schema.lang": "Język komunikatów: en albo pl (sam schemat nie jest tłumaczony).",
    "explain": "Objaśnia kod diagnostyczny: co oznacza i co zrobić.\n\n\b\n"
               "Przykład: cxmap explain CX201",
    "explain.code": "Kod diagnostyczny, np. CX201, nazwa reguły, np. unknown-branch, "
                    "albo 'all' (wszystkie).",
    "explain.lang": "Język: en albo pl.",
    "init": "Zapisuje mapę startową z komentarzami, która przechodzi sprawdzenie.\n"
            "Istniejącego pliku nigdy nie nadpisuje (kod 1).  Kod wyjścia: 0 – zapisano,\n"
            "1 – nie zapisano, 2 – błąd użycia.\n\n\b\n"
            "Przykład: cxmap init maps/bank.cxmap.yaml --lang pl",
    "init.path": "Nowy plik mapy do zapisania.",
    "init.lang": "Język mapy startowej: en albo pl.",
    # dataset
    "dataset": "Zapisuje mapy jako tabele Parquet (journeys, stages, touchpoints, projects,\n"
               "project_touchpoints, departments) i views.sql dla DuckDB, Sparka czy\n"
               "BigQuery. Jeśli którakolwiek mapa ma błędy, nic nie jest zapisywane.\n\n"
               "Przykład: cxmap dataset mapy/ -o jezioro/repo=mapy-cx --history",
    "dataset.paths": "Pliki map lub katalogi.",
    "dataset.output": "Katalog zbioru danych: nowy, pusty albo wcześniejszy zbiór "
                      "(zastępowany w całości).",
    "dataset.repo": "Wartość kolumny repo; domyślnie nazwa zdalnego repozytorium git "
                    "'origin', a gdy go nie ma – nazwa katalogu.",
    "dataset.history": "Dodaje tabelę score_history: ocenę każdego punktu styku w każdej "
                       "zatwierdzonej wersji (gdy katalog ją ma, czytane są tylko nowe "
                       "commity).",
    "dataset.config": "Reguły metody (i months reguły stale-scoring w views.sql) dostrojone "
                      "tym plikiem .cxmap.toml lub pyproject.toml.",
    "dataset.no_config": "Pomija pliki konfiguracji: każda reguła z ustawieniem domyślnym.",
    "dataset.lang": "Język komunikatów: en albo pl.",
    "meta.NAME": "NAZWA",
    "export": "Eksportuje punkty styku do tabeli, po jednym wierszu w kolejności podróży,\n"
              "na warsztat oceniania.  Kod wyjścia: 0 – zapisano, 1 – błędna mapa,\n"
              "2 – błąd użycia.\n\n\b\n"
              "Przykład: cxmap export maps/bank.cxmap.yaml -o oceny.xlsx",
    "export.map_path": "Mapa podróży klienta do eksportu.",
    "export.output": "Plik wynikowy (.csv albo .xlsx); bez niego albo z '-' CSV trafia na "
                     "standardowe wyjście.",
    "export.fmt": "csv albo xlsx; ma pierwszeństwo przed rozszerzeniem.",
    "export.excel": "CSV dla Excela z polskimi ustawieniami regionalnymi: BOM, ';' i "
                    "przecinek dziesiętny.",
    "export.lang": "Język komunikatów: en albo pl.",
    "import-scores": "Wczytuje score, target, reach, confirmed, momentOfTruth i "
                     "customerEffort\nz tabeli według id punktu styku, zmieniając tylko "
                     "wartości, które się różnią.\nJeden błędny wiersz – nic nie jest "
                     "zapisywane.  Skoroszyt wyeksportowany przez\ncxmap pamięta, co "
                     "wyeksportowano: wartość zmieniona od tego czasu w mapie,\nktórą "
                     "arkusz by nadpisał, wstrzymuje import (zob. --force).  Plik CSV\nnie "
                     "ma takiego zapisu: jego wartości są przyjmowane takie, jakie są.\n"
                     "Kod wyjścia: 0 – gotowe, 1 – problemy, 2 – błąd użycia.\n\n\b\n"
                     "Przykład: cxmap import-scores maps/bank.cxmap.yaml oceny.xlsx",
    "import-scores.map_path": "Mapa podróży klienta do zaktualizowania.",
    "import-scores.table": "Plik .csv (',' albo ';') lub skoroszyt .xlsx (pierwszy arkusz).",
    "import-scores.dry_run": "Wypisuje zmiany; niczego nie zapisuje.",
    "import-scores.scored_on": "Ustawia też scoredOn (RRRR-MM-DD).",
    "import-scores.force": "Importuje skoroszyt wyeksportowany przed zmianą mapy, nadpisując "
                           "nowsze wartości, które wymienia.",
    "import-scores.lang": "Język komunikatów: en albo pl.",
    "import-survey": "Zamienia odpowiedzi z ankiety na bloki survey (metric, responses,\n"
                     "positive, negative) i ustawia ocenę zgodnie z ankietą, gdy odpowiedzi\n"
                     "jest dość, a pewność tej oceny wystarczająca.  DANE: odpowiedzi\n"
                     "(touchpoint, metric, value), zliczenia (touchpoint, metric, responses,\n"
                     "positive, negative) albo eksport z Qualtrics z --columns.  Jeden błędny\n"
                     "wiersz – nic nie jest zapisywane.  Kod wyjścia: 0 – gotowe,\n"
                     "1 – problemy, 2 – błąd użycia.\n\n\b\n"
                     "Przykład: cxmap import-survey maps/bank.cxmap.yaml odpowiedzi.csv",
    "import-survey.map_path": "Mapa podróży klienta do zaktualizowania.",
    "import-survey.data": "Plik .csv (',' albo ';'): odpowiedzi, zliczenia albo eksport z "
                          "Qualtrics.",
    "import-survey.columns": "Plik TOML przypisujący kolumny Qualtrics (nazwa albo ImportId) "
                             "do punktu styku i miary.",
    "import-survey.dry_run": "Wypisuje tabelę; niczego nie zapisuje.",
    "import-survey.min_responses": "Zmienia ocenę tylko przy co najmniej N odpowiedziach "
                                   "(domyślnie 30).",
    "import-survey.min_confidence": "Zmienia ocenę tylko wtedy, gdy pewność oceny z ankiety "
                                    "wynosi co najmniej P (domyślnie 0,8).",
    "import-survey.scored_on": "Ustawia też scoredOn i fieldedOn każdego bloku (RRRR-MM-DD).",
    "import-survey.json_output": "Wypisuje tabelę jako JSON (dla skryptów).",
    "import-survey.lang": "Język komunikatów: en albo pl.",
    "fmt": "Przepisuje mapy w układzie kanonicznym (kolejność kluczy, wcięcia po 2 spacje,\n"
           "styl blokowy), zachowując każdy komentarz, wartość i cudzysłowy.  Mapy z\n"
           "błędami nigdy nie zmienia.  Kod wyjścia: 0 – gotowe, 1 – błędy (albo zmiany\n"
           "z --check), 2 – błąd użycia.\n\n\b\n"
           "Przykład: cxmap fmt --check maps/",
    "fmt.paths": "Pliki map lub katalogi do sformatowania.",
    "fmt.check": "Niczego nie zapisuje; wymienia każdy plik, który by się zmienił, i "
                 "kończy z kodem 1, jeśli jest choć jeden.",
    "fmt.show_diff": "Wypisuje zmiany jako ujednolicony diff; niczego nie zapisuje.",
    "fmt.maps_only": "Pomija podane pliki, które nie są mapami (bez klucza 'cxmap' na "
                     "najwyższym poziomie), tak jak w katalogu; dla pre-commit.",
    "fmt.lang": "Język komunikatów: en albo pl.",
}
