# Valid code that CPython's compiler warns about (SyntaxWarning): the test
# compares pycomp's warnings with python3's, in the warnings module's form.
x = 1
if x is 1: pass
if x is not ():  pass
if x is -1 or 2 is x: pass
y = None is x is 'text'
if x is None or x is True or x is ...: pass
assert (x, "always true")
assert ()
(1, 2)(3)
f"{x}"(1)
None()
[1][0, 1]
"abc"["a"]
b"abc"[1.5]
{1}[0]
(lambda: 0)[0]
(v for v in [])[0]
[1][True]
{1: 2}["ok"]
x(1)[0]
while x is 5: break
