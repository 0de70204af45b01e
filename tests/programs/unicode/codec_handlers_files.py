# text files opened with errors=: writing and reading through the codecs' error handlers, built-in and registered
import codecs
import os
import tempfile

codecs.register_error('angle', lambda exc: ('<%d-%d>' % (exc.start, exc.end), exc.end))

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'text.txt')
    for encoding in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be']:
        for errors in ['strict', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                       'namereplace', 'surrogateescape', 'surrogatepass', 'angle', 'bogus']:
            try:
                with open(path, 'w', encoding=encoding, errors=errors) as f:
                    f.write('caf\xe9 \u20ac \udc80 end\n')
                with open(path, 'rb') as f:
                    written = f.read()
                print(encoding, errors, 'wrote', written)
            except (UnicodeError, LookupError) as e:
                print(encoding, errors, 'write failed:', type(e).__name__, e)
            with open(path, 'wb') as f:
                f.write(b'caf\xc3\xa9 \xff\xfe \xed\xa0\x80 end\n\x00')
            try:
                with open(path, encoding=encoding, errors=errors) as f:
                    print('   read', ascii(f.read()), f.errors)
            except (UnicodeError, LookupError, TypeError) as e:
                print('   read failed:', type(e).__name__, e)
