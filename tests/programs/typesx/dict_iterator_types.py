# The iterators of dicts and their views, forwards and reversed.
prices = {"apple": 3, "pear": 5, "fig": 7}
for it in [iter(prices), iter(prices.keys()), iter(prices.values()), iter(prices.items()),
           reversed(prices), reversed(prices.keys()), reversed(prices.values()),
           reversed(prices.items())]:
    print(f"{type(it).__name__:<26} {list(it)}")
it = reversed(prices)
print(next(it), it.__length_hint__())
prices["kiwi"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(prices.keys()).__name__, type(prices.values()).__name__, type(prices.items()).__name__)
print(list(reversed({})), list(reversed({}.items())))
