# Graph algorithms on a small road network: BFS, DFS, Dijkstra with a
# hand-written heap, topological sort, cycle detection, components.

class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})
        if not self.directed:
            self.adj[b][a] = w

    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        while queue:
            node = queue.pop(0)
            order.append(node)
            for nxt in sorted(self.adj[node]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for nxt in sorted(self.adj[start]):
            if nxt not in seen:
                yield from self.dfs(nxt, seen)

    def dijkstra(self, source):
        dist = {source: 0}
        prev = {}
        heap = [(0, source)]
        while heap:
            d, node = heap_pop(heap)
            if d > dist.get(node, float("inf")):
                continue
            for nxt, w in self.adj[node].items():
                nd = d + w
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    prev[nxt] = node
                    heap_push(heap, (nd, nxt))
        return dist, prev

    def path(self, source, target):
        dist, prev = self.dijkstra(source)
        if target not in dist:
            return None, float("inf")
        path = [target]
        while path[-1] != source:
            path.append(prev[path[-1]])
        return path[::-1], dist[target]

    def components(self):
        seen, comps = set(), []
        for n in self.nodes():
            if n not in seen:
                comp = list(self.dfs(n, seen))
                comps.append(sorted(comp))
        return comps

    def topo_sort(self):
        indegree = {n: 0 for n in self.adj}
        for n in self.adj:
            for m in self.adj[n]:
                indegree[m] += 1
        ready = sorted(n for n, d in indegree.items() if d == 0)
        order = []
        while ready:
            n = ready.pop(0)
            order.append(n)
            for m in sorted(self.adj[n]):
                indegree[m] -= 1
                if indegree[m] == 0:
                    ready.append(m)
                    ready.sort()
        if len(order) != len(self.adj):
            raise ValueError("graph has a cycle: " + ", ".join(sorted(n for n, d in indegree.items() if d)))
        return order


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i and heap[(i - 1) // 2] > heap[i]:
        heap[(i - 1) // 2], heap[i] = heap[i], heap[(i - 1) // 2]
        i = (i - 1) // 2


def heap_pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(heap):
                break
            if c + 1 < len(heap) and heap[c + 1] < heap[c]:
                c += 1
            if heap[i] <= heap[c]:
                break
            heap[i], heap[c] = heap[c], heap[i]
            i = c
    return top


roads = Graph()
for a, b, km in [("Amsterdam", "Utrecht", 45), ("Utrecht", "Arnhem", 65), ("Amsterdam", "Haarlem", 20),
                 ("Haarlem", "Leiden", 35), ("Leiden", "Den Haag", 20), ("Den Haag", "Rotterdam", 25),
                 ("Rotterdam", "Utrecht", 60), ("Utrecht", "Den Bosch", 55), ("Rotterdam", "Breda", 50),
                 ("Breda", "Den Bosch", 50), ("Groningen", "Assen", 30)]:
    roads.add_edge(a, b, km)
print("BFS:", roads.bfs("Amsterdam"))
print("DFS:", list(roads.dfs("Amsterdam")))
for target in ["Breda", "Arnhem", "Assen"]:
    path, km = roads.path("Haarlem", target)
    print(f"Haarlem -> {target}: {km} km via {path}")
dist, _ = roads.dijkstra("Utrecht")
print(sorted(dist.items(), key=lambda kv: (kv[1], kv[0])))
print("components:", roads.components())

tasks = Graph(directed=True)
for a, b in [("wake", "shower"), ("wake", "coffee"), ("coffee", "breakfast"), ("shower", "dress"),
             ("dress", "leave"), ("breakfast", "leave"), ("leave", "work")]:
    tasks.add_edge(a, b)
print("order:", tasks.topo_sort())
tasks.add_edge("work", "coffee")
try:
    tasks.topo_sort()
except ValueError as e:
    print("error:", e)
