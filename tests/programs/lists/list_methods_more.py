l = [3, 1, 4, 1, 5, 9, 2, 6]
l.insert(0, 0); l.insert(-1, 7); l.insert(100, 8); l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l, l.count(1), l.index(9), l.index(1, 2))
l.extend(x * 10 for x in range(3)); print(l)
l.extend('ab'); print(l)
l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, len(l))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    l.remove(999)
except ValueError as e:
    print(e)
try:
    l.index(999, 0, 2)
except ValueError as e:
    print(e)
print([1, 2] * 3, [0] * 0, [[]] * 2, [1, 2] + [3], list(range(5))[::-1])
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 99], [] == [], max([[1, 2], [1, 3]]))
nums = [5, 2, 8]
nums[1:2] = [7, 7, 7]; print(nums)
nums[::2] = ['a', 'b', 'c']; print(nums)
del nums[::2]; print(nums)
try:
    nums[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
