import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print("freeing", self.name)

a = Node("a")
del a
print("a is gone")

b, c = Node("b"), Node("c")
b.partner, c.partner = c, b
del b, c
print("b and c are unreachable, but still here")
print("the collector found", gc.collect(), "unreachable objects")
print("end")
