"""Words of the method rules (CX300 and up) and of suppressions.

Polish uses the method's terms: punkt styku, moment prawdy, wysiłek klienta,
etap, ścieżka, projekt, właściciel/dział, ambasador.
"""

EN: dict[str, str] = {
    "suppression_unknown": "unknown rule {name!r} in a cxmap suppression",
    "suppression_unknown_hint": "name a method rule by its code or name "
                                "(`cxmap explain all` lists them)",
    "suppression_format_error": "{rule} is an error of the format and cannot be "
                                "suppressed",
    "suppression_format_error_hint": "fix the problem instead; only method rules "
                                     "(CX300 and up) can be suppressed",
    "suppression_unused": "suppression of {name!r} suppresses nothing",
    "suppression_unused_hint": "remove it",
}

PL: dict[str, str] = {
    "suppression_unknown": "nieznana reguła {name!r} w wyłączeniu cxmap",
    "suppression_unknown_hint": "podaj kod lub nazwę reguły metody "
                                "(`cxmap explain all` je wymienia)",
    "suppression_format_error": "{rule} to błąd formatu i nie można go wyłączyć",
    "suppression_format_error_hint": "popraw problem; wyłączać można tylko reguły "
                                     "metody (CX300 i wyżej)",
    "suppression_unused": "wyłączenie {name!r} niczego nie wyłącza",
    "suppression_unused_hint": "usuń je",
}
