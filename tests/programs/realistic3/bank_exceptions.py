"""Accounts with a custom exception hierarchy, transactions and an audit trail."""
import itertools


class BankError(Exception):
    """Base for all bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"account {account.number} short by {needed:.2f}")
        self.account = account
        self.needed = needed


class AccountFrozen(BankError):
    pass


class Account:
    _numbers = itertools.count(1001)

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.number = next(self._numbers)
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return round(self._balance, 2)

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount - self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<Account {self.number} {self.owner}: {self.balance:.2f}>"


class SavingsAccount(Account):
    rate = 0.02

    def add_interest(self):
        interest = self._balance * self.rate
        self.deposit(interest)
        return interest

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise BankError("savings accounts allow two withdrawals")
        super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, balance=0.0):
        acct = cls(owner, balance)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
            try:
                dst.deposit(amount)
            except BankError:
                src.deposit(amount)  # roll back
                raise
        except BankError as err:
            self.log.append(f"FAILED {src.number}->{dst.number} {amount}: {type(err).__name__}: {err}")
            return False
        else:
            self.log.append(f"ok {src.number}->{dst.number} {amount}")
            return True
        finally:
            self.log.append(f"  balances now {src.balance} / {dst.balance}")


bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 50)
carol = bank.open(Account, "carol")

print(bank.transfer(alice, bob, 30))
print(bank.transfer(alice, bob, 300))
print(bank.transfer(bob, carol, 10))
print(bank.transfer(bob, carol, 10))
print(bank.transfer(bob, carol, 10))
carol.frozen = True
print(bank.transfer(alice, carol, 5))
print(f"interest: {bob.add_interest():.4f}")
for line in bank.log:
    print(line)
for acct in bank.accounts.values():
    print(acct, acct.history)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    carol.withdraw(1)
except BankError as e:
    print(repr(e), isinstance(e, AccountFrozen))
try:
    alice.withdraw(1000)
except InsufficientFunds as e:
    print(e.args, e.needed, e.account is alice)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
