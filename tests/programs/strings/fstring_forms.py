x, y = 10, 'hi'
items = [1, 2, 3]
d = {'k': 'v'}
print(f'{x}', f'{x!r}', f'{y!r}', f'{y!s}', f'{y!a}', f'{"é"!a}')
print(f'{x=}', f'{y=}', f'{x + 1 = }', f'{items[1]=}', f"{d['k']}")
print(f'{x:>5}|{x:<5}|{x:^5}|{x:05}|{x:x}|{x:#b}')
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|', f'{"nested":{"^"}{w}}|')
print(f'{{literal}}', f'{x}{{}}{y}', f'{x:{"+"}}')
print(f'{[i * 2 for i in items]}', f'{len(items)} items', f"{'a' if x > 5 else 'b'}")
print(f'''{x}
{y}''')
class C:
    def __format__(self, spec):
        return f'C({spec})'
    def __repr__(self):
        return 'C!'
    def __str__(self):
        return 'C-str'
c = C()
print(f'{c}', f'{c:abc}', f'{c!r}', f'{c!s}', format(c, 'q'), str(c), repr(c))
