# codecs: lookup and CodecInfo, encode/decode round trips in every codec pyrun has, the BOM constants, incremental encoders and decoders fed one byte at a time (split multi-byte characters, BOMs), their state, stream readers and writers, codecs.open
import codecs
import io
import os
import tempfile

TEXT = 'Zo\u00eb a\u00f1o \u20ac5 \u4e2d\u6587 \U0001f600 \u0645\u0631\u062d\u0628\u0627 \u00e9\u0301'
ENCODINGS = ['utf-8', 'UTF8', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf_32', 'utf-32-le',
             'utf-32-be', 'unicode_escape', 'raw-unicode-escape']

for name in ENCODINGS + ['latin-1', 'ascii', 'us-ascii', 'L1', 'u8', '646']:
    info = codecs.lookup(name)
    print(f'{name:20} {info.name:20} {len(info)} {info.incrementalencoder.__name__}'
          f' {info.streamreader.__name__} {info is codecs.lookup(name)}')

for name in ENCODINGS:
    data = codecs.encode(TEXT, name)
    back = codecs.decode(data, name)
    encoder, decoder = codecs.getencoder(name), codecs.getdecoder(name)
    print(f'{name:20} {len(data):3} {data[:12]!r} {back == TEXT}',
          encoder(TEXT)[1], decoder(data) == (TEXT, len(data)))

latin = 'na\u00efve caf\u00e9 \u00bd\u00b0'
print(codecs.encode(latin, 'latin-1'), codecs.decode(codecs.encode(latin, 'latin-1'), 'latin-1') == latin)
print(codecs.decode(bytearray(b'abc')), codecs.decode(memoryview(b'xyz'), 'ascii'), codecs.encode('plain'))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM_LE, codecs.BOM_BE)
print(codecs.encode('a', 'utf-16').startswith(codecs.BOM_UTF16),
      codecs.encode('a', 'utf-32').startswith(codecs.BOM_UTF32))
print(ascii(codecs.decode(codecs.BOM_UTF8 + b'x', 'utf-8')))

# decoding one byte at a time: characters split across pieces wait for the rest
for name in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'unicode_escape']:
    data = codecs.encode(TEXT, name)
    decoder = codecs.getincrementaldecoder(name)()
    pieces = [decoder.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(decoder.decode(b'', final=True))
    print(f'{name:15} {"".join(pieces) == TEXT} {sum(1 for p in pieces if p)} pieces,'
          f' state {decoder.getstate()}')

decoder = codecs.getincrementaldecoder('utf-8')()
print(ascii(decoder.decode(b'a\xe2\x82')), decoder.getstate(), ascii(decoder.decode(b'\xac!')))
decoder.setstate((b'\xc3', 0))
print(ascii(decoder.decode(b'\xa9')))
try:
    decoder.decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
decoder = codecs.getincrementaldecoder('utf-16')()
print(ascii(decoder.decode(b'\xfe')), decoder.getstate(), ascii(decoder.decode(b'\xff\x00A\x00')),
      decoder.getstate())
decoder.reset()
print(ascii(decoder.decode(b'\xff\xfeB\x00')), decoder.getstate())

for name in ['utf-8', 'utf-16', 'utf-32-be']:
    encoder = codecs.getincrementalencoder(name)()
    parts = [encoder.encode(c) for c in 'h\u00e9!']
    parts.append(encoder.encode('', True))
    print(name, parts, encoder.getstate())
    encoder.reset()
    print('   after reset', encoder.encode('x'))

print(list(codecs.iterencode(['ab', '', 'c\u00e9'], 'utf-16-le')))
print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'', b'x'], 'utf-8')))

# streams
buffer = io.BytesIO()
writer = codecs.getwriter('utf-16')(buffer)
writer.write('line one\n')
writer.writelines(['line two \u00e9\n', 'three'])
print(buffer.getvalue()[:10], len(buffer.getvalue()))
reader = codecs.getreader('utf-16')(io.BytesIO(buffer.getvalue()))
print(ascii(reader.readline()), ascii(reader.read()))
reader = codecs.getreader('utf-8')(io.BytesIO('a\u00e9\nb\nc'.encode()))
print([ascii(line) for line in reader])

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'notes.txt')
    with codecs.open(path, 'w', encoding='utf-16') as f:
        f.write('caf\u00e9\n\u4e2d\u6587\n')
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', encoding='utf-16') as f:
        print(ascii(f.read()))
    with codecs.open(path, 'rb') as f:
        print(len(f.read()))
    try:
        codecs.open(path, 'r', encoding='no-such-codec')
    except LookupError as e:
        print(type(e).__name__, e)

for call in (lambda: codecs.lookup('no-such-codec'), lambda: codecs.lookup(8),
             lambda: codecs.encode(b'bytes', 'utf-8'), lambda: codecs.decode('text', 'utf-8'),
             lambda: codecs.encode('x', 'utf-8', 3), lambda: codecs.getincrementaldecoder('klingon')):
    try:
        call()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
