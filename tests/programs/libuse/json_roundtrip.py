import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True, "dims": {"w": 1, "h": 2.5}, "ü": "ñ"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent="\t", ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({"a": []}, indent=1))
print(json.dumps(data, separators=(",", ":"), sort_keys=True), json.dumps("line\n\"q\"\t\u0001"), json.dumps(1e20), json.dumps(-0.0))
print(json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}), json.dumps((1, 2)), json.dumps(float("inf")), json.dumps(3.0))
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'), json.loads("[]"), json.loads(' "\\u00e9\\n" '))
print(json.loads('{"a": 1, "a": 2}'), json.loads("12345678901234567890"), json.loads("1.5e300"), json.loads("NaN"), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"x": 1.10}', parse_float=str), json.loads("[1, 2]", parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__), json.dumps({"p": Point(0, 0)}, default=vars, indent=1))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", '{"a" 1}', "[1] x", "tru", '"abc', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", type(e).__name__ + ":", e, e.pos, e.lineno, e.colno)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
