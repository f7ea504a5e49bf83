"""The journey graph: how touchpoints follow each other, per branch.

Built exactly as the Graph section of docs/format.md says:

1. touchpoints are ordered by stage, then by their place in the stage;
2. with no branches declared there is one path through every touchpoint;
   otherwise each branch's path is every touchpoint that names the branch or
   names no branch (shared), in that order;
3. consecutive touchpoints on a path are joined by an edge, except that a
   touchpoint with ``next`` gets exactly the edges to the touchpoints it lists;
4. the graph is the union of all paths.  A touchpoint with two or more
   different predecessors is a *convergence* point, one with two or more
   different successors a *split* point.  Each edge knows which branches use it.

Where the format is silent — which branches use a ``next`` edge — cxmap takes the
branches that contain both ends of the edge; when there are none (the edge
jumps from one branch to another, e.g. a complaint on any path leading to a
visit to a store), it takes the branches of the edge's source: those are the
customers who can walk along it.  In a map without branches every edge has an
empty branch set.

Cycles (a complaint leading back to a re-purchase) are allowed.

The questions the checks ask (convergence, splits, back edges, whether there is
a cycle, what each branch's customers can reach) are answered from plain dicts
in linear time: ``cxmap validate`` runs them on every commit and cannot afford
networkx's import (about 0.2-0.4 s, more than the whole command).  networkx's
``DiGraph`` (:attr:`JourneyGraph.nx`) is built on first use, for the algorithms
worth importing it for in the commands that draw and report: listing the
elementary cycles (:meth:`JourneyGraph.cycles`) and the touchpoints every
customer of a branch passes through (:meth:`JourneyGraph.must_pass`).  See
docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from cxmap.model.journey import Journey, Stage, Touchpoint


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
    #: the edge comes from a ``next`` list rather than from path order
    explicit: bool
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
    """A journey's touchpoint graph, exposed as an ``nx.DiGraph`` (:attr:`nx`).

    Nodes are touchpoint ids with attributes ``stage`` (stage id), ``order``
    (position in journey order) and ``branches`` (tuple or None = shared).
    Edges carry ``branches`` (frozenset of branch ids), ``explicit`` and
    ``backward``.

    The structure is held in plain dicts and the ``nx.DiGraph`` is built the
    first time :attr:`nx` (or a networkx algorithm such as :meth:`cycles`) is
    used: importing networkx costs about 0.15-0.4 s, which ``cxmap render``
    does not need to pay.
    """

    def __init__(self, journey: Journey, nodes: dict[str, dict[str, Any]],
                 succ: dict[str, dict[str, dict[str, Any]]], branch: str | None,
                 branch_paths: dict[str, list[str]]) -> None:
        self.journey = journey
        self._nodes = nodes
        self._succ = succ
        self._pred: dict[str, dict[str, dict[str, Any]]] = {n: {} for n in nodes}
        for u, targets in succ.items():
            for v, data in targets.items():
                self._pred[v][u] = data
        #: the branch the graph was restricted to, if any
        self.branch = branch
        self._paths = branch_paths
        self._nx: nx.DiGraph | None = None

    @property
    def nx(self) -> nx.DiGraph:
        """The graph as a networkx ``DiGraph`` (built on first use)."""
        if self._nx is None:
            import networkx

            g: nx.DiGraph = networkx.DiGraph()
            g.add_nodes_from((n, dict(d)) for n, d in self._nodes.items())
            g.add_edges_from((u, v, dict(d)) for u, t in self._succ.items()
                             for v, d in t.items())
            self._nx = g
        return self._nx

    # -- nodes ---------------------------------------------------------------
    def nodes(self) -> list[str]:
        """Touchpoint ids in journey order."""
        return sorted(self._nodes, key=self.order_of)

    def __contains__(self, tp_id: object) -> bool:
        return tp_id in self._nodes

    def __len__(self) -> int:
        return len(self._nodes)

    def stage_of(self, tp_id: str) -> str:
        return str(self._nodes[tp_id]["stage"])

    def order_of(self, tp_id: str) -> int:
        return int(self._nodes[tp_id]["order"])

    def predecessors(self, tp_id: str) -> list[str]:
        return sorted(self._pred[tp_id], key=self.order_of)

    def successors(self, tp_id: str) -> list[str]:
        return sorted(self._succ[tp_id], key=self.order_of)

    # -- edges ---------------------------------------------------------------
    def edges(self) -> list[Edge]:
        """Every edge, ordered by source then target in journey order."""
        out = [self.edge(u, v) for u, t in self._succ.items() for v in t]
        out.sort(key=lambda e: (self.order_of(e.source), self.order_of(e.target)))
        return out

    def edge(self, source: str, target: str) -> Edge:
        data = self._succ[source][target]
        return Edge(source, target, frozenset(data["branches"]), bool(data["explicit"]),
                    bool(data["backward"]))

    def edge_set(self) -> set[tuple[str, str]]:
        return {(u, v) for u, t in self._succ.items() for v in t}

    def branches_of_edge(self, source: str, target: str) -> frozenset[str]:
        return frozenset(self._succ[source][target]["branches"])

    # -- structure -----------------------------------------------------------
    def paths(self) -> dict[str, list[str]]:
        """Each branch's path (touchpoint ids in journey order), per rule 2;
        the key ``""`` holds the single path of a map without branches.
        ``next`` does not change which touchpoints lie on a path, only edges."""
        return {k: list(v) for k, v in self._paths.items()}

    def convergence_points(self) -> list[str]:
        """Touchpoints reached from two or more different predecessors."""
        return [n for n in self.nodes() if len(self._pred[n]) >= 2]

    def split_points(self) -> list[str]:
        """Touchpoints with two or more different successors."""
        return [n for n in self.nodes() if len(self._succ[n]) >= 2]

    def is_convergence(self, tp_id: str) -> bool:
        return len(self._pred[tp_id]) >= 2

    def is_split(self, tp_id: str) -> bool:
        return len(self._succ[tp_id]) >= 2

    def entry_points(self) -> list[str]:
        """Touchpoints nothing leads to (where customers start)."""
        return [n for n in self.nodes() if not self._pred[n]]

    def exit_points(self) -> list[str]:
        """Touchpoints that lead nowhere (where customers leave)."""
        return [n for n in self.nodes() if not self._succ[n]]

    def branches_reaching(self, stage_id: str) -> list[str]:
        """Branches whose customers reach a touchpoint of the stage, following
        edges each branch uses, from the start of its path.  In a map without
        branches: ``[""]`` when the stage is reachable at all, else ``[]``."""
        out: list[str] = []
        for b in self._paths:
            reached = self.reachable_on_branch(b)
            if any(self.stage_of(n) == stage_id for n in reached):
                out.append(b)
        return out

    def reachable_on_branch(self, branch: str) -> set[str]:
        """Touchpoints a customer on ``branch`` can reach: from the first
        touchpoint of the branch's path, along edges the branch uses (in a map
        without branches, pass ``""``: every edge)."""
        path = self._paths.get(branch)
        if not path or path[0] not in self._nodes:
            return set()
        seen = {path[0]}
        stack = [path[0]]
        while stack:
            n = stack.pop()
            for m, data in self._succ[n].items():
                if m not in seen and self._uses(branch, data):
                    seen.add(m)
                    stack.append(m)
        return seen

    def touchpoints_on_branch(self, branch: str) -> list[str]:
        """Touchpoints on a branch's path (rule 2)."""
        return list(self._paths.get(branch, []))

    # -- reachability (the questions the method's rules ask) --------------------
    def back_edges(self) -> list[Edge]:
        """Edges that lead back to the same or an earlier touchpoint in journey
        order (a complaint leading back to a store visit), in edge order."""
        return [e for e in self.edges() if e.backward]

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
        path = [n for n in self._paths[branch] if n in self._nodes]
        if not path:
            return BranchReach(branch, None, None)
        reached = self.reachable_on_branch(branch)
        last_stage = self.stage_of(path[-1])
        dead_ends = tuple(
            n for n in sorted(reached, key=self.order_of)
            if self.stage_of(n) != last_stage
            and not any(self._uses(branch, d) for d in self._succ[n].values()))
        return BranchReach(
            branch=branch, start=path[0], last_stage=last_stage,
            reached=frozenset(reached),
            unreached=tuple(n for n in path if n not in reached),
            dead_ends=dead_ends,
            reached_stages=frozenset(self.stage_of(n) for n in reached))

    def reach(self) -> list[BranchReach]:
        """:meth:`branch_reach` of every branch, in declaration order."""
        return [self.branch_reach(b) for b in self._paths]

    def unreachable(self) -> list[str]:
        """Touchpoints that no customer reaches: on no branch does a walk from
        the first touchpoint of the branch's path get to them (journey order)."""
        reached: set[str] = set()
        for b in self._paths:
            reached |= self.reachable_on_branch(b)
        return [n for n in self.nodes() if n not in reached]

    def has_cycles(self) -> bool:
        """Whether some touchpoint leads back to itself (iterative DFS, no networkx)."""
        colour: dict[str, int] = {}  # 1 on the DFS stack, 2 done
        for root in self._nodes:
            if root in colour:
                continue
            colour[root] = 1
            stack = [(root, iter(self._succ[root]))]
            while stack:
                node, children = stack[-1]
                for child in children:
                    state = colour.get(child)
                    if state == 1:
                        return True
                    if state is None:
                        colour[child] = 1
                        stack.append((child, iter(self._succ[child])))
                        break
                else:
                    colour[node] = 2
                    stack.pop()
        return False

    def cycles(self) -> list[list[str]]:
        """Elementary cycles (loops back, e.g. complaint -> re-purchase), each
        starting at its earliest touchpoint, ordered by it (networkx)."""
        import networkx

        found = []
        for c in networkx.simple_cycles(self.nx):
            first = min(range(len(c)), key=lambda i: self.order_of(c[i]))
            found.append(c[first:] + c[:first])
        found.sort(key=lambda c: [self.order_of(n) for n in c])
        return found

    def must_pass(self, branch: str) -> list[str]:
        """Touchpoints every customer of ``branch`` passes through on the way
        from the first touchpoint of its path to its last one (the path's
        bottlenecks: a low score there hurts everyone on the branch), in
        journey order; empty when the end cannot be reached (networkx's
        dominators)."""
        import networkx

        if branch not in self._paths:
            raise UnknownBranchError(branch, [b for b in self._paths if b])
        path = [n for n in self._paths[branch] if n in self._nodes]
        if not path:
            return []
        start, end = path[0], path[-1]
        g = networkx.DiGraph()
        g.add_nodes_from(self._nodes)
        g.add_edges_from((u, v) for u, t in self._succ.items() for v, d in t.items()
                         if self._uses(branch, d))
        dominators = networkx.immediate_dominators(g, start)
        if end not in dominators:
            return []
        out = [end]
        while out[-1] != start:
            out.append(dominators[out[-1]])
        return sorted(out, key=self.order_of)

    @staticmethod
    def _uses(branch: str, data: dict[str, Any]) -> bool:
        """Whether customers of ``branch`` walk along an edge with ``data``."""
        bs = data["branches"]
        return not branch or not bs or branch in bs


