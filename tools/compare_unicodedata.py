#!/usr/bin/env python3
"""compare_unicodedata.py - checks pyrun's unicodedata against CPython's on
every code point (0 to 0x10FFFF): name (and lookup of that name), category,
bidirectional, combining, east_asian_width, mirrored, decomposition,
decimal, digit, numeric and the four normalization forms of the character.

    python3 tools/compare_unicodedata.py         (about 10 s; pyrun from bin/)

It runs itself with --dump under python3 and under bin/pyrun and prints the
code points where the two differ (at most 20), then how many there are.
Too slow for a test program, so kept here.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def dump():
    import unicodedata as u
    lines = []
    for cp in range(0x110000):
        c = chr(cp)
        name = u.name(c, '')
        try:
            back = '%X' % ord(u.lookup(name)) if name else ''
        except KeyError:
            back = 'KeyError'
        fields = [f'{cp:X}', name, back, u.category(c), u.bidirectional(c),
                  str(u.combining(c)), u.east_asian_width(c), str(u.mirrored(c)),
                  u.decomposition(c), str(u.decimal(c, '')), str(u.digit(c, '')),
                  str(u.numeric(c, ''))]
        fields += [ascii(u.normalize(form, c)) for form in ('NFC', 'NFD', 'NFKC', 'NFKD')]
        lines.append('|'.join(fields))
        if len(lines) == 4096:
            print('\n'.join(lines))
            lines = []
    print('\n'.join(lines))


def main():
    import subprocess     # (in main only: pyrun runs the dump, and has no subprocess)
    me = os.path.abspath(__file__)
    expected = subprocess.run([sys.executable, me, '--dump'], capture_output=True, text=True,
                              check=True).stdout.splitlines()
    pyrun = os.environ.get('PYRUN', os.path.join(ROOT, 'bin', 'pyrun'))
    got = subprocess.run([pyrun, me, '--dump'], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    differences = [(a, b) for a, b in zip(expected, got) if a != b]
    for a, b in differences[:20]:
        print('python3:', a)
        print('pyrun:  ', b)
    if len(expected) != len(got):
        print(f'{len(expected)} lines from python3, {len(got)} from pyrun')
    print(f'{len(differences)} code points differ')
    return 1 if differences or len(expected) != len(got) else 0


if __name__ == '__main__':
    if sys.argv[1:] == ['--dump']:
        dump()
    else:
        sys.exit(main())
