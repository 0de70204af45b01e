"""origcheck.py - finds code in pyrun's library that is CPython's own.

pyrun's library modules (pyrun/lib) are our own code, written from CPython's
documented behaviour.  This tool checks that no part of them is a copy of
the Python code of the standard library that comes with the python3
running it: it lists, per module, how many of its logical lines fall in
runs of K (6) or more consecutive logical lines identical to a run of
CPython's code.

What counts as a logical line: a statement as the tokenizer sees it (a
line continued inside brackets or by a backslash is one line), its tokens
joined by single spaces.  Comments and blank lines are ignored, and so are
triple-quoted strings (docstrings), which hold prose rather than code.

By default every module is compared with the whole standard library (not
only the module of the same name: code could come from a private twin such
as _pydecimal or _collections_abc), leaving out the test suites and the
bundled third-party packages.  --same-name compares each module only with
CPython's module of the same dotted name.

    python3 tools/origcheck.py pyrun/lib              a table, one module a line
    python3 tools/origcheck.py -v pyrun/lib           and every run found
    python3 tools/origcheck.py --check pyrun/lib      exit 1 if a run is found
                                                      that the allow-list
                                                      (tools/origcheck.allow)
                                                      does not excuse

The allow-list excuses runs that are pure data (tables of names or numbers
that are facts, not code).  Each entry is one line,

    MODULE-PATH | FIRST LOGICAL LINE OF THE RUN | WHY IT MAY MATCH

and excuses the run of that module (its path relative to the directory
checked) that starts with that logical line, as printed by -v.

--shapes looks for code copied and then disguised: every name that is not
a keyword becomes N and every string S, so that code whose names were
changed still matches; as short runs of such shapes are common idioms
(three one-line properties in a row), it reports runs of 8 or more.  Its
allow-list is tools/origcheck.shapes.allow (the same format, the first
line as written), for runs whose shape the documented interface dictates.

Exit status: 0 = done (and with --check, nothing unexcused found),
1 = --check found unexcused runs, 2 = usage or I/O error.
"""

import argparse
import keyword
import io
import os
import sys
import sysconfig
import tokenize

RUN_LENGTH = 6           # changed by --shapes (see main)
SHAPES = False

# Directories of the standard library that are not library code.
SKIPPED_DIRECTORIES = {
    "test", "tests", "idle_test", "site-packages", "dist-packages",
    "__pycache__", "lib2to3", "idlelib", "turtledemo", "ensurepip",
}

IGNORED_TOKENS = {
    tokenize.COMMENT, tokenize.NL, tokenize.ENCODING,
    tokenize.INDENT, tokenize.DEDENT,
}


class SourceError(Exception):
    pass


def logical_lines(path):
    """The logical lines of a Python file: a list of (line number, text as
    compared, text as written); the two texts differ with --shapes."""
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        raise SourceError("cannot read %s: %s" % (path, e.strerror))
    lines = []
    words = []
    shapes = []
    first_line = None
    try:
        for token in tokenize.tokenize(io.BytesIO(source).readline):
            if token.type in IGNORED_TOKENS:
                continue
            if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                if words:
                    written = " ".join(words)
                    lines.append((first_line,
                                  " ".join(shapes) if SHAPES else written,
                                  written))
                words = []
                shapes = []
                first_line = None
                continue
            if token.type == tokenize.STRING and is_long_string(token.string):
                continue
            if first_line is None:
                first_line = token.start[0]
            words.append(token.string)
            shapes.append(shape_of(token))
    except (tokenize.TokenError, SyntaxError, UnicodeDecodeError) as e:
        raise SourceError("cannot tokenize %s: %s" % (path, e))
    return lines


def shape_of(token):
    """What --shapes compares: names other than keywords become N, and
    strings S."""
    if token.type == tokenize.NAME and not keyword.iskeyword(token.string):
        return "N"
    if token.type == tokenize.STRING:
        return "S"
    return token.string


def is_long_string(text):
    body = text.lstrip("rRbBuUfF")
    return body.startswith(('"""', "'''"))


def windows(lines):
    """Each run of RUN_LENGTH consecutive lines, with where it starts."""
    texts = [text for _, text, _ in lines]
    for start in range(len(texts) - RUN_LENGTH + 1):
        yield start, tuple(texts[start:start + RUN_LENGTH])


class Reference:
    """CPython's library: where each window of its code is found."""

    def __init__(self, stdlib):
        self.stdlib = stdlib
        self.where = {}          # window -> (relative path, line number)
        self.by_module = {}      # dotted module name -> relative path

    def add_file(self, path):
        relative = os.path.relpath(path, self.stdlib)
        try:
            lines = logical_lines(path)
        except SourceError:
            return               # a file of test data, not code
        self.by_module[module_name(relative)] = relative
        for start, window in windows(lines):
            self.where.setdefault(window, (relative, lines[start][0]))

    def add_tree(self):
        for directory, subdirectories, files in os.walk(self.stdlib):
            subdirectories[:] = sorted(d for d in subdirectories
                                       if d not in SKIPPED_DIRECTORIES)
            for name in sorted(files):
                if name.endswith(".py"):
                    self.add_file(os.path.join(directory, name))

    def add_module(self, dotted):
        base = os.path.join(self.stdlib, *dotted.split("."))
        for path in (base + ".py", os.path.join(base, "__init__.py")):
            if os.path.isfile(path):
                self.add_file(path)


def module_name(relative_path):
    parts = relative_path[:-len(".py")].split(os.sep)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


