class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
l = [R(1), R(2), R(3)]
del l
t = (R(4), R(5))
del t
d = {1: R(6), 2: R(7)}
del d
s = [R(8), [R(9), R(10)]]
s.clear()
x = [R(11), R(12)]
x[:] = []
print('end')
