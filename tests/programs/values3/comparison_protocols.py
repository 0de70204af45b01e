class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1)]), max([OnlyLt(3), OnlyLt(5)]), min(OnlyLt(3), OnlyLt(1)), sorted([OnlyGt(2), OnlyGt(1)]), max(OnlyGt(1), OnlyGt(4)))
import heapq, bisect
h = [OnlyLt(5), OnlyLt(2), OnlyLt(9)]; heapq.heapify(h); print(heapq.heappop(h), bisect.bisect([OnlyLt(1), OnlyLt(3)], OnlyLt(2)))
class NoCmp: pass
for e in ['sorted([NoCmp(), NoCmp()])', 'NoCmp() < NoCmp()', 'NoCmp() <= 1', '1 >= NoCmp()', 'max(NoCmp(), NoCmp())', 'heapq.heappush([NoCmp()], NoCmp())', '[NoCmp()] < [NoCmp()]', '(1, NoCmp()) < (1, NoCmp())', 'OnlyLt(1) > OnlyLt(2)', 'OnlyLt(1) <= OnlyLt(2)', 'OnlyGt(1) < 5', '"a" < 1', '[1] < (1,)', '{1} < [1]', 'None > None', '1j > 1j']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
class R:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"R({self.items})"
l = [1]; l.append(l); d = {}; d["d"] = d; t = ([],); t[0].append(t)
print(l, d, t)
try: print(R())
except RecursionError as e: print("RecursionError", e)
class E:
    def __eq__(self, o): return NotImplemented
print(E() == E(), E() != E(), E() in [E()], [E()] == [E()], E() == 1, 1 == E())
class H:
    __hash__ = None
try: hash(H())
except TypeError as e: print(e)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__ is None, EqOnly() == 5, 5 == EqOnly(), [1, 2].count(EqOnly()), EqOnly() in {1: 2}.values(), (1, 2).index(EqOnly()))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), sorted(Seq(), reverse=True), list(reversed([*Seq()])), max(Seq()), dict.fromkeys(Seq()))
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as e: print("ValueError", e)
class L2:
    def __len__(self): return "x"
try: len(L2())
except TypeError as e: print("TypeError", e)
class B:
    def __bool__(self): return 1
try: bool(B())
except TypeError as e: print("TypeError", e)
class I:
    def __index__(self): return 2
print([1, 2, 3][I()], "abc"[I()], bin(I()), range(I()), hex(I()), [0] * I(), (1, 2, 3)[:I()], int(I()) if hasattr(I, "__int__") else "no int")
class S:
    def __str__(self): return 5
try: str(S())
except TypeError as e: print("TypeError", e)
class Rp:
    def __repr__(self): return None
try: repr(Rp())
except TypeError as e: print("TypeError", e)
class F:
    def __format__(self, spec): return 1
try: format(F())
except TypeError as e: print("TypeError", e)
class It:
    def __iter__(self): return 5
try: iter(It())
except TypeError as e: print("TypeError", e)
class Nx:
    def __iter__(self): return self
try: list(Nx())
except TypeError as e: print("TypeError", e)
