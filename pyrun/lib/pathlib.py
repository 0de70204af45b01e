"""Object-oriented paths, as CPython's pathlib (POSIX paths): PurePath,
PurePosixPath, Path, PosixPath - joined with /, taken apart (name, stem,
suffix, parent, parts), and used on the file system (exists, read_text,
write_text, iterdir, glob, mkdir, unlink, ...)."""

import os
import posixpath
import fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath", "PureWindowsPath", "WindowsPath"]


# The bytes a file URI keeps as they are (urllib's quote with safe='/').
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      b'0123456789_.-~/')


def _percent_encoded(path):
    """path for a file URI: its UTF-8 bytes, %XX for the unsafe ones."""
    return ''.join(chr(byte) if byte in _URI_SAFE else '%%%02X' % byte
                   for byte in path.encode('utf-8', 'surrogateescape'))


def _stem_and_suffix(name):
    """name cut before its last dot; a dot that starts or ends the name
    starts no suffix (".bashrc", "file.")."""
    dot = name.rfind('.')
    if dot <= 0 or dot == len(name) - 1:
        return name, ''
    return name[:dot], name[dot:]


class PurePath:
    """A path, without looking at the file system."""
    __slots__ = ('_raw', '_parts_cache')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts.append(a._raw)
            elif isinstance(a, str):
                parts.append(a)
            elif hasattr(a, '__fspath__'):
                parts.append(a.__fspath__())
            else:
                raise TypeError("argument should be a str or an os.PathLike object where "
                                "__fspath__ returns a str, not %r" % type(a).__name__)
        raw = posixpath.join(*parts) if parts else ''
        self._raw = self._normalize(raw)
        return self

    @staticmethod
    def _normalize(raw):
        if not raw:
            return '.'
        root = '//' if raw.startswith('//') and not raw.startswith('///') else \
            ('/' if raw.startswith('/') else '')
        names = [p for p in raw.split('/') if p and p != '.']
        text = root + '/'.join(names)
        return text or '.'

    def __str__(self):
        return self._raw

    def __fspath__(self):
        return self._raw

    def as_posix(self):
        return self._raw

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __bytes__(self):
        return os.fsencode(self._raw) if hasattr(os, 'fsencode') else self._raw.encode()

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _percent_encoded(self._raw)

    def _key(self):
        return self._raw

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._raw == other._raw

    def __hash__(self):
        return hash(self._raw)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parts(self):
        raw = self._raw
        if raw == '.':
            return ()
        if raw.startswith('/'):
            root = '//' if raw.startswith('//') else '/'
            rest = raw[len(root):]
            return (root,) + tuple(p for p in rest.split('/') if p)
        return tuple(raw.split('/'))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        # POSIX keeps exactly two leading slashes ("//x"), which _normalize
        # left in place; any other number is one root slash.
        raw = self._raw
        if raw.startswith('//'):
            return '//'
        return '/' if raw.startswith('/') else ''

    @property
    def anchor(self):
        return self.root

    @property
    def name(self):
        parts = self.parts
        if not parts or (len(parts) == 1 and self.root):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The extension of the last part: from its last dot on."""
        return _stem_and_suffix(self.name)[1]

    @property
    def suffixes(self):
        """All the extensions of the last part (".tar", ".gz")."""
        name = self.name
        if name.endswith('.'):
            return []
        first, *extensions = name.lstrip('.').split('.')
        return ['.' + extension for extension in extensions]

    @property
    def stem(self):
        """The last part without its extension."""
        return _stem_and_suffix(self.name)[0]

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name))
        return self.parent / name

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self.with_name(name)

    def _parts_below(self, other):
        # The parts of self below the path other, or None if it is not
        # below it.
        mine, theirs = self.parts, other.parts
        if not theirs and self.root:
            return None         # an absolute path is not below '.'
        if mine[:len(theirs)] != theirs:
            return None
        return mine[len(theirs):]

    def relative_to(self, *other):
        other = type(self)(*other)
        below = self._parts_below(other)
        if below is None:
            # (CPython names '.' as '' here)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and "
                             "the other is absolute.".format(str(self), str(other) if other.parts else ''))
        return type(self)(*below)

    def is_relative_to(self, *other):
        return self._parts_below(type(self)(*other)) is not None

    @property
    def parent(self):
        parts = self.parts
        if not parts or (len(parts) == 1 and self.root):
            return self
        if len(parts) == 1:
            return type(self)('.')
        return type(self)(*parts[:-1])

    @property
    def parents(self):
        result = []
        p = self
        while True:
            q = p.parent
            if q == p:
                break
            result.append(q)
            p = q
        return tuple(result)

    def is_absolute(self):
        return self._raw.startswith('/')

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def match(self, path_pattern):
        pattern = type(self)(path_pattern)
        pat_parts = pattern.parts
        parts = self.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        if pattern.is_absolute() and len(pat_parts) != len(parts):
            return False
        if len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("pathlib.PureWindowsPath is not supported by pyedu")


class Path(PurePath):
    """A path on the file system."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self._raw)

    def lstat(self):
        return os.lstat(self._raw)

    def is_mount(self):
        return os.path.ismount(self._raw)

    def exists(self):
        return os.path.exists(self._raw)

    def is_dir(self):
        return os.path.isdir(self._raw)

    def is_file(self):
        return os.path.isfile(self._raw)

    def is_symlink(self):
        return os.path.islink(self._raw)

    def iterdir(self):
        for name in os.listdir(self._raw):
            yield self / name

    def glob(self, pattern):
        import glob as _glob
        for p in _glob.glob(pattern, root_dir=self._raw, recursive=True):
            yield self / p

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self._raw)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(os.path.abspath(self._raw)))

    def expanduser(self):
        return type(self)(os.path.expanduser(self._raw))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        import builtins
        return builtins.open(self._raw, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', self._raw)
            return
        self.open('a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            if parents:
                os.makedirs(self._raw, mode, exist_ok=exist_ok)
            else:
                os.mkdir(self._raw, mode)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._raw)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self._raw)

    def rename(self, target):
        os.rename(self._raw, str(target))
        return type(self)(target)

    def replace(self, target):
        return self.rename(target)

    def samefile(self, other_path):
        return os.path.samefile(self._raw, str(other_path))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()
