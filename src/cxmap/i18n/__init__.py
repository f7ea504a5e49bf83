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

import errno
import importlib
import os
import re
from collections.abc import Mapping
from enum import StrEnum
from types import ModuleType


class Language(StrEnum):
    """The languages of the catalogue: every domain module has a dict named
    after each member (``EN``, ``PL``) with the same keys."""

    EN = "en"
    PL = "pl"


DEFAULT = Language.EN
#: the language codes, in catalogue order (``en``, ``pl``)
CODES: tuple[str, ...] = tuple(lang.value for lang in Language)


def language_of(code: str | None) -> Language:
    """The language ``code`` names (any case); the default for none or an unknown one."""
    try:
        return Language((code or "").lower())
    except ValueError:
        return DEFAULT


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
            return language_of(value[:2])
    return DEFAULT


#: what the system says when it refuses a file (``strerror`` is English whatever
#: the language of the run): the reasons an analyst meets, in :mod:`.system`
_ERRNO_KEYS = {
    errno.ENOENT: "no_such_file", errno.EACCES: "permission", errno.EPERM: "not_permitted",
    errno.EISDIR: "is_a_folder", errno.ENOTDIR: "not_a_folder", errno.ENOSPC: "no_space",
    errno.EROFS: "read_only", errno.EEXIST: "exists", errno.ELOOP: "link_loop",
    errno.ENAMETOOLONG: "name_too_long", errno.EBUSY: "busy", errno.EDQUOT: "quota",
    errno.EFBIG: "too_big", errno.EMFILE: "too_many_open", errno.EIO: "io",
    errno.ENOEXEC: "not_executable", errno.ENXIO: "no_reader", errno.EXDEV: "cross_device",
}


def os_reason(exc: BaseException, lang: Language | None = None) -> str:
    """Why the system refused: an ``OSError``'s reason in ``lang`` (the run's
    language when not given).  The C library speaks English: in English its
    words are kept, in Polish the usual reasons come from the catalogue."""
    lang = lang if lang is not None else resolve_language()
    strerror = getattr(exc, "strerror", None)
    if lang is Language.EN and strerror:
        return str(strerror)  # the system's own words are English
    code = getattr(exc, "errno", None)
    key = _ERRNO_KEYS.get(code) if isinstance(code, int) else None
    if key is not None:
        return t(f"system.{key}", lang)
    return strerror or str(exc) or exc.__class__.__name__


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


def plural_category(n: int, lang: Language) -> str:
    """The plural category of the number ``n`` in ``lang``: ``one``, ``few``
    or ``many``, by the rule the ``core`` domain names (``plural_rule``)."""
    n = abs(n)
    if n == 1:
        return "one"
    rule = catalogue("core", lang)["plural_rule"]
    if rule == "slavic" and 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"  # 2 pliki, 22 pliki; but 12 plików
    return "many"


def plural(n: int, lang: Language, forms: str) -> str:
    """The form of a noun that goes with the number ``n``.

    ``forms`` lists them with ``|`` in the order ``one|few|many``; a language
    without a ``few`` form lists two (English ``one|other``)."""
    words = forms.split("|")
    category = plural_category(n, lang)
    if category == "one" or len(words) == 1:
        return words[0]
    return words[1] if category == "few" or len(words) == 2 else words[2]


def decimal(text: str, lang: Language, *, grouped: bool = False) -> str:
    """A number written with ``.`` (and ``,`` between thousands when
    ``grouped``) as ``lang`` writes it: its decimal and grouping marks are
    in the ``core`` domain."""
    table = catalogue("core", lang)
    mark, group = table["decimal_mark"], table["group_mark"]
    if mark == "." and (group == "," or not grouped):
        return text
    return "".join(mark if c == "." else group if c == "," else c for c in text)


#: a number with a fraction (``60.0``, ``x>=0.1``), not part of a longer
#: dotted word such as an address (``127.0.0.1``)
_FRACTION = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")


def decimals_in(text: str, lang: Language) -> str:
    """``text`` (words of a library, such as the parser's) with each number
    that has a fraction written as ``lang`` writes it: ``x>=0,1`` in Polish."""
    return _FRACTION.sub(lambda m: decimal(m.group(), lang), text)


def number(value: float, lang: Language, spec: str = "g") -> str:
    """A number as a reader of ``lang`` writes it: ``0.45`` in English,
    ``0,45`` in Polish (decimal comma).  In a message: ``{value:num}``."""
    return decimal(format(value, spec), lang)


class Phrase:
    """A catalogue message used as a parameter of another one, put in the
    same language when the outer message is.  In a message, ``{who:gen}``
    takes the form ``key_gen`` (a grammatical case) when the catalogue has it.
    """

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        self.key, self.params = key, params

    def render(self, lang: Language, form: str = "") -> str:
        domain, _, name = self.key.partition(".")
        table = catalogue(domain, lang)
        name = f"{name}_{form}" if form and f"{name}_{form}" in table else name
        return table[name].format(**{k: _Arg(v, lang) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.render(DEFAULT)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Phrase) and (self.key, self.params)
                == (other.key, other.params))

    def __hash__(self) -> int:
        return hash(self.key)


class _Arg:
    """A parameter as a message sees it: a number takes ``{n:plik|pliki|plików}``
    (the noun form for that number); a :class:`Phrase` takes ``{who:gen}``."""

    __slots__ = ("lang", "value")

    def __init__(self, value: object, lang: Language) -> None:
        self.value, self.lang = value, lang

    def __format__(self, spec: str) -> str:
        value = self.value
        if isinstance(value, Phrase):
            return value.render(self.lang, spec)
        if "|" in spec and isinstance(value, int):
            return plural(value, self.lang, spec)
        if spec == "num" and isinstance(value, int | float) and not isinstance(value, bool):
            return number(value, self.lang)
        return format(value, spec)

    def __repr__(self) -> str:
        return repr(self.value)

    def __str__(self) -> str:
        return self.value.render(self.lang) if isinstance(self.value, Phrase) else str(
            self.value)


def _fill(text: str, lang: Language, params: Mapping[str, object]) -> str:
    if not params:
        return text
    return text.format(**{k: _Arg(v, lang) for k, v in params.items()})


def t(key: str, lang: Language = DEFAULT, /, **params: object) -> str:
    """The message ``"domain.key"`` in ``lang``, with ``params`` filled in.

    A number parameter may choose a noun's form (``{n} {n:file|files}``) or
    be written as the language writes numbers (``{value:num}``: ``0,45``), a
    :class:`Phrase` parameter is put in ``lang`` too (``{who:gen}``: its form
    in that grammatical case).
    """
    domain, _, name = key.partition(".")
    return _fill(catalogue(domain, lang)[name], lang, params)
