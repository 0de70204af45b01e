"""The bits of os.stat()'s st_mode, as CPython's stat module on Linux: the
ST_* indexes of a stat tuple, the S_IF* file types and S_I* permission
bits, the BSD flags (UF_*, SF_*) and Windows attributes
(FILE_ATTRIBUTE_*), S_IMODE and S_IFMT, the S_IS* type tests, and
filemode().

The functions behave as CPython's, which are in C (module _stat): they take
one positional int that fits a C mode_t, else raise its errors."""

# indexes into the tuple form of os.stat()'s result
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID = 0, 1, 2, 3, 4, 5
ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = 6, 7, 8, 9

# file types: the bits S_IFMT keeps
S_IFIFO = 0o010000
S_IFCHR = 0o020000
S_IFDIR = 0o040000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = S_IFPORT = S_IFWHT = 0      # Solaris and BSD types, absent here

# permissions: the bits S_IMODE keeps
S_ISUID, S_ISGID, S_ISVTX = 0o4000, 0o2000, 0o1000
S_ENFMT = S_ISGID
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001

# st_flags (BSD, macOS)
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE = 0x1, 0x2, 0x4, 0x8
UF_NOUNLINK, UF_COMPRESSED, UF_HIDDEN = 0x10, 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND = 0x10000, 0x20000, 0x40000
SF_NOUNLINK, SF_SNAPSHOT = 0x100000, 0x200000

# st_file_attributes (Windows)
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072

_TYPE_BITS = 0o170000
_MODE_T_MAX = 2 ** 32 - 1
_ULONG_MAX = 2 ** 64 - 1


def _the_mode(name, args, kwargs):
    """The one argument of _stat.NAME(), checked as the C function checks it."""
    if kwargs:
        raise TypeError(f"_stat.{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"_stat.{name}() takes exactly one argument ({len(args)} given)")
    mode = args[0]
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode > _MODE_T_MAX:
        raise OverflowError("mode out of range")
    return int(mode)


def S_IMODE(*args, **kwargs):
    """The permission bits of a mode (what os.chmod() sets)."""
    return _the_mode("S_IMODE", args, kwargs) & 0o7777


def S_IFMT(*args, **kwargs):
    """The file-type bits of a mode."""
    return _the_mode("S_IFMT", args, kwargs) & _TYPE_BITS


def _type_test(name, file_type):
    def test(*args, **kwargs):
        mode = _the_mode(name, args, kwargs)
        return file_type != 0 and mode & _TYPE_BITS == file_type
    test.__name__ = test.__qualname__ = name
    test.__doc__ = f"Whether the mode is of a file of type {name[4:]}."
    return test


S_ISDIR = _type_test("S_ISDIR", S_IFDIR)
S_ISCHR = _type_test("S_ISCHR", S_IFCHR)
S_ISBLK = _type_test("S_ISBLK", S_IFBLK)
S_ISREG = _type_test("S_ISREG", S_IFREG)
S_ISFIFO = _type_test("S_ISFIFO", S_IFIFO)
S_ISLNK = _type_test("S_ISLNK", S_IFLNK)
S_ISSOCK = _type_test("S_ISSOCK", S_IFSOCK)
S_ISDOOR = _type_test("S_ISDOOR", S_IFDOOR)
S_ISPORT = _type_test("S_ISPORT", S_IFPORT)
S_ISWHT = _type_test("S_ISWHT", S_IFWHT)

_TYPE_LETTERS = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b',
                 S_IFDIR: 'd', S_IFCHR: 'c', S_IFIFO: 'p'}

# For user, group and others: the read and write bits, the execute bit,
# and the special bit shown in the execute column (lower case when both
# are set, upper case when only the special one is).
_PERMISSION_COLUMNS = ((S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's'),
                       (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's'),
                       (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't'))


def filemode(*args, **kwargs):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'"""
    mode = _the_mode("filemode", args, kwargs)
    text = [_TYPE_LETTERS.get(mode & _TYPE_BITS, '?')]
    for read, write, execute, special, letter in _PERMISSION_COLUMNS:
        text.append('r' if mode & read else '-')
        text.append('w' if mode & write else '-')
        if mode & special:
            text.append(letter if mode & execute else letter.upper())
        else:
            text.append('x' if mode & execute else '-')
    return ''.join(text)
