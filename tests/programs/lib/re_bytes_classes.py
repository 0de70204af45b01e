# re on bytes: \w \d \s \b and their negations, '.', case-insensitive literals, classes and backreferences follow ASCII rules for every byte 0-255 (and for str patterns with re.ASCII); escapes \x80 \xff \0 and octal, byte ranges; compared with python3.
import re

ALL = bytes(range(256))


def which(pattern, flags=0):
    """The bytes (of all 256) that pattern matches one at a time."""
    rx = re.compile(pattern, flags)
    return bytes(b for b in ALL if rx.fullmatch(bytes([b])))


for pattern in (rb'\w', rb'\W', rb'\d', rb'\D', rb'\s', rb'\S', rb'.', rb'[\w]', rb'[^\w\s]',
                rb'[\d\s]', rb'[^\W\d]', rb'[\x80-\xff]', rb'[^\x00-\x7f]', rb'[\0-\10]',
                rb'[\x7e-\x81]', rb'[\xe0-\xef]', rb'\xe9', b'\xe9', rb'[\377]', rb'\377'):
    print(pattern, which(pattern))

for flags in (re.I, re.I | re.L, re.I | re.A):
    for pattern in (rb'a', rb'Z', rb'\xe9', rb'\xc9', rb'[a-c]', rb'[X-Z\xe0-\xe2]', rb'[^a-z]',
                    rb'[\w]', rb'\W', rb'[_-b]', rb'\x7f', rb'[\xb5]', rb'[^a]', rb'[^aB]', rb'[^\W]'):
        print(int(flags), pattern, which(pattern, flags))

print(which(rb'.', re.S) == ALL, which(rb'\w', re.L), which(rb'\S', re.L) == which(rb'\S'))

# word boundaries around high bytes and digits
for subject in (b'caf\xe9 ok', b'\xe9t\xe9', b'a_1 \xff2', b'', b' ', b'x'):
    print(subject, re.findall(rb'\b\w+\b', subject), [m.start() for m in re.finditer(rb'\b', subject)],
          [m.start() for m in re.finditer(rb'\B', subject)])

# case-insensitive backreferences and scoped flags
print(re.match(rb'(?i)(ab)\1', b'abAB'), re.match(rb'(?i)(\xe9)\1', b'\xe9\xc9'))
print(re.match(rb'(\w+) (?i:\1)', b'Abc aBC'), re.match(rb'(?i:a)b', b'AB'), re.match(rb'(?i:a)b', b'Ab'))
print(re.findall(rb'(?i)[^\x00-\x40]+', b'ABC abc\xc0\xe0'))

# escapes
for pattern, subject in ((rb'\x80\xff', b'\x80\xff'), (rb'\0', b'\x00'), (rb'\07', b'\x07'),
                         (rb'\012', b'\n'), (rb'\101\102', b'AB'), (rb'\1010', b'A0'),
                         (rb'[\101-\103]+', b'ABCD'), (rb'[\1]', b'\x01'), (rb'(a)\1', b'aa'),
                         (rb'(a)\1', b'aa'), (rb'\a\f\v\t\n\r', b'\a\f\v\t\n\r'),
                         (rb'[\b]', b'\b'), (rb'\\', b'\\'), (rb'\.\*\xe9', b'.*\xe9'),
                         (b'\\\xe9', b'\xe9'), (rb'a{2}\x7b', b'aa{'), (rb'\x41\x4A', b'AJ')):
    print(pattern, re.fullmatch(pattern, subject))

# the same with str patterns: octal escapes, re.ASCII case rules
print(re.match(r'\141\142', 'ab'), re.match(r'[\141-\143]+', 'abcd'), re.match(r'\0', '\0'))
print(re.match('\xe9', '\xc9', re.I | re.A), re.match('\xe9', '\xc9', re.I))
print(re.match('[\xe0-\xef]', '\xc9', re.I | re.A), re.match('[\xe0-\xef]', '\xc9', re.I))
print(re.match('(?ai)(\xe9)\\1', '\xe9\xc9'), re.match('(?i)(\xe9)\\1', '\xe9\xc9'))
print(re.match('(?a)\\w+', 'ab\xe9'), re.match('a{\xb2}', 'a'), re.match('\\\xb2', '\xb2'))
print(re.match('(?i)(?m)A$', 'a'), re.match('(?#x)(?i)A', 'a'))
