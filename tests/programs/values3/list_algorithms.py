def bubble(xs):
    xs = list(xs)
    for end in range(len(xs) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
                swapped = True
        if not swapped:
            break
    return xs


def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right


def quick(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])


def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)


data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(bubble(data), merge_sort(data), quick(data), sorted(data) == bubble(data) == merge_sort(data) == quick(data))
s = sorted(data)
print([binary_search(s, t) for t in (3, 82, -5, 50, -100)])
print(data[::-1], data[2:8:2], data[-3:], data[:-7], data[100:], data[-100:2])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix], [matrix[i][i] for i in range(3)], sum(map(sum, matrix)))
flat = [x for row in matrix for x in row if x % 2]
print(flat, [[x * y for y in range(1, 4)] for x in range(1, 4)], list(map(list, zip(*[iter(range(9))] * 3))))
stack, queue = [], []
for x in range(5):
    stack.append(x)
    queue.insert(0, x)
print(stack.pop(), stack, queue.pop(), queue, stack[-1:], stack * 0)
words = "banana Apple cherry apple Banana".split()
print(sorted(words), sorted(words, key=str.lower), sorted(set(map(str.lower, words))), words.index("cherry"), words.count("apple"))
nums = list(range(10))
del nums[::3]
nums[1:3] = []
nums[len(nums):] = [100, 200]
print(nums, nums.index(100), 7 in nums, [n for n in nums if n > 5][:2])
print(list(enumerate(sorted(data)[:3])), [i for i, x in enumerate(data) if x == 3], max(range(len(data)), key=data.__getitem__))
