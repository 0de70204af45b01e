import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(1)
print(d > 900, d < 1001)
sys.setrecursionlimit(200)
print(depth(1) < 201)
sys.setrecursionlimit(5000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(4000))
