class R:
    def __init__(self, n, child=None): self.n = n; self.child = child
    def __del__(self): print('del', self.n)
class Registry:
    items = [R('class-attr')]
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen()
next(g)
tree = R('root', R('mid', R('leaf')))
pair = (R('p1'), R('p2'))
mapping = {'k1': R('v1'), 'k2': R('v2')}
def make_closure():
    captured = R('captured')
    return lambda: captured.n
fn = make_closure()
last = R('last')
print('end of program')
