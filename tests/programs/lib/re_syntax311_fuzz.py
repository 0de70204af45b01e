# re: random patterns of 3.11's newer syntax (conditional groups, atomic groups, possessive repeats, \N{name}) mixed with groups, alternation, classes, anchors, lookarounds and backreferences, searched, found, full-matched and substituted in random texts; compared with python3.
import random
import re

random.seed(311)
ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', '\\w', '\\d', '\\s', 'x', '\\N{LATIN SMALL LETTER B}', 'A']
ANCHORS = ['^', '$', '\\b', '\\B', '\\A', '\\Z']
REPEATS = ['*', '+', '?', '{2}', '{1,3}', '{,2}', '*?', '+?', '??', '{1,2}?']
POSSESSIVE = ['*+', '++', '?+', '{1,2}+', '{2}+', '{,2}+']


def captures(node):
    # CPython leaves the marks of a group that failed inside a possessive
    # repeat dangling, a bug of its own (its group shows '', or a
    # SystemError is raised): such cases are left out.
    return '(' in node.replace('(?:', '').replace('(?>', '')


def gen(state, depth=0):
    k = random.random()
    if depth > 3 or k < 0.25:
        return random.choice(ATOMS) if random.random() < 0.85 else random.choice(ANCHORS)
    if k < 0.42:
        return gen(state, depth + 1) + gen(state, depth + 1)
    if k < 0.50:
        state['groups'] += 1
        index = state['groups']
        named = random.random() < 0.3
        body = gen(state, depth + 1)
        # (conditions test only the groups closed by then: from inside its
        # group, one can see the end CPython's engine left set by a failed
        # attempt, another of its quirks)
        state['closed'].append(str(index))
        if named:
            state['closed'].append('g%d' % index)
            return '(?P<g%d>%s)' % (index, body)
        return '(%s)' % body
    if k < 0.56:
        return '(?:%s|%s)' % (gen(state, depth + 1), gen(state, depth + 1))
    if k < 0.62:
        return '(?>%s)' % gen(state, depth + 1)
    if k < 0.72 and state['closed']:
        ref = random.choice(state['closed'])
        if random.random() < 0.7:
            return '(?(%s)%s|%s)' % (ref, gen(state, depth + 1), gen(state, depth + 1))
        return '(?(%s)%s)' % (ref, gen(state, depth + 1))
    if k < 0.77:
        return random.choice(['(?=', '(?!']) + gen(state, depth + 1) + ')'
    if k < 0.81:
        return random.choice(['(?<=', '(?<!']) + random.choice(
            ['a', 'ab', '\\w', '(a)', '(?>ab)', '(?(1)a|b)', 'a{2}+', '\\1']) + ')'
    if k < 0.84 and state['groups']:
        return '\\%d' % random.randint(1, state['groups'])
    node = gen(state, depth + 1)
    if node[-1:] in '^$' or node.endswith(('\\b', '\\B', '\\A', '\\Z')):
        return node
    if len(node) > 1:
        node = '(?:' + node + ')'
    if captures(node) or random.random() < 0.5:
        return node + random.choice(REPEATS)
    return node + random.choice(POSSESSIVE)


for trial in range(700):
    state = {'groups': 0, 'closed': []}
    pattern = gen(state)
    flags = random.choice([0, 0, re.I, re.M, re.S])
    texts = [''.join(random.choice('aabbc x1A\n') for _ in range(random.randint(0, 8)))
             for _ in range(3)]
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        print(trial, repr(pattern), 'error:', e)
        continue
    out = []
    for text in texts:
        m = rx.search(text)
        out.append(m and (m.span(), m.groups(), m.lastindex))
        out.append([(m.span(), m.groups()) for m in rx.finditer(text)])
        f = rx.fullmatch(text)
        out.append(f and f.regs)
        out.append(rx.sub('<\\g<0>>', text))
    print(trial, repr(pattern), flags, out)
