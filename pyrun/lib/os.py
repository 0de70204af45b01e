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

defpath = '/bin:/usr/bin'


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


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    try:
        names = sorted(listdir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class DirEntry:
    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self):
        return path.isdir(self.path)

    def is_file(self):
        return path.isfile(self.path)

    def stat(self):
        return stat(self.path)

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


def scandir(directory='.'):
    return iter([DirEntry(directory, n) for n in listdir(directory)])
