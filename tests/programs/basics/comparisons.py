one = 1
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 'a' < 'b', 'abc' < 'abd', [1, 2] < [1, 3], (1, 2) == (1, 2))
print(None is None, one is not None, [] == [], {} == {}, {1: 2} == {1: 2})
x = 5
print(0 < x < 10, x in [1, 5], x not in (1, 2), 'b' in 'abc', 'z' not in 'abc')
print(True == 1, False == 0, True + True, 2 ** 63 > 1.0, 10 ** 20 == 1e20)
