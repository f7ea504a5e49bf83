"""Words of the format's diagnostics (CX0xx file and YAML, CX1xx structure).

The method rules (CX200 and up) speak in :mod:`cxmap.i18n.rules`.  Polish uses
the method's terms (punkt styku, etap, ścieżka, dział, projekt) and keeps the
keys of the format (``name:``, ``score:``) as they are written in the file.
"""

EN: dict[str, str] = {
    # --- YAML: the slips analysts make ------------------------------------
    "colon_in_text": "the text of {key!r} contains \": \", which YAML reads as a new key; "
                     "put the text in quotes: {fixed}",
    "missing_colon": "a \":\" is missing after the key {key!r}; write: {fixed}",
    "missing_list_key": "this list belongs to no key: the key {guess!r} is missing above it",
    "missing_list_key_hint": "write {guess}: on its own line above the list, in the column "
                             "of {other_key!r} on line {other}",
    "missing_list_key_any": "this list belongs to no key: the key that holds it is missing "
                            "above it",
    "missing_list_key_any_hint": "write the key and \":\" on its own line above the list, in "
                                 "the column of {other_key!r} on line {other}",
    "colon_without_space": "a space is missing after the \":\" of the key {key!r}, so "
                           "YAML reads the whole line as text; write: {fixed}",
    "indent_item_more": "the list item {item!r} is indented {n} {n:space|spaces} more than "
                        "the item on line {other}",
    "indent_item_less": "the list item {item!r} is indented {n} {n:space|spaces} less than "
                        "the item on line {other}",
    "indent_item_hint": "items of one list start with \"-\" in the same column: "
                        "line it up with line {other}",
    "indent_key_more": "{key!r} is indented {n} {n:space|spaces} more than {other_key!r} on "
                       "line {other}",
    "indent_key_less": "{key!r} is indented {n} {n:space|spaces} less than {other_key!r} on "
                       "line {other}",
    "indent_key_hint": "keys of one object start in the same column: line it up with "
                       "line {other}",
    "yaml_tab": "a tab character where YAML needs spaces",
    "yaml_tab_hint": "indent with spaces, not tabs",
    "indicator_in_text": "the text of {key!r} starts with {char!r}, a character YAML "
                         "reserves, so it is not read as text",
    "indicator_in_item": "the list item starts with {char!r}, a character YAML reserves, "
                         "so it is not read as text",
    "quote_text_hint": "put the text in quotes: {fixed}",
    "unclosed_quote": "the quote that opens the text of {key!r} is never closed, so YAML "
                      "reads the lines below as part of the text",
    "unclosed_quote_hint": "close the quote where the text ends: {fixed}",
    "dash_without_space": "a list item needs a space after its \"-\"",
    "dash_without_space_hint": "write: {fixed}",
    "yaml_syntax": "{problem}",
    "yaml_syntax_context": "{context} at line {line}",
    "yaml_syntax_context_here": "{context}",
    "verbatim": "{text}",
    # libyaml's own words
    "p_mapping_values": "mapping values are not allowed in this context",
    "p_expected_colon": "could not find expected ':'",
    "p_expected_key": "did not find expected key",
    "p_expected_dash": "did not find expected '-' indicator",
    "p_expected_node": "did not find expected node content",
    "p_expected_bracket": "did not find expected ',' or ']'",
    "p_expected_brace": "did not find expected ',' or '}}'",
    "p_end_of_stream": "found unexpected end of stream",
    "p_bad_token": "found character that cannot start any token",
    "p_dash_not_allowed": "block sequence entries are not allowed in this context",
    "p_escape": "found unknown escape character",
    "p_unexpected_colon": "found unexpected ':'",
    "p_block_end_dash": "expected <block end>, but found '-'",
    "p_block_end_mapping": "expected <block end>, but found '<block mapping start>'",
    "p_block_end_scalar": "expected <block end>, but found '<scalar>'",
    "p_block_end_sequence": "expected <block end>, but found '<block sequence start>'",
    "p_expected_alnum": "did not find expected alphabetic or numeric character",
    "p_expected_line_break": "did not find expected comment or line break",
    "c_block_mapping": "while parsing a block mapping",
    "c_block_collection": "while parsing a block collection",
    "c_simple_key": "while scanning a simple key",
    "c_quoted": "while scanning a quoted scalar",
    "c_flow_sequence": "while parsing a flow sequence",
    "c_flow_mapping": "while parsing a flow mapping",
    "c_block_node": "while parsing a block node",
    "c_flow_node": "while parsing a flow node",
    "c_plain": "while scanning a plain scalar",
    "c_block_scalar": "while scanning a block scalar",
    "c_next_token": "while scanning for the next token",
    "c_node": "while parsing a node",
    "c_alias": "while scanning an alias",
    "c_anchor": "while scanning an anchor",
    "c_tag": "while scanning a tag",
    "c_directive": "while scanning a directive",
    # --- YAML: what the loader refuses ----------------------------------
    "bad_character": "character {char!r} is not allowed in YAML",
    "bad_character_unknown": "a character is not allowed in YAML",
    "bad_character_hint": "remove control characters from the text",
    "not_utf8": "byte 0x{byte:02x} is not valid UTF-8",
    "not_utf8_hint": "save the file as UTF-8",
    "empty": "the file is empty",
    "empty_hint": "start a new map with `cxmap init {file}`",
    "too_many_digits": "number has too many digits",
    "bad_tagged_value": "{text!r} is not a valid !!{kind} value",
    "unsupported_tag": "unsupported YAML tag {tag}",
    "unsupported_tag_hint": "tags are not needed in a journey map; remove it",
    "duplicate_key": "duplicate key {key!r} (first at line {line})",
    "duplicate_key_hint": "YAML keeps only one of the two values; remove or rename one",
    "alias_undefined": "alias *{name} has no anchor",
    "alias_text_hint": "if this is text, put it in quotes: {fixed}",
    "alias_recursive": "alias *{name} refers to itself (recursive data)",
    "alias_too_much": "aliases expand to too much data (more than {limit:,} values)",
    "alias_too_much_text": "aliases expand to too much text (more than {millions} million "
                           "characters: 20 times the file, at most 64 million)",
    "too_deep": "nested more than {depth} levels deep",
    "key_not_text": "a mapping key must be plain text",
    "more_documents": "more than one YAML document in the file",
    "more_documents_hint": "keep one journey map per file",
    # --- references and identity; method rules without a module of words ---
    "did_you_mean_ref": "did you mean {guess!r}?",
    "stage_in_next": "{stage!r} is a stage, and these ids name touchpoints: to lead into "
                     "that stage, name its first touchpoint, {first!r}",
    "stage_in_next_empty": "{stage!r} is a stage, and these ids name touchpoints; the stage "
                           "has no touchpoints yet",
    "ref_to_invalid_id": "the touchpoint on line {line} has the id {bad!r}, which is not a "
                         "valid identifier: write it as {ref!r} there, and this reference "
                         "will find it",
    "none_declared": "the map declares no {what}",
    "known_of_kind": "known {what}: {listed}",
    "what_branches": "branches",
    "what_touchpoints": "touchpoints",
    "what_departments": "departments",
    "what_branches_gen": "branches",
    "what_touchpoints_gen": "touchpoints",
    "what_departments_gen": "departments",
    "duplicate_department_id": "duplicate department id {id!r} (first defined at line {line})",
    "duplicate_department_id_hint": "department ids must be unique in the map",
    "duplicate_branch_id": "duplicate branch id {id!r} (first defined at line {line})",
    "duplicate_branch_id_hint": "branch ids must be unique in the map",
    "duplicate_stage_id": "duplicate stage id {id!r} (first defined at line {line})",
    "duplicate_stage_id_hint": "stage ids must be unique in the map",
    "duplicate_touchpoint_id": "duplicate touchpoint id {id!r} (first defined at line {line})",
    "duplicate_touchpoint_id_hint": "touchpoint ids must be unique across the whole map, in "
                                    "every stage",
    "duplicate_project_id": "duplicate project id {id!r} (first defined at line {line})",
    "duplicate_project_id_hint": "project ids must be unique in the map",
    "unknown_branch": "unknown branch {ref!r} in {who:loc}",
    "unknown_next": "unknown touchpoint {ref!r} in 'next' of {who:gen}",
    "unknown_touchpoint": "unknown touchpoint {ref!r} in {who:loc}",
    "unknown_department": "owner {value!r} of {who:gen} is not a declared department",
    "branch_and_branches": "{who} gives both 'branch' and 'branches'",
    "branch_and_branches_hint": "keep one: 'branch: x' is shorthand for 'branches: [x]'",
    "empty_stage": "{who} has no touchpoints",
    "unused_branch": "branch {id!r} has no touchpoint of its own",
    "unused_branch_hint": "assign touchpoints to it with 'branch:' or remove it",
    "self_loop": "{who} lists itself in 'next'",
    "split_list_item": "{field} items {n} and {m} of {who:gen} look like one text split at a "
                       "comma: {first!r} + {second!r}",
    "split_list_item_hint": "quote it: {quoted}",
    # --- structure and types (CX1xx) ---------------------------------------
    "top_not_mapping": "the top level is {value}, not a mapping",
    "top_text": "a text of {n:,} {n:character|characters} (not shown: this may not be a map)",
    "top_list": "a list",
    "top_number": "a number",
    "top_bool": "true or false",
    "not_yaml_not_map": "the file is not valid YAML and has no top-level `cxmap` key: it "
                        "may not be a journey map (its content is not shown)",
    "top_not_mapping_hint": "a journey map starts with `cxmap: 1`",
    "version_missing": "missing `cxmap` version key",
    "version_missing_hint": "add `cxmap: 1` as the first line (this cxmap reads version "
                            "{versions})",
    "version_unsupported": "unsupported format version {value}; this cxmap reads version "
                           "{versions}",
    "version_unsupported_hint": "write `cxmap: 1`",
    "unknown_key": "unknown key {name!r} in {who:loc}",
    "did_you_mean": "did you mean {guess!r}?",
    "known_keys": "known keys: {keys}",
    "missing_key": "{who} is missing required key {name!r}",
    "score_range": "{field} {value} of {who:gen} is not a whole number from -2 to +2",
    "score_hint": "use -2, -1, 0, 1 or 2; leave it out if not scored yet",
    "target_hint": "use -2, -1, 0, 1 or 2",
    "typographic_minus": "write {fixed} with the ordinary minus \"-\", not a typographic "
                         "dash",
    "remove_quotes": "remove the quotes: {field}: {fixed}",
    "bad_identifier": "{label} of {who:gen}: {value!r} is not a valid identifier: use "
                      "letters, digits, '-' and '_', starting with a letter or digit",
    "identifier_hint": "did you mean {fixed!r}?",
    "identifier_hint_letters": "write it without diacritics: {fixed!r}",
    "date_not_real": "{label} of {who:gen}: {value!r} is not a real calendar date",
    "date_format": "{label} of {who:gen}: {value!r} is not a date written YYYY-MM-DD",
    "date_hint": "write the date as YYYY-MM-DD, e.g. 2025-04-14",
    "bad_currency": "{label} of {who:gen} is {value}: not an ISO 4217 currency code",
    "currency_hint": "write three capital letters, e.g. PLN or EUR",
    "bad_reach": "reach {value!r} is not a percentage from 0 to 100 in {who:loc}",
    "reach_comma": "YAML writes numbers with a dot, not a comma: reach: {fixed}",
    "reach_comma_fraction": "YAML writes numbers with a dot, not a comma, and reach is in "
                            "percent: write reach: {percent} for {share:num} % of customers "
                            "(reach: {fixed} means {amount:num} %)",
    "reach_range_hint": "reach is the share of customers the touchpoint reaches, in percent: "
                        "write a number from 0 to 100 (not a count of customers)",
    "empty_text": "{label} of {who:gen} must not be empty",
    "bad_choice": "{label} of {who:gen} is {value}; allowed: {choices}",
    "empty_list": "{label} of {who:gen} must have at least one item",
    "range_greater_than_equal": "{label} of {who:gen} is {value}: input should be greater "
                                "than or equal to {limit}",
    "range_greater_than": "{label} of {who:gen} is {value}: input should be greater than "
                          "{limit}",
    "range_less_than_equal": "{label} of {who:gen} is {value}: input should be less than "
                             "or equal to {limit}",
    "range_less_than": "{label} of {who:gen} is {value}: input should be less than {limit}",
    "wrong_type_text": "{label} of {who:gen} must be text, not {value}",
    "wrong_type_bool": "{label} of {who:gen} must be true or false, not {value}",
    "wrong_type_list": "{label} of {who:gen} must be a list, not {value}",
    "wrong_type_mapping": "{label} of {who:gen} must be a mapping (key: value lines), not "
                          "{value}",
    "wrong_type_number": "{label} of {who:gen} must be a number, not {value}",
    "wrong_type_int": "{label} of {who:gen} must be a whole number, not {value}",
    "wrong_type_text_object": "{who} must be text, not {value}",
    "wrong_type_bool_object": "{who} must be true or false, not {value}",
    "wrong_type_list_object": "{who} must be a list, not {value}",
    "wrong_type_mapping_object": "{who} must be a mapping (key: value lines), not {value}",
    "wrong_type_number_object": "{who} must be a number, not {value}",
    "wrong_type_int_object": "{who} must be a whole number, not {value}",
    "wrong_type_other": "{label} of {who:gen}: {text}",
    "quote_it": "quote it to make it text: \"{fixed}\"",
    "write_bool": "write true or false (not yes/no, 1/0 or a quoted word)",
    "unquote_number": "write the number without quotes",
    "colon_made_key": "the \": \" made the text a key: put the text in quotes: {fixed}",
    "write_list": "write it as a list: [{fixed}]",
    "list_dash_space": "put a space after the \"-\" to make it a list item: - {fixed}",
    "show_null": "null (empty)",
    "show_mapping": "a mapping",
    "show_list": "a list",
    "show_list_word": "list",
    "show_value": "value",
    "label_item": "{path} item {n}",
}

