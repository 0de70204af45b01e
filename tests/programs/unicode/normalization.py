# unicodedata.normalize and is_normalized in NFC, NFD, NFKC and NFKD: accents composed and decomposed, the order of combining marks, Hangul syllables and jamo, compatibility ligatures, fullwidth and circled forms, singletons, exclusions, lone surrogates
import unicodedata

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
TEXTS = [
    'caf\u00e9', 'cafe\u0301', 'r\u00e9sum\u00e9', 'A\u030a', '\u00c5', '\u212b',  # Angstrom sign
    'a\u0301\u0323', 'a\u0323\u0301', '\u1ea1\u0302', 'q\u0307\u0323', '\u1e0b\u0323',
    'o\u0308\u0304', '\u01eb\u0304', 'e\u0302\u0301\u0303',
    '\ud55c\uad6d\uc5b4', '\u1112\u1161\u11ab', '\u1100\u1161', '\uac00\u11a8', '\u1100\u1161\u11a8',
    '\u3131\u314f',                                          # compatibility jamo
    '\ufb01ne \ufb02ow \ufb03', '\u0132', '\u01c4\u01c5\u01c6', '\u2126 \u212a \u2160\u2163',
    '\uff28\uff45\uff4c\uff4c\uff4f\uff01 \uff11\uff12\uff13', '\uff76\uff9e\uff8a\uff9f',
    '\u2460\u2461 \u24b6 \u3250 \u32c0', 'x\u00b2 + y\u2082 \u00bd \u2153',
    '\u1e9b\u0323', '\u0958', '\u0344', '\u0f73', '\u2329\u232a', '\u00a0\u2002\u3000',
    '\u0390', '\u03d3', '\u1f80', 'se\u0301n\u0303or', '\ufdfa', '\u33a1 \u3392',
    'plain ascii', '', '\u0301 leading mark', 'a\ud800\u0301 b\udfff', '\U0001d400\U0001d7d8',
    '\u05d0\u05b7', '\u0627\u0653', '\u0915\u093c', '\u30ac \u30cf\u309a \uff8a\uff9f',
]

for text in TEXTS:
    print(ascii(text))
    for form in FORMS:
        result = unicodedata.normalize(form, text)
        print(f'   {form:4}', ascii(result), len(result), unicodedata.is_normalized(form, text))

# normalizing twice changes nothing; NFC of NFD is NFC
for text in TEXTS:
    for form in FORMS:
        once = unicodedata.normalize(form, text)
        assert unicodedata.normalize(form, once) == once, (text, form)
        assert unicodedata.is_normalized(form, once), (text, form)
    assert unicodedata.normalize('NFC', unicodedata.normalize('NFD', text)) == \
        unicodedata.normalize('NFC', text)

# composed and decomposed spellings compare equal once normalized
pairs = [('\u00e9', 'e\u0301'), ('\uac01', '\u1100\u1161\u11a8'), ('\u212b', '\u00c5')]
for a, b in pairs:
    print(ascii(a), ascii(b), a == b,
          unicodedata.normalize('NFC', a) == unicodedata.normalize('NFC', b),
          unicodedata.normalize('NFD', a) == unicodedata.normalize('NFD', b))

# text already in the form comes back as the same object
s = 'd\u00e9j\u00e0 vu'
print(unicodedata.normalize('NFC', s) is s, unicodedata.normalize('NFD', s) is s)
