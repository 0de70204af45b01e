#!/usr/bin/env python3
"""compile_ref.py FILE - the reference for `pycomp --check`: exit status 0 if
CPython compiles FILE (as bytes, like importing it), 1 if it raises
SyntaxError (or ValueError/RecursionError), and nothing on stdout."""
import sys
import warnings

warnings.simplefilter('ignore')
with open(sys.argv[1], 'rb') as f:
    source = f.read()
try:
    compile(source, sys.argv[1], 'exec', dont_inherit=True)
except (SyntaxError, ValueError, RecursionError, MemoryError) as err:
    sys.stderr.write('%s: %s: %s\n' % (sys.argv[1], type(err).__name__, err))
    sys.exit(1)
