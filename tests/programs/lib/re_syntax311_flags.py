# re: RegexFlag is an enum.IntFlag whose combinations print as CPython's (re.ASCII|re.IGNORECASE, in the order the flags are defined; unknown bits in hex), while a pattern's repr orders them by value.
import enum
import re

for flag in [re.I | re.A, re.A | re.I, re.I | re.M | re.S | re.X | re.A, re.U, re.I | re.U, re.NOFLAG,
             re.T, re.DEBUG | re.I, re.RegexFlag(512), re.RegexFlag(2 | 512), re.I | 1024, ~re.I,
             re.I & re.M, re.I ^ re.I, re.I | re.L, 2 | re.M, re.M ^ 10]:
    print(repr(flag), str(flag), format(flag), '%s %d' % (flag, flag), f'{flag!s} {flag:d} {flag:>5}',
          int(flag), type(flag))
print(type(re.I), type(re.RegexFlag), re.RegexFlag.__mro__)
print(re.I.name, re.I.value, (re.I | re.M).name, list(re.I | re.M), len(re.RegexFlag), list(re.RegexFlag))
print(list(re.RegexFlag.__members__), re.RegexFlag['IGNORECASE'], re.RegexFlag(2), re.RegexFlag.A)
print(isinstance(re.I, enum.IntFlag), isinstance(re.I, int), re.I == 2, hash(re.I) == hash(2),
      re.I in (re.I | re.M), bool(re.NOFLAG), re.I + 1, -re.I, re.I << 1, re.I.__module__)
print(re.compile('a', re.I | re.A), re.compile('a', re.I | re.M | re.X), re.compile(b'a', re.L | re.I),
      re.compile('a', 1024), re.compile('a', 512 | 2), re.compile('a', re.T))
p = re.compile('(?ims)x', re.A)
print(p.flags, type(p.flags), repr(p.flags & re.I), repr(re.S & p.flags), p.flags & re.X)
print(re.search('A', 'xa', re.I | re.A), re.findall('^b', 'a\nb', flags=re.M), re.compile('x', flags=re.NOFLAG))
