import gc
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
gc.collect()
ns = {}
ns['lst'] = [R(1)]
ns['x'] = R(2)
ns['t'] = (R(3), R(4))
ns['y'] = R(7)
ns['self'] = ns
del ns
gc.collect()
print('---')
ns = {}
ns['x'] = R(12)
ns['lst'] = [R(11)]
ns['self'] = ns
del ns
gc.collect()