def _ordered(journey: Journey) -> Iterator[tuple[int, Stage, Touchpoint]]:
    for i, (stage, tp) in enumerate(journey.iter_touchpoints()):
        yield i, stage, tp


def build_graph(journey: Journey, branch: str | None = None) -> JourneyGraph:
    """The journey graph of a valid map; with ``branch``, only that branch's
    path (its touchpoints and the edges it uses).

    Raises :class:`UnknownBranchError` for a branch the map does not declare.
    References are assumed resolved (the checks guarantee it for a valid map);
    a ``next`` to an unknown touchpoint is skipped.
    """
    branch_ids = journey.branch_ids
    if branch is not None and branch not in branch_ids:
        raise UnknownBranchError(branch, branch_ids)

    nodes: dict[str, dict[str, Any]] = {}
    succ: dict[str, dict[str, dict[str, Any]]] = {}
    tps: dict[str, Touchpoint] = {}
    for i, stage, tp in _ordered(journey):
        nodes[tp.id] = {"stage": stage.id, "order": i, "branches": tp.branch_ids}
        succ[tp.id] = {}
        tps[tp.id] = tp

    # rule 2: each branch's path
    paths: dict[str, list[str]] = {}
    if not branch_ids:
        paths[""] = list(tps)
    else:
        for b in branch_ids:
            paths[b] = [t for t in tps if journey.on_branch(tps[t], b)]

    def add(u: str, v: str, bs: set[str], explicit: bool) -> None:
        data = succ[u].get(v)
        if data is not None:
            data["branches"] |= bs
            data["explicit"] = data["explicit"] or explicit
        else:
            succ[u][v] = {"branches": set(bs), "explicit": explicit,
                          "backward": nodes[v]["order"] <= nodes[u]["order"]}

    # rule 3: consecutive touchpoints on a path, unless the first has `next`
    for b, path in paths.items():
        for u, v in pairwise(path):
            if tps[u].next is None:
                add(u, v, {b} if b else set(), explicit=False)
    for u, tp in tps.items():
        for v in tp.next or ():
            if v not in tps:
                continue
            if not branch_ids:
                bs: set[str] = set()
            else:
                src = {b for b in branch_ids if journey.on_branch(tp, b)}
                both = {b for b in src if journey.on_branch(tps[v], b)}
                bs = both or src
            add(u, v, bs, explicit=True)

    for targets in succ.values():
        for data in targets.values():
            data["branches"] = frozenset(data["branches"])

    if branch is not None:
        kept = {u: {v: d for v, d in t.items() if branch in d["branches"]}
                for u, t in succ.items()}
        keep_nodes = set(paths[branch]) | {n for u, t in kept.items() if t
                                           for n in (u, *t)}
        sub_nodes = {n: d for n, d in nodes.items() if n in keep_nodes}
        sub_succ = {u: t for u, t in kept.items() if u in keep_nodes}
        return JourneyGraph(journey, sub_nodes, sub_succ, branch, {branch: paths[branch]})
    return JourneyGraph(journey, nodes, succ, None, paths)


def graph_summary(graph: JourneyGraph) -> dict[str, Any]:
    """A JSON-friendly summary (for reports and lint)."""
    return {
        "nodes": graph.nodes(),
        "edges": [{"source": e.source, "target": e.target, "branches": sorted(e.branches),
                   "explicit": e.explicit, "backward": e.backward} for e in graph.edges()],
        "convergence": graph.convergence_points(),
        "split": graph.split_points(),
        "unreachable": graph.unreachable(),
    }
