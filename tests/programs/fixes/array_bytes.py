# bytes(a) and bytearray(a) of an array.array copy its machine bytes (they iterated its items as byte values).
from array import array

a = array('i', [1, 2])
print(bytes(a))
print(bytearray(a))
print(array('B', [1, 2]) == bytes([1, 2]), bytes(array('B', [1, 300 % 256])))
for t in "bBhHiIlLqQfdu":
    a = array(t, "hé" if t == "u" else [1, 2, 3])
    print(t, bytes(a) == a.tobytes(), bytearray(a) == bytearray(a.tobytes()), len(bytes(a)))
print(bytes(array('d', [])), array('B', bytes(array('h', [-1]))), bytearray(array('h', [258, -2])))
try:
    bytes(array('i', [1]), "utf-8")
except TypeError as e:
    print("TypeError:", e)
