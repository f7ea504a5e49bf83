"""The message catalogue: every message in both languages, same placeholders."""

from __future__ import annotations

import pkgutil
import string

import pytest

import cxmap.i18n as i18n
from cxmap.i18n import Language, catalogue, resolve_language, t

DOMAINS = sorted(m.name for m in pkgutil.iter_modules(i18n.__path__))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_in_both_languages_with_the_same_placeholders(domain: str) -> None:
    en, pl = catalogue(domain, Language.EN), catalogue(domain, Language.PL)
    assert sorted(en) == sorted(pl), f"{domain}: keys differ"
    for key in en:
        assert _fields(en[key]) == _fields(pl[key]), f"{domain}.{key}: placeholders differ"
        blank_allowed = key.endswith("_mark")  # a space between thousands
        assert blank_allowed or (en[key].strip() and pl[key].strip()), f"{domain}.{key}: empty"


def test_language_resolution_order() -> None:
    assert resolve_language("PL", "en", {"CXMAP_LANG": "en"}) is Language.PL
    assert resolve_language(None, "pl", {"CXMAP_LANG": "en"}) is Language.PL
    assert resolve_language(None, None, {"CXMAP_LANG": "pl", "LANG": "en_US"}) is Language.PL
    assert resolve_language(None, None, {"LC_ALL": "pl_PL.UTF-8"}) is Language.PL
    assert resolve_language(None, None, {"LC_ALL": "C", "LANG": "pl_PL"}) is Language.EN
    assert resolve_language(None, None, {"LANG": "pl_PL.UTF-8"}) is Language.PL
    assert resolve_language(None, None, {}) is Language.EN


def test_lookup_fills_placeholders() -> None:
    assert t("core.example", Language.PL, n=3) == "3 pliki sprawdzone"


@pytest.mark.parametrize(("key", "params", "en", "pl"), [
    ("edit.fmt_summary", {"changed": 0, "total": 1}, "0 of 1 file reformatted",
     "sformatowano 0 z 1 pliku"),
    ("edit.fmt_summary", {"changed": 2, "total": 3}, "2 of 3 files reformatted",
     "sformatowano 2 z 3 plików"),
    ("edit.fmt_check_summary", {"changed": 1, "total": 22},
     "1 of 22 files would be reformatted", "do sformatowania: 1 z 22 plików"),
    ("edit.changed", {"path": "m.yaml", "n": 1}, "m.yaml: 1 value changed",
     "m.yaml: zmieniono 1 wartość"),
    ("edit.changed", {"path": "m.yaml", "n": 3}, "m.yaml: 3 values changed",
     "m.yaml: zmieniono 3 wartości"),
    ("edit.dry_run", {"path": "m.yaml", "n": 5},
     "m.yaml: 5 values would change (dry run: nothing written)",
     "m.yaml: do zmiany 5 wartości (próba: nic nie zapisano)"),
    ("edit.export_written", {"path": "o.csv", "n": 1}, "wrote o.csv: 1 touchpoint",
     "zapisano o.csv: 1 punkt styku"),
    ("edit.export_written", {"path": "o.csv", "n": 12}, "wrote o.csv: 12 touchpoints",
     "zapisano o.csv: 12 punktów styku"),
    ("edit.export_written", {"path": "o.csv", "n": 24}, "wrote o.csv: 24 touchpoints",
     "zapisano o.csv: 24 punkty styku"),
    ("core.junit_more", {"n": 1}, " (and 1 more)", " (i 1 kolejny)"),
    ("survey.counts_exceed_row", {"positive": 1, "negative": 1, "responses": 1},
     "positive 1 + negative 1 is more than 1 response",
     "pozytywne 1 + negatywne 1 to więcej niż 1 odpowiedź"),
    ("survey.counts_exceed_row", {"positive": 3, "negative": 3, "responses": 5},
     "positive 3 + negative 3 is more than 5 responses",
     "pozytywne 3 + negatywne 3 to więcej niż 5 odpowiedzi"),
    ("core.junit_more", {"n": 5}, " (and 5 more)", " (i 5 kolejnych)"),
])
def test_counted_messages_agree_with_their_numbers(key: str, params: dict[str, object],
                                                   en: str, pl: str) -> None:
    assert t(key, Language.EN, **params) == en
    assert t(key, Language.PL, **params) == pl


@pytest.mark.parametrize(("length", "pl"), [(101, "101 znaków"), (102, "102 znaki"),
                                           (124, "124 znaki"), (112, "112 znaków")])
def test_an_overlong_identifier_counts_its_characters_in_polish(length: int, pl: str) -> None:
    from cxmap.i18n import Phrase

    params = {"label": "id", "who": Phrase("diagnostics.who_touchpoint", id="t"),
              "value": "t...", "length": length, "limit": 100}
    assert t("safety.id_too_long", Language.PL, **params) == (
        f"id w punkcie styku 't': 't...' jest za długi jak na identyfikator: {pl}, najwyżej 100")
    assert t("safety.id_too_long", Language.EN, **params).endswith(
        f": {length} characters, at most 100")


def test_the_languages_are_named_by_the_catalogue_only() -> None:
    """Adding a language touches the catalogue only: outside ``cxmap.i18n`` no
    code names a language; every domain has a table per :class:`Language`, and
    ``explain`` the rules' texts in each language but the rules' own (English)."""
    import re
    from pathlib import Path

    from cxmap.i18n.explain import RULE_TEXTS

    src = Path(i18n.__file__).parents[1]
    naming = re.compile(r"""["']pl["']|Language\.PL\b|\bPL\b""")
    offenders = [str(path.relative_to(src)) for path in src.rglob("*.py")
                 if "i18n" not in path.relative_to(src).parts
                 and naming.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
    for domain in DOMAINS:
        for lang in Language:
            assert isinstance(catalogue(domain, lang), dict), (domain, lang)
    assert set(RULE_TEXTS) == {lang.value for lang in Language} - {Language.EN.value}


def test_one_plural_rule_per_language() -> None:
    from cxmap.i18n import decimal, plural_category

    assert [plural_category(n, Language.PL) for n in (1, 2, 5, 12, 22, 25, 104)] == [
        "one", "few", "many", "many", "few", "many", "few"]
    assert [plural_category(n, Language.EN) for n in (0, 1, 2, 22)] == [
        "many", "one", "many", "many"]
    assert decimal("1,234.5", Language.PL, grouped=True) == "1\u00a0234,5"
    assert decimal("0.25", Language.PL) == "0,25" and decimal("1,234.5", Language.EN) == "1,234.5"
