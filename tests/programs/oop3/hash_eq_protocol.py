class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"

d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 2), Key(1, 2), Key(3, 4)}
print(len(s))

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
class HashChild(EqOnly):
    __hash__ = object.__hash__
print(type(hash(HashChild())).__name__)

class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class StrHash:
    def __hash__(self):
        return "x"
try:
    hash(StrHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print({0, 0.0, False, -0.0})
print(hash((1, 2)) == hash((1.0, 2.0)))
class Ident:
    pass
a = Ident()
print(a == a, a == Ident(), a != a, hash(a) == hash(a))
print(NotImplemented == NotImplemented, None == None, ... == ...)
