print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('='), 'abc'.rpartition('='))
print('line1\nline2\r\nline3\rline4'.splitlines())
print('line1\nline2\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print('  a  b  '.split(), '  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1))
print(''.split(), ''.split(','), 'abc'.split('abc'))
try:
    'abc'.split('')
except ValueError as e:
    print(e)
try:
    'abc'.partition('')
except ValueError as e:
    print(e)
