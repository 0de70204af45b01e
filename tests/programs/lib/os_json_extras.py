# os, os.path, json, tempfile, csv, pathlib: the smaller names (os.fsencode/fsdecode, os.PathLike, os.renames, os.error, os.path.samestat/ismount/altsep, json.decoder and json.encoder as modules, tempfile.gettempdirb, csv.__version__, Path.lstat/is_mount).
import json, os, os.path, tempfile, csv
from json.decoder import JSONDecodeError
from json.encoder import JSONEncoder
import json.decoder
print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder, json.decoder.JSONDecoder, repr(JSONEncoder), JSONDecodeError)
print(os.fsencode('a\udcffé'), ascii(os.fsdecode(b'a\xff\xc3\xa9')), os.fsencode(b'x'), os.fsdecode('y'), os.error is OSError)
import pathlib
print(isinstance(pathlib.Path('x'), os.PathLike), issubclass(str, os.PathLike), isinstance(os.scandir('.').__next__() if False else 1, os.PathLike), os.PathLike[str])
class P:
    def __fspath__(self):
        return 'p'
print(isinstance(P(), os.PathLike), os.fspath(P()), os.path.altsep, os.path.supports_unicode_filenames, os.path.ismount('/'), os.path.ismount('/tmp/..') , os.path.ismount('.'))
s1, s2 = os.stat('.'), os.stat(os.getcwd())
print(os.path.samestat(s1, s2), tempfile.gettempdirb() == tempfile.gettempdir().encode(), csv.__version__, pathlib.Path('/').is_mount(), pathlib.Path('.').lstat().st_ino == s1.st_ino)
root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, 'a', 'b'))
open(os.path.join(root, 'a', 'b', 'f'), 'w').close()
os.renames(os.path.join(root, 'a', 'b', 'f'), os.path.join(root, 'x', 'y', 'g'))
print(sorted(os.listdir(root)), os.listdir(os.path.join(root, 'x', 'y')))
import shutil
shutil.rmtree(root)
try:
    json.loads('{')
except json.decoder.JSONDecodeError as e:
    print(type(e).__module__, type(e).__qualname__, e)
