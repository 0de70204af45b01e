a = -2 ** 2
b = not x and y or z
c = -x + +y - ~z
