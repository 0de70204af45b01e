# an IndexError inside __getitem__ reached through v[5], after a caught error in a loop of + calls
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + other.x)
    def __getitem__(self, i):
        return [1, 2][i]
def total(vs):
    s = vs[0]
    for v in vs[1:]:
        s = s + v
    return s
try:
    total([V(1), V('a')])
except TypeError as e:
    print('first', e)
v = V(1)
print(v[0])
v[5]
