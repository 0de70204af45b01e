s = {1, 2, (3, 4), 'x', frozenset({5})}
print(1 in s, (3, 4) in s, 'x' in s, 6 in s, {5} in s, frozenset({5}) in s)
try:
    [1] in s
except TypeError as e:
    print(e)
words = ['a', 'b', 'a', 'c', 'b']
print(len(set(words)), sorted(set(words)))
