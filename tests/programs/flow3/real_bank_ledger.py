"""Bank accounts with transactions, context-managed batches, rollbacks and a final uncaught error."""
from contextlib import contextmanager
from decimal import Decimal


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    pass


class FrozenAccount(BankError):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self.balance = Decimal(balance)
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} ({self.owner}) is frozen")

    def deposit(self, amount):
        self._check()
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<Account {self.id} {self.owner}: {self.balance}>"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance="0"):
        acct = Account(owner, balance)
        self.accounts[owner] = acct
        return acct

    @contextmanager
    def batch(self, label):
        snapshot = {name: (a.balance, list(a.history)) for name, a in self.accounts.items()}
        print(f"-- batch {label} begins")
        try:
            yield self
        except BankError as e:
            for name, (bal, hist) in snapshot.items():
                self.accounts[name].balance = bal
                self.accounts[name].history = hist
            print(f"-- batch {label} rolled back: {type(e).__name__}: {e}")
        else:
            print(f"-- batch {label} committed")
        finally:
            print("   balances:", {n: str(a.balance) for n, a in self.accounts.items()})

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)


bank = Bank()
bank.open("alice", "100.00")
bank.open("bob", "20.50")
bank.open("carol")

with bank.batch("payday") as b:
    b.transfer("alice", "bob", "30.25")
    b.transfer("bob", "carol", "10")

with bank.batch("overdraft") as b:
    b.transfer("carol", "alice", "5")
    b.transfer("carol", "bob", "500")

bank.accounts["bob"].frozen = True
with bank.batch("frozen") as b:
    b.transfer("alice", "bob", "1")

try:
    with bank.batch("bad amount") as b:
        b.transfer("alice", "carol", "-3")
except ValueError as e:
    print("not a bank error, escaped the batch:", e)

for acct in bank.accounts.values():
    print(acct, [f"{kind}:{amt}" for kind, amt in acct.history])


def audit(bank):
    for owner, acct in bank.accounts.items():
        if acct.frozen:
            try:
                acct.withdraw("0.01")
            except FrozenAccount as e:
                raise RuntimeError(f"audit failed for {owner}") from e


audit(bank)
