config = {
    "name": "service",
    "version": (2, 4, 1),
    "servers": [
        {"host": "alpha", "ports": [80, 443], "tags": {"prod", "eu"}},
        {"host": "beta", "ports": [8080], "tags": set(), "backup": None},
    ],
    "limits": {"cpu": 2.5, "memory": {"soft": 512, "hard": 1024}},
    "enabled": True,
}

def walk(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, path + (key,))
    elif isinstance(node, (list, tuple)):
        for i, value in enumerate(node):
            yield from walk(value, path + (i,))
    elif isinstance(node, (set, frozenset)):
        yield path, sorted(node)
    else:
        yield path, node

for path, value in walk(config):
    print(".".join(map(str, path)).ljust(26), type(value).__name__.ljust(8), repr(value))

def get(node, dotted, default=None):
    for part in dotted.split("."):
        try:
            node = node[int(part)] if isinstance(node, (list, tuple)) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return node

for q in ["limits.memory.hard", "servers.1.host", "servers.5.host", "version.0", "servers.0.ports.1", "enabled.x", "nothing"]:
    print(q, "->", get(config, q, "<missing>"))

def depth(node):
    if isinstance(node, dict):
        return 1 + max((depth(v) for v in node.values()), default=0)
    if isinstance(node, (list, tuple, set)):
        return 1 + max((depth(v) for v in node), default=0)
    return 0

print("depth:", depth(config), "| leaves:", sum(1 for _ in walk(config)))
flat = {".".join(map(str, p)): v for p, v in walk(config) if isinstance(v, (int, float)) and not isinstance(v, bool)}
print(flat)
print(sorted(flat, key=lambda k: (-flat[k], k))[:3])
