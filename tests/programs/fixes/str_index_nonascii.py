# Indexing, slicing and searching long non-ASCII strings: every position
# must give the same character as iterating does (pyrun's strings are
# UTF-8 and find code point i of a long one through an index of offsets;
# these loops used to walk from the start each time).


def build(n, alphabet):
    return ''.join(alphabet[(i * 7 + i // 5) % len(alphabet)] for i in range(n))


ALPHABETS = {
    'greek': 'abc\u03b1\u03b2\u03b3\u03b4 ',
    'mixed widths': 'a\u00e9\u20ac\U0001f600z\u4e2d',
    'mostly ascii': 'abcdefghijklmnopqrstuvwxyz' * 3 + '\u00fc',
    'astral': '\U0001f600\U0001f4a9\U00010348',
    'surrogates': 'x\ud800y\udfff',
}

for name, alphabet in ALPHABETS.items():
    for n in (1, 31, 32, 33, 127, 128, 129, 1000, 5000):
        s = build(n, alphabet)
        chars = list(s)
        assert len(chars) == len(s) == n
        ok = all(s[i] == chars[i] for i in range(n))
        ok = ok and all(s[-i] == chars[-i] for i in range(1, n + 1))
        ok = ok and all(s[i:i + 3] == ''.join(chars[i:i + 3]) for i in range(0, n, 7))
        ok = ok and all(s[i:i + 40:3] == ''.join(chars[i:i + 40:3]) for i in range(0, n, 11))
        ok = ok and all(s[i::-5] == ''.join(chars[i::-5]) for i in range(0, n, 13))
        ok = ok and s[::-1] == ''.join(reversed(chars)) and s[5:n - 5:2] == ''.join(chars[5:n - 5:2])
        print('%-13s %5d %s' % (name, n, 'ok' if ok else 'MISMATCH'))

# searching from a position, forwards and backwards
s = build(3000, ALPHABETS['mixed widths'])
needle = s[1500:1503]
positions = []
start = 0
while True:
    i = s.find(needle, start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print('find positions:', len(positions), positions[:5], positions[-3:])
assert all(s[p:p + 3] == needle for p in positions)
rpositions = []
end = len(s)
while True:
    i = s.rfind(needle, 0, end)
    if i < 0:
        break
    rpositions.append(i)
    end = i + len(needle) - 1
print('rfind agrees:', sorted(rpositions) == positions)
print('index:', s.index(needle, 2000), s.rindex(needle, 0, 2000), s.count(needle, 100, 2900))
print('find with negative start:', s.find(s[-10:], -50), len(s) - 10)
print('find past the end:', s.find('a', 5000), s.find('', 3000), s.find('', 3001))
print('partition:', [len(p) for p in s.partition(needle)])

# growing a string that has been indexed, then indexing it again
t = build(500, ALPHABETS['greek'])
before = t[400]
for k in range(50):
    t += '\u00e9' if k % 2 else 'b'
    assert t[-1] == ('\u00e9' if k % 2 else 'b') and t[400] == before
print('grown:', len(t), t[400] == before, t[-3:])

# a str subclass and strings made by the operators
class Text(str):
    pass


u = Text(build(800, ALPHABETS['astral']))
print('subclass:', u[700] == list(u)[700], type(u[1:3]).__name__)
joined = '-'.join(build(300, ALPHABETS['greek']) for _ in range(3))
print('joined:', joined[650] == list(joined)[650], joined[-1] == list(joined)[-1])
print('repeated:', ('\u00e9a' * 500)[777], ('\u00e9a' * 500)[-778])

for bad in (3000, -3001, 10**20):
    try:
        s[bad]
    except IndexError as e:
        print(bad, 'IndexError:', e)

# many indexed strings alive at once, then freed
many = [build(200 + k, ALPHABETS['greek']) for k in range(300)]
print('many:', sum(ord(m[150 + k % 50]) for k, m in enumerate(many)))
del many
print('enumerate sum:', sum(i for i, c in enumerate(s) if s[i] == c))
