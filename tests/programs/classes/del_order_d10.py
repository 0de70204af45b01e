class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Holder: pass
h = Holder()
h.r = R(1)
z = R(6)
