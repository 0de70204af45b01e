class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.balance += amount

a, b = Account(100), Account(0)
a.transfer(b, 30)
print(a.balance, b.balance)
a.transfer(b, 500)
