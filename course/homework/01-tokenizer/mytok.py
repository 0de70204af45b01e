#!/usr/bin/env python3
"""mytok.py FILE - a tokenizer for Python 3.11: the starter kit of homework 1.

Reads the program FILE and writes its token file, in the JSON form of
docs/formats.md §4, on standard output.  An error in the program is
reported on standard error as "FILE:LINE:COL: KIND: message" with exit
status 1, and nothing is written on standard output.

As handed out, it knows names, integers, operators and the end of a line:
enough for the first graded programs.  Everything marked YOUR WORK is
yours to write; the rest may be changed too.  Run it with

    course/grade tokens "python3 course/homework/01-tokenizer/mytok.py"
"""
import json
import sys
import token

# The operators, longest first, so that '**=' is tried before '**' and '*'.
# token.EXACT_TOKEN_TYPES maps each operator to its type: {'(': LPAR, ...}.
OPERATORS = sorted(token.EXACT_TOKEN_TYPES, key=len, reverse=True)


class TokenizeError(Exception):
    """An error in the program: a KIND (SyntaxError, IndentationError,
    TabError), a message, and where (line 1-based, column 0-based)."""

    def __init__(self, kind, message, line, col):
        super().__init__(message)
        self.kind, self.message, self.line, self.col = kind, message, line, col


class Tokenizer:
    def __init__(self, source):
        self.lines = source.splitlines(keepends=True)
        self.tokens = []

    def add(self, type, string, line, col, end_line, end_col):
        """One token; columns are character offsets here, made byte offsets
        at the end (see byte_columns)."""
        self.tokens.append([type, string, line, col, end_line, end_col])

    def run(self):
        self.add(token.ENCODING, 'utf-8', 0, 0, 0, 0)
        for number, text in enumerate(self.lines, 1):
            self.logical_line(number, text)
        end = len(self.lines) + 1
        # YOUR WORK: a DEDENT for each indentation still open.
        self.add(token.ENDMARKER, '', end, 0, end, 0)
        return self.tokens

    def logical_line(self, number, text):
        # YOUR WORK: blank lines and comment-only lines (NL), INDENT and
        # DEDENT, line ends inside brackets (NL), backslash continuations,
        # a last line without a line end (NEWLINE '').
        col = 0
        while col < len(text):
            char = text[col]
            if char in ' \t\f':
                col += 1
            elif char in '\r\n':
                self.add(token.NEWLINE, text[col:], number, col, number, len(text))
                return
            elif char.isalpha() or char == '_':
                col = self.name(number, text, col)
            elif char.isdigit():
                col = self.number(number, text, col)
            else:
                col = self.operator(number, text, col)

    def name(self, number, text, start):
        # YOUR WORK: Python identifiers are more than ASCII letters
        # (str.isidentifier() knows them).
        end = start
        while end < len(text) and (text[end].isalnum() or text[end] == '_'):
            end += 1
        self.add(token.NAME, text[start:end], number, start, number, end)
        return end

    def number(self, number, text, start):
        # YOUR WORK: floats, exponents, imaginary numbers, 0x/0o/0b, and _
        # between digits.
        end = start
        while end < len(text) and text[end].isdigit():
            end += 1
        self.add(token.NUMBER, text[start:end], number, start, number, end)
        return end

    def operator(self, number, text, start):
        # YOUR WORK: strings (and f-strings, with their pieces), comments.
        for op in OPERATORS:
            if text.startswith(op, start):
                end = start + len(op)
                self.add(token.EXACT_TOKEN_TYPES[op], op, number, start, number, end)
                return end
        raise TokenizeError('SyntaxError', "invalid character '%s' (U+%04X)"
                            % (text[start], ord(text[start])), number, start + 1)


def byte_columns(tokens, lines):
    """Token files count columns in bytes of UTF-8 (docs/formats.md §4)."""
    def to_bytes(line, col):
        text = lines[line - 1] if 0 < line <= len(lines) else ''
        return len(text[:col].encode('utf-8'))
    for t in tokens:
        t[3] = to_bytes(t[2], t[3])
        t[5] = to_bytes(t[4], t[5])
    return tokens


def main(argv):
    if len(argv) != 2:
        print('usage: mytok.py FILE', file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with open(path, 'rb') as f:
            source = f.read().decode('utf-8')
    except (OSError, UnicodeDecodeError) as e:
        print('mytok.py: %s: %s' % (path, e), file=sys.stderr)
        return 2
    tokenizer = Tokenizer(source)
    try:
        tokens = byte_columns(tokenizer.run(), tokenizer.lines)
    except TokenizeError as e:
        print('%s:%d:%d: %s: %s' % (path, e.line, e.col, e.kind, e.message), file=sys.stderr)
        return 1
    envelope = {'kind': 'tokens', 'version': [1, 0], 'filename': path,
                'source': source, 'tokens': tokens}
    json.dump(envelope, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
