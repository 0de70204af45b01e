# an AttributeError inside __repr__ reached by printing a list
class A:
    def __repr__(self):
        return 'A(' + self.name + ')'
print([A()])
