class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(): pass
f.attr = R(5)
z = R(6)
