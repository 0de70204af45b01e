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


def isabs(s):
    """Test whether a path is absolute"""
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    _check(a, 'join')
    path = a
    for b in p:
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
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext)."""
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
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
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


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


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
