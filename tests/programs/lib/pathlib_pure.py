# pathlib: the pure parts of paths (name, suffix, suffixes, stem, parent,
# parents, parts, joins), with_name/with_stem/with_suffix,
# relative_to/is_relative_to, and their errors.
from pathlib import PurePosixPath as P, Path

for text in ['a/b.txt', '/usr/lib/x.tar.gz', '.bashrc', 'file.', 'archive..gz', '..', '.', '/', 'a/b/', '//x', 'a//b/./c',
             'no_ext', '.hidden.txt', 'x.y.z.', '/a.b/c']:
    p = P(text)
    print(repr(text), str(p), p.name, repr(p.suffix), p.suffixes, p.stem, p.parent, list(map(str, p.parents)), p.parts,
          p.root, p.anchor, p.is_absolute())
print(P('a') / 'b' / 'c.py', P('/a') / '/b', P('a', 'b', 'c'), P('a').joinpath('b', 'c'), 'x' / P('y'))
for p, arg in [('a/b.txt', 'c.md'), ('a/b.txt', 'c'), ('/', 'x'), ('a/b', ''), ('a/b', 'c/d'), ('a/b', '.')]:
    try:
        print(P(p).with_name(arg))
    except ValueError as e:
        print('ValueError', e)
for p, arg in [('a/b.txt', '.md'), ('a/b.txt', ''), ('a/b', '.gz'), ('a/b.tar.gz', '.zip'), ('a/b', 'gz'), ('a/b', '.'), ('', '.x'), ('a/b', './x')]:
    try:
        print(P(p).with_suffix(arg))
    except ValueError as e:
        print('ValueError', e)
for p, arg in [('a/b.txt', 'c'), ('a/.txt', 'x'), ('a/b.tar.gz', 'z')]:
    print(P(p).with_stem(arg))
for p, others in [('/a/b/c', ('/a',)), ('/a/b/c', ('/a', 'b')), ('a/b', ('a/b',)), ('/a/b', ('/c',)), ('a/b', ('/a',)), ('a', ('',))]:
    try:
        print(P(p).relative_to(*others), P(p).is_relative_to(*others))
    except ValueError as e:
        print('ValueError', e, P(p).is_relative_to(*others))
print(P('a/b') == P('a//b'), P('a') < P('b'), sorted([P('b'), P('a/c'), P('a')]), hash(P('x/y')) == hash(P('x//y')))
print(P('a/b').match('*.py'), P('a/b.py').match('*.py'), P('/a/b.py').match('/*.py'), P('a/b.py').match('a/*.py'))
print(repr(P('a/b')), repr(Path('a/b')), Path('a/b').as_posix(), str(Path('/x/../y')), Path('a').parts)
