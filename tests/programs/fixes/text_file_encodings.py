# print() and write() on text files go through the file's encoding and error handler: latin-1 files, binary files refused, lone surrogates on stdout (refused) and stderr (backslashreplace), in messages and tracebacks
import os, sys, tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'latin.txt')
with open(path, 'w', encoding='latin-1') as f:
    print('café', 1, sep='|', file=f)
    f.write('naïve\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', encoding='ascii', errors='replace') as f:
    print('pâte €', file=f)
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', encoding='ascii') as f:
    try:
        print('€', file=f)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)
with open(path, 'wb') as f:
    try:
        print('text', file=f)
    except TypeError as e:
        print('TypeError:', e)
os.remove(path)
os.rmdir(folder)

print(sys.stderr.errors)
try:
    print('lone \ud800 surrogate')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e.reason, e.start, e.end)
sys.stdout.flush()
print('to stderr \udc80 \ud83d', file=sys.stderr)
sys.stderr.write('write \udfff\n')
raise ValueError('message with \ud800 in it')
