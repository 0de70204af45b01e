# JSON round trip of nested data with a custom JSONEncoder, object_hook, object_pairs_hook, parse_float, and error positions.
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from collections import OrderedDict
from enum import Enum


class Priority(Enum):
    LOW = 1
    HIGH = 2


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class RichEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return {"$type": "datetime", "value": o.isoformat()}
        if isinstance(o, date):
            return {"$type": "date", "value": o.isoformat()}
        if isinstance(o, timedelta):
            return {"$type": "timedelta", "seconds": o.total_seconds()}
        if isinstance(o, Decimal):
            return {"$type": "decimal", "value": str(o)}
        if isinstance(o, Fraction):
            return {"$type": "fraction", "value": [o.numerator, o.denominator]}
        if isinstance(o, (set, frozenset)):
            return {"$type": type(o).__name__, "items": sorted(o)}
        if isinstance(o, Enum):
            return {"$type": "enum", "value": f"{type(o).__name__}.{o.name}"}
        if isinstance(o, Point):
            return {"$type": "point", "xy": [o.x, o.y]}
        if isinstance(o, complex):
            return {"$type": "complex", "value": [o.real, o.imag]}
        return super().default(o)


DECODERS = {
    "datetime": lambda d: datetime.fromisoformat(d["value"]),
    "date": lambda d: date.fromisoformat(d["value"]),
    "timedelta": lambda d: timedelta(seconds=d["seconds"]),
    "decimal": lambda d: Decimal(d["value"]),
    "fraction": lambda d: Fraction(*d["value"]),
    "set": lambda d: set(d["items"]),
    "frozenset": lambda d: frozenset(d["items"]),
    "enum": lambda d: Priority[d["value"].split(".")[1]],
    "point": lambda d: Point(*d["xy"]),
    "complex": lambda d: complex(*d["value"]),
}


def rich_hook(d):
    kind = d.get("$type")
    return DECODERS[kind](d) if kind in DECODERS else d


project = {
    "name": "Bridge \"Golden\" — phase ②",
    "started": date(2023, 3, 14),
    "updated": datetime(2024, 1, 2, 15, 4, 5, 123000),
    "budget": Decimal("1250000.10"),
    "share": Fraction(3, 8),
    "duration": timedelta(days=3, hours=4),
    "tags": {"steel", "cable", "paint"},
    "frozen": frozenset({3, 1, 2}),
    "priority": Priority.HIGH,
    "anchor": Point(1.5, -2),
    "impedance": 3 + 4j,
    "milestones": [
        {"title": "survey", "done": True, "cost": 1e5, "notes": None},
        {"title": "pylons", "done": False, "cost": 2.5e-3, "crew": [1, 2, 3]},
    ],
    "matrix": [[1, 2], [3, 4]],
    "empty": {"list": [], "dict": {}, "str": ""},
    "numbers": [0, -0.0, 1.0, 10**20, 1 / 3, 123456789.125, float("inf")],
}

text = json.dumps(project, cls=RichEncoder, indent=2, sort_keys=True, ensure_ascii=False)
print(text)
back = json.loads(text, object_hook=rich_hook)
for key in sorted(project):
    same = back[key] == project[key]
    print(f"{key:11} {'same' if same else 'DIFFERENT'} {type(back[key]).__name__}")

compact = json.dumps(project, cls=RichEncoder, separators=(",", ":"), sort_keys=True)
print(len(compact), compact[:90])
print(json.dumps(project["name"]), json.dumps("tab\tnl\n\u0001\u00e9\ud83d\ude00"))
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, indent="--"))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([1, 2], indent=0), json.dumps({}, indent=4), json.dumps([[]], indent=2))

pairs = json.loads('{"z": 1, "a": 2, "z": 3, "m": {"y": 1, "b": 2}}', object_pairs_hook=OrderedDict)
print(pairs, list(pairs["m"]))
print(json.loads('[1.10, 2.50, 1e400, -1e400]', parse_float=Decimal))
print(json.loads('[1.5, 2, "x"]', parse_int=lambda s: int(s) * 100, parse_float=lambda s: s + "!"))
print(json.loads('"\\u00e9\\ud83d\\ude00\\/\\\\"'), json.loads(' [NaN, Infinity, -Infinity] '))

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '"unterminated', 'nul', '[1] x', '{1: 2}', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:16} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")

try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", str(e).replace(hex(id(e)), "?")[:40])
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
cyclic = []
cyclic.append(cyclic)
try:
    json.dumps(cyclic)
except ValueError as e:
    print("ValueError:", e)
