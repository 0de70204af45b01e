from collections import defaultdict, deque, namedtuple, OrderedDict, ChainMap
groups = defaultdict(list)
for name, dept in [("ann", "eng"), ("bo", "ops"), ("cy", "eng")]:
    groups[dept].append(name)
print(groups, dict(groups), groups["none"], len(groups))
counter = defaultdict(int)
for ch in "banana":
    counter[ch] += 1
print(sorted(counter.items()), defaultdict(lambda: "?")["x"], repr(defaultdict(None)), defaultdict(set).default_factory)
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, d[0], d[-1], len(d), 3 in d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extend("ab"); d.extendleft("yz"); print(d, d.pop(), d.popleft(), d.count(4), d.index(4))
q = deque()
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque(range(3)) == deque([0, 1, 2]), deque("ab") + deque("c"), deque([1]) * 3, list(reversed(deque("abc"))))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]), tuple(p), p == (1, 2))
x, y = p; print(x, y, isinstance(p, tuple), Point.__name__, hash(p) == hash((1, 2)))
Card = namedtuple("Card", ["rank", "suit"], defaults=["spades"])
print(Card("A"), Card._field_defaults, Card("K", suit="hearts"))
R = namedtuple("R", "a def class", rename=True); print(R._fields)
for bad in ['namedtuple("B", "a a")', 'namedtuple("B", "1a")', 'namedtuple("B", "a class")', 'Point(1)', 'Point(1, 2, 3)',
            'Point(1, 2, z=3)', 'p.z', 'p._replace(z=1)', 'Point._make([1])']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od, list(od)); od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
d = deque([1, 2, 3])
for expr in ['d[5]', 'd.index(9)', 'd.remove(9)', 'deque([1], maxlen=-1)', 'd.rotate("a")', 'deque([]).rotate(1.5)',
             'deque(1)', 'd + [1]', 'd * "a"', 'd[1:2]']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
d.rotate(True); print(d)
