# SyntaxErrors raised by eval(), exec() and compile() at run time.
sources = [
    ("1 +", "eval"),
    ("1 +\n", "eval"),
    ("a b", "eval"),
    ("(1, 2", "eval"),
    ("x = 1", "eval"),
    ("x = (", "exec"),
    ("def f():\nreturn 1", "exec"),
    ("for x in range(3) print(x)", "exec"),
    ("'unterminated", "eval"),
    ("x = 1\ny = 2 +\n", "exec"),
    ("if True:\n  a = 1\n b = 2", "exec"),
]
for src, mode in sources:
    try:
        compile(src, "<input>", mode)
    except SyntaxError as e:
        print(f"{src!r:32} {type(e).__name__}: {e}")
        print(f"{'':32} line={e.lineno} filename={e.filename!r}")
for src in ["2 *", "print('x'", "[1, 2"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval:", e)
try:
    exec("while True\n    pass")
except SyntaxError as e:
    print("exec:", e, e.text)
print(eval("  1 + 2"), eval("(3,\n 4)"))
