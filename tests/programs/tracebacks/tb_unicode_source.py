prices = {"café": 3.5, "thé": 2}
def price(name):
    return prices["naïve"] + prices[name]

print(price("café"))
