import os, os.path
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/x', '/y'), os.path.basename('/a/b/c.py'), os.path.dirname('/a/b/c.py'))
print(os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.split('/a/b/'), os.path.normpath('a//b/../c/./d'))
print(os.path.isabs('/x'), os.path.exists('/definitely/not/here'), os.path.isdir('/tmp'), os.path.isfile('/tmp'))
os.makedirs('pyrun_probe_dir/sub', exist_ok=True)
with open('pyrun_probe_dir/sub/f.txt', 'w') as f:
    f.write('12345')
print(sorted(os.listdir('pyrun_probe_dir')), os.path.getsize('pyrun_probe_dir/sub/f.txt'), os.stat('pyrun_probe_dir/sub/f.txt').st_size)
for root, dirs, files in os.walk('pyrun_probe_dir'):
    print(root, dirs, files)
os.rename('pyrun_probe_dir/sub/f.txt', 'pyrun_probe_dir/g.txt')
os.remove('pyrun_probe_dir/g.txt'); os.rmdir('pyrun_probe_dir/sub'); os.rmdir('pyrun_probe_dir')
print(os.path.exists('pyrun_probe_dir'), os.sep, os.name, type(os.environ).__name__, os.getenv('NO_SUCH_VAR_X', 'dflt'))
try:
    os.remove('no_such_file_here')
except FileNotFoundError as e:
    print(e)
try:
    os.listdir('no_such_dir_here')
except OSError as e:
    print(type(e).__name__, e)
