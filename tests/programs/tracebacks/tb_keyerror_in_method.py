class Inventory:
    def __init__(self):
        self.stock = {"apple": 3}

    def take(self, item, count=1):
        if self.stock[item] < count:
            raise ValueError(f"not enough {item}")
        self.stock[item] -= count
        return self.stock[item]

inv = Inventory()
print(inv.take("apple"))
print(inv.take("banana"))
