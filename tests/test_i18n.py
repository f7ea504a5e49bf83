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
        assert en[key].strip() and pl[key].strip(), f"{domain}.{key}: empty"


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
