import sys

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("caught:", e)

print(sys.getrecursionlimit())
sys.setrecursionlimit(120)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
reached = count(0)
print(100 < reached < 120)
sys.setrecursionlimit(1000)

class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Node({self.me!r})"
try:
    repr(Node())
except RecursionError as e:
    print("repr:", e)

def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(1)
except RecursionError as e:
    print("mutual:", type(e).__name__, isinstance(e, RuntimeError))

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(900))
