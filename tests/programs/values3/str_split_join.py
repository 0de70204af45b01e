csv_line = "name, age ,city,, zip "
print(csv_line.split(","), [f.strip() for f in csv_line.split(",")], csv_line.split(",", 2), csv_line.rsplit(",", 2))
print("a  b   c".split(" "), "a  b   c".split(), "  lead".split(), "trail  ".rsplit(None, 1), "".split(","), "".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "no-sep".partition("="), "x".split("x"), "xx".split("x"))
print("-".join(str(n) for n in range(5)), ", ".join(sorted({"b", "a"})), "".join(reversed("stressed")), "\n".join(["a", "b"]).splitlines())
print("one\ttwo\nthree four".split(), "a,b;c d".replace(";", ",").replace(" ", ",").split(","), "1.2.3".split(".", maxsplit=1))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1)[-1], path.split("/")[1:3], path.rpartition(".")[2], path.count("/"), path.startswith("/usr"), path[path.rfind("/") + 1:])
for e in ['"a".split("")', '"a".join([1])', '",".join("abc")', '"a b".split(maxsplit=-1)', '"a b c".split(None, 0)', '"a,b".split(sep=",", maxsplit=1)', '"x".split(1)', '" ".join(None)']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
