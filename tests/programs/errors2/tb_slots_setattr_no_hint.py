# setting a missing attribute on a __slots__ instance: the error has no name, so no suggestion
class A:
    __slots__=('abc',)
A().abd = 1
