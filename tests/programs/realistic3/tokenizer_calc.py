"""A tokenizer and Pratt parser for arithmetic with variables, functions and errors."""
import math
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*(?:e[+-]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%^(),=]))")


class CalcError(Exception):
    pass


def tokenize(text):
    pos = 0
    tokens = []
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = TOKEN.match(text, pos)
        if not m:
            raise CalcError(f"unexpected character {text[pos:].lstrip()[0]!r} at {pos}")
        kind = m.lastgroup
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    tokens.append(("end", None))
    return tokens


BINARY = {"+": (10, lambda a, b: a + b), "-": (10, lambda a, b: a - b),
          "*": (20, lambda a, b: a * b), "/": (20, lambda a, b: a / b),
          "%": (20, lambda a, b: a % b), "**": (30, lambda a, b: a ** b),
          "^": (30, lambda a, b: a ** b)}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}


class Calculator:
    def __init__(self):
        self.vars = {"pi": math.pi, "e": math.e}

    def run(self, line):
        self.tokens = tokenize(line)
        self.i = 0
        if self.tokens[0][0] == "name" and self.tokens[1] == ("op", "="):
            name = self.tokens[0][1]
            self.i = 2
            value = self.expr(0)
            self.vars[name] = value
        else:
            value = self.expr(0)
        if self.tokens[self.i][0] != "end":
            raise CalcError(f"unexpected {self.tokens[self.i][1]!r}")
        return value

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self, min_prec):
        left = self.atom()
        while True:
            kind, op = self.tokens[self.i]
            if kind != "op" or op not in BINARY:
                return left
            prec, fn = BINARY[op]
            if prec < min_prec:
                return left
            self.i += 1
            right = self.expr(prec if op in ("**", "^") else prec + 1)
            try:
                left = fn(left, right)
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
            except OverflowError as e:
                raise CalcError(f"overflow: {e}") from e

    def atom(self):
        kind, value = self.next()
        if kind == "num":
            return float(value) if any(c in value for c in ".e") else int(value)
        if kind == "op" and value == "-":
            return -self.expr(25)
        if kind == "op" and value == "(":
            v = self.expr(0)
            if self.next() != ("op", ")"):
                raise CalcError("missing ')'")
            return v
        if kind == "name":
            if self.tokens[self.i] == ("op", "("):
                self.i += 1
                args = [self.expr(0)]
                while self.tokens[self.i] == ("op", ","):
                    self.i += 1
                    args.append(self.expr(0))
                if self.next() != ("op", ")"):
                    raise CalcError("missing ')' after arguments")
                if value not in FUNCS:
                    raise CalcError(f"unknown function {value}()")
                try:
                    return FUNCS[value](*args)
                except (TypeError, ValueError) as e:
                    raise CalcError(f"{value}(): {e}") from None
            if value not in self.vars:
                raise CalcError(f"undefined variable {value!r}")
            return self.vars[value]
        raise CalcError(f"unexpected {value!r}" if value else "unexpected end of input")


calc = Calculator()
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 / 2", "x * 2 + 1",
             "sqrt(16) + max(1, 5, 3)", "round(pi, 3)", "10 % 4 - 1e2", "2 ** 0.5",
             "1 / 0", "y + 1", "sqrt(-1)", "foo(1)", "(1 + 2", "3 $ 4", "1 2", "round(1, 2, 3)",
             "2.0 ** 10000", "", "max()"]:
    try:
        print(f"{line!r:28} = {calc.run(line)!r}")
    except CalcError as e:
        print(f"{line!r:28} ! {e}")
print(sorted(calc.vars))
