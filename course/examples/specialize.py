import dis


def total(numbers):
    result = 0
    for n in numbers:
        result += n * 2
    return result


for _ in range(100):
    total(range(100))
dis.dis(total, adaptive=True)
