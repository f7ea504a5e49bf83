"""Choosing an output format by name (``--format``) or by the output's extension.

Shared by ``render`` and ``report``: each declares its enum, extensions and
aliases once, and gets the same parsing and the same error wording.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from typing import Generic, TypeVar

F = TypeVar("F", bound=StrEnum)


@dataclass(frozen=True)
class FormatChoice(Generic[F]):
    """How a command's output format is named and guessed.

    ``what`` names the format in messages ("format", "report format"),
    ``extension`` the extension ("output extension", "report extension");
    ``error`` is the ValueError subclass raised.
    """

    formats: type[F]
    extensions: Mapping[str, F]
    aliases: Mapping[str, F]
    error: type[ValueError]
    what: str = "format"
    extension: str = "output extension"
    extra_names: Iterable[str] = ()

    def parse(self, name: str) -> F:
        """The format ``--format NAME`` means (case and spaces ignored)."""
        key = name.strip().lower()
        if key in self.aliases:
            return self.aliases[key]
        try:
            return self.formats(key)
        except ValueError:
            names = ", ".join([f.value for f in self.formats] + list(self.extra_names))
            raise self.error(f"unknown {self.what} {name!r} (choose one of: {names})"
                             ) from None

    def for_path(self, path: str | PurePath) -> F:
        """The format an output file name asks for, by its extension."""
        suffix = PurePath(path).suffix.lower()
        if suffix in self.extensions:
            return self.extensions[suffix]
        known = ", ".join(self.extensions)
        if not suffix:
            raise self.error(f"cannot tell the {self.what} of {str(path)!r}: it has no "
                             f"extension ({known}); give --format")
        raise self.error(f"unknown {self.extension} {suffix!r} (known: {known}); "
                         "give --format")
