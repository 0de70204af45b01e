"""A tokenizer as an explicit state machine, plus an evaluator with precedence climbing."""
from enum import Enum


class State(Enum):
    START = "start"
    NUMBER = "number"
    NAME = "name"
    OPERATOR = "operator"


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} (at {pos})")
        self.pos = pos


def tokenize(src):
    state, start, tokens = State.START, 0, []
    i = 0
    while i <= len(src):
        ch = src[i] if i < len(src) else "\0"
        match state:
            case State.START:
                if ch.isdigit() or ch == ".":
                    state, start = State.NUMBER, i
                elif ch.isalpha() or ch == "_":
                    state, start = State.NAME, i
                elif ch in "+-*/%^()=,":
                    tokens.append(Token("op", ch, i))
                elif ch in " \t" or ch == "\0":
                    pass
                else:
                    raise CalcError(f"unexpected {ch!r}", i)
                i += 1
            case State.NUMBER:
                if ch.isdigit() or ch == ".":
                    i += 1
                else:
                    text = src[start:i]
                    if text.count(".") > 1:
                        raise CalcError(f"bad number {text!r}", start)
                    tokens.append(Token("num", text, start))
                    state = State.START
            case State.NAME:
                if ch.isalnum() or ch == "_":
                    i += 1
                else:
                    tokens.append(Token("name", src[start:i], start))
                    state = State.START
    return tokens


PRECEDENCE = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R")}
FUNCS = {"max": max, "min": min, "abs": abs}


class Evaluator:
    def __init__(self):
        self.vars = {"pi": 3.141592653589793}

    def run(self, src):
        self.toks = tokenize(src)
        self.i = 0
        if len(self.toks) > 2 and self.toks[0].kind == "name" and self.toks[1].text == "=":
            name = self.toks[0].text
            self.i = 2
            value = self.expr(0)
            self.vars[name] = value
        else:
            value = self.expr(0)
        if self.i < len(self.toks):
            t = self.toks[self.i]
            raise CalcError(f"unexpected {t.text!r}", t.pos)
        return value

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self):
        t = self.peek()
        if t is None:
            raise CalcError("unexpected end", -1)
        self.i += 1
        return t

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return float(t.text) if "." in t.text else int(t.text)
        if t.text == "-":
            return -self.expr(3)
        if t.text == "(":
            v = self.expr(0)
            if self.take().text != ")":
                raise CalcError("expected ')'", t.pos)
            return v
        if t.kind == "name":
            nxt = self.peek()
            if nxt is not None and nxt.text == "(":
                self.take()
                args = [self.expr(0)]
                while self.peek() is not None and self.peek().text == ",":
                    self.take()
                    args.append(self.expr(0))
                self.take()
                try:
                    return FUNCS[t.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {t.text}", t.pos) from None
            try:
                return self.vars[t.text]
            except KeyError:
                raise CalcError(f"undefined {t.text}", t.pos) from None
        raise CalcError(f"unexpected {t.text!r}", t.pos)

    def expr(self, min_prec):
        left = self.atom()
        while (t := self.peek()) is not None and t.text in PRECEDENCE:
            prec, assoc = PRECEDENCE[t.text]
            if prec < min_prec:
                break
            self.take()
            right = self.expr(prec + 1 if assoc == "L" else prec)
            try:
                left = self.apply(t.text, left, right)
            except ZeroDivisionError as e:
                raise CalcError(str(e), t.pos) from e
        return left

    @staticmethod
    def apply(op, a, b):
        match op:
            case "+": return a + b
            case "-": return a - b
            case "*": return a * b
            case "/": return a / b
            case "%": return a % b
            case "^": return a ** b


print(tokenize("x1 = 3.5*(y+2)"))
ev = Evaluator()
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x = 10", "x / 4", "x % 3 - -2",
             "max(1, x, 3) * abs(-2)", "r = 2", "pi * r ^ 2", "1 / 0", "y + 1", "2 $ 3",
             "1.2.3 + 1", "(1 + 2", "foo(1)", "3 4", "7 // 2"]:
    try:
        print(f"{line:<24} => {ev.run(line)!r}")
    except CalcError as e:
        print(f"{line:<24} !! {e}")
print(sorted(ev.vars))
