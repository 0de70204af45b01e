# A tiny Lisp: reader, environment chain with closures, special forms,
# tail-call-free recursion, and error reporting.

class LispError(Exception):
    pass


class Symbol(str):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"undefined symbol: {name}")


class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"{self.name} expects {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self):
        return f"<lambda {self.name}/{len(self.params)}>"


def standard_env():
    import math
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b, "mod": lambda a, b: a % b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b,
        "<=": lambda a, b: a <= b, "car": lambda l: l[0], "cdr": lambda l: l[1:],
        "cons": lambda a, l: [a] + l, "list": lambda *a: list(a), "null?": lambda l: l == [],
        "length": len, "sqrt": math.sqrt, "abs": abs, "max": max, "min": min,
        "apply": lambda f, args: f(*args), "map": lambda f, l: [f(x) for x in l],
        "filter": lambda f, l: [x for x in l if f(x)], "not": lambda x: not x,
    })
    return env


def evaluate(x, env):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    if not x:
        raise LispError("cannot evaluate ()")
    op, *args = x
    if op == "quote":
        return args[0]
    if op == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if op == "define":
        name, value = args
        if isinstance(name, list):
            fname, *params = name
            env[fname] = Lambda(params, value, env, fname)
        else:
            env[name] = evaluate(value, env)
        return None
    if op == "set!":
        name, value = args
        env.find(name)[name] = evaluate(value, env)
        return None
    if op == "lambda":
        params, body = args
        return Lambda(params, body, env)
    if op == "begin":
        result = None
        for expr in args:
            result = evaluate(expr, env)
        return result
    if op == "let":
        bindings, body = args
        names = [b[0] for b in bindings]
        values = [evaluate(b[1], env) for b in bindings]
        return evaluate(body, Env(names, values, env))
    proc = evaluate(op, env)
    if not callable(proc):
        raise LispError(f"not a procedure: {to_string(proc)}")
    return proc(*[evaluate(a, env) for a in args])


def to_string(x):
    if isinstance(x, list):
        return "(" + " ".join(map(to_string, x)) + ")"
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    return str(x)


def repl(lines):
    env = standard_env()
    for line in lines:
        try:
            result = evaluate(read(tokenize(line)), env)
            if result is not None:
                print(f"{line:45} ; {to_string(result)}")
        except LispError as e:
            print(f"{line:45} ; error: {e}")
        except (TypeError, ZeroDivisionError) as e:
            print(f"{line:45} ; python error: {type(e).__name__}: {e}")
    return env


env = repl([
    "(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))",
    "(fact 10)",
    "(fact 30)",
    "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))",
    "(map fib '(1 2 3 4 5 6 7 8 9 10))",
    "(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))",
    "(define c (make-counter))",
    "(c)", "(c)", "(c)",
    "(define (compose f g) (lambda (x) (f (g x))))",
    "((compose sqrt abs) -16)",
    "(filter (lambda (x) (= (mod x 3) 0)) '(1 2 3 4 5 6 7 8 9))",
    "(apply max '(3 1 4 1 5 9 2 6))",
    "(cons 1 (cdr '(9 2 3)))",
    "(length (list 1 2 3 (list 4 5)))",
    "(if (not (null? '())) 'yes 'no)",
    "(undefined-thing 1)",
    "(fact 1 2)",
    "(/ 1 0)",
    "(1 2 3)",
    "(+ 1 (* 2",
    ")",
    "(let ((x 2) (y 3)) (* x y))",
])
print(sorted(k for k in env if isinstance(env[k], Lambda)), env["fact"])
