# every built-in error handler (and an unknown name) with every codec, both directions: the results, or the error with its attributes
import codecs

HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass', 'bogus']
CODECS = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
          'utf-32-le', 'utf-32-be', 'unicode_escape', 'raw_unicode_escape', 'u8', '646']

TEXTS = ['plain', 'caf\xe9 \u20ac\U0001f600', 'a\ud800b', 'a\udc80\udcffb',
         'x\ud800\udc00\ud801y', 'a\udc80\ud800\udc81b', '\x00\u1234\U00012345']
DATA = [b'plain', b'a\xffb\xfe', b'\xed\xa0\x80', b'\xed\xa0', b'\xf0\x90\x80\xff',
        b'a\x00\x00\xd8b\x00', b'\x00\xd8\x00\x00', b'\x00\xdc\x80', b'\xff\xfe\x00\xd8',
        b'\x00\x00\xd8\x00\x00\x00\x11\x00', b'\\x4g\\N{EURO SIGN}\\u12', b'\\N{NO SUCH}\xe9',
        b'\x80\x81\x82\x83\x84\x85']


def show(kind, f):
    try:
        print(' ', kind, ascii(f()))
    except UnicodeError as e:
        print(' ', kind, type(e).__name__, e.encoding, e.start, e.end, e.reason,
              ascii(e.object) if len(e.object) < 24 else '...')
        print('    ', ascii(str(e)))
    except (LookupError, TypeError) as e:
        print(' ', kind, type(e).__name__, e, type(e.__cause__).__name__)


for codec in CODECS:
    for handler in HANDLERS:
        print(codec, handler)
        for text in TEXTS:
            show('encode', lambda: text.encode(codec, handler))
        for data in DATA:
            show('decode', lambda: data.decode(codec, handler))
