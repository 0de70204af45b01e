nums = [5, 3, 8, 1]
nums.append(9); nums.extend([2, 2]); nums.insert(0, 7); nums.insert(100, 0); nums.insert(-100, -1)
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
print(nums.index(8), nums.index(2, 3), nums.count(2), nums.count(42))
nums.remove(2)
print(nums)
nums.reverse(); print(nums)
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
copy = nums.copy(); copy.clear(); print(copy, nums)
tries = [
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: [1, 2].index(1, 1),
    lambda: [1].insert(0),
    lambda: [].append(1, 2),
    lambda: [].extend(5),
    lambda: [3, "a"].sort(),
    lambda: [1].sort(key=5),
    lambda: [1].sort(lambda x: x),
    lambda: [1, 2][5],
    lambda: [1, 2]["0"],
    lambda: list(5),
    lambda: list(1, 2),
    lambda: [].pop("x"),
]
for t in tries:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print([1, 2] * 3, [[0] * 2] * 2, [] * 5, 2 * [None])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, [2]] < [1, [3]], [] or "empty")
print(list("abc"), list(range(3)), list({"a": 1}), list((1, 2)), list({3}))
a = [1, 2, 3]
b = a
a += [4]
print(b, a is b)
a = a + [5]
print(b, a is b)
