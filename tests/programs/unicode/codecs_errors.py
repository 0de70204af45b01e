# codecs error handlers: lookup_error for the built-in ones, each of them with codecs.encode and codecs.decode in utf-8, ascii, latin-1, utf-16 and utf-32, custom handlers from register_error, and the errors for bad handlers
import codecs

HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass']
for name in HANDLERS:
    print(name, codecs.lookup_error(name).__name__)

TEXTS = ['caf\u00e9 \u20ac\U0001f600', 'x\udcff\ud800y', 'ok']
BLOBS = [b'ab\xff\xfe\x80c', b'\xe2\x82', b'a\xed\xa0\x80b', b'\x00\xd8\x00\xdc\x00\xdc', b'ok']
for encoding in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-32-be']:
    for handler in HANDLERS:
        for text in TEXTS:
            try:
                result = ascii(codecs.encode(text, encoding, handler))
            except UnicodeError as e:
                result = f'{type(e).__name__}: {e}'
            print('E', encoding, handler, ascii(text), result)
        for blob in BLOBS:
            try:
                result = ascii(codecs.decode(blob, encoding, handler))
            except (UnicodeError, TypeError) as e:
                result = f'{type(e).__name__}: {e}'
            print('D', encoding, handler, blob, result)


def spans(exc):
    return (f'[{exc.start}:{exc.end}]', exc.end)


codecs.register_error('spans', spans)
print(codecs.lookup_error('spans') is spans)
print(codecs.encode('a\u00e9\u00e9b\u00ff', 'ascii', 'spans'))
print(codecs.decode(b'a\xff\xfeb\xc3', 'utf-8', 'spans'))
print(codecs.decode(b'\xff\xfea\x00\x00\xdcb\x00', 'utf-16', 'spans'))

codecs.register_error('skip2', lambda exc: ('', exc.end + 1))
print(codecs.encode('\u00e9xy', 'ascii', 'skip2'), codecs.decode(b'\xffxy', 'ascii', 'skip2'))
codecs.register_error('from_end', lambda exc: ('#', -1))
print(codecs.encode('\u00e9xyz', 'ascii', 'from_end'))
codecs.register_error('as_bytes', lambda exc: (b'<?>', exc.end))
print(codecs.encode('\u00e9x', 'latin-1', 'strict'), codecs.encode('\u20acx', 'latin-1', 'as_bytes'))

bad_handlers = [lambda exc: 5, lambda exc: ('', 99), lambda exc: (1, 2), lambda exc: ('\u00e9', exc.end)]
for number, handler in enumerate(bad_handlers):
    codecs.register_error(f'bad{number}', handler)
    for call in (lambda: codecs.encode('\u20ac', 'ascii', f'bad{number}'),
                 lambda: codecs.decode(b'\xff', 'ascii', f'bad{number}')):
        try:
            print(ascii(call()))
        except (TypeError, IndexError, UnicodeError) as e:
            print(type(e).__name__, e)

for call in (lambda: codecs.lookup_error('no-such-handler'), lambda: codecs.lookup_error(3),
             lambda: codecs.register_error('x', 'not callable'),
             lambda: codecs.encode('\u00e9', 'ascii', 'no-such-handler'),
             lambda: codecs.decode(b'\xff', 'utf-8', 'no-such-handler'),
             lambda: codecs.lookup_error('replace')(ValueError('not a unicode error')),
             lambda: codecs.lookup_error('xmlcharrefreplace')(
                 UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')),
             lambda: codecs.lookup_error('strict')(
                 UnicodeEncodeError('ascii', '\u00e9', 0, 1, 'ordinal not in range(128)'))):
    try:
        print(call())
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)

print(codecs.lookup_error('replace')(UnicodeEncodeError('ascii', 'a\u00e9\u00e9', 1, 3, 'why')))
print(codecs.lookup_error('backslashreplace')(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'why')))
print(codecs.lookup_error('namereplace')(UnicodeEncodeError('ascii', '\u00e9\x00', 0, 2, 'why')))
