a = 'spam'
print(a + 'eggs', a * 3, 3 * a, a * 0, a * -1, 'a' in a, 'pa' in a, 'x' not in a)
print(a < 'spb', a == 'spam', a != 'Spam', 'Z' < 'a', 'abc' < 'abcd', '' < 'a')
print(a[0], a[-1], a[1:3], a[::2], a[10:], a[-10:2])
try:
    a[10]
except IndexError as e:
    print(e)
try:
    a[0] = 'x'
except TypeError as e:
    print(e)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a * 'x'
except TypeError as e:
    print(e)
try:
    a * 1.5
except TypeError as e:
    print(e)
print(' '.join(['a', 'b', 'c']), ''.join(reversed('abc')), ','.join(str(i) for i in range(5)))
try:
    ' '.join(['a', 1])
except TypeError as e:
    print(e)
print(str(), str(123), str(1.5), str([1, 'a']), str(None), str(b'x'), str(b'abc', 'ascii'))
