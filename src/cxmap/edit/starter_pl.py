"""The Polish starter map written by ``cxmap init --lang pl`` (placeholders in @...@)."""

TEXT = """\
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
persona: Domowy barista, 30-45 lat, kupuje w internecie lub w sklepie
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
# +1 lepiej, +2 zachwyt; pomiń ją, dopóki punkt nie jest oceniony.
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
# (soft: umiejętności ludzi), na macierzy wpływ x koszt; najpierw niski koszt
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
"""
