# os: makedirs, listdir, walk, rename, stat, os.path helpers, environ; shutil.rmtree
import os, os.path
base = f"/tmp/pyedu_os_{os.getpid()}"
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
for name in ["x.txt", "a/y.txt", "a/b/z.py"]:
    with open(os.path.join(base, name), "w") as f: f.write(name)
print(sorted(os.listdir(base)), os.path.isdir(os.path.join(base, "a")), os.path.isfile(os.path.join(base, "x.txt")))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
os.rename(os.path.join(base, "x.txt"), os.path.join(base, "w.txt"))
st = os.stat(os.path.join(base, "w.txt")); print(st.st_size, os.path.getsize(os.path.join(base, "w.txt")))
print(os.path.splitext("a/b.tar.gz"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.normpath("a/./b/../c"), os.path.isabs("/x"), os.path.join("a", "/b", "c"))
print(os.sep, os.linesep == "\n", os.getenv("NOPE_VAR", "dflt"), "PATH" in os.environ, type(os.environ).__name__)
os.remove(os.path.join(base, "w.txt"))
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
