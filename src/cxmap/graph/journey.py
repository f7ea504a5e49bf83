"""The journey graph: how touchpoints follow each other, per branch.

Built as the Graph section of docs/format.md says, with networkx:

1. touchpoints are ordered by stage, then by their place in the stage;
2. with no branches declared there is one path through every touchpoint;
   otherwise each branch's path is every touchpoint that names the branch or
   names no branch (shared), in that order;
3. each path becomes a path graph (``nx.path_graph``): consecutive
   touchpoints are joined by an edge, except that a touchpoint with ``next``
   gets exactly the edges to the touchpoints it lists;
4. the journey graph is the union of the path graphs (``nx.compose_all``);
   each edge knows which branches' path graphs hold it.  A touchpoint with two
   or more different predecessors is a *convergence* point, one with two or
   more different successors a *split* point.

Where the format is silent - which branches use a ``next`` edge - cxmap takes
the branches that contain both ends of the edge; when there are none (the edge
jumps from one branch to another, e.g. a complaint on any path leading to a
visit to a store), it takes the branches of the edge's source: those are the
customers who can walk along it.  In a map without branches every edge has an
empty branch set.  Cycles (a complaint leading back to a re-purchase) are allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

    from cxmap.model.journey import Journey


class UnknownBranchError(ValueError):
    """A branch id the map does not declare."""

    def __init__(self, branch: str, known: list[str]) -> None:
        self.branch = branch
        self.known = known
        from cxmap.i18n import resolve_language, t

        lang = resolve_language()
        choices = ", ".join(known) if known else t("core.no_branches", lang)
        super().__init__(t("core.unknown_branch", lang, branch=branch, choices=choices))


@dataclass(frozen=True)
class Edge:
    """One edge of the journey graph."""

    source: str
    target: str
    #: the branches whose customers walk along this edge (empty: map has no branches)
    branches: frozenset[str]
    #: the target comes at or before the source in journey order (a loop back)
    backward: bool


@dataclass(frozen=True)
class BranchReach:
    """Where the customers of one branch can get to (see :meth:`JourneyGraph.reach`).

    ``branch`` is ``""`` for the single path of a map without branches.
    """

    branch: str
    #: the first touchpoint of the branch's path (None: the path is empty)
    start: str | None
    #: the last stage holding a touchpoint of the branch's path
    last_stage: str | None
    #: touchpoints reachable from ``start`` along edges the branch uses
    reached: frozenset[str] = field(default_factory=frozenset)
    #: touchpoints of the branch's path that no walk from ``start`` reaches,
    #: in journey order
    unreached: tuple[str, ...] = ()
    #: reachable touchpoints where the branch's customers are stuck: no edge
    #: of the branch leaves them, and they are not in ``last_stage``
    dead_ends: tuple[str, ...] = ()
    #: the stages of the touchpoints in ``reached``
    reached_stages: frozenset[str] = field(default_factory=frozenset)

    @property
    def reaches_last_stage(self) -> bool:
        """Whether a customer starting at ``start`` can get to ``last_stage``
        (vacuously true for an empty path)."""
        return self.start is None or self.last_stage in self.reached_stages


class JourneyGraph:
    """A journey's touchpoint graph: an ``nx.DiGraph`` and the path graph of
    each branch it is the union of.

    Nodes are touchpoint ids with attributes ``stage`` (stage id) and
    ``order`` (position in journey order), in journey order.  Edges carry
    ``branches`` (frozenset of branch ids) and ``backward``.
    """

    def __init__(self, union: nx.DiGraph, paths: dict[str, list[str]],
                 walks: dict[str, nx.DiGraph], branch: str | None) -> None:
        self._g = union
        #: each branch's path (rule 2) and path graph (rule 3); key "" without branches
        self._paths = paths
        self._walks = walks
        #: the branch the graph was restricted to, if any
        self.branch = branch

    # -- nodes ---------------------------------------------------------------
    def nodes(self) -> list[str]:
        """Touchpoint ids in journey order."""
        return list(self._g)

    def __contains__(self, tp_id: object) -> bool:
        return tp_id in self._g

    def __len__(self) -> int:
        return len(self._g)

    def stage_of(self, tp_id: str) -> str:
        return str(self._g.nodes[tp_id]["stage"])

    def order_of(self, tp_id: str) -> int:
        return int(self._g.nodes[tp_id]["order"])

    def predecessors(self, tp_id: str) -> list[str]:
        return sorted(self._g.predecessors(tp_id), key=self.order_of)

    # -- edges ---------------------------------------------------------------
    def edges(self) -> list[Edge]:
        """Every edge, ordered by source then target in journey order."""
        return sorted((self.edge(u, v) for u, v in self._g.edges),
                      key=lambda e: (self.order_of(e.source), self.order_of(e.target)))

    def edge(self, source: str, target: str) -> Edge:
        data = self._g.edges[source, target]
        return Edge(source, target, data["branches"], data["backward"])

    def branches_of_edge(self, source: str, target: str) -> frozenset[str]:
        return self.edge(source, target).branches

    def back_edges(self) -> list[Edge]:
        """Edges that lead back to the same or an earlier touchpoint in journey
        order (a complaint leading back to a store visit), in edge order."""
        return [e for e in self.edges() if e.backward]

    # -- structure -----------------------------------------------------------
    def paths(self) -> dict[str, list[str]]:
        """Each branch's path (touchpoint ids in journey order), per rule 2;
        the key ``""`` holds the single path of a map without branches.
        ``next`` does not change which touchpoints lie on a path, only edges."""
        return {k: list(v) for k, v in self._paths.items()}

    def convergence_points(self) -> list[str]:
        """Touchpoints reached from two or more different predecessors."""
        return [n for n, d in self._g.in_degree() if d >= 2]

    def split_points(self) -> list[str]:
        """Touchpoints with two or more different successors."""
        return [n for n, d in self._g.out_degree() if d >= 2]

    # -- reachability (the questions the method's rules ask) --------------------
    def _reached(self, branch: str) -> set[str]:
        """Touchpoints a customer on ``branch`` can reach: from the first
        touchpoint of the branch's path, along the edges of its path graph."""
        import networkx

        path = self._paths.get(branch)
        if not path:
            return set()
        return {path[0], *networkx.descendants(self._walks[branch], path[0])}

    def branch_reach(self, branch: str) -> BranchReach:
        """Where the customers of ``branch`` can get to (``""`` for the single
        path of a map without branches).

        Starting at the first touchpoint of the branch's path and following the
        edges the branch uses: which touchpoints they reach, which touchpoints
        of the path they never reach, whether they get to the last stage of
        the path, and where they are stuck before it.  Raises
        :class:`UnknownBranchError` for a branch the graph does not have.
        """
        if branch not in self._paths:
            raise UnknownBranchError(branch, [b for b in self._paths if b])
        path = self._paths[branch]
        if not path:
            return BranchReach(branch, None, None)
        walk = self._walks[branch]
        reached = self._reached(branch)
        last_stage = self.stage_of(path[-1])
        return BranchReach(
            branch=branch, start=path[0], last_stage=last_stage,
            reached=frozenset(reached),
            unreached=tuple(n for n in path if n not in reached),
            dead_ends=tuple(n for n in self._g if n in reached and not walk.out_degree(n)
                            and self.stage_of(n) != last_stage),
            reached_stages=frozenset(self.stage_of(n) for n in reached))

    def reach(self) -> list[BranchReach]:
        """:meth:`branch_reach` of every branch, in declaration order."""
        return [self.branch_reach(b) for b in self._paths]

    def unreachable(self) -> list[str]:
        """Touchpoints that no customer reaches: on no branch does a walk from
        the first touchpoint of the branch's path get to them (journey order)."""
        reached: set[str] = set()
        for b in self._paths:
            reached |= self._reached(b)
        return [n for n in self._g if n not in reached]