class Run:
    """Consecutive logical lines of ours that are also CPython's."""

    def __init__(self, first, last, lines, origin):
        self.first, self.last = first, last      # indexes into lines
        self.line_number = lines[first][0]
        self.first_text = lines[first][2]
        self.length = last - first + 1
        self.origin = origin                     # (path, line) in CPython


def find_runs(lines, reference):
    """The maximal runs of our lines covered by windows CPython also has."""
    covered = [None] * len(lines)
    for start, window in windows(lines):
        origin = reference.where.get(window)
        if origin is None:
            continue
        for i in range(start, start + RUN_LENGTH):
            if covered[i] is None:
                covered[i] = origin
    runs = []
    i = 0
    while i < len(lines):
        if covered[i] is None:
            i += 1
            continue
        start = i
        while i + 1 < len(lines) and covered[i + 1] is not None:
            i += 1
        runs.append(Run(start, i, lines, covered[start]))
        i += 1
    return runs


def read_allow_list(path):
    """{(module path, first line text): reason} from the allow-list file."""
    allowed = {}
    try:
        with open(path, encoding="utf-8") as f:
            entries = list(f)
    except FileNotFoundError:
        return allowed
    except OSError as e:
        raise SourceError("cannot read %s: %s" % (path, e.strerror))
    for number, entry in enumerate(entries, 1):
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        fields = [field.strip() for field in entry.split(" | ")]
        if len(fields) != 3 or not all(fields):
            raise SourceError("%s:%d: expected 'MODULE | FIRST LINE | WHY'"
                              % (path, number))
        allowed[(fields[0], fields[1])] = fields[2]
    return allowed


def our_modules(directory):
    """The .py files under directory, as paths relative to it, sorted."""
    found = []
    for here, subdirectories, files in os.walk(directory):
        subdirectories[:] = sorted(d for d in subdirectories
                                   if d != "__pycache__")
        for name in files:
            if name.endswith(".py"):
                found.append(os.path.relpath(os.path.join(here, name),
                                             directory))
    return sorted(found)


def likeness():
    return "shaped as CPython's" if SHAPES else "identical to CPython's"


def check_directory(directory, reference, same_name, allowed, verbose):
    """Prints the table for one directory; returns (unexcused runs, uses)."""
    unexcused = 0
    used = set()
    for relative in our_modules(directory):
        lines = logical_lines(os.path.join(directory, relative))
        if same_name:
            reference.where.clear()
            reference.add_module(module_name(relative))
        runs = find_runs(lines, reference)
        copied = sum(run.length for run in runs)
        bad = []
        for run in runs:
            key = (relative.replace(os.sep, "/"), run.first_text)
            if key in allowed:
                used.add(key)
            else:
                bad.append(run)
        unexcused += len(bad)
        print("%-28s %5d logical lines, %4d in runs of %d+ %s%s"
              % (relative, len(lines), copied, RUN_LENGTH, likeness(),
                               "" if len(bad) == len(runs) else
                               " (%d excused)" % (len(runs) - len(bad))))
        if verbose:
            for run in runs:
                note = "" if run in bad else "  [allowed]"
                print("    line %d, %d lines, as %s:%d%s\n        %s"
                      % (run.line_number, run.length, run.origin[0],
                         run.origin[1], note, run.first_text[:100]))
    return unexcused, used


def main(argv):
    parser = argparse.ArgumentParser(
        description="List code of pyrun's library that is identical to "
                    "CPython's standard library.")
    parser.add_argument("directories", nargs="+", metavar="DIR")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="show every run found")
    parser.add_argument("--same-name", action="store_true",
                        help="compare only with CPython's module of the "
                             "same name")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a run is found that the allow-list "
                             "does not excuse")
    parser.add_argument("--shapes", action="store_true",
                        help="compare the shapes of the lines (names and "
                             "strings blanked), in runs of 8+")
    parser.add_argument("--allow", metavar="FILE",
                        help="the allow-list (default: origcheck.allow, "
                             "or origcheck.shapes.allow with --shapes, "
                             "beside this script)")
    options = parser.parse_args(argv)
    global RUN_LENGTH, SHAPES
    if options.shapes:
        SHAPES, RUN_LENGTH = True, 8
    if options.allow is None:
        options.allow = os.path.join(
            os.path.dirname(os.path.abspath(__file__)),
            "origcheck.shapes.allow" if options.shapes else "origcheck.allow")

    stdlib = sysconfig.get_path("stdlib")
    if not stdlib or not os.path.isfile(os.path.join(stdlib, "os.py")):
        print("origcheck: no standard library found (looked in %r)"
              % stdlib, file=sys.stderr)
        return 2
    if sys.version_info[:2] != (3, 11):
        print("origcheck: note: comparing with Python %d.%d's library, "
              "pyedu follows 3.11's" % sys.version_info[:2], file=sys.stderr)
    for directory in options.directories:
        if not os.path.isdir(directory):
            print("origcheck: %s: not a directory" % directory,
                  file=sys.stderr)
            return 2
    try:
        allowed = read_allow_list(options.allow)
        reference = Reference(stdlib)
        if not options.same_name:
            reference.add_tree()
        unexcused = 0
        used = set()
        for directory in options.directories:
            bad, uses = check_directory(directory, reference,
                                        options.same_name, allowed,
                                        options.verbose)
            unexcused += bad
            used |= uses
    except SourceError as e:
        print("origcheck: %s" % e, file=sys.stderr)
        return 2
    for module, first_text in sorted(set(allowed) - used):
        print("origcheck: note: allow-list entry matches nothing: %s | %s"
              % (module, first_text), file=sys.stderr)
    print("%d run%s of %d+ lines %s, not excused"
          % (unexcused, "" if unexcused == 1 else "s", RUN_LENGTH, likeness()))
    if options.check and unexcused:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
