# __index__ methods and iterables that change the sequence being indexed,
# after the index was computed but before it was used.
lst = list(range(10))


class ClearList:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        lst.clear()
        return self.v


print(lst[ClearList(2):ClearList(8)])
lst = list(range(10))
print(lst[ClearList(8):ClearList(2):-1])
lst = list(range(10))
lst[ClearList(2):ClearList(8)] = [1]
print(lst)
lst = list(range(10))
try:
    lst[ClearList(0):ClearList(8):2] = [1, 2, 3, 4]
except ValueError as e:
    print(e)
lst = list(range(10))
del lst[ClearList(0):ClearList(8):2]
print(lst)


def clearing():
    lst.clear()
    yield 7


lst = list(range(10))
lst[2:8] = clearing()
print(lst)
lst = list(range(10))
try:
    lst[0:8:2] = clearing()
except ValueError as e:
    print(e)


class Shrinking:
    def __del__(self):
        lst.clear()


lst = [Shrinking(), 1, Shrinking(), 3]
lst[::2] = [5, 6]
print(lst)

ba = bytearray(b"0123456789")


class ClearBytes:
    def __index__(self):
        ba.clear()
        return 3


try:
    ba[5] = ClearBytes()
except IndexError as e:
    print(e)
print(ba)
ba = bytearray(b"0123456789")
print(ba[ClearBytes():])
ba = bytearray(b"0123456789")
try:
    print(ba[ClearBytes()])
except IndexError as e:
    print(e)
ba = bytearray(b"0123456789")


def clearing_bytes():
    ba.clear()
    yield 65


ba[2:8] = clearing_bytes()
print(ba)
ba = bytearray(b"0123456789")
del ba[0:5]
ba.extend([])
ba[0:0] = b""
print(ba)
