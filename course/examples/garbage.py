import gc
import sys

class Node:
    pass

def make_garbage(count):
    """count pairs of objects that refer to each other, each pair dropped at once"""
    for _ in range(count):
        a, b = Node(), Node()
        a.other, b.other = b, a

if sys.argv[1:] == ["off"]:
    gc.disable()
make_garbage(100000)
print("collections of generations 0, 1, 2:", [s["collections"] for s in gc.get_stats()])
