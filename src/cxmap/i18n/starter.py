"""The starter map ``cxmap init`` writes, in each language (placeholders in @...@)."""

EN: dict[str, str] = {"map": """\
# yaml-language-server: $schema=@SCHEMA@
# A customer journey map in the cxmap format, version 1. Edit it, then:
#   cxmap validate @NAME@                  check it (every problem as FILE:LINE:COL)
#   cxmap render @NAME@ -o journey.svg     draw it
#   cxmap report @NAME@ -o report.md       a report for management and owners
#   cxmap fmt @NAME@                       keep the layout canonical
# The schema line above lets editors (VS Code + YAML extension) check and complete
# keys as you type; `cxmap schema -o cxmap.schema.json` writes the schema file.
# Keys are camelCase; an unknown key is an error, so typos do not pass silently.
cxmap: 1  # the format version: always 1
id: coffee-machine  # the journey's id: letters, digits, '-' and '_'
title: Buying a coffee machine
description: From the first advert to the first repair under warranty.
persona: Home barista, 30-45, buys online or in a store
scoredOn: @SCORED_ON@  # when this research wave scored the touchpoints (YYYY-MM-DD)
language: en  # the language of reports and drawings: en or pl

# Departments own touchpoints and projects: with this list, every `owner` must be
# one of these ids. The ambassador keeps the CX work alive in the department.
departments:
  - id: marketing
    name: Marketing
    ambassador: Anna Smith
  - id: sales
    name: Sales
    ambassador: Peter Brown
  - id: logistics
    name: Logistics
    ambassador: Mary Jones
  - id: service
    name: Customer service
    ambassador: John Taylor

# The paths a customer can take. A touchpoint that names a `branch` (or a list of
# `branches`) lies on those paths only; one that names none is shared by every
# path: that is where the paths split and where they converge again.
branches:
  - id: online
    name: Online shop
  - id: store
    name: In a store

# Stages in journey order; touchpoints in journey order within each stage.
# score: -2 bad, -1 worse than expected, 0 as expected, +1 better, +2 delight;
# leave it out while a touchpoint is not scored yet. target: the score to reach.
stages:
  - id: before-purchase
    name: Before purchase
    touchpoints:
      - id: advert
        name: Sees an advert
        channel: social media
        owner: marketing
        score: 0
        target: 0
      - id: comparison
        name: Compares models and prices
        channel: web
        owner: marketing
        score: 1
        target: 1
        pillars: [expectations]

  - id: purchase
    name: Purchase
    touchpoints:
      - id: web-checkout
        name: Pays in the online shop
        branch: online  # only on the online path
        channel: web
        owner: sales
        score: -1
        target: 0
        # An effort point: where customers tire or give up. `confirmed: true`
        # means customer research confirmed the flag, not only the team's guess;
        # `evidence` says where the finding comes from, `reach` how many
        # customers it touches (percent).
        customerEffort: true
        confirmed: true
        reach: 35
        pillars: [time-and-effort]
        evidence:
          - Usability test, 12 sessions
          - Checkout abandonment in web analytics
      - id: store-visit
        name: Buys in a store with an adviser
        branch: store  # only on the in-store path
        channel: store
        owner: sales
        score: 1
        target: 1
        standard: The adviser offers a demonstration before the customer pays.

  - id: fulfilment
    name: Fulfilment
    touchpoints:
      - id: delivery
        name: Courier delivers the machine
        branch: online
        channel: courier
        owner: logistics
        score: 0
        target: 0
      - id: pick-up
        name: Takes the machine home from the store
        branch: store
        channel: store
        owner: logistics
        score: 0
        target: 0

  - id: after-sales
    name: After-sales
    touchpoints:
      # Shared by both paths: the online and the store paths converge here.
      - id: first-use
        name: Makes the first coffee
        channel: product
        owner: service
        score: 1
        target: 1
      # A moment of truth: the customer checks the promise made at the sale.
      - id: warranty-repair
        name: Sends the machine for a warranty repair
        channel: phone
        owner: service
        score: -2
        target: 2
        momentOfTruth: true
        confirmed: true
        reach: 8
        pillars: [integrity, resolution]
        evidence:
          - Complaints register
          - Interviews with 20 customers
        standard: Within one working day a technician calls the customer back.
        notes: The courier collects the machine; a loan machine is promised.

# Improvement projects: hard (process, procedure, technology) or soft (people's
# skills), placed on impact x cost; low cost and high impact first.
projects:
  - id: one-page-checkout
    title: One-page checkout with saved details
    kind: hard
    touchpoints: [web-checkout]
    cost: medium
    impact: high
    owner: sales
    due: @DUE@
    status: planned
    reversible: true  # a two-way door: easy to undo
  - id: repair-callback
    title: Call-back within one working day for repairs
    kind: soft
    touchpoints: [warranty-repair]
    cost: low
    impact: high
    owner: service
    due: @DUE@
    status: idea
"""}

