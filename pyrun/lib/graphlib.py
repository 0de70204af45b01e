"""Topological sorting of a graph, as CPython's graphlib.

The order is CPython's: the nodes without predecessors in the order they
were first mentioned, then each node as soon as its last predecessor is
done, successors in the order their edges were added."""

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0      # _NODE_OUT once handed out, _NODE_DONE once done
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle: args[1] is one, as a list of nodes whose
    first and last are the same."""


class TopologicalSorter:
    """Nodes given with their predecessors; static_order() lists them so
    that each comes after its predecessors, get_ready()/done() hand them
    out a group at a time."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        result = self._node2info.get(node)
        if result is None:
            self._node2info[node] = result = _NodeInfo(node)
        return result

    def add(self, node, *predecessors):
        """Adds node, to come after each of predecessors."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        nodeinfo = self._get_nodeinfo(node)
        nodeinfo.npredecessors += len(predecessors)
        for pred in predecessors:
            pred_info = self._get_nodeinfo(pred)
            pred_info.successors.append(node)

    def prepare(self):
        """Ends the adding; a CycleError if the graph has a cycle."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done, not handed out yet."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        n2i = self._node2info
        for node in result:
            n2i[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while nodes remain to be handed out or done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes (handed out by get_ready) as done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            nodeinfo = n2i.get(node)
            if nodeinfo is None:
                raise ValueError(f"node {node!r} was not added using add()")
            stat = nodeinfo.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                elif stat == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                else:
                    raise ValueError(f"node {node!r}: unknown status {stat}")
            nodeinfo.npredecessors = _NODE_DONE
            for successor in nodeinfo.successors:
                successor_info = n2i[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        """A cycle found by a depth-first walk from each node in turn, or None."""
        n2i = self._node2info
        stack = []
        iterators = []
        seen = set()
        position = {}
        for node in n2i:
            if node in seen:
                continue
            while True:
                if node in seen:
                    if node in position:
                        return stack[position[node]:] + [node]
                else:
                    seen.add(node)
                    iterators.append(iter(n2i[node].successors))
                    position[node] = len(stack)
                    stack.append(node)
                while stack:
                    try:
                        node = next(iterators[-1])
                        break
                    except StopIteration:
                        del position[stack.pop()]
                        iterators.pop()
                else:
                    break
        return None

    def static_order(self):
        """All the nodes, in an order where each follows its predecessors."""
        self.prepare()
        while self.is_active():
            node_group = self.get_ready()
            yield from node_group
            self.done(*node_group)

    __class_getitem__ = classmethod(type(list[int]))
