"""Command-line usage errors (an unknown option, a missing argument...) in the
user's language.

The command-line parser words its errors in English; :class:`CxmapGroup`
catches them and prints them through the message catalogue (``cli`` domain).
The language is ``--lang`` when the command line has one, else
:func:`cxmap.i18n.resolve_language`.  Only typer's public API is used: the
parser's errors are :class:`typer.TyperException` instances, and usage errors (exit
status 2) carry the context whose usage line they show.  Typer carries its
own copy of click, without click's gettext calls, so the parser's English
is matched here, message by message, against the catalogue.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from cxmap.i18n import Language, decimals_in, resolve_language, t

#: (the parser's English message, catalogue key); matched whole, in order
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z", re.DOTALL), key) for pattern, key in (
        (r"No such option: (?P<name>\S+) \(Possible options: (?P<options>.*)\)",
         "no_such_option_suggest"),
        (r"No such option: (?P<name>.*)", "no_such_option"),
        (r"No such command '(?P<name>.*)'\. Did you mean (?P<options>.*)\?",
         "no_such_command_suggest"),
        (r"No such command '(?P<name>.*)'\.", "no_such_command"),
        (r"Missing command\.", "missing_command"),
        (r"Missing argument (?P<name>.*)\.", "missing_argument"),
        (r"Missing option (?P<name>.*)\.", "missing_option"),
        (r"Missing parameter(?::)? (?P<name>.*?)\.?", "missing_parameter"),
        (r"Got unexpected extra argument(?:s|\(s\))? \((?P<name>.*)\)", "extra_arguments"),
        (r"Option (?P<name>'[^']*') requires an argument\.", "option_needs_value"),
        (r"Option (?P<name>'[^']*') requires (?P<options>.*)", "option_needs_values"),
        (r"Option (?P<name>'[^']*') does not take a value\.", "option_takes_no_value"),
        (r"Invalid value for (?P<name>.*?): Value error, (?P<value>'.*') is not one of "
         r"(?P<options>.*)\.", "not_one_of"),
        (r"Invalid value for (?P<name>.*?): Input should be a valid integer.*", "not_an_integer"),
        (r"Invalid value for (?P<name>.*?): Input should be a valid number.*", "not_a_number"),
        (r"Invalid value for (?P<name>.*?): Input should be greater than or equal to "
         r"(?P<options>.*)", "at_least"),
        (r"Invalid value for (?P<name>.*?): Input should be less than or equal to "
         r"(?P<options>.*)", "at_most"),
        (r"Invalid value for (?P<name>.*?): (?P<value>.*) is not a valid (?P<options>.*)\.",
         "not_valid"),
        (r"Invalid value for (?P<name>.*?): (?P<value>.*)", "invalid_value"),
    ))


def translate(message: str, lang: Language) -> str:
    """The parser's English ``message`` in ``lang`` (unknown ones stay as they are;
    in English without the "Value error, " pydantic puts before a choice's refusal)."""
    if lang is Language.EN:
        return message.replace(": Value error, ", ": ", 1)
    for pattern, key in _MESSAGES:
        m = pattern.match(message)
        if m:
            params = {"name": "", "options": "", "value": ""} | {
                k: v for k, v in m.groupdict().items() if v is not None}
            if key in ("at_least", "at_most"):  # a bound as the language writes it: 0,1
                params["options"] = decimals_in(params["options"], lang)
            return t(f"cli.{key}", lang, **params)
    return message


def requested_language(args: Sequence[str]) -> Language | None:
    """The language ``--lang X`` / ``--lang=X`` names among the command line's
    arguments (the last one wins), if it is a known one.

    The parser reads ``--lang`` only as far as it gets: help is printed where
    ``--help`` stands and a usage error stops the parser, but the words of both
    must already be in the language asked for further along the line."""
    explicit = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            explicit = args[i + 1]
        elif arg.startswith("--lang="):
            explicit = arg.partition("=")[2]
    try:
        return Language(explicit.lower()) if explicit else None
    except ValueError:  # --lang xx: the parser reports it
        return None


def show(exc: Any, lang: Language) -> None:
    """Print a usage error as the parser would, in ``lang``."""
    ctx = getattr(exc, "ctx", None)
    out = []
    if ctx is not None:
        usage = ctx.get_usage()
        for prefix in ("Usage: ", t("help.usage", lang) + " "):
            usage = usage.removeprefix(prefix)
        out.append(t("cli.usage", lang, usage=usage))
        if ctx.command.get_help_option(ctx) is not None:
            out.append(t("cli.try_help", lang,
                         command=f"{ctx.command_path} {ctx.help_option_names[0]}"))
        out.append("")
    out.append(t("cli.error", lang, message=translate(exc.format_message(), lang)))
    print("\n".join(out), file=sys.stderr)


class CxmapGroup(TyperGroup):
    """The command group, whose usage errors and help speak the user's language."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        from cxmap.cli_help import localize

        argv = list(sys.argv[1:] if args is None else args)
        chosen = requested_language(argv)
        lang = chosen or resolve_language()
        localize(self, lang)
        with _speaking(chosen):
            if not standalone_mode:
                return super().main(argv, prog_name, complete_var, standalone_mode,
                                    windows_expand_args, **extra)
            try:
                code = super().main(argv, prog_name, complete_var, False,
                                    windows_expand_args, **extra)
            except typer.Abort:
                print(t("cli.aborted", lang), file=sys.stderr)
                sys.exit(1)
            except typer.TyperException as exc:  # the parser's errors derive from it
                if type(exc).__name__ == "NoArgsIsHelpError":  # its message is the help
                    print(exc.format_message(), file=sys.stderr)
                elif _is_usage_error(exc):
                    show(exc, lang)
                else:  # not a usage error: its own words
                    print(t("cli.error", lang, message=exc.format_message()), file=sys.stderr)
                sys.exit(exc.exit_code)
        sys.exit(code if isinstance(code, int) else 0)


def _is_usage_error(exc: typer.TyperException) -> bool:
    """A usage error (exit status 2) names the command line it refuses."""
    return exc.exit_code == 2 and getattr(exc, "ctx", None) is not None


@contextlib.contextmanager
def _speaking(lang: Language | None) -> Iterator[None]:
    """``--lang`` (before or after the command's name) speaks for the whole
    run: while it lasts, it is the environment's language (``CXMAP_LANG``)."""
    if lang is None:
        yield
        return
    before = os.environ.get("CXMAP_LANG")
    os.environ["CXMAP_LANG"] = lang.value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("CXMAP_LANG", None)
        else:
            os.environ["CXMAP_LANG"] = before
