from collections import Counter
stock = Counter(apples=10, pears=4, plums=0)
sold = Counter(apples=3, pears=5, kiwis=1)
print(stock - sold, sold - stock, stock + sold, stock & sold, stock | sold)
stock.subtract(sold)
print(stock, {k: v for k, v in stock.items() if v < 0}, +stock, stock.total())
orders = ["apples", "pears", "apples", "kiwis", "apples", "pears"]
demand = Counter(orders)
print(demand.most_common(), demand.most_common(1)[0], list(demand.elements()), sorted(demand, key=demand.get, reverse=True))
top = "\n".join(f"{item:<8}{'*' * n} {n}" for item, n in demand.most_common())
print(top)
letters = Counter("the quick brown fox jumps over the lazy dog".replace(" ", ""))
print(len(letters), letters.most_common(4), [c for c, n in letters.items() if n == 1][:5], letters["z"], letters["!"])
print(Counter(a=3) == Counter({"a": 3}), Counter("abc") <= Counter("aabbcc"), dict(Counter(x=1, y=0)), Counter({"a": 2.5}) + Counter({"a": 0.5}))
