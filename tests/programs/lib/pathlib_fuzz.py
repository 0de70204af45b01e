# pathlib: random pure paths through parts, name, suffix(es), stem, parent(s), joins, comparisons, relative_to, with_name/with_suffix/with_stem, match and as_uri; compared with python3.
import random
import sys
from pathlib import PurePosixPath as P
random.seed(1)
parts = ['', '/', '//', '///', '.', '..', 'a', 'b.txt', '.hidden', 'c.tar.gz', 'x.', 'd/', '/e', 'f//g', 'h/./i', 'j/../k', ' sp ', '...', '.a.b']
for trial in range(300):
    p = ''.join(random.choice(parts) for _ in range(random.randint(0, 4)))
    q = ''.join(random.choice(parts) for _ in range(random.randint(0, 3)))
    x, y = P(p), P(q)
    out = [str(x), repr(x), x.parts, x.name, x.suffix, x.suffixes, x.stem, str(x.parent), [str(a) for a in x.parents], x.root, x.anchor,
           x.is_absolute(), str(x / y), str(y / x), x == y, x < y if x.root == y.root else None, x.as_posix(), x.is_reserved()]
    for make in [lambda: str(x.relative_to(y)), lambda: x.is_relative_to(y), lambda: str(x.with_name('n.py')), lambda: str(x.with_suffix('.md')),
                 lambda: str(x.with_stem('s')), lambda: x.match(random.choice(['*', '*.txt', 'a/*', '/*', '**/b.txt', '*.gz'])), lambda: x.as_uri()]:
        try:
            out.append(make())
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(trial, repr(p), repr(q), out)
print(P("/é ü/%x?#").as_uri())
