t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc'.translate(t))
t2 = str.maketrans('ab', 'cd', 'e')
print('abcdeabe'.translate(t2))
print('hello'.translate({ord('l'): None, ord('h'): 'J'}))
print(str.maketrans({'a': '1', 'b': None}))
print('abc'.replace('b', 'BB'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print(e)
