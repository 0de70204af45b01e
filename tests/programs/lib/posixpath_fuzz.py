# posixpath: random paths (empty, repeated slashes, dots, tildes, variables) through normpath, split, splitext, basename, dirname, join, relpath, commonpath, commonprefix; compared with python3.
import os
import posixpath as pp
import random
import sys
os.chdir('/')      # relpath of relative paths depends on the working directory
random.seed(1)
parts = ['', '/', '//', '///', '.', '..', 'a', 'b.txt', '.hidden', 'c.tar.gz', 'x.', '~', '~user', '$HOME', '${X}', 'd/', '/e', 'f//g', 'h/./i', 'j/../k']
for trial in range(400):
    p = ''.join(random.choice(parts) for _ in range(random.randint(0, 4)))
    q = ''.join(random.choice(parts) for _ in range(random.randint(0, 3)))
    out = [pp.normpath(p), pp.split(p), pp.splitext(p), pp.basename(p), pp.dirname(p), pp.isabs(p), pp.join(p, q), pp.join(q, p, q),
           pp.splitdrive(p), pp.normcase(p), pp.expanduser(p) == p or p.startswith('~')]
    for make in [lambda: pp.relpath(p or '.', q or None), lambda: pp.commonpath([p, q]), lambda: pp.commonprefix([p, q]),
                 lambda: pp.abspath(p).startswith('/'), lambda: pp.realpath('/' + p).startswith('/')]:
        try:
            out.append(make())
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(trial, repr(p), repr(q), out)
