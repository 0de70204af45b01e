import gc
class Node:
    def __init__(self):
        self.ref = self
for _ in range(10):
    Node()
print(gc.collect() >= 10)
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.get_threshold())
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
