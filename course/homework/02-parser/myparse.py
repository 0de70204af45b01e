#!/usr/bin/env python3
"""myparse.py [FILE|-] - a parser for Python 3.11: the starter kit of homework 2.

Reads a token file (FILE, or standard input for "-" or no argument) and
writes the AST file, in the JSON form of docs/formats.md §5, on standard
output.  An error in the program is reported on standard error as
"FILE:LINE:COL: SyntaxError: message" with exit status 1.

As handed out, it parses a module of expression statements and
assignments to one name, made of names, numbers, strings, parentheses,
calls with positional arguments, the unary operators and the arithmetic
operators, by recursive descent with one function per precedence level.
Everything marked YOUR WORK is yours to write; the rest may be changed
too.  Run it with

    course/grade ast "python3 course/homework/02-parser/myparse.py"
"""
import ast as python_ast
import json
import os
import sys
import token

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), 'lib'))
import mpread  # noqa: E402  (a MessagePack reader in pure Python)
from values import to_wire as constant  # noqa: E402  (constants in the wire form)

IGNORED = {token.ENCODING, token.COMMENT, token.NL}

# The binary operators of each level, lowest first: (token type, AST operator).
SUM = {token.PLUS: 'Add', token.MINUS: 'Sub'}
TERM = {token.STAR: 'Mult', token.SLASH: 'Div', token.DOUBLESLASH: 'FloorDiv',
        token.PERCENT: 'Mod', token.AT: 'MatMult'}
UNARY = {token.MINUS: 'USub', token.PLUS: 'UAdd', token.TILDE: 'Invert'}


class ParseError(Exception):
    def __init__(self, message, tok):
        super().__init__(message)
        self.message, self.line, self.col = message, tok[2], tok[3]


class Expr:
    """A node being built: its wire form (docs/formats.md §5, without its
    positions yet) and where it starts and ends.  A parenthesised
    expression's span includes its parentheses, its node's positions do not."""

    def __init__(self, wire, start, end):
        self.wire, self.start, self.end = wire, start, end

    def node(self):
        return self.wire + list(self.start) + list(self.end)


