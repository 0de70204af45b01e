# unicodedata.name and lookup: ordinary names, Hangul syllable and CJK ideograph names (computed), aliases, named sequences, case, defaults, and the errors CPython raises
import unicodedata

chars = 'a\u00e9\u0416\u05d0\u0627\u0905\u20ac\u2603\U0001f600\uac00\uac05\ud7a3\u3400\u4e00\u9fff' \
        '\U00020000\U0002b740\U00030000\uf900\ufa0e\U0002f800\U00017000\U00018800\U0001b170'
for c in chars:
    name = unicodedata.name(c, None)
    print(f'U+{ord(c):04X}', name, name is not None and unicodedata.lookup(name) == c)

# every syllable's name leads back to it
count = 0
for cp in range(0xAC00, 0xD7A4, 37):
    c = chr(cp)
    assert unicodedata.lookup(unicodedata.name(c)) == c, hex(cp)
    count += 1
print('hangul round trips', count)

NAMES = [
    'LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter E With Acute',
    'SNOWMAN', 'EURO SIGN', 'GRINNING FACE', 'NULL', 'LINE FEED', 'LF', 'NEL', 'DEL',
    'BYTE ORDER MARK', 'ZWNJ', 'ZWJ', 'NBSP', 'SHY', 'VS1', 'LATIN CAPITAL LETTER GHA',
    'KEYCAP DIGIT ONE', 'keycap number sign', 'LATIN SMALL LETTER A WITH MACRON AND GRAVE',
    'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GANJ', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE GANI',
    'hangul syllable ga', 'HANGUL SYLLABLE', 'HANGUL SYLLABLE GAX',
    'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-20000',
    'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-FA0E',
    'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-4E0', 'CJK COMPATIBILITY IDEOGRAPH-F900',
    'cjk compatibility ideograph-f900', 'TANGUT IDEOGRAPH-17000', 'TANGUT COMPONENT-001',
    '', 'NO SUCH CHARACTER', 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A',
    'LATIN SMALL LETTER \u00c9', 'x' * 256, 'x' * 257, b'DIGIT SEVEN', b'\xffNAME',
    'LATIN SMALL LETTER A\x00B',
]
for name in NAMES:
    try:
        print(ascii(name)[:50], '->', ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(ascii(name)[:50], '-> KeyError', e)

for c in ('\x00', '\n', '\u0378', '\ue000', '\ud800', '\U00017000'):
    print(f'U+{ord(c):04X}', unicodedata.name(c, 'default'))
    try:
        unicodedata.name(c)
    except ValueError as e:
        print('   ValueError', e)

CALLS = [
    lambda: unicodedata.name('ab'), lambda: unicodedata.name(65), lambda: unicodedata.name(''),
    lambda: unicodedata.name(), lambda: unicodedata.name('a', 'b', 'c'),
    lambda: unicodedata.name('a', default='x'), lambda: unicodedata.category('ab'),
    lambda: unicodedata.category(None), lambda: unicodedata.category(), lambda: unicodedata.combining('a', 'b'),
    lambda: unicodedata.bidirectional(b'a'), lambda: unicodedata.east_asian_width(chr=65),
    lambda: unicodedata.decimal('x'), lambda: unicodedata.digit('x'), lambda: unicodedata.numeric('x'),
    lambda: unicodedata.decimal('\u00b2'), lambda: unicodedata.decimal('12'), lambda: unicodedata.numeric(1.5),
    lambda: unicodedata.lookup(5), lambda: unicodedata.lookup(bytearray(b'SNOWMAN')),
    lambda: unicodedata.lookup(), lambda: unicodedata.lookup(name='SNOWMAN'), lambda: unicodedata.lookup('\udc80'),
    lambda: unicodedata.normalize('NFX', 'a'), lambda: unicodedata.normalize('nfc', 'a'),
    lambda: unicodedata.normalize(1, 'a'), lambda: unicodedata.normalize('NFC', 1),
    lambda: unicodedata.normalize('NFC'), lambda: unicodedata.is_normalized('NFC', b'a'),
    lambda: unicodedata.normalize(form='NFC', unistr='a'),
]
for call in CALLS:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

print(unicodedata.decimal('x', None), unicodedata.digit('x', -1), unicodedata.numeric('x', 'none'))
print(unicodedata.decimal('\u0665'), unicodedata.digit('\u2463'), unicodedata.numeric('\u2155'),
      unicodedata.numeric('\u5146'), unicodedata.numeric('\U00016b61'), unicodedata.numeric('\u216f'))
