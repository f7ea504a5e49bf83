"""Every word a person reads, in English and Polish: one message catalogue.

The catalogue is split by domain: each module in this package (``report``,
``rules``, ``diff``...) defines two dicts, ``EN`` and ``PL``, with the same keys
and the same ``{placeholders}``.  A message is looked up as ``"domain.key"``:

    >>> t("core.summary_files", Language.EN, n=1)        # doctest: +SKIP

A test keeps every domain complete in both languages.  Machine formats (JSON
keys, codes, the words ``error``/``warning`` in diagnostic lines) are never
translated.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from enum import StrEnum
from types import ModuleType


class Language(StrEnum):
    EN = "en"
    PL = "pl"


DEFAULT = Language.EN


def resolve_language(explicit: str | None = None, map_language: str | None = None,
                     environ: Mapping[str, str] | None = None) -> Language:
    """The language to speak.

    ``--lang`` wins; then the map's ``language`` (for report, render and init);
    then ``CXMAP_LANG``; then the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``
    starting with ``pl``); else English.
    """
    if explicit:
        return Language(explicit.lower())
    if map_language:
        return Language(map_language)
    env = os.environ if environ is None else environ
    chosen = env.get("CXMAP_LANG", "").strip().lower()
    if chosen in Language.__members__.values():
        return Language(chosen)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:  # the first one set decides, as for gettext
            return Language.PL if value.lower().startswith("pl") else DEFAULT
    return DEFAULT


_domains: dict[str, ModuleType] = {}


def _domain(name: str) -> ModuleType:
    module = _domains.get(name)
    if module is None:
        module = _domains[name] = importlib.import_module(f"{__name__}.{name}")
    return module


def catalogue(domain: str, lang: Language) -> dict[str, str]:
    """All messages of one domain in one language."""
    table: dict[str, str] = getattr(_domain(domain), lang.name)
    return table


def t(key: str, lang: Language = DEFAULT, /, **params: object) -> str:
    """The message ``"domain.key"`` in ``lang``, with ``params`` filled in."""
    domain, _, name = key.partition(".")
    text = catalogue(domain, lang)[name]
    return text.format(**params) if params else text
