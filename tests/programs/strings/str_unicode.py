s = 'héllo wörld ✓ 日本語 🐍'
print(len(s), s[1], s[-1], s[12:15], s[::-1])
print([ord(c) for c in s[-5:]])
print(chr(0x1F40D), chr(233), chr(0x65E5), ascii(s), repr('\x00\x7f\x80\xff'))
print(s.encode('utf-8'))
print(s.upper(), 'ÉCOLE'.lower())
print('\u00e9' == '\u00e9', 'e\u0301' == '\u00e9', len('e\u0301'))
print(sorted(['b', 'a', 'é', 'z', 'É', 'A']))
print(max('hello'), min('hello'), 'é' > 'z')
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
