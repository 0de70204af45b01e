import sys

def depth(n):
    return depth(n + 1)

print("limit:", sys.getrecursionlimit())
try:
    depth(0)
except RecursionError as error:
    print(type(error).__name__, error)
