# a ValueError raised by a property setter on assignment
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError('below absolute zero')
        self._c = v
t = Temp()
t.c = 5
t.c = -300
