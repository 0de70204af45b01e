# pathlib (pure and real paths), tempfile, shutil (copy/copytree/move/rmtree), glob, fnmatch, os.open/write/close
from pathlib import Path, PurePath, PurePosixPath
import os, tempfile, glob, shutil, fnmatch
p = PurePath("/usr/lib/python3.11/os.py")
print(p, repr(p), p.name, p.stem, p.suffix, p.parent, p.parts, p.anchor, p.is_absolute(), p.with_suffix(".pyc"), p.with_name("x.txt"), p.relative_to("/usr"))
print(PurePath("a/b") / "c" / "d.tar.gz", PurePath("a/b/c.tar.gz").suffixes, PurePath("a//b/./c"), PurePath(), PurePath("/"), PurePath("a").parent, list(PurePath("/a/b/c").parents))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("x") == PurePath("x"), sorted([PurePath("b"), PurePath("a")]))
with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    (base / "sub").mkdir()
    (base / "sub" / "f.txt").write_text("hello")
    (base / "g.py").write_text("print(1)")
    print((base / "sub" / "f.txt").read_text(), (base / "g.py").exists(), (base / "nope").exists(), (base / "sub").is_dir())
    print(sorted(p.name for p in base.iterdir()), sorted(str(p.relative_to(base)) for p in base.glob("**/*.txt")))
    print(sorted(os.path.relpath(x, d) for x in glob.glob(os.path.join(d, "*"))), sorted(os.path.relpath(x, d) for x in glob.glob(os.path.join(d, "**", "*"), recursive=True)))
    shutil.copy(base / "g.py", base / "h.py"); print((base / "h.py").read_text())
    shutil.copytree(base / "sub", base / "sub2"); print(sorted(os.listdir(base)))
    shutil.move(str(base / "h.py"), str(base / "sub")); print(sorted(os.listdir(base / "sub")))
    fd, name = tempfile.mkstemp(dir=d, suffix=".dat"); os.write(fd, b"raw"); os.close(fd); print(open(name, "rb").read(), name.endswith(".dat"))
    with tempfile.NamedTemporaryFile("w+", dir=d, delete=True) as tf:
        tf.write("temp"); tf.seek(0); print(tf.read(), os.path.exists(tf.name))
    print(os.path.exists(tf.name))
print(os.path.exists(d), fnmatch.fnmatch("file.PY", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("*.t[xy]t"))
print(shutil.get_terminal_size((100, 30)).columns > 0, os.cpu_count() > 0)
