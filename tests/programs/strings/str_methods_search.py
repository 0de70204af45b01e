s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.rfind('o', 0, 20))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the', 5), s.count(''))
print(s.startswith('the'), s.startswith(('a', 'the')), s.endswith('dog'), s.endswith('lazy', 0, 39))
print(s.startswith('quick', 4), 'abc'.find(''), 'abc'.find('', 5), 'abc'.rfind(''))
try:
    s.index('cat')
except ValueError as e:
    print(e)
try:
    s.rindex('cat')
except ValueError as e:
    print(e)
try:
    s.startswith(1)
except TypeError as e:
    print(e)
