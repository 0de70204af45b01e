# posixpath: commonprefix and commonpath (str, bytes, lists, PathLike,
# errors), with the other pure helpers.
import posixpath as pp
from pathlib import PurePosixPath

for paths in [['/usr/lib', '/usr/local/lib'], ['/a/b/c', '/a/b'], ['a/b', 'a/bc'], ['/a//b/./c', '/a/b/d/'], ['/'], ['a'],
              ['/a', '/'], ['.', './a'], [b'/x/y', b'/x/z'], [PurePosixPath('/p/q'), '/p/r'], ('a/x', 'a/y'), ['', '']]:
    try:
        print(paths, repr(pp.commonpath(paths)), repr(pp.commonprefix(paths)))
    except (ValueError, TypeError) as e:
        print(paths, type(e).__name__, e)
for bad in [[], ['/a', 'b'], ['/a', b'/b'], [1, 2]]:
    try:
        print(pp.commonpath(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(pp.commonprefix([])), pp.commonprefix([[1, 2, 3], [1, 2, 4]]), pp.commonprefix([(1,), (1, 2)]), pp.commonprefix(['abc']))
print(pp.join('a', 'b'), pp.split('/a/b'), pp.splitext('.bashrc'), pp.normpath('/../a/./b//'), pp.relpath('/a/b', '/a/c/d'))
print(pp.basename('a/b/'), pp.dirname('a'), pp.isabs('a'), pp.normcase('AbC'), pp.splitext('a.b/c'), pp.split(''))
