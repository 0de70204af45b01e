class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @classmethod
    def open(cls, owner, *, initial):
        return cls(owner, initial)

    @staticmethod
    def fee(amount, rate):
        return amount * rate

acct = Account("ann")
cases = [
    lambda: Account(),
    lambda: Account("a", 1, 2),
    lambda: Account("a", owner="b"),
    lambda: acct.deposit(),
    lambda: acct.deposit(1, 2),
    lambda: Account.deposit(5),
    lambda: Account.open("bob"),
    lambda: Account.open("bob", 10),
    lambda: acct.fee(1),
    lambda: Account.fee(1, 2, 3),
    lambda: acct.deposit(amount=1, value=2),
]
for case in cases:
    try:
        case()
    except TypeError as exc:
        print(exc)

print(Account.open("bob", initial=5).balance)
print(Account.fee(100, 0.5))
print(acct.deposit(amount=7))

class Empty:
    pass
try:
    Empty(1)
except TypeError as exc:
    print(exc)
try:
    Empty(x=1)
except TypeError as exc:
    print(exc)
try:
    object(1)
except TypeError as exc:
    print(exc)

class WithNew:
    def __new__(cls, x):
        return super().__new__(cls)
try:
    WithNew()
except TypeError as exc:
    print(exc)
try:
    WithNew(1, 2)
except TypeError as exc:
    print(exc)
