# re on bytes: compile/match/search/fullmatch/findall/finditer/split/sub/subn/escape with bytes patterns on bytes, bytearray and memoryview subjects; groups, named groups, Match and Pattern attributes and reprs; compared with python3.
import re

p = re.compile(b'a+')
print(p, repr(p.pattern), p.flags, p.groups, p.groupindex)
print(re.compile(b'a+', re.I), re.compile(b'(?x) a b', re.M), re.compile(b'(?a)a'))
print(re.compile(b'x', re.L), re.compile(b'x', re.L).flags, re.compile(b'(?Li)x').flags)
print(re.compile(b'\xff\x00\n\'"'))
print(p == re.compile(b'a+'), p == re.compile('a+'), hash(p) == hash(re.compile(b'a+')))

for subject in (b'xaay', bytearray(b'xaay'), memoryview(b'xaay')):
    m = p.search(subject)
    print(type(subject).__name__, m, repr(m.group()), m.span(), type(m.string).__name__)
    print(' ', p.match(subject), p.fullmatch(subject), p.findall(subject), p.split(subject))
    print(' ', p.sub(b'-', subject), p.subn(b'<>', subject), [x.span() for x in p.finditer(subject)])

# groups, named groups, defaults
m = re.match(rb'(?P<key>\w+)=(?P<value>[^;]*)(;(?P<rest>.*))?', b'name=caf\xe9;x=1')
print(m)
print(m.group(), m.group(1), m.group('key', 'value'), m['value'])
print(m.groups(), m.groups(b'?'), m.groupdict(), m.groupdict(b''))
print(m.start('value'), m.end(2), m.span('rest'), m.lastindex, m.lastgroup, m.regs)
print(m.re, m.pos, m.endpos, m.string)
m = re.match(rb'(?P<key>\w+)=(?P<value>[^;]*)(;(?P<rest>.*))?', b'k=')
print(m.groups(), m.group(4), m.groupdict(), m.lastindex, m.lastgroup)
print(m.expand(rb'[\g<key>|\2|\g<rest>]'))

# pos and endpos
q = re.compile(rb'\d+')
data = b'ab12cd345ef6'
print(q.search(data, 3), q.search(data, 5, 8), q.match(data, 2), q.fullmatch(data, 6, 9))
print(q.findall(data, 3, 10), [m.span() for m in q.finditer(data, 1, 11)])

# findall with 0, 1 and several groups, empty matches
print(re.findall(rb'\w+', b'one two  three'))
print(re.findall(rb'(\w)(\d)?', b'a1 b c2'))
print(re.findall(rb'(\d)|x', b'1x2x'))
print(re.findall(rb'a*', b'baaac'), re.findall(b'', b'ab'))
print(list(re.finditer(rb'\b', b'ab cd')))

# split
print(re.split(rb',\s*', b'a, b,c,,  d'))
print(re.split(rb'(,)\s*', b'a, b,c', maxsplit=1))
print(re.split(rb'(x)|y', b'1x2y3'))
print(re.split(rb'\b', b'ab cd'), re.split(b'z', b'abc'), re.split(b'', b'ab'))
print(re.split(b'a', bytearray(b'bab')), re.split(b'a', memoryview(b'bab')))

# sub and subn
print(re.sub(rb'(\w+)@(\w+)', rb'\2 at \1', b'joe@example, ann@host'))
print(re.sub(rb'(?P<d>\d)', rb'<\g<d>\g<0>\1>', b'a1b2'))
print(re.subn(rb'\s+', b' ', b'a  b\t\tc\n'), re.sub(b'x', b'y', b'xxx', count=2))
print(re.sub(b'', b'-', b'ab'), re.sub(b'x*', b'-', b'abxd'))
print(re.sub(rb'\d', lambda m: bytes([m.group()[0] + 1]), b'a1b8'))
print(re.sub(rb'\d', lambda m: bytearray(b'#'), b'a1'), re.sub(rb'\d', lambda m: memoryview(b'%'), b'a1'))
print(re.sub(rb'\d', lambda m: None, b'a1b2c'), re.subn(b'a', lambda m: None, b'aab'))
print(re.sub(b'a', bytearray(b'x'), b'aab'), re.sub(b'a', memoryview(b'y'), b'aab'))
print(re.sub(b'a', b'x', bytearray(b'aab')), re.sub(b'z', b'x', bytearray(b'aab')))
print(re.sub(b'a', b'x', memoryview(b'aab')))
print(re.sub(rb'(a)', rb'\n\t\\\0\01\101\07\1\-', b'a'))
print(re.sub(rb'(a)', b'[\\\xe9]', b'a'), re.sub(rb'(a)(b)?', rb'\2\1\2', b'a'))
print(re.sub(rb'(?i)HELLO', b'bye', b'Hello hello HELLO'))
print(re.compile(rb'(\d+)').sub(rb'<\1>', b'a12b345'))
print(re.match(b'(a)', b'a').expand(bytearray(b'\\1!')), re.match(b'(a)', b'a').expand(memoryview(b'\\1')))

# escape
print(re.escape(b'a.b*c\xff\x00 \t\n-#&~'), re.escape(bytearray(b'1+1')), re.escape(memoryview(b'[x]')))
literal = bytes(range(256))
print(re.fullmatch(re.escape(literal), literal) is not None)
print(re.findall(re.escape(b'a.b'), b'a.b axb a.b'))

# the cache and compile of compiled patterns
print(re.compile(p) is p, re.compile(b'a+') is re.compile(b'a+'))
re.purge()
print(re.search(b'(?m)^b$', b'a\nb\nc'), re.search(b'a$', b'xa\n'), re.search(rb'a\Z', b'xa\n'))
print(re.match(b'.', b'\n'), re.match(b'.', b'\n', re.S), re.search(rb'\Ab', b'ab'))

# lookarounds, backreferences, repeats on bytes
print(re.findall(rb'(?<=\x00)\w+(?=\xff)', b'\x00ab\xff \x00cd\x00'))
print(re.findall(rb'(?<!\\)"([^"]*)"', b'"a" \\"b" "c"'))
print(re.search(rb'(\w)\1', b'abccd'), re.search(rb'(?P<q>[\'"]).*?(?P=q)', b'x "y" z'))
print(re.findall(rb'\d{2,3}?', b'12345'), re.findall(rb'[\x80-\xff]{2}', b'\x80\x81\x82\xfe\xff'))
m = re.match(b'(a)', bytearray(b'a'))
print(m.expand(b'<\\1>'), m.expand(b'x'), re.sub(b'(a)', b'<\\1>', bytearray(b'xa')))
