"""DOT text -> SVG/PNG/PDF bytes: Graphviz runs in a child process stopped at a
time limit (:mod:`cxmap.layout`); this name is kept for the outputs that
embed a drawing (the report's inline SVG)."""

from __future__ import annotations

from cxmap.layout import DEFAULT_TIMEOUT, LayoutError, LayoutProcess, LayoutTimeout, layout

__all__ = ["DEFAULT_TIMEOUT", "LayoutError", "LayoutProcess", "LayoutTimeout", "layout"]
