import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print()
print(sep="x")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1, "s"], {"k": (1,)}, sep="|")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep=",")
print("multi\nline")
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(e)
print("x", sep=None, end=None)
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
o = Out()
print("captured", 42, file=o)
print(o.parts)
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()] == [S()])
