# Extended slices of lists: reading, assigning and deleting with every step,
# including the empty ones, and the errors.
for start, stop, step in [(None, 100, -2), (100, None, -2), (None, None, -1), (1, 6, 2),
                          (-1, -8, -3), (5, 1, 2), (0, 0, -1), (-100, 100, 3), (7, 100, -2)]:
    s = slice(start, stop, step)
    nums = list(range(8))
    taken = nums[s]
    del nums[s]
    print(f"[{start}:{stop}:{step}] -> {taken} ; after del {nums}")
    nums = list(range(8))
    try:
        nums[s] = ["x"] * len(taken)
        print("   assigned", nums)
    except ValueError as e:
        print("   ValueError:", e)
nums = list(range(8))
for value in [5, None, [1, 2, 3], (), "ab"]:
    try:
        nums[::3] = value
        print("ok", nums)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    nums[1:3] = 7
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    raise KeyError("inside")
try:
    nums[::2] = gen()
except KeyError as e:
    print("KeyError passes through:", e)
try:
    nums[::0] = []
except ValueError as e:
    print("ValueError:", e)
nums[::-1] = nums
print(nums)
