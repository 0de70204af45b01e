"""A lexer for shell-like syntax, as CPython's shlex: split(), quote(),
join(), and the shlex class (its attributes wordchars, whitespace,
quotes, escape, escapedquotes, commenters, whitespace_split,
punctuation_chars, eof, lineno; get_token, push_token, read_token,
iteration, push_source/pop_source, the `source` inclusion keyword with
sourcehook, error_leader).  Left out: the debug output (setting debug
raises NotImplementedError)."""

from collections import deque
from io import StringIO
import os
import re
import sys

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORDCHARS = ('abcdfeghijklmnopqrstuvwxyz'
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
# the Latin-1 letters that POSIX mode also counts as word characters
_LATIN1_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                     'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_DEFAULT_PUNCTUATION = '();<>|&'
# what punctuation_chars mode adds to words (file names, globs, options)
_PUNCTUATION_MODE_WORDCHARS = '~-./*?='

# states of the reader besides "inside a quote" and "after an escape",
# which are named by the quote or escape character itself
_BETWEEN = ' '          # between tokens, skipping whitespace
_WORD = 'a'             # inside a word
_PUNCT = 'c'            # inside a run of punctuation characters
_AT_END = None          # the input is used up


class shlex:
    """A lexical analyser for simple shell-like syntax."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORDCHARS + (_LATIN1_WORDCHARS if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = deque()         # whole tokens given back
        self.lineno = 1
        self._debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()      # characters read one too far
            self.wordchars += _PUNCTUATION_MODE_WORDCHARS
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    punctuation_chars = property(lambda self: self._punctuation_chars)

    def _set_debug(self, level):
        if level:
            raise NotImplementedError("pyrun's shlex has no debug output")
        self._debug = level

    debug = property(lambda self: self._debug, _set_debug)

    # -- tokens

    def push_token(self, tok):
        """Gives a token back: the next get_token() returns it."""
        self.pushback.appendleft(tok)

    def get_token(self):
        """The next token (eof at the end), after the pushed-back ones;
        reads included files where `source` asks for them."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                included = self.sourcehook(self.read_token())
                if included:
                    self.push_source(included[1], included[0])
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    # -- the reader: one character at a time through the states

    def read_token(self):
        self._quoted = False
        self._state_after_escape = _BETWEEN
        while True:
            if self._punctuation_chars and self._pushback_chars:
                char = self._pushback_chars.pop()
            else:
                char = self.instream.read(1)
            if char == '\n':
                self.lineno += 1
            if self._token_complete(char):
                break
        found, self.token = self.token, ''
        if self.posix and not self._quoted and found == '':
            return None
        return found

    def _token_complete(self, char):
        """Takes in one character (''at the end of the input); whether the
        token read so far is complete."""
        state = self.state
        if state is _AT_END:
            self.token = ''
            return True
        if state == _BETWEEN:
            return self._between_tokens(char)
        if state in self.quotes:
            return self._in_quotes(char)
        if state in self.escape:
            return self._after_escape(char)
        return self._in_word(char)

    def _have_token(self):
        # an empty pair of quotes is a token in POSIX mode
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, char):
        if not char:
            self.state = _AT_END
            return True
        if char in self.whitespace:
            return self._have_token()
        if char in self.commenters:
            self._skip_comment()
        elif self.posix and char in self.escape:
            self._state_after_escape = _WORD
            self.state = char
        elif char in self.wordchars:
            self.token, self.state = char, _WORD
        elif char in self._punctuation_chars:
            self.token, self.state = char, _PUNCT
        elif char in self.quotes:
            if not self.posix:
                self.token = char       # the quotes stay part of the token
            self.state = char
        elif self.whitespace_split:
            self.token, self.state = char, _WORD
        else:
            self.token = char           # any other character is a token of its own
            return self._have_token()
        return False

    def _in_quotes(self, char):
        quote = self.state
        self._quoted = True
        if not char:
            raise ValueError("No closing quotation")
        if char == quote:
            if not self.posix:
                self.token += char
                self.state = _BETWEEN
                return True
            self.state = _WORD          # POSIX: the word goes on after the quote
        elif self.posix and char in self.escape and quote in self.escapedquotes:
            self._state_after_escape = quote
            self.state = char
        else:
            self.token += char
        return False

    def _after_escape(self, char):
        escape = self.state
        if not char:
            raise ValueError("No escaped character")
        # inside quotes, an escape escapes only the quote and itself
        back_to = self._state_after_escape
        if back_to in self.quotes and char != escape and char != back_to:
            self.token += escape
        self.token += char
        self.state = back_to
        return False

    def _in_word(self, char):
        if not char:
            self.state = _AT_END
            return True
        if char in self.whitespace:
            self.state = _BETWEEN
            return self._have_token()
        if char in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._have_token()
            return False
        if self.state == _PUNCT:
            if char in self._punctuation_chars:
                self.token += char
                return False
            if char not in self.whitespace:
                self._pushback_chars.append(char)
            self.state = _BETWEEN
            return True
        if self.posix and char in self.quotes:
            self.state = char
        elif self.posix and char in self.escape:
            self._state_after_escape = _WORD
            self.state = char
        elif (char in self.wordchars or char in self.quotes
              or (self.whitespace_split and char not in self._punctuation_chars)):
            self.token += char
        else:
            self._give_back(char)
            self.state = _BETWEEN
            return self._have_token()
        return False

    def _give_back(self, char):
        """char ends a word and starts what follows: it is read again in
        punctuation mode, else it becomes the next token by itself."""
        if self._punctuation_chars:
            self._pushback_chars.append(char)
        else:
            self.pushback.appendleft(char)

    # -- included files

    def sourcehook(self, newfile):
        """(name, open file) for the file a `source` token names, relative
        to the current file's directory; quotes around the name are removed."""
        if newfile[:1] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def push_source(self, newstream, newfile=None):
        """Reads from newstream until it ends, then goes back to the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        """Closes the current input and goes back to the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = _BETWEEN

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message in the style of C compilers."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell splits them (comments dropped unless
    comments is true)."""
    if s is None:       # (then the words come from standard input)
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    words = shlex(s, posix=posix)
    words.whitespace_split, words.commenters = True, words.commenters if comments else ''
    return list(words)


_NEEDS_QUOTES = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """s as one word for a POSIX shell: as it is when it has only safe
    characters, else in single quotes (a single quote inside becomes '"'"')."""
    if s and _NEEDS_QUOTES(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The words as one shell command line: split() gives them back."""
    return ' '.join(quote(word) for word in split_command)
