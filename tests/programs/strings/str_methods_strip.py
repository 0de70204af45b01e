s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')), repr('www.example.com'.lstrip('cmowz.')))
print('TestHook'.removeprefix('Test'), 'MiscTests'.removesuffix('Tests'), 'abc'.removeprefix('x'))
print(repr('\u3000 x \u3000'.strip()))
