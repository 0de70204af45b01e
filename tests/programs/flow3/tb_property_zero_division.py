class A:
    @property
    def v(self):
        return 1 / 0
a = A()
print(a.v)
