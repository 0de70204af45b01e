for s in ['print(1 2+3)', 'print(a b.c)', 'print(foo bar)', 'print(x.y z)', 'f(1, 2 3)', 'while (x = 1): pass', 'print(1 (2, 3))', 'x = [1 2 for y in z]', 'if (a = f(1, 2)): pass', 'f(a b=1)', 'print(1 -2)']:
    try: compile(s,'<s>','exec')
    except SyntaxError as e: print(repr(s), e.msg, e.offset, e.end_offset)
for s in ["x = [a b]", "if x = 1: pass", "f(a b, c)", "x = {1: 2 3: 4}", "return", "a = 1 = 2", "True = 1", "del *a"]:
    try:
        compile(s, "<s>", "exec")
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset, e.end_offset)
for s in ['print "hi"', 'print "a" if x else "b"', 'print x; y = 1', 'print x, y  # c', 'exec code in ns', "print 'hi'", "exec 'x'"]:
    try: compile(s,'<s>','exec')
    except SyntaxError as e: print(repr(s), e.msg, e.offset, e.end_offset)
for s in ['x = 1 if 2', 'x = 1 if y > 2']:
    try: compile(s,'<s>','exec')
    except SyntaxError as e: print(repr(s), e.msg, e.offset, e.end_offset)
