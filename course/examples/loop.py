def loop_in_python(n):
    total = 0
    for i in range(n):
        total += i
    return total


def loop_in_c(n):
    return sum(range(n))


for _ in range(20):
    a = loop_in_python(100000)
    b = loop_in_c(100000)
print(a, b)
