# Code compiled at run time warns as CPython warns ("<string>:1: SyntaxWarning:
# ..."), once per compiled text; the code then runs and fails as usual.
snippets = ["x = [1]['a']", "y = (1, 2)(3)", "z = 5 is 5", "w = None[0]", "assert (1, 'never fails')"]
for src in snippets:
    try:
        exec(src)
        print(f"{src!r}: ran")
    except TypeError as e:
        print(f"{src!r}: TypeError: {e}")
for i in range(3):
    exec("v = 'abc' is 'abc'")
print(eval("[1, 2][0]"), eval("1 if 2 is 2 else 0"))
code = compile("q = {}[[]] if False else 'ok'", "<mine>", "exec")
exec(code)
print(q)
