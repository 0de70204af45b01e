# difflib: random sequences compared every way (opcodes, grouped opcodes,
# unified and context diffs at several n, ndiff with its '?' guides, junk
# and autojunk), plus diff_bytes, restore and the errors.
import difflib
import random

random.seed(20261121)
words = ['alpha', 'beta', 'gamma', 'delta', 'alpah', 'bta', '', '#', '  ', 'gamma ray']


def text(n):
    return [random.choice(words) + '\n' for _ in range(n)]


for trial in range(40):
    a = text(random.randint(0, 25))
    b = [line for line in a if random.random() > 0.3]
    for _ in range(random.randint(0, 5)):
        b.insert(random.randint(0, len(b)), random.choice(words) + '\n')
    m = difflib.SequenceMatcher(None, a, b)
    print(trial, round(m.ratio(), 6), m.get_matching_blocks()[-2:], len(m.get_opcodes()))
    n = trial % 4
    print(list(m.get_grouped_opcodes(n)))
    print(m.get_opcodes())
    print(''.join(difflib.unified_diff(a, b, 'old', 'new', '2020', '2021', n=n)), end='')
    print(''.join(difflib.context_diff(a, b, n=n, lineterm='\n')), end='')
    print(''.join(difflib.ndiff(a, b)), end='')
    print(''.join(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)), end='')
    assert list(difflib.restore(difflib.ndiff(a, b), 1)) == a

for trial in range(60):
    x = ''.join(random.choice('ab c\t') for _ in range(random.randint(0, 40)))
    y = ''.join(random.choice('abd c') for _ in range(random.randint(0, 40)))
    m = difflib.SequenceMatcher(lambda ch: ch == ' ', x, y)
    print(m.find_longest_match(), m.get_opcodes(), m.quick_ratio(), m.real_quick_ratio())
    print(''.join(difflib.ndiff([x + '\n', 'same\n'], [y + '\n', 'same\n'])), end='')

lines_a = ['tab\tseparated\tvalue\n', 'the quick brown fox\n', 'jumps over\n', 'lazy dog\n']
lines_b = ['tab\tseperated\tvalues\n', 'the quick brown fax\n', 'jumped over\n', 'the lazy dog\n', 'x\n']
print(''.join(difflib.ndiff(lines_a, lines_b)), end='')
print(''.join(difflib.Differ().compare(lines_a, lines_b)), end='')
big_a = [random.choice('xyz') for _ in range(400)]
big_b = [random.choice('xyz') for _ in range(400)] + ['q'] * 5
for junk in (True, False):
    m = difflib.SequenceMatcher(None, big_a, big_b, autojunk=junk)
    print(junk, m.ratio(), sorted(m.bpopular), len(m.get_matching_blocks()))
m = difflib.SequenceMatcher(lambda c: c in 'x', 'axbxc', 'abxxc')
print(m.bjunk, m.get_matching_blocks(), m.find_longest_match(1, 4, 0, 5))
m = difflib.SequenceMatcher(None, 'abcdefghijXklmnopqrs', 'abcdefghijYklmnopqrs')
print(m.get_opcodes(), list(m.get_grouped_opcodes(2)), m.get_opcodes())
print(list(difflib.SequenceMatcher(None, 'same', 'same').get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()), difflib.SequenceMatcher(None, '', '').ratio())
print(difflib.get_close_matches('pythn', ['python', 'jython', 'pyton', 'cython', 'thon', 'pythno'], n=4, cutoff=0.5))
print(difflib.get_close_matches('x', []), difflib.get_close_matches('ab', ['ab', 'ba', 'ab']))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('#x'), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('x'))
for line in difflib.diff_bytes(difflib.unified_diff, [b'one\n', b'tw\xffo\n'], [b'one\n', b'two\n'], b'a', b'b'):
    print(line)
for line in difflib.diff_bytes(difflib.context_diff, [b'x\n'], [b'y\n']):
    print(line)
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')), list(difflib.context_diff([], [])))
print(list(difflib.unified_diff([], ['new\n'])), list(difflib.unified_diff(['old\n'], [])))
print(list(difflib.context_diff(['a\n', 'b\n'], ['a\n'], n=0)), list(difflib.context_diff(['a\n'], ['a\n', 'b\n'], n=0)))
for bad in [lambda: difflib.get_close_matches('a', ['a'], n=0),
            lambda: difflib.get_close_matches('a', ['a'], cutoff=1.5),
            lambda: list(difflib.restore([], 3)),
            lambda: list(difflib.unified_diff([b'a'], ['b'])),
            lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=1)),
            lambda: list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(difflib.SequenceMatcher[int], difflib.Match(1, 2, 3))
