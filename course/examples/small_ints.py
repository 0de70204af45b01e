def same_object(n):
    """Whether two ints of value n, made separately at run time, are one object."""
    return int(str(n)) is int(str(n))

print(same_object(100), same_object(1000))
cached = [n for n in range(-1000, 1000) if same_object(n)]
print("one object for each of", cached[0], "to", cached[-1])

a = 1000
b = 1000
print(a == b, a is b)
