class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = R(1)
b = [R(2)]
c = R(3)
d = {'x': R(4)}
e = R(5)
_f = R(6)
g = (R(7),)
h = R(8)
