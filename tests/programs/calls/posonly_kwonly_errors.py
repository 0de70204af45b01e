def connect(host, port=80, /, *, timeout=10, retries):
    return f"{host}:{port} t={timeout} r={retries}"

print(connect("a", retries=1))
print(connect("a", 8080, retries=2, timeout=5))

attempts = [
    lambda: connect(),
    lambda: connect("a"),
    lambda: connect(host="a", retries=1),
    lambda: connect("a", port=1, retries=1),
    lambda: connect("a", 1, 2, retries=1),
    lambda: connect("a", retries=1, verbose=True),
    lambda: connect("a", 1, 2, 3),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as exc:
        print("TypeError:", exc)

def only_kw(*, a, b, c):
    return a + b + c

for kwargs in [{}, {"a": 1}, {"a": 1, "b": 2}, {"a": 1, "b": 2, "c": 3}]:
    try:
        print(only_kw(**kwargs))
    except TypeError as exc:
        print("TypeError:", exc)

try:
    only_kw(1, 2)
except TypeError as exc:
    print("TypeError:", exc)

def pos(a, b, /):
    return a - b
try:
    pos(a=1, b=2)
except TypeError as exc:
    print("TypeError:", exc)
try:
    pos(1, b=2)
except TypeError as exc:
    print("TypeError:", exc)

def mixed(a, /, b, *args, c, **kw):
    return (a, b, args, c, kw)
print(mixed(1, 2, 3, 4, c=5, a=6))
print(mixed(1, b=2, c=3))
