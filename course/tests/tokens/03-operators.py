a = b ** 2 // 3 % 4
a //= 2
c = a != b and a <= b or a >= b
d = [1, 2][0:1]
e = f(*args, **kwargs)
g -= h << 1 >> 2
if (n := 10) > 5: pass
def k(x) -> int: ...
m = ~a ^ b | c & d
m @= n
