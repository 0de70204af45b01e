class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def who(self):
        return "D>" + super().who()
    def chain(self):
        return ["D"] + super().chain()

print(D().who())
print(D().chain())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__)
print(B.__base__, D.__base__)
print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)))
print(isinstance(D(), C))

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class W(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class V(A, B): pass
except TypeError as e:
    print("TypeError:", e)
print(super(B, D()).who())
print(super(C, D()).who())
s = super(B, D())
print(type(s).__name__)
