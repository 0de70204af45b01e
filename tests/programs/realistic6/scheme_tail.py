# A small Scheme: tokenizer, reader with quote, environments as chained dicts, closures, tail calls run in a loop, variadic lambdas, let/cond/and/or, define-syntax-free macros via quasi-quote, and errors.
import math
import re
import operator as op
from functools import reduce


class Symbol(str):
    __slots__ = ()

    def __repr__(self):
        return str(self)


class SchemeError(Exception):
    pass


NIL = []


TOKEN = re.compile(r'''\s*(,@|[()'`,]|"(?:\\.|[^"\\])*"|;[^\n]*|[^\s()'`,";]+)''')
QUOTES = {"'": "quote", "`": "quasiquote", ",": "unquote", ",@": "unquote-splicing"}


def tokenize(text):
    return [t for t in TOKEN.findall(text) if not t.startswith(";")]


def read(tokens):
    if not tokens:
        raise SchemeError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise SchemeError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SchemeError("unexpected )")
    if tok in QUOTES:
        return [Symbol(QUOTES[tok]), read(tokens)]
    if tok.startswith('"'):
        return tok[1:-1].encode().decode("unicode_escape")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    if tok in ("#t", "#f"):
        return tok == "#t"
    return Symbol(tok)


class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__()
        self.outer = outer
        names = list(names)
        if "." in names:
            i = names.index(".")
            self.update(zip(names[:i], values[:i]))
            self[names[i + 1]] = list(values[i:])
        else:
            if len(names) != len(values):
                raise SchemeError(f"expected {len(names)} args, got {len(values)}")
            self.update(zip(names, values))

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise SchemeError(f"unbound variable: {name}")


class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"#<procedure {self.name}>"


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "*": lambda *a: reduce(op.mul, a, 1),
        "-": lambda a, *b: a - sum(b) if b else -a, "/": op.truediv,
        "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le, "modulo": op.mod,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *a: list(a), "null?": lambda x: x == [], "length": len,
        "apply": lambda f, args: call(f, args), "sqrt": math.sqrt,
        "display": lambda x: print(to_str(x), end=""), "newline": lambda: print(),
        "map": lambda f, xs: [call(f, [x]) for x in xs], "not": op.not_,
    })
    return env


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    if isinstance(x, float) and x.is_integer():
        return f"{x:.1f}"
    return str(x)


def call(f, args):
    if isinstance(f, Lambda):
        return evaluate(f.body, Env(f.params, args, f.env))
    return f(*args)


def quasi(x, env):
    if not isinstance(x, list) or not x:
        return x
    if x[0] == "unquote":
        return evaluate(x[1], env)
    out = []
    for item in x:
        if isinstance(item, list) and item and item[0] == "unquote-splicing":
            out.extend(evaluate(item[1], env))
        else:
            out.append(quasi(item, env))
    return out


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if isinstance(x, str):
            return x
        if not isinstance(x, list):
            return x
        if not x:
            raise SchemeError("empty application")
        match x:
            case ["quote", datum]:
                return datum
            case ["quasiquote", datum]:
                return quasi(datum, env)
            case ["if", test, then, *rest]:
                x = then if evaluate(test, env) is not False else (rest[0] if rest else NIL)
            case ["define", [name, *params], *body]:
                env[name] = Lambda(params, [Symbol("begin"), *body], env, name)
                return None
            case ["define", name, expr]:
                env[name] = evaluate(expr, env)
                return None
            case ["set!", name, expr]:
                env.find(name)[name] = evaluate(expr, env)
                return None
            case ["lambda", params, *body]:
                return Lambda(params, [Symbol("begin"), *body], env)
            case ["begin", *body]:
                for e in body[:-1]:
                    evaluate(e, env)
                x = body[-1] if body else NIL
            case ["let", bindings, *body]:
                names = [b[0] for b in bindings]
                values = [evaluate(b[1], env) for b in bindings]
                env = Env(names, values, env)
                x = [Symbol("begin"), *body]
            case ["cond", *clauses]:
                for test, *body in clauses:
                    if test == "else" or evaluate(test, env) is not False:
                        x = [Symbol("begin"), *body]
                        break
                else:
                    return None
            case ["and", *parts]:
                result = True
                for p in parts:
                    result = evaluate(p, env)
                    if result is False:
                        break
                return result
            case [head, *args]:
                f = evaluate(head, env)
                vals = [evaluate(a, env) for a in args]
                if isinstance(f, Lambda):
                    env = Env(f.params, vals, f.env)
                    x = f.body
                elif callable(f):
                    return f(*vals)
                else:
                    raise SchemeError(f"not a procedure: {to_str(f)}")


PROGRAM = """
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(fact 25)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 5000 0)                      ; deep, but a tail call
(define (make-counter)
  (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c1 (make-counter))
(define c2 (make-counter))
(list (c1) (c1) (c1) (c2))
(define (sum . xs) (apply + xs))
(sum 1 2 3 4.5)
(define (head-and-rest a . rest) (list a rest))
(head-and-rest 1 2 3)
(map (lambda (x) (* x x)) '(1 2 3 4))
(define (fib n) (cond ((< n 2) n) (else (+ (fib (- n 1)) (fib (- n 2))))))
(map fib '(10 12 15))
(let ((x 2) (y 3)) `(x is ,x and ys are ,@(list y y)))
(and 1 2 #f 3)
(and 1 2 3)
(/ 10 4)
(sqrt 16)
(begin (display "hi\\t\\"there\\"") (newline) 'done)
(define (even? n) (if (= n 0) #t (odd? (- n 1))))
(define (odd? n) (if (= n 0) #f (even? (- n 1))))
(even? 10001)
fact
(undefined-thing 1)
(1 2 3)
((lambda (a b) a) 1)
(car '())
(/ 1 0)
(+ 1 (* 2 3)
"""

tokens = tokenize(PROGRAM)
env = standard_env()
while tokens:
    try:
        expr = read(tokens)
        value = evaluate(expr, env)
        if value is not None:
            print(to_str(value), "<-", to_str(expr)[:40])
    except SchemeError as e:
        print("scheme error:", e)
    except (IndexError, ZeroDivisionError) as e:
        print(f"python error: {type(e).__name__}: {e}")
print(sorted(k for k in env if not k.isalpha())[:8])
print(repr(Symbol("abc")), isinstance(Symbol("x"), str), Symbol("x") == "x")
