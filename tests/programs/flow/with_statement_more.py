class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("inside", r.name)

with Resource("b", suppress=True):
    raise ValueError("hidden")
print("after b")

try:
    with Resource("c"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", e)

with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)

def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())

for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print(e)

try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        1 / 0
except ValueError as e:
    print(e, "context:", repr(e.__context__))
with Resource("tuple-target") as (x):
    print(x.name)
