"""Words of ``cxmap explain``: every diagnostic code's meaning and fix.

English comes from the rules themselves (:data:`cxmap.checks.rules.RULES`);
every other language has its own table in :data:`RULE_TEXTS` (a test keeps
it complete).
"""

EN: dict[str, str] = {
    "heading": "{code} {name} ({severity})",
    "what_to_do": "What to do: {fix}",
    "unknown_code": "unknown diagnostic code {code!r}; `cxmap explain all` lists them",
    "table_head": "| code | name | severity | meaning | what to do |",
    "all_title": "# cxmap diagnostic codes",
}

PL: dict[str, str] = {
    "heading": "{code} {name} ({severity})",
    "what_to_do": "Co zrobić: {fix}",
    "unknown_code": "nieznany kod diagnostyki {code!r}; `cxmap explain all` wymienia "
                    "wszystkie",
    "table_head": "| kod | nazwa | waga | znaczenie | co zrobić |",
    "all_title": "# cxmap: kody komunikatów diagnostycznych",
}

#: code -> (what it means, what to do), in Polish
_PL_RULES: dict[str, tuple[str, str]] = {
    "CX001": ("Plik nie jest poprawnym plikiem YAML.",
              "Popraw YAML we wskazanym miejscu; rób wcięcia spacjami, nigdy tabulatorami, "
              "a wartości zawierające `: ` albo zaczynające się znakiem specjalnym ujmij w "
              "cudzysłów."),
    "CX002": ("Plik nie jest tekstem w UTF-8.",
              "Zapisz plik w edytorze jako UTF-8 (z BOM albo bez)."),
    "CX003": ("Nie udało się odczytać pliku (nie istnieje, jest katalogiem, brak uprawnień, "
              "to nie zwykły plik, lecz np. kolejka FIFO albo urządzenie, ma więcej niż 64 MB) "
              "albo przeszukać katalogu w poszukiwaniu map.",
              "Sprawdź ścieżkę oraz uprawnienia pliku i katalogów, w których leży."),
    "CX004": ("Plik jest pusty albo zawiera same komentarze.",
              "Nową mapę zacznij poleceniem `cxmap init PLIK` (PLIK: nowy plik do utworzenia)."),
    "CX005": ("Ten sam klucz występuje dwa razy w jednym mapowaniu; YAML po cichu zachowałby "
              "tylko jedną wartość.", "Usuń jeden z kluczy albo zmień jego nazwę."),
    "CX006": ("Użyto znacznika YAML innego niż standardowe `!!str`, `!!int`, `!!float`, "
              "`!!bool`, `!!null`, `!!map`, `!!seq`. Znaczniki nigdy nie są wykonywane.",
              "Usuń znacznik."),
    "CX007": ("Alias jest rekurencyjny, niezdefiniowany albo rozwija się w zbyt wiele danych "
              "(dokument typu „billion laughs”).",
              "Wypisz wartości zamiast używać kotwic i aliasów."),
    "CX008": ("Dokument jest zagnieżdżony zbyt głęboko jak na mapę podróży klienta.",
              "Spłaszcz strukturę; mapa potrzebuje najwyżej kilku poziomów."),
    "CX009": ("Plik zawiera więcej niż jeden dokument YAML (`---`).",
              "Trzymaj jedną mapę podróży klienta w jednym pliku."),
    "CX010": ("Najwyższy poziom pliku nie jest mapowaniem kluczy na wartości.",
              "Zacznij plik od `cxmap: 1`, `id:`, `title:` i `stages:`."),
    "CX011": ("Brak wersji formatu `cxmap` albo ta wersja nie jest obsługiwana.",
              "Napisz `cxmap: 1` na początku pliku."),
    "CX012": ("Nie udało się odczytać liczby (zbyt wiele cyfr albo jawny znacznik na tekście, "
              "który nie jest liczbą).", "Wpisz zwykłą liczbę."),
    "CX013": ("Plik ma więcej problemów, niż wypisano: z jednego pliku zgłaszanych jest tylko "
              "pierwszych 200, potem jeden wiersz z liczbą pominiętych.",
              "Popraw wypisane problemy (często to jedna, powtarzająca się przyczyna) i "
              "sprawdź ponownie."),
    "CX100": ("Klucz, którego format nie definiuje. Literówki nie mogą przejść niezauważone.",
              "Użyj podpowiedzianego klucza albo usuń go (wolny tekst wpisz w `notes` lub "
              "`description`)."),
    "CX101": ("Brakuje wymaganego klucza.",
              "Dodaj klucz; docs/format.md opisuje, czego wymaga każdy obiekt."),
    "CX102": ("Wartość ma zły typ (tekst tam, gdzie ma być lista, liczba w cudzysłowie, `yes` "
              "zamiast wartości logicznej...).", "Wpisz wartość w typie, który podaje format."),
    "CX103": ("`score` albo `target` nie jest liczbą całkowitą od -2 do +2.",
              "Wpisz -2, -1, 0, 1 albo 2; pomiń `score` (albo wpisz null), gdy punktu styku "
              "jeszcze nie oceniono."),
    "CX104": ("Identyfikator nie pasuje do `^[A-Za-z0-9][A-Za-z0-9_-]*$`.",
              "Używaj tylko liter bez polskich znaków, cyfr, `-` i `_`, zaczynając od litery "
              "albo cyfry (bez spacji): `wniosek-oddzial`."),
    "CX105": ("Data nie jest prawdziwą datą kalendarzową zapisaną jako `RRRR-MM-DD`.",
              "Wpisz datę np. jako `2025-04-14`."),
    "CX106": ("Wartość nie jest żadnym z dozwolonych słów (np. `kind`, `cost`, `status`, "
              "`pillars`, `language`).", "Użyj jednej z wymienionych wartości."),
    "CX107": ("`reach` nie jest wartością procentową od 0 do 100 (liczbą albo tekstem jak "
              "`\"45%\"`).",
              "Wpisz np. `reach: 45` albo `reach: \"45%\"`."),
    "CX108": ("Liczba jest poza dozwolonym zakresem (np. ujemny `budget`).",
              "Użyj wartości z podanego zakresu."),
    "CX109": ("Lista, która musi mieć co najmniej jeden element, jest pusta (`stages`, "
              "`touchpoints` projektu).", "Dodaj co najmniej jeden element."),
    "CX110": ("Wymagany tekst (`title`, `name`) jest pusty.",
              "Wpisz nazwę, którą czytelnik rozpozna."),
    "CX200": ("Dwa obiekty tego samego rodzaju mają ten sam identyfikator (identyfikatory "
              "punktów styku są unikalne w całej mapie).",
              "Zmień identyfikator jednego z nich; po identyfikatorach `cxmap diff` łączy "
              "punkty styku kolejnych fal badań, więc zachowaj starszy."),
    "CX201": ("`branch` albo `branches` wskazuje ścieżkę, której mapa nie deklaruje.",
              "Użyj identyfikatora zadeklarowanej ścieżki albo zadeklaruj ją w `branches:`."),
    "CX202": ("`next` albo `touchpoints` projektu wskazuje nieistniejący punkt styku.",
              "Użyj identyfikatora istniejącego punktu styku."),
    "CX203": ("`owner` nie jest żadnym z zadeklarowanych działów (`departments`; sprawdzane "
              "tylko, gdy mapa je deklaruje).",
              "Użyj identyfikatora zadeklarowanego działu albo dodaj dział."),
    "CX204": ("Punkt styku ma jednocześnie `branch` i `branches`.",
              "Zostaw jedno: `branch: x` to skrót od `branches: [x]`."),
    "CX205": ("W bloku `survey` suma `positive + negative` przekracza liczbę odpowiedzi "
              "`responses`.",
              "Policz ponownie z danych ankiety (`cxmap import-survey` zapisze blok) albo popraw "
              "błędnie wpisaną liczbę."),
    "CX300": ("Etap nie ma jeszcze punktów styku.",
              "Dodaj punkty styku tego etapu albo usuń etap."),
    "CX301": ("Zadeklarowana ścieżka nie ma własnego punktu styku, więc jest tylko wspólną "
              "drogą.", "Przypisz do niej punkty styku przez `branch:` albo ją usuń."),
    "CX302": ("Punkt styku wskazuje sam siebie w `next`.",
              "Usuń własny identyfikator punktu styku z `next`."),
    "CX303": ("Dwa sąsiednie elementy listy tekstów wyglądają na jeden tekst rozcięty "
              "przecinkiem: pierwszy otwiera nawias albo cudzysłów, który zamyka drugi. W "
              "liście `[ ]` każdy przecinek oddziela elementy, więc `[Grupy fokusowe (2 grupy, "
              "maj)]` to dwa elementy.",
              "Ujmij element w cudzysłów (`[\"Grupy fokusowe (2 grupy, maj)\"]`) albo zapisz "
              "listę po jednym elemencie w wierszu z `- `."),
    "CX304": ("Punkt styku nie ma oceny `score` (krok 5: każdy punkt styku jest oceniony).",
              "Oceń go od -2 do +2 (0: zgodnie z oczekiwaniami klienta)."),
    "CX305": ("Moment prawdy albo punkt wysiłku klienta nie jest potwierdzony (`confirmed`) "
              "badaniem klientów (krok 3).",
              "Potwierdź go w badaniu i wpisz `confirmed: true` albo usuń oznaczenie."),
    "CX306": ("Punkt styku z oceną -1 albo -2 nie należy do żadnego trwającego projektu "
              "(krok 6: najpierw podnieś oceny ujemne do 0).",
              "Dodaj punkt styku do projektu, który nie jest zakończony ani porzucony."),
    "CX307": ("Trwający projekt podnosi tylko punkty styku ocenione na 0 lub lepiej, a punkty "
              "styku z oceną ujemną nie mają projektu (krok 6: najpierw naprawa, potem "
              "zachwyt).", "Najpierw przydziel projekt punktom styku z oceną ujemną albo "
              "wstrzymaj ten projekt."),
    "CX308": ("Zbyt wiele punktów styku ma cel +2 (krok 6: wybierz kilka, które wyróżniają "
              "firmę; +2 wszędzie to „głaskanie kota”).",
              "Zostaw `target: 2` dla kilku najważniejszych momentów; pozostałym wyznacz 0 "
              "albo +1."),
    "CX309": ("Zaplanowany albo trwający projekt nie ma właściciela `owner` (wiersz planu to "
              "działanie, budżet, właściciel, termin).",
              "Wpisz dział odpowiedzialny w `owner:`."),
    "CX310": ("Zaplanowany albo trwający projekt nie ma terminu `due`.",
              "Wpisz termin jako `due: RRRR-MM-DD`."),
    "CX311": ("Mapa deklaruje działy (`departments`), a punkt styku nie ma właściciela "
              "`owner` (krok 4).", "Wpisz identyfikator działu-właściciela w `owner:`."),
    "CX312": ("Dział nie ma ambasadora `ambassador` (krok 8: ambasador w każdym dziale "
              "dba o doświadczenie klienta).", "Wpisz ambasadora działu w `ambassador:`."),
    "CX313": ("Data `scoredOn` jest starsza niż `months` (domyślnie 12) miesięcy albo jej brak, "
              "choć punkty styku mają oceny (krok 9: oceniaj ponownie co 6–12 miesięcy).",
              "Oceń ponownie w nowej fali badań i zaktualizuj `scoredOn` albo wpisz datę "
              "oceny."),
    "CX314": ("Każdy `reach` w mapie wynosi najwyżej 1, jakby 0.45 znaczyło 45 % (`reach` podaje "
              "się w procentach, 0–100).", "Wpisz procenty: `reach: 45` albo `reach: \"45%\"`."),
    "CX315": ("Wszystkie punkty styku trwającego projektu docierają do mniej niż `min-reach` "
              "% klientów (krok 3: 0,5 % może nie być warte naprawy).",
              "Sprawdź zasięg; obniż priorytet projektu albo połącz go z projektem o "
              "szerszym zasięgu."),
    "CX316": ("Dwa punkty styku mają tę samą nazwę (bez względu na wielkość liter i spacje).",
              "Wskaż w nazwie to, co je różni („Płatność online”, „Płatność przy kasie”)."),
    "CX317": ("Moment prawdy nie podaje źródeł `evidence` (kroki 1 i 3: ustalenia pochodzą z "
              "danych i badań).", "Wpisz w `evidence:`, skąd pochodzi ustalenie."),
    "CX318": ("Na grafie podróży ścieżka nigdy nie dochodzi do swojego ostatniego etapu albo "
              "żadna droga nie prowadzi do punktu styku (krok 4: trzeba znaleźć wszystkie "
              "ścieżki).", "Popraw listy `next`, które zostawiają klientów w pół drogi, albo "
              "`branch` punktu styku."),
    "CX319": ("Termin `due` zaplanowanego albo trwającego projektu już minął (reguła pomija "
              "projekty `done`, `dropped` i `idea`).",
              "Jeśli prace się skończyły, ustaw `status: done` albo `dropped`; jeśli nie, "
              "wpisz nowy termin w `due:`."),
    "CX320": ("Przedział ufności 95 % bilansu netto z ankiety punktu styku nie sięga "
              "przedziału jego oceny (kroki 3 i 5: ocena powinna zgadzać się z tym, co mówią "
              "klienci).",
              "Oceń punkt styku na nowo według ankiety (`cxmap import-survey`) albo zapisz w "
              "`evidence`, dlaczego ocena warsztatu jest inna."),
    "CX321": ("Blok `survey` ma mniej odpowiedzi `responses` niż `min-responses` z "
              "`[tool.cxmap.survey]` (domyślnie 30).",
              "Zbierz więcej odpowiedzi i zaimportuj je ponownie; tam, gdzie mało klientów "
              "trafia, obniż `min-responses`."),
    "CX390": ("Komentarz `# cxmap: disable=` niczego nie wyłącza.",
              "Usuń wyłączenie (albo nazwę reguły z niego)."),
    "CX391": ("Komentarz `# cxmap: disable=` podaje nieznaną regułę albo błąd formatu "
              "(poniżej CX300), którego nie można wyłączyć.",
              "Podaj regułę metody jej kodem albo nazwą; błędy formatu popraw."),
}

#: language code -> (code -> (what it means, what to do)); English is the rules' own
RULE_TEXTS: dict[str, dict[str, tuple[str, str]]] = {"pl": _PL_RULES}
