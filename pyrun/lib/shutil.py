"""File operations, as CPython's shutil: copyfile, copy, copy2, copytree,
rmtree, move, which, get_terminal_size."""

import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SameFileError", "which", "get_terminal_size",
           "disk_usage", "ignore_patterns"]


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


COPY_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of one file object into another."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the bytes of src to dst; returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    pass


def copystat(src, dst, *, follow_symlinks=True):
    pass


def copy(src, dst, *, follow_symlinks=True):
    """Copies src to dst (a file, or a directory to copy into); returns the new file."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst)
    return dst


copy2 = copy


def ignore_patterns(*patterns):
    import fnmatch

    def _ignore_patterns(path, names):
        return {name for pattern in patterns
                for name in fnmatch.filter(names, pattern)}
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies a directory and everything in it; returns dst."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes a directory and everything in it.  A failure is passed to
    onerror(function, path, exc_info) if given (function names the step
    that failed, as in CPython: os.lstat, os.scandir, os.unlink, os.rmdir,
    os.path.islink for a symbolic link), ignored with ignore_errors, else
    raised."""
    def failed(function, where, error):
        if ignore_errors:
            return
        if onerror is None:
            raise error
        onerror(function, where, (type(error), error, error.__traceback__))

    try:
        os.lstat(path)
    except OSError as error:
        failed(os.lstat, path, error)
        return
    if os.path.islink(path):
        failed(os.path.islink, path,
               OSError("Cannot call rmtree on a symbolic link"))
        return
    _remove_contents(path, failed)
    try:
        os.rmdir(path)
    except OSError as error:
        failed(os.rmdir, path, error)


def _remove_contents(directory, failed):
    try:
        names = os.listdir(directory)
    except OSError as error:
        failed(os.scandir, directory, error)
        return
    for name in names:
        inside = os.path.join(directory, name)
        if os.path.isdir(inside) and not os.path.islink(inside):
            _remove_contents(inside, failed)
            step, remove = os.rmdir, os.rmdir
        else:
            step, remove = os.unlink, os.unlink
        try:
            remove(inside)
        except OSError as error:
            failed(step, inside, error)


def move(src, dst, copy_function=copy2):
    """Moves a file or directory; returns where it went."""
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
        return real_dst
    except OSError:
        pass        # (another file system, most likely: copy, then remove)
    if os.path.isdir(src):
        copytree(src, real_dst, copy_function=copy_function)
        rmtree(src)
    else:
        copy_function(src, real_dst)
        os.remove(src)
    return real_dst


def which(cmd, mode=None, path=None):
    """The path of the program cmd found along $PATH, or None."""
    if os.path.dirname(cmd):
        return cmd if os.path.isfile(cmd) else None
    path = path if path is not None else os.environ.get("PATH", os.defpath
                                                        if hasattr(os, 'defpath') else '')
    for directory in path.split(os.pathsep):
        name = os.path.join(directory, cmd)
        if os.path.isfile(name):
            return name
    return None


class _TerminalSize(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]}, lines={self[1]})"


def _size_from_environment(name):
    # The positive number in environment variable name, else 0.
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return max(value, 0)


def get_terminal_size(fallback=(80, 24)):
    """The size of the terminal as (columns, lines): $COLUMNS and $LINES
    when they hold positive numbers, else the fallback (pyedu does not ask
    the terminal itself)."""
    columns = _size_from_environment('COLUMNS') or fallback[0]
    lines = _size_from_environment('LINES') or fallback[1]
    return _TerminalSize((columns, lines))


def disk_usage(path):
    raise NotImplementedError("shutil.disk_usage is not supported by pyedu")
