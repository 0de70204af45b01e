# re: \N{name} in str patterns, outside and inside classes (in ranges too), by name, alias, in any case, for CJK and Hangul names; bytes patterns refuse it.
import re

for pattern, text in [
        (r'\N{EM DASH}', 'a\u2014b'), (r'\N{em dash}+', 'x\u2014\u2014y'), (r'\N{BYTE ORDER MARK}', '\ufeff'),
        (r'\N{LF}\N{NULL}', '\n\0'), (r'\N{LINE FEED}', 'a\nb'), (r'\N{ALERT}', '\a'),
        (r'\N{CJK UNIFIED IDEOGRAPH-4E00}', '\u4e00'), (r'\N{HANGUL SYLLABLE GA}', '\uac00'),
        (r'[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER C}]+', 'xabcd'),
        (r'[^\N{SPACE}\N{COMMA}]+', 'a, bc d'), (r'(?i)\N{LATIN SMALL LETTER A}', 'A'),
        (r'(?i)\N{LATIN SMALL LETTER SHARP S}', '\u1e9e'), (r'(?x) \N{EM DASH} ', '\u2014'),
        (r'\N{DIGIT ONE}{2}', '111'), (r'\N{LATIN SMALL LETTER A}*+a', 'aaa'),
        (r'(\N{GREEK SMALL LETTER ALPHA})\1', '\u03b1\u03b1'), (r'\N{PLUS SIGN}\N{ASTERISK}', '+*'),
        (r'\N{DOLLAR SIGN}$', 'a$'), (r'[\N{HYPHEN-MINUS}]', 'a-b'), (r'\N{REVERSE SOLIDUS}', '\\'),
]:
    m = re.search(pattern, text)
    print(ascii(pattern), m and ascii(m.group()), ascii(re.findall(pattern, text)))
for pattern in [r'\N{EMDASH}', r'[\N{EM DASH]', r'\N{KEYCAP NUMBER SIGN}', r'\N', rb'\N{EM DASH}', rb'[\N{EM DASH}]']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(ascii(pattern), e)
print(ascii(re.escape('\u2014')), re.sub(r'\N{EM DASH}', '-', 'a\u2014b\u2014c'))
