# shutil and tempfile: temporary directories and files (names, cleanup,
# with blocks), copying and moving files and trees, rmtree with errors,
# which, and get_terminal_size from the environment.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix='pyedu-', suffix='-t') as top:
    base = os.path.basename(top)
    print(os.path.isdir(top), base.startswith('pyedu-'), base.endswith('-t'), os.path.dirname(top) == tempfile.gettempdir())
    src = os.path.join(top, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    for name, text in [('a.txt', 'alpha'), ('b.log', 'beta'), ('sub/c.txt', 'gamma'), ('sub/deep/d.log', 'delta')]:
        with open(os.path.join(src, name), 'w') as f:
            f.write(text)
    copied = shutil.copy(os.path.join(src, 'a.txt'), os.path.join(top, 'a-copy.txt'))
    print(os.path.relpath(copied, top), open(copied).read())
    print(os.path.relpath(shutil.copy(os.path.join(src, 'a.txt'), src + '/sub'), top))
    print(os.path.relpath(shutil.copyfile(os.path.join(src, 'b.log'), os.path.join(top, 'b2')), top))
    try:
        shutil.copyfile(copied, copied)
    except shutil.SameFileError as e:
        print('SameFileError', isinstance(e, shutil.Error), isinstance(e, OSError))
    tree = shutil.copytree(src, os.path.join(top, 'tree'), ignore=shutil.ignore_patterns('*.log'))
    found = sorted(os.path.relpath(os.path.join(d, f), tree) for d, _, files in os.walk(tree) for f in files)
    print(os.path.relpath(tree, top), found)
    try:
        shutil.copytree(src, tree)
    except FileExistsError as e:
        print('FileExistsError', os.path.relpath(e.filename, top))
    moved = shutil.move(os.path.join(top, 'b2'), os.path.join(top, 'tree'))
    print(os.path.relpath(moved, top), os.path.exists(os.path.join(top, 'b2')))
    print(os.path.relpath(shutil.move(os.path.join(top, 'tree'), os.path.join(top, 'moved-tree')), top))
    shutil.rmtree(os.path.join(top, 'moved-tree'))
    print(sorted(os.listdir(top)))
    failures = []
    shutil.rmtree(os.path.join(top, 'missing'), onerror=lambda func, path, info: failures.append((func.__name__, info[0].__name__)))
    shutil.rmtree(os.path.join(top, 'missing'), ignore_errors=True)
    print(failures)
    try:
        shutil.rmtree(os.path.join(top, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    fd, path = tempfile.mkstemp(suffix='.dat', dir=top, text=True)
    os.write(fd, b'raw')
    os.close(fd)
    print(path.endswith('.dat'), open(path).read(), os.path.dirname(path) == top)
    made = tempfile.mkdtemp(dir=top)
    print(os.path.isdir(made), os.listdir(made))
    with tempfile.NamedTemporaryFile('w+', dir=top, suffix='.txt', delete=True) as named:
        named.write('named text')
        named.seek(0)
        print(named.read(), os.path.exists(named.name), named.name.endswith('.txt'))
    print(os.path.exists(named.name))
    with tempfile.TemporaryFile('w+b') as unnamed:
        unnamed.write(b'bytes')
        unnamed.seek(0)
        print(unnamed.read())
print(os.path.exists(top))
holder = tempfile.TemporaryDirectory()
print(repr(holder) == '<TemporaryDirectory %r>' % holder.name, os.path.isdir(holder.name))
holder.cleanup()
holder.cleanup()
print(os.path.exists(holder.name))
print(shutil.which('sh') is not None, shutil.which('surely-no-such-command-pyedu'))
os.environ['COLUMNS'], os.environ['LINES'] = '132', 'x'
print(shutil.get_terminal_size((70, 20)))
os.environ['COLUMNS'], os.environ['LINES'] = '-3', '50'
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size))
