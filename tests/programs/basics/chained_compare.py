x = 5
print(1 < x < 10, 1 < x > 10, 1 <= 5 <= 5 < 6, x == 5 == 5.0, 1 < 2 > 1 < 3)
def f(v):
    print('eval', v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print(1 < 'a' if False else 'short-circuit')
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [1, [2]] == [1, [2]], (1, 'a') < (1, 'b'))
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    None > None
except TypeError as e:
    print(e)
try:
    {} < {}
except TypeError as e:
    print(e)
print(1 == 1.0, True == 1, False == 0, 'a' == 'a', None == False, [] == False, 1 != 'a')
print(float('nan') == float('nan'), [float('nan')] == [float('nan')])
n = float('nan'); print([n] == [n], n in [n])
