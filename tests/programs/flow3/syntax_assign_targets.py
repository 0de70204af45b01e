sources = ["f() = 5", "1 = x", "del f()", "x + 1 += 2", "(a, b): int = 1", "f(): int",
           "x = yield = 3", "[a, 2] = 1", "a.b, c() = 1, 2", "for f() in x: pass",
           "with a as 1: pass", "del (a, 1)", "(yield) = 1", "None = 1", "f'{x}' = 1"]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(f"{src!r:28} {e.msg!r:70} {e.offset} {e.end_offset}")
    else:
        print(f"{src!r:28} compiled")
