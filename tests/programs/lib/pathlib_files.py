# pathlib: paths on disk (mkdir with parents, write/read text and bytes, glob, rglob, iterdir, rename, unlink, resolve, open) and more pure-path corners.
import os, tempfile
from pathlib import Path, PurePath, PurePosixPath
root = Path(tempfile.mkdtemp())
try:
    (root / 'a' / 'b').mkdir(parents=True)
    (root / 'a' / 'x.txt').write_text('hello\nworld\n')
    (root / 'a' / 'b' / 'y.py').write_bytes(b'print(1)\n')
    (root / 'z.md').touch()
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob('*')))
    print(sorted(p.name for p in root.glob('*/*')), sorted(p.name for p in root.glob('**/*.py')))
    print(sorted(p.name for p in (root / 'a').iterdir()))
    print((root / 'a' / 'x.txt').read_text().splitlines(), (root / 'a/b/y.py').read_bytes(), (root / 'a').is_dir(), (root / 'z.md').is_file())
    print((root / 'nope').exists(), (root / 'z.md').stat().st_size, (root / 'a' / 'x.txt').suffix, Path('~').expanduser() == Path.home())
    try:
        (root / 'a').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    (root / 'a').mkdir(exist_ok=True)
    (root / 'z.md').rename(root / 'w.md')
    print(sorted(p.name for p in root.iterdir()))
    (root / 'w.md').unlink()
    try:
        (root / 'w.md').unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    (root / 'w.md').unlink(missing_ok=True)
    print(Path('a/b/../c').resolve().relative_to(Path.cwd()), Path('.').absolute() == Path.cwd(), Path('/x/y').is_absolute())
    with (root / 'a' / 'x.txt').open() as f:
        print(f.readline().strip())
    print(Path('a') / 'b', PurePath('a/b'), type(Path('x')).__name__, type(PurePath('x')).__name__, Path('a/b').with_suffix('.c'))
    print(list(Path('/a/b/c').parents), Path('x.tar.gz').suffixes, Path('/').name, Path('').name, str(Path('')), Path('.') == Path(''))
    print(Path('a/b').match('b'), Path('a/b.txt').match('*.TXT'), Path('/a').joinpath('b', '/c'), Path('a', Path('b'), 'c'))
    print(os.fspath(Path('q')), Path('a') == PurePosixPath('a'), hash(Path('a')) == hash(PurePosixPath('a')), Path('b') > Path('a'))
finally:
    import shutil
    shutil.rmtree(root)
