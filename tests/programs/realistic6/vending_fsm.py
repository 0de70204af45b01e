# A vending machine as a state machine: Enum/IntEnum/Flag/auto, match/case with class patterns (__match_args__ and keywords), mapping patterns with **rest, guards, or-patterns, nested sequence patterns and captures with `as`.
from dataclasses import dataclass
from enum import Enum, IntEnum, Flag, auto


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    SERVICE = auto()

    def __str__(self):
        return self.name.lower().replace("_", " ")


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100


class Alarm(Flag):
    NONE = 0
    LOW_STOCK = auto()
    DOOR_OPEN = auto()
    COIN_JAM = auto()
    CRITICAL = DOOR_OPEN | COIN_JAM


@dataclass
class Insert:
    coin: Coin


@dataclass
class Select:
    slot: str
    quantity: int = 1


class Refund:
    def __repr__(self):
        return "Refund()"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


@dataclass(frozen=True)
class Product:
    name: str
    price: int
    stock: int


class Machine:
    def __init__(self, products):
        self.state = State.IDLE
        self.credit = 0
        self.products = dict(products)
        self.alarms = Alarm.NONE
        self.log = []

    def handle(self, event):
        match (self.state, event):
            case (State.SERVICE, {"action": "close", **rest}):
                self.state = State.IDLE
                self.alarms &= ~Alarm.DOOR_OPEN
                return f"closed; extra fields {sorted(rest)}"
            case (State.SERVICE, {"action": "restock", "slot": str(slot), "count": int(n)}) if n > 0:
                p = self.products[slot]
                self.products[slot] = Product(p.name, p.price, p.stock + n)
                return f"restocked {slot} to {self.products[slot].stock}"
            case (State.SERVICE, _):
                return "in service mode"
            case (_, {"action": "open"}):
                self.state = State.SERVICE
                self.alarms |= Alarm.DOOR_OPEN
                return "door open"
            case (State.IDLE | State.HAS_MONEY, Insert(coin=Coin.NICKEL | Coin.DIME as c)) if self.credit >= 50:
                return f"rejected small coin {c.name} with credit {self.credit}"
            case (State.IDLE | State.HAS_MONEY, Insert(coin)):
                self.credit += coin
                self.state = State.HAS_MONEY
                return f"credit {self.credit}"
            case (State.HAS_MONEY, Select(slot, quantity=q)) if slot not in self.products:
                return f"no slot {slot!r}"
            case (State.HAS_MONEY, Select(slot, q)):
                return self._vend(self.products[slot], slot, q)
            case (State.IDLE, Select()):
                return "insert coins first"
            case (_, Refund()):
                amount, self.credit = self.credit, 0
                self.state = State.IDLE
                return f"refunded {amount}" if amount else "nothing to refund"
            case (state, other):
                return f"ignored {type(other).__name__} in {state}"

    def _vend(self, product, slot, q):
        match product:
            case Product(stock=0):
                self.alarms |= Alarm.LOW_STOCK
                return f"{product.name} sold out"
            case Product(name, price, stock) if stock < q:
                return f"only {stock} {name} left"
            case Product(name, price) if price * q > self.credit:
                return f"{name} x{q} costs {price * q}, credit {self.credit}"
            case Product(name, price, stock):
                self.credit -= price * q
                self.products[slot] = Product(name, price, stock - q)
                if stock - q <= 1:
                    self.alarms |= Alarm.LOW_STOCK
                self.state = State.HAS_MONEY if self.credit else State.IDLE
                return f"vended {q} {name}, change due {self.credit}"


m = Machine({"A1": Product("cola", 125, 3), "A2": Product("chips", 60, 1), "B1": Product("gum", 35, 0)})
events = [Select("A1"), Insert(Coin.QUARTER), Insert(Coin.DOLLAR), Insert(Coin.DIME),
          Select("A1", 2), Select("Z9"), Select("A1"), Insert(Coin.QUARTER), Select("B1"),
          Select("A2"), Refund(), Refund(), Insert(Coin.DOLLAR), Select("A2", 2), "kick",
          {"action": "open"}, Insert(Coin.DOLLAR), {"action": "restock", "slot": "B1", "count": 0},
          {"action": "restock", "slot": "B1", "count": 5}, {"action": "close", "by": "tech", "at": 9},
          Select("B1"), Select("B1", quantity=2), 42]
for e in events:
    before = m.state
    result = m.handle(e)
    print(f"{str(before):>10} | {e!r:<55.55} | {result}")
print("alarms:", m.alarms, bool(m.alarms & Alarm.CRITICAL), Alarm.LOW_STOCK in m.alarms)
print([a.name for a in Alarm], Alarm.CRITICAL.value, repr(Alarm.DOOR_OPEN | Alarm.COIN_JAM))
print(Coin(25), Coin.DIME + Coin.NICKEL, sorted(Coin, reverse=True)[:2], Coin["DOLLAR"].value)
print(State["VENDING"], State(3), list(State)[-1].name, State.IDLE in State, len(State))
try:
    Coin(3)
except ValueError as e:
    print("ValueError:", e)


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=float() | int() as x, y=y) if x == y:
            return f"diagonal {x}"
        case [Point() as a, Point() as b]:
            return f"segment {a.x},{a.y}->{b.x},{b.y}"
        case [Point(), *rest] if len(rest) >= 2:
            return f"polyline of {len(rest) + 1}"
        case {"center": Point(x, y), "r": r} if r > 0:
            return f"circle at {x},{y} r={r}"
        case (1 | 2 | 3) as small:
            return f"small number {small}"
        case str() | bytes() as text if not text:
            return "empty text"
        case [*_, [_, *inner]] if inner:
            return f"nested tail {inner}"
        case _:
            return "unknown"


for shape in [Point(0, 0), Point(4, 0), Point(0, -2), Point(2.5, 2.5), [Point(1, 2), Point(3, 4)],
              [Point(0, 1), Point(1, 1), Point(2, 2)], {"center": Point(1, 1), "r": 2, "fill": "red"},
              {"center": Point(1, 1), "r": 0}, 2, 2.0, "", b"", "x", [1, [2, 3, 4]], [1, [2]], (Point(1, 1),)]:
    print(describe(shape))
