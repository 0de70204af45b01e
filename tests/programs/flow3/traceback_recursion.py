import sys
sys.setrecursionlimit(100)
def countdown(n):
    return countdown(n - 1) + 1
try:
    countdown(5)
except RecursionError as e:
    print("RecursionError:", e)
def walk(n):
    if n == 0:
        raise ValueError("bottom")
    walk(n - 1)
walk(30)
