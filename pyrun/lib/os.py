"""Operating system interfaces, as CPython's os (the common parts): files
and directories, the environment, os.path."""

import sys as _sys
import posix as _posix
import posixpath as path
from posix import (stat, lstat, listdir, getcwd, mkdir, rmdir, remove, unlink, rename,
                   chdir, getpid, urandom, strerror, stat_result, open, close, dup, read, write,
                   cpu_count, getppid, O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL,
                   O_TRUNC, O_NONBLOCK, O_CLOEXEC, SEEK_SET, SEEK_CUR, SEEK_END, F_OK, R_OK,
                   W_OK, X_OK)

__all__ = ['path', 'name', 'sep', 'linesep', 'environ', 'getenv', 'stat', 'listdir', 'getcwd',
           'mkdir', 'makedirs', 'rmdir', 'remove', 'unlink', 'rename', 'chdir', 'getpid',
           'urandom', 'walk', 'curdir', 'pardir', 'extsep', 'pathsep', 'devnull', 'strerror',
           'removedirs', 'scandir', 'fspath', 'open', 'close', 'read', 'write', 'dup', 'fdopen',
           'cpu_count', 'getppid', 'defpath']


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over an open file descriptor."""
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)

name = 'posix'
sep = '/'
altsep = None
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


class _Environ(dict):
    """The environment: a dict of str (changes are not passed to the process)."""

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'

    def copy(self):
        return dict(self)


environ = _Environ(_posix.environ)
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
_sys.modules['os.path'] = path


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fs = getattr(type(p), '__fspath__', None)
    if fs is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    return fs(p)


def _parent_and_leaf(name):
    # A trailing slash names the same directory: "a/b/" is "b" in "a".
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    return parent, leaf


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates directory name, and first those above it that are missing
    (with the default mode).  An existing name is a FileExistsError unless
    exist_ok is true (and it is a directory)."""
    parent, leaf = _parent_and_leaf(name)
    missing = []                # the missing ancestors, nearest first
    while parent and leaf and not path.exists(parent):
        missing.append(parent)
        parent, leaf = _parent_and_leaf(parent)
    for ancestor in reversed(missing):
        try:
            mkdir(ancestor)
        except FileExistsError:
            pass                # made meanwhile, or "x/." after x
    if missing and _parent_and_leaf(name)[1] in (curdir, curdir.encode()):
        return                  # "a/b/." is made once "a/b" is
    try:
        mkdir(name, mode)
    except OSError:
        if not (exist_ok and path.isdir(name)):
            raise


def removedirs(name):
    """Removes directory name, then each directory above it that this
    leaves empty (stopping quietly at the first that cannot be removed)."""
    rmdir(name)
    parent, leaf = _parent_and_leaf(name)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each directory of the tree at top: (its path, the names of its
    subdirectories, the names of its other files), in the order the
    directory lists them.  With topdown, a directory comes before its
    subdirectories, and removing names from the list of subdirectories
    keeps walk out of them.  Symbolic links to directories are listed as
    directories but not entered, unless followlinks."""
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    subdirectories = []
    others = []
    for entry in entries:
        try:
            is_directory = entry.is_dir()
        except OSError:
            is_directory = False
        (subdirectories if is_directory else others).append(entry.name)
    if topdown:
        yield top, subdirectories, others
    for name in subdirectories:
        below = path.join(top, name)
        if followlinks or not path.islink(below):
            yield from walk(below, topdown, onerror, followlinks)
    if not topdown:
        yield top, subdirectories, others


class DirEntry:
    """One entry of a directory, as scandir() gives it."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks and self.is_symlink():
            return False
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks and self.is_symlink():
            return False
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path) if follow_symlinks else lstat(self.path)

    def inode(self):
        return lstat(self.path).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    """The entries of a directory; also a context manager (closing it
    stops the iteration)."""

    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, name)
                              for name in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.close()


def scandir(path='.'):
    """An iterator of the DirEntry objects of the directory path."""
    return _ScandirIterator(fspath(path))


# ---- more of CPython's os, written in Python ---------------------------

error = OSError

# rename(2) replaces an existing destination on POSIX.
replace = rename


def renames(old, new):
    """rename(), making the directories new needs first and removing the
    ones old leaves empty afterwards."""
    parent = path.dirname(new)
    if parent and not path.exists(parent):
        makedirs(parent)
    rename(old, new)
    parent = path.dirname(old)
    if parent:
        try:
            removedirs(parent)
        except OSError:
            pass


def fsencode(filename):
    """A file name as bytes: UTF-8, the bytes that decoding could not
    read (kept as lone surrogates) restored."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename
    # (pyrun's encoders have no 'surrogateescape' handler yet)
    out = bytearray()
    for char in filename:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(code - 0xDC00)
        else:
            out += char.encode('utf-8')
    return bytes(out)


def fsdecode(filename):
    """A file name as str: bytes decoded as UTF-8, the undecodable ones
    kept as lone surrogates."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename
    return filename.decode('utf-8', 'surrogateescape')


import abc as _abc


def _defines_fspath(klass):
    """Whether klass has an __fspath__ of its own or inherited; one set
    to None says that the class is not a path."""
    for ancestor in klass.__mro__:
        if '__fspath__' in ancestor.__dict__:
            return ancestor.__dict__['__fspath__'] is not None
    return False


class PathLike(_abc.ABC):
    """An object that stands for a file system path: it has __fspath__()."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # PathLike itself recognises a class by its __fspath__; anything
        # else is left to the usual rules (inheritance, register()).
        if cls is PathLike and _defines_fspath(subclass):
            return True
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))

