"""Tokenizer, recursive-descent parser and evaluator for arithmetic with variables."""
import math
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d*\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")


class ParseError(Exception):
    pass


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {text[pos]!r} at {pos}")
        number, name, op = m.groups()
        if number:
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif name:
            tokens.append(("name", name))
        else:
            tokens.append(("op", op))
        pos = m.end()
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("end")
        return node

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek() in (("op", "^"), ("op", "**")):
            self.take()
            return ("^", base, self.factor())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {value!r}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]!r}") from None
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        func = FUNCS.get(node[1])
        if func is None:
            raise NameError(f"unknown function {node[1]}()")
        return func(*(evaluate(a, env) for a in node[2]))
    left, right = evaluate(node[1], env), evaluate(node[2], env)
    return {
        "+": lambda: left + right,
        "-": lambda: left - right,
        "*": lambda: left * right,
        "/": lambda: left / right,
        "%": lambda: left % right,
        "^": lambda: left ** right,
    }[kind]()


def show(node):
    kind = node[0]
    if kind in ("num", "var"):
        return str(node[1])
    if kind == "neg":
        return f"(-{show(node[1])})"
    if kind == "assign":
        return f"{node[1]} := {show(node[2])}"
    if kind == "call":
        return f"{node[1]}({', '.join(map(show, node[2]))})"
    return f"({show(node[1])} {kind} {show(node[2])})"


env = {"pi": math.pi}
program = """
x = 3
y = x * 2 + 1
y ^ 2 - x
-2 ^ 2
2 ^ 3 ^ 2
(1 + 2) * 3 % 4
r = sqrt(x*x + y*y)
round(r * 100) / 100
max(x, y, 10) / 4
area = pi * r ^ 2
7 / (x - 3)
z + 1
foo(1)
3 +
2 $ 3
10 / 4
10 % 3.5
""".strip().splitlines()
for line in program:
    try:
        tree = Parser(tokenize(line)).statement()
        value = evaluate(tree, env)
        print(f"{line:<22} {show(tree):<40} = {value!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<22} error: {type(e).__name__}: {e}")
print(sorted((k, round(v, 4)) for k, v in env.items()))
