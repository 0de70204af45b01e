data = ["1", "2", "x", "4", None, "6"]
total = 0
for item in data:
    try:
        total += int(item)
    except ValueError:
        print("skip bad", item)
        continue
    except TypeError:
        print("stop at", item)
        break
    finally:
        print("checked", item)
print("total", total)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("connected on attempt", attempts)
        break
    except ConnectionError as e:
        print("retry after", e)

def first_even(nums):
    for n in nums:
        try:
            if n % 2 == 0:
                return n
        finally:
            print("looked at", n)
    return None
print(first_even([1, 3, 4, 5]))

results = []
for i in range(3):
    try:
        try:
            if i == 1:
                raise ValueError
            results.append(i)
        finally:
            results.append("f")
    except ValueError:
        results.append("caught")
print(results)
