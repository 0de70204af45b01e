s = 'abcdefghij'
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:-1], s[8:2:-2])
print(s[100:], s[-100:3], s[5:5])
try:
    s[20]
except IndexError as e:
    print(e)
u = 'añb€c😀d'
print(len(u), u[1], u[3], u[5], u[-1], u[2:5], list(u))
for ch in 'hé😀':
    print(ch, ord(ch))
print(chr(65), chr(233), chr(128512), ord('€'))
