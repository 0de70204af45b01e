class P:
    pass
p = P()
p.a = 1
print(vars(p), p.__dict__)
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
class G:
    def __getattr__(self, name):
        return 'dynamic ' + name
g = G()
g.real = 'real'
print(g.real, g.anything)
class S:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
s = S()
s.v = 21
print(s.v)
