def average(values):
    return sum(values) / len(values)


def parse_row(row):
    name, qty, price = row.split(",")
    return {"name": name, "total": int(qty) * float(price)}


rows = ["pen,3,1.50", "book,2,12.00", "cup,x,3.00"]
totals = []
for r in rows:
    try:
        totals.append(parse_row(r)["total"])
    except ValueError as e:
        print(f"skipping {r!r}: {e}")
print(totals, f"{average(totals):.2f}")
try:
    average([])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
config = {"width": 80, "height": "24"}
try:
    area = config["width"] * config["height"] + 1
except TypeError as e:
    print("TypeError:", e)
data = {"users": [{"name": "ann", "tags": ["a"]}, {"name": "bob"}]}
for user in data["users"]:
    try:
        print(user["name"], user["tags"][0])
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
matrix = [[1, 2], [3, 4]]
print(matrix[1][1])
print(data["users"][1]["tags"][0].upper())
