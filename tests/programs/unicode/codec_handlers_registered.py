# handlers given to codecs.register_error, called by str.encode and bytes.decode: the exception they get, their answers' rules, errors they raise
import codecs

seen = []


def recording(answer):
    def handler(exc):
        seen.append((type(exc).__name__, exc.encoding, ascii(exc.object), exc.start, exc.end,
                     exc.reason))
        return answer(exc) if callable(answer) else answer
    return handler


def show(label, f):
    seen.clear()
    try:
        result = ascii(f())
    except Exception as e:
        result = f'{type(e).__name__}: {e} (cause {type(e.__cause__).__name__})'
    print(label, result)
    for call in seen:
        print('   called with', *call)


codecs.register_error('stars', recording(lambda exc: ('*' * (exc.end - exc.start), exc.end)))
codecs.register_error('bytes', recording(lambda exc: (b'<>', exc.end)))
codecs.register_error('skip2', recording(lambda exc: ('', exc.end + 1)))
codecs.register_error('back', recording(lambda exc: ('[' + str(exc.start) + ']', exc.end - len(exc.object) or exc.end)))
codecs.register_error('far', recording(('x', 99)))
codecs.register_error('negfar', recording(('x', -99)))
codecs.register_error('notuple', recording(['x', 1]))
codecs.register_error('short', recording(('x',)))
codecs.register_error('nonascii', recording(lambda exc: ('\xe9', exc.end)))
codecs.register_error('euro', recording(lambda exc: ('\u20ac', exc.end)))
codecs.register_error('odd', recording(lambda exc: (b'\x01\x02\x03', exc.end)))
codecs.register_error('bigint', recording(('x', 2 ** 70)))


def raising(exc):
    raise ValueError('refused ' + str(exc.start))


class Odd(Exception):
    pass


codecs.register_error('raising', raising)
codecs.register_error('odd_exc', lambda exc: (_ for _ in ()).throw(Odd('x', 1)))

NAMES = ['stars', 'bytes', 'skip2', 'back', 'far', 'negfar', 'notuple', 'short', 'nonascii',
         'euro', 'odd', 'bigint', 'raising', 'odd_exc']
for name in NAMES:
    print('--', name)
    for codec in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32', 'unicode_escape']:
        show(f'  {codec} encode', lambda: 'ab\xe9\u20ac\ud800cd'.encode(codec, name))
        show(f'  {codec} decode', lambda: b'ab\xff\\x4cd\x80'.decode(codec, name))

print('-- the registry')
print(codecs.lookup_error('strict') is codecs.strict_errors)
print(codecs.lookup_error('surrogateescape').__name__, codecs.lookup_error('replace').__name__)
for bad in [lambda: codecs.lookup_error('nope'), lambda: codecs.lookup_error(3),
            lambda: codecs.register_error(3, print), lambda: codecs.register_error('x', 3)]:
    show('  bad', bad)
show('  unknown, no error', lambda: 'abc'.encode('ascii', 'nope'))
show('  unknown', lambda: 'ab\xe9'.encode('ascii', 'nope'))
show('  unknown', lambda: 'ab\xe9'.encode('utf-16-le', 'nope'))
show('  unknown', lambda: b'ab\xe9'.decode('utf-8', 'nope'))
show('  codecs.encode', lambda: codecs.encode('ab\udc80', 'utf-16-le', 'nope'))
show('  codecs.decode', lambda: codecs.decode(b'ab\xe9', 'utf-8', 'nope'))
show('  codec function', lambda: codecs.utf_16_le_encode('\udc80', 'nope')
     if hasattr(codecs, 'utf_16_le_encode') else codecs.lookup('utf-16-le').encode('\udc80', 'nope'))

# a built-in handler put under another name goes through the registry
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    codecs.register_error('my' + name, codecs.lookup_error(name))
    print('--', name)
    for codec in ['ascii', 'utf-8', 'utf-16-be']:
        show(f'  {codec} encode', lambda: 'a\xe9\udc80\ud800b'.encode(codec, 'my' + name))
        show(f'  {codec} decode', lambda: b'a\xed\xa0\x80\xff\x00'.decode(codec, 'my' + name))

print('-- the built-in handlers called directly')
E = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\udc80', 1, 5, 'why')
D = UnicodeDecodeError('utf-8', b'a\xed\xa0\x80\xff', 1, 4, 'why')
T = UnicodeTranslateError('a\xe9\u20ac', 1, 3, 'why')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    for exc in [E, D, T, ValueError('v'), 'not one']:
        show(f'  {name} {type(exc).__name__}', lambda: codecs.lookup_error(name)(exc))
show('  clamped', lambda: codecs.replace_errors(UnicodeEncodeError('ascii', 'abc', 5, 9, 'x')))
show('  reversed', lambda: codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'abc', 2, 1, 'x')))
show('  negative', lambda: codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'abc', -1, 9, 'x')))
show('  surrogatepass UTF_16', lambda: codecs.lookup_error('surrogatepass')(UnicodeEncodeError('UTF_16', '\ud800', 0, 1, 'x')))
