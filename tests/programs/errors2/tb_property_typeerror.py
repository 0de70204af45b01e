# a TypeError inside a property getter
class Account:
    def __init__(self):
        self._b = None
    @property
    def balance(self):
        return self._b + 1
a = Account()
print(a.balance)
