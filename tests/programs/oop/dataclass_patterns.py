from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 1

    def total(self):
        return self.price * self.qty

a = Item("pen", 1.5)
b = Item("book", 12.0, ["paper"], 2)
print(a, b)
print(a.total(), b.total(), a == Item("pen", 1.5), a == b)
print(asdict(b), astuple(a))
print(replace(a, qty=10))
print([f.name for f in fields(Item)])

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1), Version(1)})

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("negative opening balance")
        self.history.append(("open", self.balance))

acct = Account("zoe", 10)
print(acct, acct.history)
try:
    Account("bad", -1)
except ValueError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Wrong:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(e)
