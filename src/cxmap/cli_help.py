"""``--help`` in the user's language.

The command line is built from :mod:`cxmap.cli`'s definitions, whose help
texts and placeholders are catalogue keys (domain ``help``).  Before the
command line runs, :func:`localize` fills them in the language of the run, and
gives every command a help formatter that words the parser's own text
("Usage:", "Options", "[default: ...]", "[required]", the help option's line)
in that language too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import typer

from cxmap.i18n import Language, catalogue, decimals_in, t

#: the help formatter typer's contexts use (a public attribute of a public class)
HelpFormatter: Any = typer.Context.formatter_class

#: the parser's section headings -> catalogue keys
_SECTIONS = {"Options": "options", "Arguments": "arguments", "Commands": "commands"}
_HELP_OPTION = "Show this message and exit."
class _Formatter(HelpFormatter):  # type: ignore[misc]
    lang: Language = Language.EN

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:
            prefix = t("help.usage", self.lang) + " "
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        key = _SECTIONS.get(heading)
        super().write_heading(t(f"help.{key}", self.lang) if key else heading)

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        super().write_dl([(_term(term), _help_line(text, self.lang)) for term, text in rows],
                         col_max, col_spacing)


def _term(term: str) -> str:
    """An argument's row without the Python type typer adds to its placeholder
    (``PATH <list[str]>``, ``MAP <path>``): the placeholder names it already,
    in the reader's language.  Choices (``<en|pl>``) stay."""
    name, _, kind = term.partition(" <")
    return name if kind.endswith(">") and "|" not in kind else term


def _help_line(text: str, lang: Language) -> str:
    """One option's help with the parser's words in ``lang``: the help option's
    line, and the bracket the parser adds (``[default: x; required]``), its
    numbers written as ``lang`` writes them (``[domyślnie: 60,0; x>=0,1]``)."""
    if text == _HELP_OPTION:
        return t("help.help_option", lang)
    if not text.endswith("]"):
        return text
    start = text.rfind("  [")
    start = start + 2 if start >= 0 else 0 if text.startswith("[") else -1
    if start < 0:
        return text
    items = []
    for item in text[start + 1:-1].split("; "):
        if item.startswith("default: "):
            item = t("help.default", lang, value=item.removeprefix("default: "))
        elif item == "required":
            item = t("help.required", lang)
        items.append(decimals_in(item, lang))
    return f"{text[:start]}[{'; '.join(items)}]"


def _classes(lang: Language) -> type[typer.Context]:
    formatter = type("Formatter", (_Formatter,), {"lang": lang})
    return type("LocalContext", (typer.Context,), {"formatter_class": formatter})


def localize(group: Any, lang: Language) -> None:
    """Fill the help texts and placeholders of ``group`` (the ``cxmap`` command
    group) and of its commands in ``lang``; a text the catalogue lacks stays."""
    table = catalogue("help", lang)
    context = _classes(lang)
    group.subcommand_metavar = table["command_metavar"]
    for name, command in [("root", group), *group.commands.items()]:
        command.help = table.get(name, command.help)
        command.options_metavar = table["options_metavar"]
        command.context_class = context
        for param in command.params:
            param.help = table.get(f"{name}.{param.name}", getattr(param, "help", None))
            if param.metavar:
                param.metavar = table.get(f"meta.{param.metavar}", param.metavar)
