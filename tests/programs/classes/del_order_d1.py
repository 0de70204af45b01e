import gc
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = R(1)
del a
b = R(2)
b = None
def f():
    r = R(3)
f()
x = R(4); y = R(5)
x.other = y; y.other = x
del x, y
print('before collect')
gc.collect()
print('after collect')
l = [R(6), R(7)]
l.pop()
print('end')
z = R(8)
