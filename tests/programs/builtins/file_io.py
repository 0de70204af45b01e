import os
name = 'pyrun_probe_file.txt'
with open(name, 'w') as f:
    print(f.write('line one\n'), f.write('line two\n'))
    f.writelines(['three\n', 'four'])
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), f.readlines())
with open(name, 'a') as f:
    f.write('\nappended')
with open(name) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip('\n'))
with open(name, 'rb') as f:
    print(f.read(8))
f = open(name)
print(f.closed, f.name, f.mode); f.close(); print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open('no_such_dir/x.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
os.remove(name)
print(os.path.exists(name))
