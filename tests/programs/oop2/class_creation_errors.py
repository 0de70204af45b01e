# Errors when a class cannot be made, and what __slots__ allows on built-ins.
tests = [
    "class A(1): pass",
    "class A(int, int): pass",
    "class A(object, int): pass",
    "class A(str, int): pass",
    "class A(bool): pass",
    "class A(metaclass=5): pass",
    "class A(x=1): pass",
    "class A: __slots__ = ('a', 'a')",
    "class A: __slots__ = (1,)",
    "class A(int): __slots__ = ('x',)",
    "class A(int): __slots__ = ()",
    "class A(tuple): __slots__ = ('y',)",
    "class A(float): __slots__ = ('x',)",
    "A = type('A', (), {}, 5)",
    "A = type(1, (), {})",
    "A = type('A', (1,), {})",
    "class A(object): pass\nclass B(object, A): pass",
    "class M1(type): pass\nclass M2(type): pass\nclass A(metaclass=M1): pass\nclass B(metaclass=M2): pass\nclass C(A, B): pass",
]
for t in tests:
    try:
        exec(t, {})
        print("ok:    ", t.splitlines()[-1])
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
class Point(float):
    __slots__ = ("label",)
p = Point(2.5)
p.label = "x"
print(p, p.label, p * 2)
