x = 7
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 2; print(x)
x = 17; x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1110; print(x)
x |= 0b10001; print(x)
x ^= 0b11111; print(x)
l = [1]
l2 = l
l += [2, 3]; print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,); print(t, t2, t is t2)
s = 'a'; s += 'b'; s *= 3; print(s)
d = {'a': 1}
d['a'] += 10; print(d)
class O: pass
o = O(); o.v = 5; o.v *= 2; print(o.v)
arr = [[0] * 3 for _ in range(2)]
arr[1][2] += 7; print(arr)
st = {1}; st |= {2}; st &= {2, 3}; st ^= {5}; st -= {5, 9}; print(st)
