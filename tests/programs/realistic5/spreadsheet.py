# A small spreadsheet: cell references parsed with re, formulas compiled to closures, graphlib ordering, cycle errors, ChainMap scopes and an uncaught error at the end.
import re
import math
import operator
from collections import ChainMap
from graphlib import TopologicalSorter, CycleError

REF = re.compile(r"\b([A-Z])([1-9][0-9]?)\b")
RANGE = re.compile(r"\b([A-Z])([1-9][0-9]?):([A-Z])([1-9][0-9]?)\b")
FUNCS = {"SUM": lambda *xs: sum(xs), "MAX": max, "MIN": min, "AVG": lambda *xs: sum(xs) / len(xs),
         "ROUND": round, "SQRT": math.sqrt, "ABS": abs, "IF": lambda c, a, b: a if c else b}


class CellError(Exception):
    def __init__(self, cell, problem):
        super().__init__(f"{cell}: {problem}")
        self.cell = cell


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}
        self.deps = {}

    def expand_ranges(self, text):
        def expand(m):
            c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            cells = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
            return ", ".join(cells)
        return RANGE.sub(expand, text)

    def __setitem__(self, cell, text):
        self.raw[cell] = str(text)
        if isinstance(text, str) and text.startswith("="):
            expr = self.expand_ranges(text[1:])
            self.deps[cell] = {"".join(m) for m in REF.findall(expr)}
        else:
            self.deps[cell] = set()

    def __getitem__(self, cell):
        return self.values[cell]

    def compile(self, cell):
        text = self.raw[cell]
        if not text.startswith("="):
            try:
                return lambda env: float(text) if "." in text else int(text)
            except ValueError:
                return lambda env: text
        expr = self.expand_ranges(text[1:])
        pyexpr = REF.sub(lambda m: f"env[{m.group(0)!r}]", expr)
        try:
            code = compile(pyexpr, f"<{cell}>", "eval")
        except SyntaxError as e:
            raise CellError(cell, f"bad formula {text!r} ({e.msg})") from None
        return lambda env: eval(code, {"__builtins__": {}}, ChainMap({"env": env}, FUNCS))

    def recalculate(self):
        graph = TopologicalSorter({c: self.deps[c] & self.raw.keys() for c in self.raw})
        missing = {d for ds in self.deps.values() for d in ds} - self.raw.keys()
        if missing:
            raise CellError(",".join(sorted(missing)), "referenced but empty")
        order = list(graph.static_order())
        self.values.clear()
        errors = {}
        for cell in order:
            try:
                self.values[cell] = self.compile(cell)(self.values)
            except CellError:
                raise
            except KeyError as e:
                errors[cell] = f"#REF({e.args[0]})"
                self.values[cell] = errors[cell]
            except NameError as e:
                errors[cell] = f"#NAME({e.name})"
                self.values[cell] = errors[cell]
            except (ZeroDivisionError, ValueError, TypeError) as e:
                errors[cell] = f"#{type(e).__name__}"
                self.values[cell] = errors[cell]
        return order, errors

    def show(self, cols="ABCD", rows=range(1, 6)):
        print("    " + "".join(f"{c:^10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get(f"{c}{r}", "")
                cells.append(f"{v:>10.3f}" if isinstance(v, float) else f"{v!s:>10}")
            print(f"{r:>3} " + "".join(cells))


sheet = Sheet()
data = {"A1": "12", "A2": "7.5", "A3": "-3", "A4": "=SUM(A1:A3)", "A5": "=AVG(A1:A3)",
        "B1": "=A1*2", "B2": "=B1+A2", "B3": "=SQRT(B1)", "B4": "=MAX(A1:B3)", "B5": "=ROUND(B3, 2)",
        "C1": "=A1/A3", "C2": "=A1/(A3+3)", "C3": "=SQRT(A3)", "C4": "=IF(A1>10, 'big', 'small')",
        "C5": "=ABS(A3)**2 % 5", "D1": "label", "D2": "=D1*2", "D3": "=D1+1", "D4": "=len(D1)"}
for cell, text in data.items():
    sheet[cell] = text
order, errors = sheet.recalculate()
print("first five in order:", [c for c in order if c[0] == "A"][:3], order.index("B2") > order.index("B1"))
print("errors:", dict(sorted(errors.items())))
sheet.show()

sheet["A1"] = "100"
sheet.recalculate()
print("after A1=100:", sheet["A4"], sheet["B2"], sheet["C4"], round(sheet["B3"], 6))

sheet["E1"] = "=E2+1"
sheet["E2"] = "=E3+1"
sheet["E3"] = "=E1"
try:
    sheet.recalculate()
except CycleError as e:
    cycle = e.args[1]
    print("cycle:", e.args[0], sorted(set(cycle)), cycle[0] == cycle[-1])
for c in ("E1", "E2", "E3"):
    del sheet.raw[c], sheet.deps[c]

sheet["F1"] = "=A1 +* 2"
try:
    sheet.recalculate()
except CellError as e:
    print("cell error:", e, "| cell:", e.cell)
sheet["F1"] = "=Z9 + 1"
try:
    sheet.recalculate()
except CellError as e:
    print("cell error:", e)
sheet["F1"] = "=__import__('os')"
sheet.recalculate()
print("sandboxed:", sheet["F1"])

totals = {col: sum(v for k, v in sheet.values.items() if k[0] == col and isinstance(v, (int, float)))
          for col in "ABC"}
print(totals, max(totals.items(), key=operator.itemgetter(1)))
scopes = ChainMap({"x": 1}, {"x": 2, "y": 3})
child = scopes.new_child({"z": 4})
child["x"] = 10
print(child, child.parents, sorted(child), len(child), scopes.maps[0])
print(REF.findall("A1 + B22 - Z99 * AA1 + c3"), RANGE.sub("<r>", "SUM(A1:B2) + C3:D4"))
print(re.sub(r"(?P<col>[A-Z])(?P<row>\d+)", r"\g<row>\g<col>", "A1 B22"), re.split(r"([+*/-])", "A1+B2*3"))
ts = TopologicalSorter()
for node, preds in {"deploy": ["test", "build"], "test": ["build"], "build": ["fetch"]}.items():
    ts.add(node, *preds)
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print(batches)
sheet["G1"] = "=FUNCS"
sheet["G2"] = "=SUM(A1, A2)"
sheet["G3"] = "=SUM(A1, D1)"
print("G:", sheet.recalculate()[1]["G1"], sheet["G2"])
sheet.compile("G3")(sheet.values)
