#!/usr/bin/env python3
"""The render goal's reference: a bare process drawing cxmap's own DOT with pygraphviz.

    python benchmarks/draw_dot.py IN.dot OUT.svg
"""

from __future__ import annotations

import sys

import pygraphviz

with open(sys.argv[1], encoding="utf-8") as f:
    dot = f.read()
pygraphviz.AGraph(string=dot).draw(sys.argv[2], format="svg", prog="dot")
