def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(fact(20), fact(50), fib(20), len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms('abc'))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
import sys
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(3000)
print(depth(2500), sys.getrecursionlimit())
