"""Operations on POSIX pathnames, as CPython's posixpath (os.path)."""

import posix as _posix

__all__ = ['abspath', 'basename', 'commonprefix', 'dirname', 'exists', 'expanduser',
           'getsize', 'getmtime', 'isabs', 'isdir', 'isfile', 'islink', 'join', 'normpath',
           'realpath', 'relpath', 'split', 'splitext', 'sep', 'curdir', 'pardir', 'extsep',
           'pathsep', 'defpath', 'devnull', 'lexists', 'splitdrive']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _check(p, who):
    if not isinstance(p, str):
        raise TypeError(f'{who}() argument must be str, bytes, or os.PathLike object, '
                        f'not {type(p).__name__!r}')


def _fspath(p, who='fspath'):
    """A path as a str: an os.PathLike (pathlib.Path) gives its __fspath__()."""
    if isinstance(p, str):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is not None:
        return fspath(p)
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = a if isinstance(a, str) or not hasattr(type(a), '__fspath__') else _fspath(a)
    _check(a, 'join')
    path = a
    for b in p:
        if not isinstance(b, str) and hasattr(type(b), '__fspath__'):
            b = _fspath(b)
        if not isinstance(b, str):
            raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, "
                            f"not '{type(b).__name__}'")
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext)."""
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def splitdrive(p):
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def _stat(path):
    try:
        return _posix.stat(path)
    except (OSError, ValueError, TypeError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _stat(path) is not None


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file"""
    st = _stat(path)
    return st is not None and (st.st_mode & 0o170000) == 0o100000


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    st = _stat(s)
    return st is not None and (st.st_mode & 0o170000) == 0o040000


def islink(path):
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return (st.st_mode & 0o170000) == 0o120000


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _posix.stat(filename).st_size


def getmtime(filename):
    return _posix.stat(filename).st_mtime


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def _path_text(p):
    # A path as str or bytes (these two helpers take either).
    return p if isinstance(p, bytes) else _fspath(p)


def _shared_start(sequences):
    """The longest start all the sequences share.  Sorted, the sequences
    that differ most are the first and the last: what those two share,
    all share."""
    lowest, highest = min(sequences), max(sequences)
    for position, (low, high) in enumerate(zip(lowest, highest)):
        if low != high:
            return lowest[:position]
    return lowest


def commonprefix(m):
    """The longest string (or list) every item of m starts with, character
    by character (it may end inside a name)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [_path_text(item) for item in m]
    return _shared_start(m)


def expanduser(path):
    if not path.startswith('~'):
        return path
    home = _posix.environ.get('HOME', '/')
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    return (home.rstrip('/') or '/') + path[i:]


def normcase(s):
    """s as it is (POSIX names keep their case)."""
    return s


def commonpath(paths):
    """The longest path every one of paths lies in (whole names only)."""
    paths = [_path_text(item) for item in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if len({type(item) for item in paths}) > 1:
        raise TypeError("Can't mix strings and bytes in path components")
    slash, dot = ('/', '.') if isinstance(paths[0], str) else (b'/', b'.')
    kinds = {item[:1] == slash for item in paths}
    if len(kinds) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    names = [[name for name in item.split(slash) if name and name != dot]
             for item in paths]
    start = slash if kinds.pop() else slash[:0]
    return start + slash.join(_shared_start(names))


def samefile(f1, f2):
    import os
    s1, s2 = os.stat(f1), os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def getatime(filename):
    import os
    return os.stat(filename).st_atime


def getctime(filename):
    import os
    return os.stat(filename).st_ctime


def expandvars(path):
    """$name and ${name} replaced by the environment's values."""
    import os
    import re
    def repl(m):
        name = m.group(1) or m.group(2)
        return os.environ.get(name, m.group(0))
    return re.sub(r'\$(\w+)|\$\{([^}]*)\}', repl, path)


altsep = None
supports_unicode_filenames = False


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def ismount(path):
    """Whether path is a mount point: a directory on another device than
    its parent, or the same directory as its parent (the root)."""
    import os
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if not isdir(path) or islink(path):
        return False
    try:
        above = os.lstat(join(path, '..'))
    except (OSError, ValueError):
        return False
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino

