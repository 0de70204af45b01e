text = '  the quick  brown\tfox\njumps  '
print(text.split())
print(text.split(' '))
print(text.split(None, 2))
print(text.rsplit(None, 2))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 1))
print('|'.join(text.split()))
print('x'.join([]), 'x'.join(['only']))
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
