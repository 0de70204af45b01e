class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class Holder: pass
h = Holder()
h.r = R(1)
x = R(2)
lst = [R(3)]
y = R(4)
def f(): pass
f.attr = R(5)
z = R(6)