class Parser:
    def __init__(self, tokens):
        self.tokens = [t for t in tokens if t[0] not in IGNORED]
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, type, what):
        if self.peek()[0] != type:
            raise ParseError('invalid syntax (expected %s)' % what, self.peek())
        return self.next()

    # ---- statements ----

    def module(self):
        body = []
        while self.peek()[0] != token.ENDMARKER:
            body.append(self.statement())
        return ['Module', body, []]

    def statement(self):
        # YOUR WORK: if, while, for, def, class, return, import, try, with,
        # ...; INDENT and DEDENT delimit their blocks.  Keywords are NAME
        # tokens: telling them from names is the parser's work.
        first = self.expression()
        if self.peek()[0] == token.EQUAL:
            # YOUR WORK: other targets (a.b, a[i], a, b = ...), chains
            # (a = b = 1), augmented assignments (+=).
            self.next()
            value = self.expression()
            if first.wire[0] != 'Name':
                raise ParseError('cannot assign to this expression', self.peek())
            named = first.inner if isinstance(first, Parenthesised) else first
            target = Expr(['Name', named.wire[1], ['Store']], named.start, named.end)
            statement = Expr(['Assign', [target.node()], value.node(), None], first.start, value.end)
        else:
            statement = Expr(['Expr', first.node()], first.start, first.end)
        self.expect(token.NEWLINE, 'the end of the line')
        return statement.node()

    # ---- expressions, lowest precedence first ----

    def expression(self):
        # YOUR WORK: lambda, x if c else y, or, and, not, comparisons,
        # then | ^ & << >> above the sums.
        return self.binary(SUM, self.term)

    def term(self):
        return self.binary(TERM, self.factor)

    def binary(self, operators, operand):
        """operand (op operand)*, left-associative: a - b - c is (a - b) - c."""
        left = operand()
        while self.peek()[0] in operators:
            op = operators[self.next()[0]]
            right = operand()
            left = Expr(['BinOp', left.node(), [op], right.node()], left.start, right.end)
        return left

    def factor(self):
        if self.peek()[0] in UNARY:
            tok = self.next()
            operand = self.factor()
            return Expr(['UnaryOp', [UNARY[tok[0]]], operand.node()], (tok[2], tok[3]), operand.end)
        return self.power()

    def power(self):
        """primary ** factor, right-associative: 2 ** 3 ** 2 is 2 ** (3 ** 2)."""
        base = self.primary()
        if self.peek()[0] == token.DOUBLESTAR:
            self.next()
            exponent = self.factor()
            return Expr(['BinOp', base.node(), ['Pow'], exponent.node()], base.start, exponent.end)
        return base

    def primary(self):
        # YOUR WORK: attributes (a.b), subscripts (a[i]), keyword and
        # starred arguments.
        node = self.atom()
        while self.peek()[0] == token.LPAR:
            self.next()
            args = []
            while self.peek()[0] != token.RPAR:
                args.append(self.expression().node())
                if self.peek()[0] != token.COMMA:
                    break
                self.next()
            close = self.expect(token.RPAR, "')'")
            node = Expr(['Call', node.node(), args, []], node.start, (close[4], close[5]))
        return node

    def atom(self):
        # YOUR WORK: True, False, None, ..., lists, tuples, dicts, sets,
        # f-strings (their pieces are in the token), implicit concatenation
        # of strings ("a" "b").
        tok = self.next()
        start, end = (tok[2], tok[3]), (tok[4], tok[5])
        if tok[0] == token.NAME:
            return Expr(['Name', tok[1], ['Load']], start, end)
        if tok[0] == token.NUMBER:
            return Expr(['Constant', constant(number_value(tok[1])), None], start, end)
        if tok[0] == token.STRING:
            return Expr(['Constant', constant(string_value(tok[1])), None], start, end)
        if tok[0] == token.LPAR:
            inner = self.expression()
            close = self.expect(token.RPAR, "')'")
            return Parenthesised(inner, start, (close[4], close[5]))
        raise ParseError('invalid syntax', tok)


class Parenthesised(Expr):
    """(inner): the node is inner's, with inner's positions; the span is the
    parentheses'."""

    def __init__(self, inner, start, end):
        super().__init__(inner.wire, start, end)
        self.inner = inner

    def node(self):
        return self.inner.node()


def number_value(text):
    # YOUR WORK: 0x1F, 0o17, 0b101, 1_000, 1e-5, 10j: read them yourself
    # (int(text, 0) and float() know some of these forms).
    return float(text) if '.' in text else int(text)


def string_value(text):
    # YOUR WORK: decode the literal yourself: prefixes (r, b, u, f),
    # escapes, triple quotes.  Python's ast.literal_eval does it here, as
    # a placeholder.
    return python_ast.literal_eval(text)


def main(argv):
    path = argv[1] if len(argv) > 1 else '-'
    try:
        data = sys.stdin.buffer.read() if path == '-' else open(path, 'rb').read()
        envelope = json.loads(data) if data[:1] == b'{' else mpread.unpack(data)
        tokens = envelope['tokens']
    except (OSError, ValueError, KeyError, TypeError) as e:
        print('myparse.py: %s: not a token file: %s' % (path, e), file=sys.stderr)
        return 2
    try:
        module = Parser(tokens).module()
    except ParseError as e:
        print('%s:%d:%d: SyntaxError: %s' % (envelope['filename'], e.line, e.col + 1, e.message),
              file=sys.stderr)
        return 1
    artifact = {'kind': 'ast', 'version': [1, 0], 'filename': envelope['filename'],
                'source': envelope['source'], 'ast': module}
    json.dump(artifact, sys.stdout)
    print()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
