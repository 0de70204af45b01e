# unicodedata on chosen characters of many scripts, categories and widths: name, category, bidi class, combining class, width, mirroring, decomposition and numeric values
import unicodedata

SAMPLES = (
    'Aa9 _-(]$+^~\t\n\x00\x7f\x85\xa0\xad'          # ASCII and Latin-1 controls, spaces, marks
    '\xc5\xe9\xdf\u0132\u01c5\u02b0\u0301\u0327'     # Latin letters, titlecase, modifier, marks
    '\u0391\u03c9\u0416\u044f\u0531\u05d0\u05b0'     # Greek, Cyrillic, Armenian, Hebrew
    '\u0627\u0661\u06f5\u0710\u0905\u093f\u0966'     # Arabic, Syriac, Devanagari
    '\u0e01\u0e31\u0f40\u10a0\u1100\u1161\u11a8'     # Thai, Tibetan, Georgian, Hangul jamo
    '\u13a0\u1680\u16a0\u1780\u1820\u1e9e\u2000'     # Cherokee, Ogham, runes, Khmer, Mongolian
    '\u200b\u200d\u200e\u2028\u2029\u202e\u2066'     # format characters and separators
    '\u2070\u00b2\u2153\u2160\u216f\u2189\u20ac'     # super/subscripts, fractions, Roman numerals
    '\u20a9\u2190\u2211\u221e\u2264\u2308\u2329'     # arrows, math, mirrored brackets
    '\u2460\u24b6\u2500\u25a0\u2603\u2764\u27e6'     # circled, box drawing, shapes, dingbats
    '\u2e80\u3000\u3001\u3042\u30a2\u3099\u302a'     # CJK radicals, ideographic space, kana, marks
    '\u3131\u3400\u4e00\u4e07\u5146\u96f6\u9fff'     # compatibility jamo, ideographs with values
    '\uac00\uac01\ud4db\ud7a3\ue000\uf900\ufa0e'     # Hangul syllables, private use, compatibility
    '\ufb01\ufb20\ufe10\ufe30\ufe50\ufeff\uff01'     # ligatures, presentation forms, fullwidth
    '\uff21\uff61\uff76\uffe0\uffe8\ufffd\U00010000'  # halfwidth, specials, Linear B
    '\U00010140\U000104a0\U0001d400\U0001d7ce\U0001f600'  # Greek numbers, Osmanya, math, emoji
    '\U0001f1e6\U0001f3fb\U00016b61\U00020000\U0002a6df\U0002f800'  # flags, Pahawh Hmong, ideographs
    '\U00031350\U000e0001\U000e0100\U000f0000\U0010fffd\u0378\U0003fffd'  # tags, selectors, unassigned
)

for c in SAMPLES:
    print(f'U+{ord(c):04X}', unicodedata.name(c, '<no name>'))
    print('   ', unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.combining(c), unicodedata.east_asian_width(c), unicodedata.mirrored(c),
          repr(unicodedata.decomposition(c)), unicodedata.decimal(c, None),
          unicodedata.digit(c, None), unicodedata.numeric(c, None))
