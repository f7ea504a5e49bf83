"""The journey graph: paths, convergence, splits, back edges, cycles, reachability."""

from cxmap.graph.journey import BranchReach, Edge, JourneyGraph, UnknownBranchError, build_graph

__all__ = ["BranchReach", "Edge", "JourneyGraph", "UnknownBranchError", "build_graph"]
