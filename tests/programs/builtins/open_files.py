# open(): text and binary modes, read/readline/readlines with sizes, seek/tell,
# truncate, encodings and errors, universal newlines, mode errors
import io, os
path = f"/tmp/pyedu_open_files_{os.getpid()}.txt"
with open(path, "w") as f:
    f.write("line1\nline2\n")
    print("line3", file=f)
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read())
with open(path) as f:
    for i, line in enumerate(f): print(i, repr(line))
with open(path) as f:
    print(repr(f.readline()), f.readlines())
with open(path, "a") as f: f.write("appended\n")
print(open(path).read().splitlines()[-1])
with open(path, "rb") as f: print(f.read(5), f.tell())
with open(path, "r+") as f:
    f.seek(2); print(f.read(3))
print(os.path.getsize(path))
f = open(path, "w"); print(f.closed, f.mode); f.close(); print(f.closed)
try: f.write("x")
except ValueError as e: print(e)
with open(path, "wb") as f: print(f.write(bytes(range(5))))
print(open(path, "rb").read())
with open(path, "w", encoding="utf-8") as f: print(f.write("é☃\n"))
print(open(path, encoding="utf-8").read(), len(open(path, "rb").read()))
f = open(path, 'w'); print(f.write('héllo\n')); f.close()
f = open(path); print(f.read(2), f.tell()); f.seek(0); print(f.readline(3), f.readline()); print(f.seek(0, 2), f.tell()); f.close()
for args in [(path,), (path, 'w'), (path, 'q'), (path, 'rw'), (path, 'rbt'), (path, ''), (path, 'r', -1, 'nope'), (path, 'rb', -1, 'utf-8')]:
    try:
        f = open(*args)
        if len(args) == 1: f.write('x')
        else: f.read()
    except Exception as e: print(type(e).__name__, e, isinstance(e, io.UnsupportedOperation))
try: open(os.path.dirname(path))
except IsADirectoryError as e: print("IsADirectoryError", e.errno)
open(path, 'wb').write(b'\xff\xfeab')
try: open(path).read()
except UnicodeDecodeError as e: print(e)
print(open(path, encoding='latin-1').read())
print(open(path, errors='replace').read())
open(path, 'wb').write(b'a\r\nb\rc\n')
print(repr(open(path).read()), open(path).readlines(), repr(open(path, newline='').read()))
f = open(path, 'w'); f.write('abcdef'); f.truncate(3); f.close(); print(open(path).read())
f = open(path, 'rb'); print(f.seek(-2, 2), f.read(), f.seek(1), f.read(1), f.tell()); f.close()
try: open(path).seek(-1, 2)
except io.UnsupportedOperation as e: print(e)
with open(path, 'w', encoding='latin-1') as f: f.write('é\n')
print(open(path, 'rb').read(), open(path, encoding='latin-1').encoding)
with open(path, 'w') as f: f.write('\n'.join(str(i) for i in range(10)))
with open(path) as f: print(f.readlines(5), f.readline(), f.readline(1), f.read(3))
with open(path, 'rb') as f:
    print(f.readline(), f.read(2), f.readlines())
with open(path, 'w+') as f:
    f.write('hello'); f.seek(0); print(f.read()); print(f.tell())
with open(path, 'a+') as f:
    f.write('!'); f.seek(0); print(f.read())
try: open(path, 'x')
except FileExistsError as e: print("FileExistsError", e.errno)
os.remove(path)
try: open(path)
except FileNotFoundError as e: print("FileNotFoundError", e.errno, e.strerror)
