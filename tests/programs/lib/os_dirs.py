# os: makedirs (missing parents, exist_ok, trailing slash and ".",
# errors), removedirs, walk (top-down pruning, bottom-up, onerror) in the
# directory's own order, scandir entries, and the path helpers.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
try:
    os.chdir(root)
    os.makedirs('a/b/c')
    os.makedirs('a/b/c', exist_ok=True)
    os.makedirs('x/y/')
    os.makedirs('p/q/.')
    os.makedirs('m/./n')
    for name in ['a/b/c', 'x/y/', 'a']:
        try:
            os.makedirs(name)
        except FileExistsError as e:
            print('FileExistsError', e.errno, e.filename)
    with open('a/file.txt', 'w') as f:
        f.write('data')
    try:
        os.makedirs('a/file.txt', exist_ok=True)
    except FileExistsError as e:
        print('FileExistsError', e.filename)
    try:
        os.makedirs('a/file.txt/sub')
    except NotADirectoryError as e:
        print('NotADirectoryError', e.filename)
    for name in ['zeta', 'alpha', 'mid', 'Beta', '1', 'skip']:
        os.makedirs(os.path.join('tree', name, 'leaf'))
        with open(os.path.join('tree', name + '.txt'), 'w') as f:
            f.write(name)
    print(os.listdir('tree') == [entry.name for entry in os.scandir('tree')])
    # Printed sorted (the directory's own order depends on the file
    # system), but checked to be the directory's order.
    visited = []
    for top, dirs, files in os.walk('tree'):
        listed = os.listdir(top)
        in_order = dirs == [n for n in listed if n in dirs] and files == [n for n in listed if n in files]
        print(top, sorted(dirs), sorted(files), in_order)
        if 'skip' in dirs:
            dirs.remove('skip')
        visited.append(top)
    print(sorted(visited))
    bottom_up = list(os.walk('tree', topdown=False))
    print(len(bottom_up), bottom_up[-1][0], sorted(top for top, _, _ in bottom_up))
    print(all(len(bottom_up[i][0]) >= 0 for i in range(len(bottom_up))), [t for t, _, _ in bottom_up].index('tree/skip') > [t for t, _, _ in bottom_up].index('tree/skip/leaf'))
    errors = []
    print(list(os.walk('no-such-dir', onerror=errors.append)), [type(e).__name__ for e in errors])
    with os.scandir('tree') as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            print(entry, entry.name, entry.path, entry.is_dir(), entry.is_file(), entry.is_symlink(), os.fspath(entry))
    print(sorted(entry.name for entry in os.scandir()))
    os.removedirs('x/y')
    print(os.path.exists('x'), os.path.exists('x/y'))
    os.removedirs('p/q')
    print(sorted(os.listdir('.')))
    print(os.path.join('a', 'b', '/c'), os.path.split('a/b/'), os.path.splitext('x.tar.gz'), os.path.basename('/a/b'),
          os.path.dirname('/a/b'), os.path.normpath('a//./b/../c/'), os.path.relpath('a/b/c', 'a/x'), os.path.isabs('/x'),
          os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.commonprefix(['interview', 'internal']))
    print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.name, os.devnull)
    print(os.getenv('PYEDU_SURELY_UNSET'), os.getenv('PYEDU_SURELY_UNSET', 'dflt'), os.fspath('p'), os.fspath(b'p'))
    try:
        os.fspath(3)
    except TypeError as e:
        print('TypeError', e)
finally:
    os.chdir('/')
    shutil.rmtree(root)
print(os.path.exists(root))
