s = 'abc'
print(repr(s.center(9)), repr(s.center(8, '*')), repr(s.center(2)))
print(repr(s.ljust(6, '-')), repr(s.rjust(6, '-')), repr(s.zfill(6)))
print('-42'.zfill(6), '+7'.zfill(4), 'x'.zfill(0))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('ab\n\tc'.expandtabs(3)))
try:
    s.center(5, 'ab')
except TypeError as e:
    print(e)
