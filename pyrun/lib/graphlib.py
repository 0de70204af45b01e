"""graphlib: topological sorting, as documented for CPython's graphlib.

A TopologicalSorter holds a graph of nodes and their predecessors (the
nodes that must come before them).  static_order() gives one order of all
the nodes; prepare() / get_ready() / done() hand out the nodes in groups,
each group being the nodes whose predecessors are all done, so that the
work on a group can be done in parallel.

Orders are CPython's: nodes are remembered in the order they were first
seen (as a node or as a predecessor); a group lists the nodes that became
ready in the order they became so; a cycle is reported as the first one a
depth-first search finds, starting from the nodes in the order seen and
following each node's successors in the order they were added."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# what _pending holds for a node that no longer waits for predecessors
_HANDED_OUT = -1        # returned by get_ready(), not yet done()
_FINISHED = -2          # done()
_NO_MORE = object()     # the end of an iterator of successors


class CycleError(ValueError):
    """The graph has a cycle.  args[1] is the cycle as a list of nodes, the
    first and the last being the same node: each node in the list is a
    predecessor of the next one."""


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically."""

    def __init__(self, graph=None):
        # node -> how many predecessors it still waits for (or a state)
        self._pending = {}
        # node -> the nodes that have it as a predecessor, in order added
        self._successors = {}
        self._ready = None              # None until prepare()
        self._in_progress = 0           # nodes handed out, not yet done
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _know(self, node):
        if node not in self._pending:
            self._pending[node] = 0
            self._successors[node] = []

    def add(self, node, *predecessors):
        """Adds node, and predecessors as nodes that must come before it.
        A node may be added more than once: the predecessors add up."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._know(node)
        self._pending[node] += len(predecessors)
        for before in predecessors:
            self._know(before)
            self._successors[before].append(node)

    def prepare(self):
        """Ends the building of the graph; raises CycleError if it has a
        cycle (get_ready() can still hand out the nodes before it)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, count in self._pending.items()
                       if count == 0]
        cycle = self._first_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The tuple of nodes ready now (all their predecessors done) that
        were not returned before; () when there are none yet."""
        self._require_prepared()
        group = tuple(self._ready)
        for node in group:
            self._pending[node] = _HANDED_OUT
        self._ready.clear()
        self._in_progress += len(group)
        return group

    def is_active(self):
        """Whether there is more to do: nodes handed out and not done, or
        nodes ready."""
        self._require_prepared()
        return self._in_progress > 0 or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes returned by get_ready() as processed: the nodes that
        were waiting only for them become ready."""
        self._require_prepared()
        for node in nodes:
            state = self._pending.get(node)
            if state is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if state == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if state != _HANDED_OUT:
                raise ValueError(
                    f"node {node!r} was not passed out (still not ready)")
            self._pending[node] = _FINISHED
            for after in self._successors[node]:
                self._pending[after] -= 1
                if self._pending[after] == 0:
                    self._ready.append(after)
            self._in_progress -= 1

    def static_order(self):
        """All the nodes, in an order where each comes after its
        predecessors: the groups of get_ready() one after the other."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def _first_cycle(self):
        """The first cycle a depth-first search meets, or None."""
        visited = set()
        for start in self._pending:
            if start in visited:
                continue
            # the path from start to the node being explored, the place of
            # each node of it in the path, and what is left of each one's
            # successors to explore
            path = [start]
            position = {start: 0}
            left = [iter(self._successors[start])]
            visited.add(start)
            while path:
                following = next(left[-1], _NO_MORE)
                if following is _NO_MORE:
                    del position[path.pop()]
                    left.pop()
                    continue
                if following in position:
                    return path[position[following]:] + [following]
                if following in visited:
                    continue
                visited.add(following)
                position[following] = len(path)
                path.append(following)
                left.append(iter(self._successors[following]))
        return None

    __class_getitem__ = classmethod(GenericAlias)
