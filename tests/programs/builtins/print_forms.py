import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print(1, 2.0, None, True, [1], (1,), {1: 2}, {3}, 'x', b'y')
print('no newline', end='')
print(' continued')
print('to stderr', file=sys.stderr)
print('sep None', 'x', sep=None, end=None)
print(*range(5))
print(*[], sep='-')
sys.stdout.write('written\n')
print(sys.stdout.write('abc'), flush=True)
try:
    print('x', sep=5)
except TypeError as e:
    print(e)
try:
    print('x', end=[])
except TypeError as e:
    print(e)
print(repr('quote\'s'), repr("dq\""), repr('both\'"'), repr('\n\t\\'))
