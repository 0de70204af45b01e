class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
lst = [R(1)]
x = R(2)
t = (R(3), R(4))
s = {R(5)}
d = {1: R(6)}
y = R(7)
import sys
print(sys.getrefcount(lst), sys.getrefcount(x))
