# A tokenizer, a recursive descent parser to an expression tree, an
# evaluator with variables and functions, and error reporting.
import math


class CalcError(Exception):
    pass


TOKEN_KINDS = [
    ("NUMBER", "0123456789."),
    ("NAME", "abcdefghijklmnopqrstuvwxyz_"),
    ("OP", "+-*/^%(),="),
]


class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        for kind, chars in TOKEN_KINDS:
            if ch.lower() in chars:
                j = i + 1
                if kind != "OP":
                    while j < len(src) and (src[j].lower() in chars or (kind == "NAME" and src[j].isdigit())):
                        j += 1
                tokens.append(Token(kind, src[i:j], i))
                i = j
                break
        else:
            raise CalcError(f"bad character {ch!r} at {i}")
    tokens.append(Token("END", "", len(src)))
    return tokens


class Num:
    def __init__(self, value): self.value = value
    def eval(self, env): return self.value
    def __repr__(self): return repr(self.value)


class Var:
    def __init__(self, name): self.name = name
    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise CalcError(f"unknown variable {self.name}") from None
    def __repr__(self): return self.name


class BinOp:
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
    }

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        try:
            return self.OPS[self.op](a, b)
        except ZeroDivisionError:
            raise CalcError("division by zero")

    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"


class Neg:
    def __init__(self, operand): self.operand = operand
    def eval(self, env): return -self.operand.eval(env)
    def __repr__(self): return f"-{self.operand!r}"


class Call:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, name, args): self.name, self.args = name, args

    def eval(self, env):
        if self.name not in self.FUNCS:
            raise CalcError(f"unknown function {self.name}")
        return self.FUNCS[self.name](*[a.eval(env) for a in self.args])

    def __repr__(self):
        return f"{self.name}({', '.join(map(repr, self.args))})"


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def take(self, text=None):
        t = self.tok
        if text is not None and t.text != text:
            raise CalcError(f"expected {text!r} at {t.pos}, got {t.text or 'end'!r}")
        self.i += 1
        return t

    def statement(self):
        if self.tok.kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            return ("assign", name, self.expr())
        return ("expr", None, self.expr())

    def expr(self):
        node = self.term()
        while self.tok.text in ("+", "-"):
            op = self.take().text
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.tok.text in ("*", "/", "%"):
            op = self.take().text
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        base = self.unary()
        if self.tok.text == "^":
            self.take()
            return BinOp("^", base, self.factor())
        return base

    def unary(self):
        if self.tok.text == "-":
            self.take()
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        t = self.tok
        if t.kind == "NUMBER":
            self.take()
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "NAME":
            self.take()
            if self.tok.text == "(":
                self.take()
                args = []
                if self.tok.text != ")":
                    args.append(self.expr())
                    while self.tok.text == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            self.take()
            node = self.expr()
            self.take(")")
            return node
        raise CalcError(f"unexpected {t.text or 'end'!r} at {t.pos}")


def run(lines):
    env = {"pi": math.pi}
    for line in lines:
        try:
            tokens = tokenize(line)
            p = Parser(tokens)
            kind, name, tree = p.statement()
            if p.tok.kind != "END":
                raise CalcError(f"trailing input at {p.tok.pos}")
            value = tree.eval(env)
            if kind == "assign":
                env[name] = value
                print(f"{name} = {value!r}    [{tree!r}]")
            else:
                print(f"{line} => {value!r}")
        except CalcError as e:
            print(f"{line!r}: error: {e}")
    return env


env = run([
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10",
    "y = x * 2.5 - 1",
    "x % 3 + y / 4",
    "sqrt(16) + abs(-3) + max(1, 7, 3)",
    "floor(pi * 100) / 100",
    "r = 2 ^ 100",
    "r * r",
    "10 / (5 - 5)",
    "z + 1",
    "foo(1)",
    "1 +",
    "3 $ 4",
    "(1 + 2",
    "1 2",
])
print(sorted(env.items()))
print(tokenize("a1 = 3.5*(b+c)"))
