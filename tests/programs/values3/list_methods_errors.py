nums = [5, 3, 8, 1]
nums.append(9); nums.insert(0, 0); nums.insert(100, 99); nums.insert(-100, -1)
print(nums, nums.pop(), nums.pop(0), nums.index(8), nums.count(3))
nums.extend(range(2)); nums.remove(0)
print(nums, nums[::2], nums[-2:], nums[10:], nums[::-3])
nums.sort(reverse=True); print(nums)
nums.sort(key=lambda n: (n % 3, n)); print(nums)
c = nums.copy(); c.clear(); print(c, nums)
a = [1, 2, 3]
a[1:2] = [7, 8, 9]; print(a)
a[::2] = "xyz"; print(a)
del a[::3]; print(a)
a *= 2; print(a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [[]] * 3, list("ab") + list(range(2)))
grid = [[0] * 3 for _ in range(2)]; grid[0][1] = 5; print(grid)
print(a.index(a[-1], 1), [3, 1, 2].__len__(), list(reversed([1, 2, 3])), sorted(["b", "A", "c"], key=str.lower))
for expr in ['[].pop()', '[1].pop(5)', '[1, 2].index(3)', '[1].remove(2)', '[1][3]', '[1][-3]', '[1]["0"]',
             '[3, "a"].sort()', '[1] + (2,)', '[1] * 1.5', '[].insert(1)', '[1, 2].index(1, "x")',
             'list(5)', 'list(1, 2)', '[1, 2, 3].sort(lambda x: x)', '[1].extend(3)', 'a.__setitem__(slice(0, 4, 2), [1])',
             '[1,2][1.0]', '[1].pop("a")', 'sorted([1, None])', 'max([])', 'min([], key=len)', '[1].count()']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
