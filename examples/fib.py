# The iterative Fibonacci function of the talk "A Bit about Bytes":
# a loop, a comparison, and a tuple assignment that swaps two names.

def fib(n):
    if n < 2:
        return n
    current, next = 0, 1
    while n:
        current, next = next, current + next
        n -= 1
    return current


for i in range(15):
    print(i, fib(i))
print(fib(90))