def branch_paths(journey: Journey) -> dict[str, list[str]]:
    """Rule 2: each branch's path, the ids of the touchpoints that name the
    branch or name none, in journey order; without branches the one path of
    every touchpoint, under the key ``""``.  :meth:`JourneyGraph.paths` of
    the built graph; asked alone by what needs only the paths (each branch's
    mean in metrics and diff), without building the graph."""
    touchpoints = journey.touchpoints
    return ({b: [tp.id for tp in touchpoints if journey.on_branch(tp, b)]
             for b in journey.branch_ids} or {"": [tp.id for tp in touchpoints]})


def build_graph(journey: Journey, branch: str | None = None) -> JourneyGraph:
    """The journey graph of a valid map; with ``branch``, only that branch's
    path graph (its touchpoints and the edges it uses).

    Raises :class:`UnknownBranchError` for a branch the map does not declare.
    References are assumed resolved (the checks guarantee it for a valid map);
    a ``next`` to an unknown touchpoint is skipped.
    """
    import networkx as nx

    branch_ids = journey.branch_ids
    if branch is not None and branch not in branch_ids:
        raise UnknownBranchError(branch, branch_ids)

    touchpoints = [(stage.id, tp) for stage, tp in journey.iter_touchpoints()]
    nexts = {tp.id: tp.next for _s, tp in touchpoints}
    order = {tp.id: i for i, (_s, tp) in enumerate(touchpoints)}
    nodes: nx.DiGraph = nx.DiGraph()
    nodes.add_nodes_from((tp.id, {"stage": s, "order": i})
                         for i, (s, tp) in enumerate(touchpoints))

    paths = branch_paths(journey)
    on_path = {b: set(path) for b, path in paths.items()}

    def takes(b: str, u: str, v: str) -> bool:
        """Whether the customers of branch ``b`` walk along ``u``'s ``next`` edge to ``v``:
        ``v`` is on their path, or no path holds both ends (a jump between branches,
        which every branch of ``u`` takes)."""
        return v in on_path[b] or not any(u in on and v in on for on in on_path.values())

    # rule 3: each path as a path graph; a touchpoint with `next` has those edges instead
    walks: dict[str, nx.DiGraph] = {}
    for b, path in paths.items():
        walk: nx.DiGraph = nx.path_graph(path, create_using=nx.DiGraph)
        walk.remove_edges_from([(u, v) for u, v in walk.edges if nexts[u] is not None])
        walk.add_edges_from((u, v) for u in path for v in nexts[u] or ()
                            if v in order and takes(b, u, v))
        walks[b] = walk

    # rule 4: the union; each edge knows the branches whose path graph holds it
    union: nx.DiGraph = nx.compose_all([nodes, *walks.values()])
    for u, v, data in union.edges(data=True):
        data.update(branches=frozenset(b for b, w in walks.items() if b and w.has_edge(u, v)),
                    backward=order[v] <= order[u])

    if branch is None:
        return JourneyGraph(union, paths, walks, None)
    walk = walks[branch]
    sub: nx.DiGraph = nx.DiGraph()
    sub.add_nodes_from((n, union.nodes[n]) for n in union if n in walk)
    sub.add_edges_from((u, v, union.edges[u, v]) for u, v in walk.edges)
    return JourneyGraph(sub, {branch: paths[branch]}, {branch: walk}, branch)
