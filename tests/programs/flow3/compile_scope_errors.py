sources = [
    "def f(x):\n    nonlocal x",
    "def f(x):\n    global x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "x = 1\ndef f():\n    print(x)\n    global x",
    "nonlocal x",
    "def f():\n    global x\n    nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    [x for x in range(3) if (y := x)]\n    return y",
    "[(i := 1) for i in range(3)]",
    "def f(*, a, a): pass",
    "lambda: (yield)",
    "def f():\n    return [(yield x) for x in range(3)]",
    "await x",
    "def f():\n    await x",
    "async def f():\n    [await x for x in y]",
    "def f():\n    class C:\n        nonlocal q\n    q = 1",
    "f(x for x in y, 1)",
    "f(**k, *a)",
    "f(a=1, a=2)",
    "def f(a=1, b): pass",
    "import a.b as c.d",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
