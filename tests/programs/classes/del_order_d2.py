import gc
saved = []
class Phoenix:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('finalizing', self.name)
        saved.append(self)
p = Phoenix('a')
p.me = p
del p
print(gc.collect() >= 1, [x.name for x in saved])
saved.clear()
print('cleared; collect again:', gc.collect() >= 0)
class Node:
    def __init__(self, v): self.v = v; self.peer = None
    def __del__(self): print('del node', self.v, self.peer is not None)
a, b = Node(1), Node(2)
a.peer, b.peer = b, a
del a, b
gc.collect()
print('done')
