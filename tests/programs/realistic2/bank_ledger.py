"""Bank accounts with a ledger, transfers, interest and overdraft rules."""
from decimal import Decimal, ROUND_HALF_UP


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance


class FrozenAccount(Exception):
    pass


def money(value):
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Account:
    kind = "basic"
    overdraft = money(0)

    def __init__(self, owner, opening="0"):
        self.owner = owner
        self.balance = money(opening)
        self.frozen = False
        self.ledger = [("open", self.balance)]

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"{self.owner}'s account is frozen")

    def deposit(self, amount):
        self._check()
        amount = money(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.ledger.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        amount = money(amount)
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.ledger.append(("withdraw", -amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Savings(Account):
    kind = "savings"
    rate = Decimal("0.02")

    def month_end(self):
        interest = money(self.balance * self.rate / 12)
        if interest:
            self.balance += interest
            self.ledger.append(("interest", interest))


class Checking(Account):
    kind = "checking"
    overdraft = money(100)
    fee = money("2.50")

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.ledger.append(("fee", -self.fee))


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except Exception:
        src.deposit(amount)
        src.ledger[-1] = ("refund", money(amount))
        raise


accounts = [Savings("ann", "1000"), Checking("bob", "50"), Account("cy", "10")]
ann, bob, cy = accounts
operations = [
    lambda: transfer(ann, bob, "250.555"),
    lambda: bob.withdraw("350"),
    lambda: bob.withdraw("100"),
    lambda: cy.deposit("-5"),
    lambda: setattr(cy, "frozen", True),
    lambda: transfer(bob, cy, "10"),
    lambda: cy.withdraw("1"),
    lambda: ann.withdraw("0.004"),
]
for i, op in enumerate(operations, 1):
    try:
        op()
        print(f"op {i}: ok -> {accounts}")
    except InsufficientFunds as e:
        print(f"op {i}: {e} (short by {e.shortfall})")
    except (FrozenAccount, ValueError) as e:
        print(f"op {i}: {type(e).__name__}: {e}")

for month in range(1, 4):
    for a in accounts:
        a.month_end()
    print(f"month {month}:", ", ".join(f"{a.owner}={a.balance}" for a in accounts))

for a in accounts:
    print(f"\n{a.owner} ({a.kind})")
    running = Decimal(0)
    for what, amount in a.ledger:
        running += amount if what != "open" else amount
        print(f"  {what:<9}{amount:>10}{running:>10}")
    assert running == a.balance, (running, a.balance)
total = sum((a.balance for a in accounts), Decimal(0))
print(f"\nbank total: {total}")
