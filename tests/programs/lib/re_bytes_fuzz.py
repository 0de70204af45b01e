# re on bytes: random bytes patterns (high bytes, escapes, classes with byte ranges, groups, repeats, look-arounds, backreferences) searched, found, substituted and split in random bytes and bytearrays, with I, M, S and L flags; compared with python3.
import random
import re

random.seed(7)
atoms = [b'a', b'A', b'b', b'\xe9', b'\xc9', b'\xff', b'\\x80', b'\\xff', b'\\0', b'\\101', b'.',
         b'\\w', b'\\W', b'\\d', b'\\s', b'\\S', b'\\b', b'\\B', b'^', b'$', b'\\Z', b'[a-c]',
         b'[^a\\xe9]', b'[\\x80-\\xff]', b'[\\w\\xe9]', b'[^\\W\\d]', b'[A-Z\\x00-\\x1f]', b'\\.',
         b' ', b'\\n', b'[\xc0-\xdf]', b'(?i:a)', b'[^ab]']


def gen(depth=0):
    k = random.random()
    if depth > 2 or k < 0.35:
        return random.choice(atoms)
    if k < 0.55:
        return gen(depth + 1) + gen(depth + 1)
    if k < 0.65:
        return b'(' + gen(depth + 1) + b')'
    if k < 0.72:
        return b'(?:' + gen(depth + 1) + b'|' + gen(depth + 1) + b')'
    if k < 0.77:
        return random.choice([b'(?=', b'(?!', b'(?<=', b'(?<!']) + random.choice(atoms[:12]) + b')'
    if k < 0.8:
        return b'(' + gen(depth + 1) + b')\\1'
    node = gen(depth + 1)
    if node[-1:] in b'^$' or node.endswith(b'\\b') or node.endswith(b'\\B'):
        return node
    return b'(?:' + node + b')' + random.choice([b'*', b'+', b'?', b'{2}', b'{1,3}', b'*?', b'+?', b'{0,2}?'])


alphabet = b'aAbB\xe9\xc9\xff\x80 \n.1_\x00'
texts = [bytes(random.choice(alphabet) for _ in range(random.randrange(0, 12))) for _ in range(30)]
for trial in range(1200):
    pattern = gen()
    flags = random.choice([0, re.I, re.M, re.S, re.L, re.I | re.L, re.I | re.S])
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        print(trial, pattern, 'error', e)
        continue
    out = []
    for text in random.sample(texts, 3):
        subject = bytearray(text) if trial % 3 == 0 else text
        m = rx.search(subject)
        out.append((m.span(), m.groups()) if m else None)
        out.append(rx.findall(subject))
        out.append(rx.sub(b'<\\g<0>>', subject))
        out.append(rx.split(subject, maxsplit=2))
        out.append(bool(rx.fullmatch(subject)))
    print(trial, pattern, int(flags), out)
