# An interpreter for a tiny language: regex tokenizer, recursive-descent parser to dataclass nodes, match/case evaluation with closures and errors.
import re
from dataclasses import dataclass
from typing import Any

TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>==|!=|<=|>=|->|[-+*/%<>=(),;{}])
  | (?P<ws>\s+|\#[^\n]*)
  | (?P<bad>.)
""", re.VERBOSE)
KEYWORDS = {"let", "fn", "if", "else", "while", "print", "return", "true", "false"}


class LangError(Exception):
    pass


def tokenize(src):
    line = 1
    for m in TOKEN_RE.finditer(src):
        kind, text = m.lastgroup, m.group()
        if kind == "bad":
            raise LangError(f"line {line}: unexpected {text!r}")
        if kind != "ws":
            if kind == "name" and text in KEYWORDS:
                kind = text
            yield kind, text, line
        line += text.count("\n")
    yield "eof", "", line


@dataclass
class Num: value: Any
@dataclass
class Str: value: str
@dataclass
class Var: name: str
@dataclass
class BinOp: op: str; left: Any; right: Any
@dataclass
class Call: fn: Any; args: list
@dataclass
class Lambda: params: list; body: list
@dataclass
class Let: name: str; value: Any
@dataclass
class Assign: name: str; value: Any
@dataclass
class If: cond: Any; then: list; other: list
@dataclass
class While: cond: Any; body: list
@dataclass
class Print: args: list
@dataclass
class Return: value: Any


class Parser:
    PREC = [("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self, *kinds):
        kind, text, _ = self.toks[self.i]
        return (kind in kinds or text in kinds) if kinds else kind

    def take(self, want):
        kind, text, line = self.toks[self.i]
        if want not in (kind, text):
            raise LangError(f"line {line}: expected {want!r}, got {text or kind!r}")
        self.i += 1
        return text

    def program(self):
        stmts = []
        while not self.peek("eof", "}"):
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.take("{")
        body = self.program()
        self.take("}")
        return body

    def statement(self):
        match self.peek():
            case "let":
                self.take("let"); name = self.take("name"); self.take("=")
                node = Let(name, self.expr())
            case "if":
                self.take("if"); cond = self.expr(); then = self.block()
                other = []
                if self.peek("else"):
                    self.take("else")
                    other = [self.statement()] if self.peek("if") else self.block()
                return If(cond, then, other)
            case "while":
                self.take("while"); cond = self.expr()
                return While(cond, self.block())
            case "print":
                self.take("print"); node = Print(self.args())
            case "return":
                self.take("return"); node = Return(self.expr())
            case "name" if self.toks[self.i + 1][1] == "=":
                name = self.take("name"); self.take("=")
                node = Assign(name, self.expr())
            case _:
                node = self.expr()
        self.take(";")
        return node

    def args(self):
        self.take("(")
        out = []
        while not self.peek(")"):
            out.append(self.expr())
            if not self.peek(")"):
                self.take(",")
        self.take(")")
        return out

    def expr(self, level=0):
        if level == len(self.PREC):
            return self.postfix()
        left = self.expr(level + 1)
        while self.peek(*self.PREC[level]):
            op = self.take(self.toks[self.i][1])
            left = BinOp(op, left, self.expr(level + 1))
        return left

    def postfix(self):
        node = self.atom()
        while self.peek("("):
            node = Call(node, self.args())
        return node

    def atom(self):
        kind, text, line = self.toks[self.i]
        self.i += 1
        match kind:
            case "num": return Num(float(text) if "." in text else int(text))
            case "str": return Str(text[1:-1].encode().decode("unicode_escape"))
            case "true" | "false": return Num(kind == "true")
            case "name": return Var(text)
            case "fn":
                params = [p.name for p in self.args()]
                self.take("->")
                return Lambda(params, self.block())
            case "op" if text == "(":
                e = self.expr(); self.take(")"); return e
            case "op" if text == "-":
                return BinOp("-", Num(0), self.postfix())
        raise LangError(f"line {line}: unexpected {text or kind!r}")


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b if isinstance(a, float) or a % b else a // b, "%": lambda a, b: a % b,
       "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
       ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


def evaluate(node, env):
    match node:
        case Num(v) | Str(v): return v
        case Var(name):
            for scope in env:
                if name in scope:
                    return scope[name]
            raise LangError(f"undefined variable {name!r}")
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            try:
                return OPS[op](a, b)
            except TypeError:
                raise LangError(f"cannot apply {op} to {type(a).__name__} and {type(b).__name__}") from None
        case Lambda(params, body): return ("closure", params, body, env)
        case Call(fn, args):
            f = evaluate(fn, env)
            values = [evaluate(a, env) for a in args]
            match f:
                case ("closure", params, body, captured) if len(params) == len(values):
                    try:
                        execute(body, [dict(zip(params, values))] + captured)
                    except ReturnSignal as r:
                        return r.value
                    return None
                case ("closure", params, *_):
                    raise LangError(f"expected {len(params)} args, got {len(values)}")
                case _ if callable(f): return f(*values)
            raise LangError(f"{f!r} is not callable")
    raise LangError(f"cannot evaluate {node}")


def execute(stmts, env):
    for s in stmts:
        match s:
            case Let(name, value): env[0][name] = evaluate(value, env)
            case Assign(name, value):
                scope = next((sc for sc in env if name in sc), None)
                if scope is None:
                    raise LangError(f"assignment to undeclared {name!r}")
                scope[name] = evaluate(value, env)
            case If(cond, then, other): execute(then if evaluate(cond, env) else other, env)
            case While(cond, body):
                while evaluate(cond, env):
                    execute(body, env)
            case Print(args): print(*(evaluate(a, env) for a in args))
            case Return(value): raise ReturnSignal(evaluate(value, env))
            case _: evaluate(s, env)


PROGRAM = r'''
let fib = fn(n) -> { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); };
print("fib", fib(15), 7 / 2, 8 / 2, 7.0 / 2, -3 % 5);
let make_counter = fn() -> { let n = 0; return fn() -> { n = n + 1; return n; }; };
let c = make_counter(); c(); c();
print("counter", c(), make_counter()());
let i = 0; let acc = "";
while i < 5 { if i % 2 == 0 { acc = acc + "e"; } else if i == 3 { acc = acc + "T"; } else { acc = acc + "o"; } i = i + 1; }
print(acc, len(acc), "tab\there");   # comment
let compose = fn(f, g) -> { return fn(x) -> { return f(g(x)); }; };
print(compose(fn(x) -> { return x * 2; }, fn(x) -> { return x + 10; })(1), true == 1);
'''
print(Parser("let x = 1 + 2 * 3;").program())
execute(Parser(PROGRAM).program(), [{"len": len}])
for bad in ["print(1 +);", "let = 3;", "print(y);", "q = 1;", "print(1 + \"a\");", "let f = fn(a) -> { return a; }; f(1, 2);",
            "3(4);", "print(@);", "print(1)"]:
    try:
        execute(Parser(bad).program(), [{}])
    except LangError as e:
        print(f"{bad:42} error: {e}")
