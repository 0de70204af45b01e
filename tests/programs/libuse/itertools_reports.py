from itertools import groupby, accumulate, islice, chain, zip_longest, product, combinations, count
sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95), ("2024-02", "south", 130), ("2024-03", "north", 150)]
for month, rows in groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])
totals = [r[2] for r in sales]
print(list(accumulate(totals)), list(accumulate(totals, max)), list(islice(accumulate(totals), 1, None, 2)))
left = ["a", "b", "c"]
right = [1, 2]
for l, r in zip_longest(left, right, fillvalue="-"):
    print(f"{l:>3} | {r:<3}")
print([f"{s}{v}" for s, v in product("AB", range(1, 3))], list(combinations("WXYZ", 3))[:2], list(chain("ab", ["c"], ("d",))))
teams = ["red", "blue", "green", "gold"]
for n, (home, away) in zip(count(1), combinations(teams, 2)):
    print(f"match {n}: {home} v {away}")
print(list(islice(count(0, 0.25), 5)), list(zip(count(), "xyz")))
