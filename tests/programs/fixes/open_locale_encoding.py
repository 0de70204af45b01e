# open() accepts encoding='locale' (Python 3.10+): the locale's encoding,
# the same as giving none.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'notes.txt')

with open(path, 'w', encoding='locale') as f:
    print('write:', f.encoding, type(f).__name__, 'locale' in repr(f))
    f.write('caf\u00e9 \u2603\n')
with open(path, encoding='locale') as f:
    print('read:', f.encoding, f.read().rstrip())
with open(path) as f:
    print('default:', f.encoding)
with open(path, 'a', encoding='locale', errors='strict', newline='') as f:
    print('append:', f.encoding, f.errors)
with open(path, 'rb') as f:
    print('bytes:', f.read())
    try:
        f.errors
    except AttributeError as e:
        print('AttributeError:', e)

for mode, encoding in [('rb', 'locale'), ('r', 'LOCALE'), ('r', 'no-such-codec'), ('r', 5)]:
    try:
        open(path, mode, encoding=encoding)
    except (ValueError, LookupError, TypeError) as e:
        print(mode, encoding, type(e).__name__ + ':', e)

try:
    'text'.encode('locale')
except LookupError as e:
    print('str.encode:', e)

os.remove(path)
os.rmdir(folder)
