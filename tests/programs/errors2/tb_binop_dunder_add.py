# an uncaught TypeError inside __add__, reached through the + operator
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + other.x)
print((V(1) + V(2)).x)
V(1) + V('b')
