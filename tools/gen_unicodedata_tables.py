#!/usr/bin/env python3
"""gen_unicodedata_tables.py - writes pyrun/modules/unicodedata_tables.c, the
few facts of the Unicode 14.0 database that pyrun's unicodedata module needs
and libunistring 1.0 does not hold.

    python3 tools/gen_unicodedata_tables.py

pyrun's unicodedata answers from libunistring (its tables are the Unicode
14.0 of CPython 3.11).  Three things are missing there:

- East_Asian_Width: libunistring has only uc_width().  The module derives
  most widths from it and from the decomposition tags (<wide> is F, <narrow>
  is H, width 2 is W); this script lists the code points where that
  derivation is not the database's answer (the ambiguous A characters, the
  narrow Na ones, a few wide marks).
- The numeric values of CJK ideographs (from the Unihan database).
- The name aliases of the control characters ("NULL", "LINE FEED", "LF")
  and the named character sequences, which unicodedata.lookup() accepts.

It asks libunistring (through ctypes) what it answers and python3's
unicodedata (CPython 3.11, the oracle) what the answer should be, and writes
only the differences.  The candidate names come from the copy of the
Unicode 14.0 name files that Perl 5.36 installs (perl's unicore/Name.pl and
NamedSequences.txt); each is kept only if python3's lookup() accepts it.
The generated file is committed, so building pyrun needs neither.
"""
import ctypes
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, 'pyrun', 'modules', 'unicodedata_tables.c')
PERL_UNICORE = '/usr/share/perl/5.36/unicore'

UC_DECOMP_WIDE, UC_DECOMP_NARROW = 11, 12
UNINAME_INVALID = 0xFFFF


class Fraction(ctypes.Structure):
    _fields_ = [('numerator', ctypes.c_int), ('denominator', ctypes.c_int)]


def load_libunistring():
    lib = ctypes.CDLL('libunistring.so.2')
    lib.uc_width.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
    lib.uc_width.restype = ctypes.c_int
    lib.uc_decomposition.argtypes = [ctypes.c_uint32, ctypes.POINTER(ctypes.c_int),
                                     ctypes.POINTER(ctypes.c_uint32)]
    lib.uc_decomposition.restype = ctypes.c_int
    lib.uc_numeric_value.argtypes = [ctypes.c_uint32]
    lib.uc_numeric_value.restype = Fraction
    lib.unicode_name_character.argtypes = [ctypes.c_char_p]
    lib.unicode_name_character.restype = ctypes.c_uint32
    return lib


def derived_width(lib, cp):
    """What the module answers before it looks at the exceptions (keep this
    the same as east_asian_width() in unicodedatamodule.c)."""
    category = unicodedata.category(chr(cp))
    if category == 'Cn':
        return 'F'      # CPython's answer for unassigned code points
    if category == 'Co':
        return 'A'
    tag = ctypes.c_int()
    parts = (ctypes.c_uint32 * 32)()
    if lib.uc_decomposition(cp, ctypes.byref(tag), parts) > 0:
        if tag.value == UC_DECOMP_WIDE:
            return 'F'
        if tag.value == UC_DECOMP_NARROW:
            return 'H'
    return 'W' if lib.uc_width(cp, b'UTF-8') == 2 else 'N'


def width_exceptions(lib):
    ranges = []
    for cp in range(0x110000):
        width = unicodedata.east_asian_width(chr(cp))
        if width == derived_width(lib, cp):
            continue
        if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == width:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, width])
    return ranges


def numeric_exceptions(lib):
    found = []
    for cp in range(0x110000):
        value = unicodedata.numeric(chr(cp), None)
        f = lib.uc_numeric_value(cp)
        theirs = f.numerator / f.denominator if f.denominator else None
        if value != theirs:
            found.append((cp, value))
    return found


def perl_names():
    """(name, code points) of Perl's Name.pl: aliases and sequences among them."""
    with open(os.path.join(PERL_UNICORE, 'Name.pl'), encoding='utf-8') as f:
        text = f.read()
    body = text.split("return <<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    for block in body.split('\n\n'):
        lines = block.strip().split('\n')
        if len(lines) == 2:
            yield lines[1], [int(h, 16) for h in lines[0].split()]
    with open(os.path.join(PERL_UNICORE, 'NamedSequences.txt'), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                name, seq = line.split(';')
                yield name.strip(), [int(h, 16) for h in seq.split()]


def name_exceptions(lib):
    found = {}
    for name, cps in perl_names():
        if name.startswith(('HANGUL SYLLABLE ', 'CJK UNIFIED IDEOGRAPH-')):
            continue    # the module spells these names itself
        try:
            text = unicodedata.lookup(name)
        except KeyError:
            continue
        if [ord(c) for c in text] != cps:
            sys.exit(f'{name}: python3 and perl disagree')
        theirs = lib.unicode_name_character(name.encode('ascii'))
        if len(cps) == 1 and theirs == cps[0]:
            continue
        found[name] = cps
    return sorted(found.items())


HEADER = '''\
/* unicodedata_tables.c - the facts of Unicode 14.0 that libunistring 1.0
 * lacks, for unicodedatamodule.c (data, generated by
 * tools/gen_unicodedata_tables.py: do not edit). */
#include "modules/unicodedata_tables.h"

'''


def main():
    lib = load_libunistring()
    out = [HEADER]
    out.append('/* where east_asian_width() is not what uc_width() and the decomposition\n'
               ' * tags suggest */\n')
    out.append('const WidthRange unicodedata_width_exceptions[] = {\n')
    widths = width_exceptions(lib)
    for first, last, width in widths:
        out.append(f'    {{ 0x{first:04X}, 0x{last:04X}, "{width}" }},\n')
    out.append('};\n')
    out.append('const size_t unicodedata_width_exception_count = '
               f'{len(widths)};\n\n')
    out.append('/* numeric values of the Unihan database (CJK ideographs) */\n')
    out.append('const NumericValue unicodedata_numeric_exceptions[] = {\n')
    numerics = numeric_exceptions(lib)
    for cp, value in numerics:
        out.append(f'    {{ 0x{cp:04X}, {value!r} }},\n')
    out.append('};\n')
    out.append('const size_t unicodedata_numeric_exception_count = '
               f'{len(numerics)};\n\n')
    out.append('/* the aliases of control characters and the named sequences */\n')
    out.append('const ExtraName unicodedata_extra_names[] = {\n')
    names = name_exceptions(lib)
    for name, cps in names:
        points = ', '.join(f'0x{cp:04X}' for cp in cps)
        out.append(f'    {{ "{name}", {len(cps)}, {{ {points} }} }},\n')
    out.append('};\n')
    out.append(f'const size_t unicodedata_extra_name_count = {len(names)};\n')
    with open(OUTPUT, 'w', encoding='ascii') as f:
        f.write(''.join(out))
    print(f'{OUTPUT}: {len(widths)} width ranges, {len(numerics)} numeric values, '
          f'{len(names)} names')


if __name__ == '__main__':
    main()
