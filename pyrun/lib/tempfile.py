"""Temporary files and directories, as CPython's tempfile: mkstemp,
mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory,
gettempdir."""

import os
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    return ''.join(_CHARS[b % len(_CHARS)] for b in os.urandom(8))


def gettempprefix():
    return template


def gettempdirb():
    """gettempdir() as bytes."""
    return os.fsencode(gettempdir())


def gettempdir():
    """The directory for temporary files ($TMPDIR, $TEMP, $TMP, or /tmp)."""
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = os.environ.get(name)
            if d and os.path.isdir(d):
                tempdir = d
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _candidates(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    for _ in range(TMP_MAX):
        yield os.path.join(dir, prefix + _random_name() + (suffix or ''))


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """A new file, made by this call only: (a file descriptor, its path)."""
    for name in _candidates(suffix, prefix, dir):
        try:
            f = open(name, 'x')
        except FileExistsError:
            continue
        fd = os.dup(f.fileno())
        f.close()
        return fd, os.path.abspath(name)
    raise FileExistsError("No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """A new directory, made by this call only; returns its path."""
    for name in _candidates(suffix, prefix, dir):
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(name)
    raise FileExistsError("No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    for name in _candidates(suffix, prefix, dir):
        if not os.path.exists(name):
            return name
    raise FileExistsError("No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file that is removed when closed (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if not self.file.closed:
            self.file.close()
        if self.delete:
            try:
                os.remove(self.name)
            except OSError:
                pass
            self.delete = False

    def __iter__(self):
        return iter(self.file)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a name in the file system."""
    for name in _candidates(suffix, prefix, dir):
        try:
            open(name, 'x').close()
        except FileExistsError:
            continue
        file = open(name, mode.replace('x', 'w') if 'x' in mode else
                    ('r+' + ('b' if 'b' in mode else '')) if 'w' in mode else mode,
                    encoding=encoding, newline=newline, errors=errors)
        return _TemporaryFileWrapper(file, name, delete)
    raise FileExistsError("No usable temporary file name found")


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file (removed when closed)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)


SpooledTemporaryFile = TemporaryFile


class TemporaryDirectory:
    """A temporary directory, removed with everything in it by cleanup()
    (or at the end of a with block, which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    # In a with statement the directory is named by its path, and removed
    # at the end of the block.
    def __enter__(self):
        return self.name

    def __exit__(self, *exception):
        self.cleanup()

    def cleanup(self):
        """Removes the directory and everything in it, if still there."""
        self._removed = True
        if os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._removed:
            try:
                self.cleanup()
            except Exception:
                pass
