def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


print([fib(i) for i in range(15)])
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
