"""``cxmap render`` as one function: a map file -> checked model -> diagram.

:func:`render_file` returns data (the loaded map with its diagnostics, and the
diagram when the map is valid); it never prints and never exits.

For svg/png/pdf the DOT text is laid out by Graphviz in a child process
(:func:`cxmap.layout.layout`), started when the DOT is ready and stopped after
``timeout`` seconds or whenever the drawing ends - so no process outlives the
render.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cxmap.layout import DEFAULT_TIMEOUT
from cxmap.outputs.render.options import RenderFormat, RenderOptions

if TYPE_CHECKING:
    from cxmap.results import LoadedMap


@dataclass
class RenderRun:
    """The map as loaded, and its diagram when it is valid."""

    loaded: LoadedMap
    output: bytes | str | None = None
    warnings: list[str] = field(default_factory=list)   # from Graphviz
    notes: list[str] = field(default_factory=list)      # for the user (text too small)


def render_file(path: str | Path, fmt: RenderFormat, options: RenderOptions | None = None,
                *, timeout: float = DEFAULT_TIMEOUT) -> RenderRun:
    """Load, check and draw one map file.

    Raises :class:`cxmap.graph.UnknownBranchError` for an unknown
    ``options.branch``, :class:`cxmap.layout.LayoutError` when Graphviz fails
    and :class:`cxmap.layout.LayoutTimeout` when it takes longer than
    ``timeout`` seconds.
    """
    from cxmap.commands.load import load_map
    from cxmap.layout import layout
    from cxmap.outputs.render import View, draw_canvas, draw_flow, render
    from cxmap.outputs.render.options import check_view

    options = options or RenderOptions()
    check_view(fmt, options)
    run = RenderRun(load_map(path))
    journey = run.loaded.journey
    if journey is None:
        return run
    if options.language and options.language != journey.language:
        # the drawing speaks the language asked for (legend, notes)
        journey = journey.model_copy(update={"language": options.language})
    if options.view is View.CANVAS:  # drawn here, not by Graphviz: limited here
        from cxmap.i18n import resolve_language, t
        from cxmap.layout import LayoutTimeout
        from cxmap.util.interrupt import TimeLimit, time_limit

        try:
            with time_limit(timeout):
                run.output = draw_canvas(journey, fmt, options, run.notes)
        except TimeLimit:
            raise LayoutTimeout(t("safety.canvas_timeout", resolve_language(),
                                  seconds=timeout), timeout) from None
    elif fmt.needs_layout:
        # a flow view on a page is made from Graphviz's SVG
        drawn = "svg" if options.page is not None else fmt.value
        run.output = draw_flow(journey, fmt, options,
                               lambda dot, warnings: layout(dot, drawn, warnings,
                                                            timeout=timeout),
                               run.warnings, run.notes)
    else:
        run.output = render(journey, fmt, options)
    return run


def render_command(map_path: Path, output: str, fmt: str | None, options: RenderOptions,
                   *, timeout: float = DEFAULT_TIMEOUT) -> RenderRun:
    """``cxmap render MAP -o OUTPUT [-f FMT]``: the values judged first
    (:class:`~cxmap.commands.arguments.UsageProblem`), then :func:`render_file`
    (:class:`~cxmap.commands.arguments.RunFailed` when Graphviz or the page
    converter fails)."""
    from dataclasses import replace

    from cxmap.commands.arguments import RunFailed, UsageProblem, check_map_path, check_output
    from cxmap.graph import UnknownBranchError
    from cxmap.i18n import resolve_language, t
    from cxmap.layout import LayoutError
    from cxmap.outputs.render.options import (
        FormatError,
        ViewError,
        check_view,
        format_for_path,
        parse_format,
    )
    from cxmap.outputs.render.page import ConvertError

    lang = resolve_language()
    try:
        if fmt is not None:
            chosen = parse_format(fmt)
        elif output == "-":
            raise UsageProblem(t("core.stdout_needs_format", lang))
        else:
            chosen = format_for_path(output)
        if output == "-" and chosen.is_binary:
            raise UsageProblem(t("core.binary_to_stdout", lang, fmt=chosen.value))
        check_map_path(map_path)
        check_output(output, [map_path])
        if chosen is not RenderFormat.PNG:
            options = replace(options, dpi=None)
        check_view(chosen, options)
    except (FormatError, ViewError) as exc:
        raise UsageProblem(str(exc)) from None
    try:
        return render_file(map_path, chosen, options, timeout=timeout)
    except UnknownBranchError as exc:
        raise UsageProblem(str(exc)) from None
    except (LayoutError, ConvertError) as exc:
        raise RunFailed(str(exc)) from None
