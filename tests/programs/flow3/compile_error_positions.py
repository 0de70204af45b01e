sources = [
    "return 1",
    "def f():\n    nonlocal q",
    "break",
    "continue",
    "for i in x:\n    pass\nelse:\n    break",
    "def f():\n    x = 1\n    global x",
    "async def f():\n    yield from g()",

    "class C:\n    return 5",
    "def f(a, a):\n    pass",
    "a b c",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(f"{e.msg!r:60} line {e.lineno} offset {e.offset} end {e.end_lineno} {e.end_offset}")
    else:
        print("compiled", repr(src))
try:
    exec("def g():\n    return 1\nreturn g()")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.offset, e.end_offset)
