class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with Resource("a") as r:
    print("body", r.name)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)
def f():
    with Resource("ret"):
        return "returned"
print(f())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)
class EnterRaises:
    def __enter__(self):
        raise OSError("no enter")
    def __exit__(self, *a):
        print("never")
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print("OSError", e)
with (Resource("p1") as p1,
      Resource("p2") as p2):
    print("paren")
