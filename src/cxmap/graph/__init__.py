"""The journey graph (FORMAT.md, Graph section): paths, convergence, splits."""

from cxmap.graph.journey import Edge, JourneyGraph, UnknownBranchError, build_graph

__all__ = ["Edge", "JourneyGraph", "UnknownBranchError", "build_graph"]