PL: dict[str, str] = {
    # --- YAML: the slips analysts make ------------------------------------
    "colon_in_text": "tekst w {key!r} zawiera „: ”, a YAML czyta to jako nowy klucz; "
                     "ujmij tekst w cudzysłów: {fixed}",
    "missing_colon": "po kluczu {key!r} brakuje „:”; napisz: {fixed}",
    "missing_list_key": "ta lista nie należy do żadnego klucza: nad nią brakuje klucza "
                        "{guess!r}",
    "missing_list_key_hint": "wpisz {guess}: w osobnym wierszu nad listą, w tej samej kolumnie "
                             "co {other_key!r} w wierszu {other}",
    "missing_list_key_any": "ta lista nie należy do żadnego klucza: nad nią brakuje klucza, "
                            "który ją obejmuje",
    "missing_list_key_any_hint": "wpisz ten klucz z „:” w osobnym wierszu nad listą, w tej "
                                 "samej kolumnie co {other_key!r} w wierszu {other}",
    "colon_without_space": "po „:” klucza {key!r} brakuje spacji, więc YAML czyta cały "
                           "wiersz jako tekst; napisz: {fixed}",
    "indent_item_more": "element listy {item!r} ma wcięcie o {n} {n:spację|spacje|spacji} "
                        "większe niż element w wierszu {other}",
    "indent_item_less": "element listy {item!r} ma wcięcie o {n} {n:spację|spacje|spacji} "
                        "mniejsze niż element w wierszu {other}",
    "indent_item_hint": "elementy jednej listy zaczynają się od „-” w tej samej kolumnie: "
                        "wyrównaj go do wiersza {other}",
    "indent_key_more": "{key!r} ma wcięcie o {n} {n:spację|spacje|spacji} większe niż "
                       "{other_key!r} w wierszu {other}",
    "indent_key_less": "{key!r} ma wcięcie o {n} {n:spację|spacje|spacji} mniejsze niż "
                       "{other_key!r} w wierszu {other}",
    "indent_key_hint": "klucze jednego obiektu zaczynają się w tej samej kolumnie: "
                       "wyrównaj go do wiersza {other}",
    "yaml_tab": "znak tabulacji tam, gdzie YAML wymaga spacji",
    "yaml_tab_hint": "rób wcięcia spacjami, nie tabulatorami",
    "indicator_in_text": "tekst w {key!r} zaczyna się od znaku „{char}”, który YAML "
                         "rezerwuje dla siebie, więc nie czyta go jako tekstu",
    "indicator_in_item": "element listy zaczyna się od znaku „{char}”, który YAML "
                         "rezerwuje dla siebie, więc nie czyta go jako tekstu",
    "quote_text_hint": "ujmij tekst w cudzysłów: {fixed}",
    "unclosed_quote": "cudzysłów otwierający tekst w {key!r} nie został zamknięty, więc "
                      "YAML czyta dalsze wiersze jako część tego tekstu",
    "unclosed_quote_hint": "zamknij cudzysłów tam, gdzie kończy się tekst: {fixed}",
    "dash_without_space": "po „-” elementu listy brakuje spacji",
    "dash_without_space_hint": "napisz: {fixed}",
    "yaml_syntax": "{problem}",
    "yaml_syntax_context": "{context} w wierszu {line}",
    "yaml_syntax_context_here": "{context}",
    "verbatim": "{text}",
    # libyaml's own words
    "p_mapping_values": "dwukropek w miejscu, w którym YAML nie dopuszcza nowego klucza",
    "p_expected_colon": "brak oczekiwanego „:”",
    "p_expected_key": "brak oczekiwanego klucza (sprawdź wcięcia)",
    "p_expected_dash": "brak oczekiwanego „-” elementu listy (sprawdź wcięcia)",
    "p_expected_node": "brak oczekiwanej wartości",
    "p_expected_bracket": "brak oczekiwanego „,” albo „]”",
    "p_expected_brace": "brak oczekiwanego „,” albo „}}”",
    "p_end_of_stream": "plik kończy się za wcześnie",
    "p_bad_token": "znak, od którego nie może się zaczynać wartość",
    "p_dash_not_allowed": "element listy („-”) w miejscu, w którym lista jest niedozwolona",
    "p_escape": "nieznana sekwencja ze znakiem „\\”",
    "p_unexpected_colon": "nieoczekiwany „:”",
    "p_block_end_dash": "nieoczekiwany element listy („-”) (sprawdź wcięcia)",
    "p_block_end_mapping": "nieoczekiwany klucz (sprawdź wcięcia)",
    "p_block_end_scalar": "nieoczekiwana wartość (sprawdź wcięcia)",
    "p_block_end_sequence": "nieoczekiwana lista (sprawdź wcięcia)",
    "p_expected_alnum": "brak oczekiwanej litery albo cyfry",
    "p_expected_line_break": "brak oczekiwanego końca wiersza albo komentarza",
    "c_block_mapping": "w mapowaniu zaczętym",
    "c_block_collection": "w liście zaczętej",
    "c_simple_key": "w kluczu zaczętym",
    "c_quoted": "w tekście w cudzysłowie otwartym",
    "c_flow_sequence": "w liście „[ ]” otwartej",
    "c_flow_mapping": "w mapowaniu „{{ }}” otwartym",
    "c_block_node": "w wartości zaczętej",
    "c_flow_node": "w wartości zaczętej",
    "c_plain": "w tekście zaczętym",
    "c_block_scalar": "w bloku tekstu zaczętym",
    "c_next_token": "w miejscu zaczętym",
    "c_node": "w wartości zaczętej",
    "c_alias": "w odwołaniu do kotwicy (alias) zaczętym",
    "c_anchor": "w kotwicy zaczętej",
    "c_tag": "w znaczniku zaczętym",
    "c_directive": "w dyrektywie zaczętej",
    # --- YAML: what the loader refuses ----------------------------------
    "bad_character": "znak {char!r} jest niedozwolony w YAML",
    "bad_character_unknown": "znak niedozwolony w YAML",
    "bad_character_hint": "usuń znaki sterujące z tekstu",
    "not_utf8": "bajt 0x{byte:02x} nie jest poprawnym UTF-8",
    "not_utf8_hint": "zapisz plik w kodowaniu UTF-8",
    "empty": "plik jest pusty",
    "empty_hint": "nową mapę zacznij poleceniem `cxmap init {file}`",
    "too_many_digits": "liczba ma zbyt wiele cyfr",
    "bad_tagged_value": "{text!r} nie jest poprawną wartością !!{kind}",
    "unsupported_tag": "nieobsługiwany znacznik YAML {tag}",
    "unsupported_tag_hint": "mapa podróży klienta nie potrzebuje znaczników; usuń go",
    "duplicate_key": "powtórzony klucz {key!r} (pierwszy raz w wierszu {line})",
    "duplicate_key_hint": "YAML zachowa tylko jedną z dwóch wartości; usuń jeden klucz "
                          "albo zmień jego nazwę",
    "alias_undefined": "alias *{name} nie ma kotwicy",
    "alias_text_hint": "jeśli to tekst, ujmij go w cudzysłów: {fixed}",
    "alias_recursive": "alias *{name} odwołuje się do samego siebie (dane rekurencyjne)",
    "alias_too_much": "aliasy rozwijają się w zbyt wiele danych (ponad {limit} wartości)",
    "alias_too_much_text": "aliasy rozwijają się w zbyt dużo tekstu (ponad {millions} mln "
                           "znaków: 20 razy więcej niż plik, najwyżej 64 mln)",
    "too_deep": "zagnieżdżenie ma więcej niż {depth} {depth:poziom|poziomy|poziomów}",
    "key_not_text": "klucz mapowania musi być zwykłym tekstem",
    "more_documents": "plik zawiera więcej niż jeden dokument YAML",
    "more_documents_hint": "trzymaj jedną mapę podróży klienta w jednym pliku",
    # --- references and identity; method rules without a module of words ---
    "did_you_mean_ref": "czy chodziło o {guess!r}?",
    "stage_in_next": "{stage!r} to etap, a tu podaje się identyfikatory punktów styku: "
                     "żeby prowadzić do tego etapu, wpisz jego pierwszy punkt styku, {first!r}",
    "stage_in_next_empty": "{stage!r} to etap, a tu podaje się identyfikatory punktów styku; "
                           "ten etap nie ma jeszcze punktów styku",
    "ref_to_invalid_id": "punkt styku w wierszu {line} ma identyfikator {bad!r}, który nie jest "
                         "poprawny: popraw go tam na {ref!r}, a to odwołanie go znajdzie",
    "none_declared": "mapa nie deklaruje żadnych {what:gen}",
    "known_of_kind": "znane {what}: {listed}",
    "what_branches": "ścieżki",
    "what_branches_gen": "ścieżek",
    "what_touchpoints": "punkty styku",
    "what_touchpoints_gen": "punktów styku",
    "what_departments": "działy",
    "what_departments_gen": "działów",
    "duplicate_department_id": "powtórzony identyfikator działu {id!r} (pierwszy raz w "
                               "wierszu {line})",
    "duplicate_department_id_hint": "identyfikatory działów muszą być w mapie unikalne",
    "duplicate_branch_id": "powtórzony identyfikator ścieżki {id!r} (pierwszy raz w wierszu "
                           "{line})",
    "duplicate_branch_id_hint": "identyfikatory ścieżek muszą być w mapie unikalne",
    "duplicate_stage_id": "powtórzony identyfikator etapu {id!r} (pierwszy raz w wierszu "
                          "{line})",
    "duplicate_stage_id_hint": "identyfikatory etapów muszą być w mapie unikalne",
    "duplicate_touchpoint_id": "powtórzony identyfikator punktu styku {id!r} (pierwszy raz w "
                               "wierszu {line})",
    "duplicate_touchpoint_id_hint": "identyfikatory punktów styku muszą być unikalne w całej "
                                    "mapie, we wszystkich etapach",
    "duplicate_project_id": "powtórzony identyfikator projektu {id!r} (pierwszy raz w "
                            "wierszu {line})",
    "duplicate_project_id_hint": "identyfikatory projektów muszą być w mapie unikalne",
    "unknown_branch": "nieznana ścieżka {ref!r} w {who:loc}",
    "unknown_next": "nieznany punkt styku {ref!r} w 'next' {who:gen}",
    "unknown_touchpoint": "nieznany punkt styku {ref!r} w {who:loc}",
    "unknown_department": "właściciel {value!r} {who:gen} nie jest zadeklarowanym działem",
    "branch_and_branches": "{who} ma jednocześnie 'branch' i 'branches'",
    "branch_and_branches_hint": "zostaw jedno: 'branch: x' to skrót od 'branches: [x]'",
    "empty_stage": "{who} nie ma punktów styku",
    "unused_branch": "ścieżka {id!r} nie ma własnego punktu styku",
    "unused_branch_hint": "przypisz do niej punkty styku przez 'branch:' albo ją usuń",
    "self_loop": "{who} wskazuje sam siebie w 'next'",
    "split_list_item": "elementy {n} i {m} listy {field} {who:gen} wyglądają na jeden tekst "
                       "rozcięty przecinkiem: {first!r} + {second!r}",
    "split_list_item_hint": "ujmij go w cudzysłów: {quoted}",
    # --- structure and types (CX1xx) ---------------------------------------
    "top_not_mapping": "najwyższy poziom pliku to {value}, a nie mapowanie",
    "top_text": "tekst o długości {n} {n:znaku|znaków|znaków} (niepokazany: to może nie być "
                "mapa)",
    "top_list": "lista",
    "top_number": "liczba",
    "top_bool": "wartość logiczna",
    "not_yaml_not_map": "plik nie jest poprawnym YAML-em i nie ma klucza `cxmap` na "
                        "najwyższym poziomie: to może nie być mapa podróży klienta (jego "
                        "treści nie pokazano)",
    "top_not_mapping_hint": "mapa podróży klienta zaczyna się od `cxmap: 1`",
    "version_missing": "brak klucza wersji `cxmap`",
    "version_missing_hint": "dodaj `cxmap: 1` jako pierwszy wiersz (ten cxmap czyta wersję "
                            "{versions})",
    "version_unsupported": "nieobsługiwana wersja formatu {value}; ten cxmap czyta wersję "
                           "{versions}",
    "version_unsupported_hint": "napisz `cxmap: 1`",
    "unknown_key": "nieznany klucz {name!r} w {who:loc}",
    "did_you_mean": "czy chodziło o {guess!r}?",
    "known_keys": "znane klucze: {keys}",
    "missing_key": "w {who:loc} brakuje wymaganego klucza {name!r}",
    "score_range": "{field}: {value} w {who:loc} nie jest liczbą całkowitą od -2 do +2",
    "score_hint": "wpisz -2, -1, 0, 1 albo 2; pomiń ocenę, jeśli punktu styku jeszcze nie "
                  "oceniono",
    "target_hint": "wpisz -2, -1, 0, 1 albo 2",
    "typographic_minus": "wpisz {fixed} ze zwykłym minusem „-”, a nie z typograficzną "
                         "kreską",
    "remove_quotes": "usuń cudzysłów: {field}: {fixed}",
    "bad_identifier": "{label} w {who:loc}: {value!r} nie jest poprawnym identyfikatorem: "
                      "używaj liter bez polskich znaków, cyfr, „-” i „_”, zaczynając od "
                      "litery albo cyfry",
    "identifier_hint": "czy chodziło o {fixed!r}?",
    "identifier_hint_letters": "napisz bez polskich znaków: {fixed!r}",
    "date_not_real": "{label} w {who:loc}: {value!r} to nieistniejąca data",
    "date_format": "{label} w {who:loc}: {value!r} nie jest datą w postaci RRRR-MM-DD",
    "date_hint": "wpisz datę jako RRRR-MM-DD, np. 2025-04-14",
    "bad_currency": "{label} w {who:loc} ma wartość {value}: to nie jest kod waluty ISO 4217",
    "currency_hint": "wpisz trzy wielkie litery, np. PLN albo EUR",
    "bad_reach": "zasięg {value!r} w {who:loc} nie jest procentem od 0 do 100",
    "reach_comma": "w YAML liczby zapisuje się z kropką, nie z przecinkiem: reach: {fixed}",
    "reach_comma_fraction": "w YAML liczby zapisuje się z kropką, nie z przecinkiem, a zasięg "
                            "podaje się w procentach: napisz reach: {percent}, jeśli chodzi "
                            "o {share:num} % klientów (reach: {fixed} to {amount:num} %)",
    "reach_range_hint": "zasięg to odsetek klientów, do których dociera punkt styku: wpisz "
                        "liczbę od 0 do 100 (nie liczbę klientów)",
    "empty_text": "{label} w {who:loc} nie może być puste",
    "bad_choice": "{label} w {who:loc} ma wartość {value}; dozwolone: {choices}",
    "empty_list": "{label} w {who:loc} musi mieć co najmniej jeden element",
    "range_greater_than_equal": "{label} w {who:loc} ma wartość {value}: musi być nie "
                                "mniejsza niż {limit}",
    "range_greater_than": "{label} w {who:loc} ma wartość {value}: musi być większa niż "
                          "{limit}",
    "range_less_than_equal": "{label} w {who:loc} ma wartość {value}: musi być nie większa "
                             "niż {limit}",
    "range_less_than": "{label} w {who:loc} ma wartość {value}: musi być mniejsza niż "
                       "{limit}",
    "wrong_type_text": "{label} w {who:loc} musi być tekstem (jest: {value})",
    "wrong_type_bool": "{label} w {who:loc} musi mieć wartość true albo false (jest: "
                       "{value})",
    "wrong_type_list": "{label} w {who:loc} musi być listą (jest: {value})",
    "wrong_type_mapping": "{label} w {who:loc} musi być mapowaniem, czyli wierszami "
                          "klucz: wartość (jest: {value})",
    "wrong_type_number": "{label} w {who:loc} musi być liczbą (jest: {value})",
    "wrong_type_int": "{label} w {who:loc} musi być liczbą całkowitą (jest: {value})",
    "wrong_type_text_object": "{who} musi być tekstem (jest: {value})",
    "wrong_type_bool_object": "{who} musi mieć wartość true albo false (jest: {value})",
    "wrong_type_list_object": "{who} musi być listą (jest: {value})",
    "wrong_type_mapping_object": "{who} musi być mapowaniem, czyli wierszami klucz: "
                                 "wartość (jest: {value})",
    "wrong_type_number_object": "{who} musi być liczbą (jest: {value})",
    "wrong_type_int_object": "{who} musi być liczbą całkowitą (jest: {value})",
    "wrong_type_other": "{label} w {who:loc}: {text}",
    "quote_it": "ujmij wartość w cudzysłów, żeby była tekstem: \"{fixed}\"",
    "write_bool": "wpisz true albo false (nie yes/no, 1/0 ani słowa w cudzysłowie)",
    "unquote_number": "wpisz liczbę bez cudzysłowu",
    "colon_made_key": "przez „: ” tekst stał się kluczem: ujmij tekst w cudzysłów: {fixed}",
    "write_list": "zapisz to jako listę: [{fixed}]",
    "list_dash_space": "wstaw spację po „-”, żeby był to element listy: - {fixed}",
    "show_null": "null (pusto)",
    "show_mapping": "mapowanie",
    "show_list": "lista",
    "show_list_word": "lista",
    "show_value": "wartość",
    "label_item": "{path}, element {n}",
}


#: Who a message is about, in the grammatical cases Polish needs: ``{who}``
#: (nominative), ``{who:gen}`` (genitive), ``{who:loc}`` (locative).
_KINDS = {
    "touchpoint": ("touchpoint", ("punkt styku", "punktu styku", "punkcie styku")),
    "stage": ("stage", ("etap", "etapu", "etapie")),
    "department": ("department", ("dział", "działu", "dziale")),
    "branch": ("branch", ("ścieżka", "ścieżki", "ścieżce")),
    "project": ("project", ("projekt", "projektu", "projekcie")),
}
EN["who_map"] = EN["who_map_gen"] = EN["who_map_loc"] = "the map"
PL.update(who_map="mapa", who_map_gen="mapy", who_map_loc="mapie")
for _kind, (_en, _pl) in _KINDS.items():
    for _case, _word in zip(("", "_gen", "_loc"), _pl, strict=True):
        EN[f"who_{_kind}{_case}"] = _en + " {id!r}"
        EN[f"who_{_kind}_n{_case}"] = _en + " #{n}"
        PL[f"who_{_kind}{_case}"] = _word + " {id!r}"
        PL[f"who_{_kind}_n{_case}"] = _word + " nr {n}"