PL: dict[str, str] = {"map": """\
# yaml-language-server: $schema=@SCHEMA@
# Mapa podróży klienta w formacie cxmap, wersja 1. Zmień ją, a potem:
#   cxmap validate @NAME@                  sprawdź (każdy problem jako PLIK:WIERSZ:KOLUMNA)
#   cxmap render @NAME@ -o mapa.svg        narysuj
#   cxmap report @NAME@ -o raport.md       raport dla zarządu i właścicieli
#   cxmap fmt @NAME@                       uporządkuj układ pliku
# Wiersz ze schematem (pierwszy) pozwala edytorom (VS Code + rozszerzenie YAML)
# sprawdzać i podpowiadać klucze; `cxmap schema -o cxmap.schema.json` zapisze schemat.
# Klucze są w camelCase; nieznany klucz to błąd, więc literówka nie przejdzie.
cxmap: 1  # wersja formatu: zawsze 1
id: ekspres-do-kawy  # identyfikator mapy: litery, cyfry, '-' i '_'
title: Zakup ekspresu do kawy
description: Od pierwszej reklamy do pierwszej naprawy gwarancyjnej.
persona: Domowy barista, 30–45 lat, kupuje w internecie lub w sklepie
scoredOn: @SCORED_ON@  # kiedy ta fala badań oceniła punkty styku (RRRR-MM-DD)
language: pl  # język raportów i rysunków: en lub pl

# Działy są właścicielami punktów styku i projektów: gdy ta lista jest, każdy
# `owner` musi być jednym z tych identyfikatorów. Ambasador podtrzymuje pracę
# nad doświadczeniem klienta w swoim dziale.
departments:
  - id: marketing
    name: Marketing
    ambassador: Anna Kowalska
  - id: sprzedaz
    name: Sprzedaż
    ambassador: Piotr Nowak
  - id: logistyka
    name: Logistyka
    ambassador: Maria Wiśniewska
  - id: serwis
    name: Obsługa klienta
    ambassador: Jan Zieliński

# Ścieżki, którymi może przejść klient. Punkt styku z `branch` (lub listą
# `branches`) leży tylko na tych ścieżkach; punkt bez nich jest wspólny dla
# wszystkich: tam ścieżki się rozchodzą i tam znów się łączą.
branches:
  - id: online
    name: Sklep internetowy
  - id: sklep
    name: W sklepie stacjonarnym

# Etapy w kolejności podróży; punkty styku w kolejności w ramach etapu.
# score (ocena): -2 źle, -1 gorzej niż oczekiwano, 0 zgodnie z oczekiwaniem,
# +1 lepiej, +2 zachwyt; pomiń ją, dopóki punkt styku nie ma oceny.
# target: ocena, którą punkt styku ma osiągnąć.
stages:
  - id: przed-zakupem
    name: Przed zakupem
    touchpoints:
      - id: reklama
        name: Widzi reklamę
        channel: media społecznościowe
        owner: marketing
        score: 0
        target: 0
      - id: porownanie
        name: Porównuje modele i ceny
        channel: internet
        owner: marketing
        score: 1
        target: 1
        pillars: [expectations]

  - id: zakup
    name: Zakup
    touchpoints:
      - id: platnosc-online
        name: Płaci w sklepie internetowym
        branch: online  # tylko na ścieżce internetowej
        channel: internet
        owner: sprzedaz
        score: -1
        target: 0
        # Punkt wysiłku klienta: tu klient się męczy albo rezygnuje.
        # `confirmed: true` znaczy, że badanie klientów potwierdziło oznaczenie
        # (to nie tylko hipoteza zespołu); `evidence` mówi, skąd wiemy, a `reach`,
        # jakiego odsetka klientów to dotyczy (w procentach).
        customerEffort: true
        confirmed: true
        reach: 35
        pillars: [time-and-effort]
        evidence:
          - Test użyteczności, 12 sesji
          - Porzucone koszyki w analityce strony
      - id: wizyta-w-sklepie
        name: Kupuje w sklepie z doradcą
        branch: sklep  # tylko na ścieżce sklepowej
        channel: sklep
        owner: sprzedaz
        score: 1
        target: 1
        standard: Doradca proponuje pokaz, zanim klient zapłaci.

  - id: realizacja
    name: Realizacja
    touchpoints:
      - id: dostawa
        name: Kurier dostarcza ekspres
        branch: online
        channel: kurier
        owner: logistyka
        score: 0
        target: 0
      - id: odbior
        name: Zabiera ekspres ze sklepu do domu
        branch: sklep
        channel: sklep
        owner: logistyka
        score: 0
        target: 0

  - id: po-sprzedazy
    name: Po sprzedaży
    touchpoints:
      # Wspólny dla obu ścieżek: tu łączą się ścieżka internetowa i sklepowa.
      - id: pierwsza-kawa
        name: Parzy pierwszą kawę
        channel: produkt
        owner: serwis
        score: 1
        target: 1
      # Moment prawdy: klient sprawdza obietnicę złożoną przy sprzedaży.
      - id: naprawa-gwarancyjna
        name: Oddaje ekspres do naprawy gwarancyjnej
        channel: telefon
        owner: serwis
        score: -2
        target: 2
        momentOfTruth: true
        confirmed: true
        reach: 8
        pillars: [integrity, resolution]
        evidence:
          - Rejestr reklamacji
          - Wywiady z 20 klientami
        standard: W ciągu jednego dnia roboczego technik oddzwania do klienta.
        notes: Kurier odbiera ekspres; obiecano urządzenie zastępcze.

# Projekty usprawnień: twarde (hard: proces, procedura, technologia) lub miękkie
# (soft: umiejętności ludzi), na macierzy wpływ × koszt; najpierw niski koszt
# i duży wpływ.
projects:
  - id: platnosc-na-jednej-stronie
    title: Płatność na jednej stronie z zapamiętanymi danymi
    kind: hard
    touchpoints: [platnosc-online]
    cost: medium
    impact: high
    owner: sprzedaz
    due: @DUE@
    status: planned
    reversible: true  # drzwi dwukierunkowe: łatwo się wycofać
  - id: oddzwonienie-serwisu
    title: Oddzwonienie w ciągu dnia roboczego przy naprawach
    kind: soft
    touchpoints: [naprawa-gwarancyjna]
    cost: low
    impact: high
    owner: serwis
    due: @DUE@
    status: idea
"""}
