# A bank simulation: accounts with classes and inheritance, exceptions for
# business rules, a transaction log, interest, and a monthly statement.

class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {amount:.2f} "
                         f"(balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Transaction:
    counter = 0

    def __init__(self, kind, amount, account, note=""):
        Transaction.counter += 1
        self.id = Transaction.counter
        self.kind = kind
        self.amount = amount
        self.account = account
        self.note = note

    def __str__(self):
        sign = "+" if self.kind in ("deposit", "interest", "transfer-in") else "-"
        return f"#{self.id:03d} {self.kind:<12} {sign}{self.amount:>10,.2f}  {self.note}"


class Account:
    kind = "basic"

    def __init__(self, bank, number, owner, balance=0.0):
        self.bank = bank
        self.number = number
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def _record(self, kind, amount, note=""):
        t = Transaction(kind, amount, self, note)
        self.history.append(t)
        self.bank.journal.append(t)
        return t

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount, note=""):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self._record("deposit", amount, note)

    def limit(self):
        return 0.0

    def withdraw(self, amount, note=""):
        self._check()
        if amount > self.balance + self.limit():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        return self._record("withdrawal", amount, note)

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner!r}, {self.balance:.2f})"


class Savings(Account):
    kind = "savings"
    rate = 0.02

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest > 0:
            self.balance += interest
            self._record("interest", interest)


class Checking(Account):
    kind = "checking"
    fee = 2.5

    def limit(self):
        return 100.0

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self._record("fee", self.fee, "overdraft")


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.journal = []
        self._next = 1000

    def open(self, cls, owner, initial=0.0):
        self._next += 1
        acct = cls(self, self._next, owner)
        self.accounts[acct.number] = acct
        if initial:
            acct.deposit(initial, "opening")
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount, f"to {dst.number}")
        except BankError as e:
            raise BankError(f"transfer failed: {e}") from e
        else:
            dst.deposit(amount, f"from {src.number}")
            dst.history[-1].kind = "transfer-in"
            src.history[-1].kind = "transfer-out"
        finally:
            self.transfers_attempted = getattr(self, "transfers_attempted", 0) + 1

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"{self.name}: {len(self.accounts)} accounts, total {self.total():,.2f}")
        by_kind = {}
        for a in self.accounts.values():
            by_kind.setdefault(a.kind, []).append(a)
        for kind in sorted(by_kind):
            accts = sorted(by_kind[kind], key=lambda a: -a.balance)
            print(f"  {kind}: " + "; ".join(f"{a.owner} {a.balance:.2f}" for a in accts))


bank = Bank("First Python Bank")
alice = bank.open(Savings, "Alice", 1500)
bob = bank.open(Checking, "Bob", 200)
carol = bank.open(Checking, "Carol")
dave = bank.open(Savings, "Dave", 50.75)

operations = [
    lambda: bob.withdraw(250, "rent"),
    lambda: bob.withdraw(100, "food"),
    lambda: carol.deposit(-5),
    lambda: bank.transfer(alice, carol, 400),
    lambda: bank.transfer(dave, alice, 1000),
    lambda: setattr(dave, "frozen", True),
    lambda: dave.deposit(10),
    lambda: carol.withdraw(450.5, "car"),
]
for i, op in enumerate(operations):
    try:
        result = op()
        print(f"op {i}: ok", result if result is not None else "")
    except InsufficientFunds as e:
        print(f"op {i}: insufficient: {e} [{e.amount}]")
    except BankError as e:
        cause = e.__cause__
        print(f"op {i}: bank error: {e}", f"(cause {type(cause).__name__})" if cause else "")
    except ValueError as e:
        print(f"op {i}: value error: {e}")

for month in range(1, 4):
    bank.month_end()
    print(f"after month {month}: total {bank.total():.2f}")
bank.report()
print("transfers attempted:", bank.transfers_attempted)
for acct in bank.accounts.values():
    print(repr(acct))
    for t in acct.history:
        print("   ", t)
print("journal size", len(bank.journal), "largest", max(bank.journal, key=lambda t: t.amount).id)
