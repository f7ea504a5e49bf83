"""Output formats: the enums of ``--format``, and choosing a format by name or extension.

Each vocabulary is declared once, here or beside its outputs, and the command
line (typer) uses the enum itself.  This module stays light: ``cli.py`` imports
it before any command runs.

``render`` and ``report`` also guess the format from the output's extension:
each declares its enum, extensions and aliases once (:class:`FormatChoice`)
and gets the same parsing and the same error wording.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from typing import Generic, TypeVar

F = TypeVar("F", bound=StrEnum)


class ValidateFormat(StrEnum):
    """``cxmap validate --format``: how diagnostics are reported."""

    AUTO = "auto"      # github when GITHUB_ACTIONS is set, else text
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"  # workflow annotations
    SARIF = "sarif"    # SARIF 2.1.0, for code scanning
    JUNIT = "junit"    # JUnit XML test report

    def resolved(self, environ: Mapping[str, str] | None = None) -> ValidateFormat:
        """The format itself, or for ``auto`` the one the environment asks for."""
        if self is not ValidateFormat.AUTO:
            return self
        env = os.environ if environ is None else environ
        return ValidateFormat.GITHUB if env.get("GITHUB_ACTIONS") else ValidateFormat.TEXT


class DiffFormat(StrEnum):
    """``cxmap diff --format``."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


class HistoryFormat(StrEnum):
    """``cxmap history --format``."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


class PreviewView(StrEnum):
    """``cxmap serve --view``: what the live preview shows of each map."""

    FLOW = "flow"       # the journey graph (as cxmap render draws it)
    CANVAS = "canvas"   # the journey-map sheet (render --view canvas)
    REPORT = "report"   # the HTML report (cxmap report)


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
            raise self.error(_say("unknown_format", what=self._word(self.what), name=name,
                                  names=names)) from None

    def for_path(self, path: str | PurePath) -> F:
        """The format an output file name asks for, by its extension."""
        suffix = PurePath(path).suffix.lower()
        if suffix in self.extensions:
            return self.extensions[suffix]
        known = ", ".join(self.extensions)
        if not suffix:
            raise self.error(_say("no_extension", what=self._word(self.what), path=str(path),
                                  known=known))
        raise self.error(_say("unknown_extension", extension=self._word(self.extension),
                              suffix=suffix, known=known))

    @staticmethod
    def _word(english: str) -> str:
        key = _WORDS.get(english)
        return _say(key) if key else english


#: the words FormatChoice's messages name the format by -> catalogue keys
_WORDS = {"format": "what_format", "report format": "what_report_format",
          "output extension": "ext_output", "report extension": "ext_report"}


def _say(key: str, **params: object) -> str:
    """A usage message in the language of the run."""
    from cxmap.i18n import resolve_language, t

    return t(f"core.{key}", resolve_language(), **params)
