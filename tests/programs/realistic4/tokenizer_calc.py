"""A small calculator: a tokenizer, a recursive-descent parser and an evaluator."""
import math
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:e[+-]?\d+)?)|(\*\*|[-+*/%(),^])|([a-z_]\w*))", re.I)


class CalcError(Exception):
    pass


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise CalcError(f"unexpected {text[pos]!r} at {pos}")
        num, op, name = m.groups()
        tokens.append(("num", float(num)) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    return tokens


FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "log": math.log, "max": max, "min": min, "abs": abs}
CONSTS = {"pi": math.pi, "e": math.e}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self, value=None):
        tok = self.peek()
        if tok[0] is None or (value is not None and tok[1] != value):
            raise CalcError(f"expected {value or 'more input'}, got {tok[1]!r}")
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.factor()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self):
        if self.peek()[1] in ("-", "+"):
            sign = -1 if self.take()[1] == "-" else 1
            return sign * self.factor()
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                if value not in FUNCS:
                    raise CalcError(f"unknown function {value}")
                return FUNCS[value](*args)
            if value not in CONSTS:
                raise CalcError(f"unknown name {value}")
            return CONSTS[value]
        if value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {value!r}")


def calc(text):
    p = Parser(tokenize(text))
    v = p.expr()
    if p.i != len(p.tokens):
        raise CalcError(f"trailing input {p.tokens[p.i][1]!r}")
    return v


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5", "sqrt(16) + max(1, 5, 3)",
            "sin(pi / 2)", "log(e ** 3)", "1e3 + 2.5e-1", "abs(-3) * -(-2)", "1 / 0", "2 +", "3 $ 4", "foo(1)",
            "(1 + 2", "1 2", "sqrt(-1)", "bar", "10 ** 400"]:
    try:
        v = calc(src)
        print(f"{src:<24} = {v:g}" if isinstance(v, float) else f"{src:<24} = {v}")
    except CalcError as e:
        print(f"{src:<24} ! {e}")
    except (ValueError, OverflowError) as e:
        print(f"{src:<24} ! {type(e).__name__}: {e}")
