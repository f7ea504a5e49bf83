"""The journey graph: paths, convergence, splits, back edges, reachability."""

from cxmap.graph.journey import (
    BranchReach,
    Edge,
    JourneyGraph,
    UnknownBranchError,
    branch_paths,
    build_graph,
)

__all__ = ["BranchReach", "Edge", "JourneyGraph", "UnknownBranchError", "branch_paths",
           "build_graph"]
