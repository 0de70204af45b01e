#!/usr/bin/env python3
"""fuzz.py - throws mutated input at the four tools and keeps what breaks them.

    python3 tests/fuzz/fuzz.py [--bin DIR] [--seconds N] [--jobs N] [--out DIR] MODE...

Modes (each runs for --seconds, in turn):
  tok    mutated token artifacts (MessagePack and JSON) -> pyparse
  ast    mutated AST artifacts                          -> pycomp
  code   mutated code artifacts                         -> pyrun
  src    mutated Python source -> pytok, pyparse, pycomp, pyrun, one after
         another on the same file (and now and then `pyrun FILE.py`, which
         runs the stages itself)

The seeds are the artifacts of real programs: examples/, tests/programs/,
tests/ref/quirks/ and the standard-library sample of tests/ref/ci-sample.txt,
made by the tools in bin/ (the release build, which must be built).
Mutations are both blind (bytes flipped, cut, repeated, spliced) and
structure-aware (the artifact decoded, a value replaced by an extreme or a
value of another type, list items dropped, repeated or swapped; for code
objects also instructions and their arguments).

A run *breaks* a tool when it exits with a status other than 0, 1 or 2
(a signal, or 99: a sanitizer report under `make SANITIZE=1`), prints a
sanitizer report, exits 1 or 2 without a message, or (pytok, pyparse,
pycomp: they never run user code) takes longer than the time limit.  Each
distinct break (by the first frame of the report in our code) is kept in
OUT/TOOL-SIGNATURE/ with the input, the command and the report; the counts
are printed at the end.  A pyrun that runs out of time or memory is counted
but not kept: a mutated program may loop or allocate for ever.

The tools run in a scratch directory, as the user `nobody` when run as
root, so that a mutated program cannot harm the checkout.
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mpcodec  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SANITIZER_ENV = {
    'ASAN_OPTIONS': 'detect_leaks=1:abort_on_error=0:exitcode=99:hard_rss_limit_mb=4000'
                    ':allocator_may_return_null=0',
    'UBSAN_OPTIONS': 'print_stacktrace=1:halt_on_error=1:exitcode=99',
}
SANITIZER_MARKS = ('ERROR: AddressSanitizer', 'ERROR: LeakSanitizer', 'runtime error:',
                   'ERROR: UndefinedBehaviorSanitizer')


# ---- seeds ---------------------------------------------------------------------

def seed_sources():
    """Paths of the Python files the seeds are made from."""
    paths = []
    for top in ('examples', 'tests/programs', 'tests/ref/quirks'):
        for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
            paths += [os.path.join(dirpath, f) for f in sorted(files) if f.endswith('.py')]
    sample = subprocess.run(['sh', os.path.join(ROOT, 'tests/ref/corpus.sh'), '--sample'],
                            capture_output=True, text=True).stdout.split()
    return paths + sample


def make_seeds(paths, limit_bytes=200_000):
    """{kind: [decoded artifact, ...]} and the source texts, from `paths`,
    made by the release tools."""
    rel = os.path.join(ROOT, 'bin')
    seeds = {'tokens': [], 'ast': [], 'code': []}
    sources = []
    for path in paths:
        try:
            if os.path.getsize(path) > limit_bytes:
                continue
            with open(path, 'rb') as f:
                sources.append(f.read())
        except OSError:
            continue
        data = None
        for tool, kind in (('pytok', 'tokens'), ('pyparse', 'ast'), ('pycomp', 'code')):
            args = [os.path.join(rel, tool), path if data is None else '-']
            r = subprocess.run(args, input=data, capture_output=True)
            if r.returncode != 0:
                break
            data = r.stdout
            seeds[kind].append(mpcodec.unpack(data))
    return seeds, sources


# ---- mutation of decoded artifacts ----------------------------------------------

INTERESTING_INTS = [0, 1, -1, 2, 7, 8, 15, 16, 31, 32, 127, 128, 255, 256, 65535, 65536,
                    2**31 - 1, 2**31, -2**31, 2**32, 2**53, 2**63 - 1, -2**63, 2**64 - 1,
                    1 << 20, 1 << 24, (1 << 24) + 1, 1000000]
INTERESTING_FLOATS = [0.0, -0.0, 1e308, -1e308, 5e-324, float('inf'), float('-inf'),
                      float('nan'), 1.5]
INTERESTING_STRS = ['', 'a', 'x' * 300, '\udc80', '\ud800\udc00', '\x00', 'é', '😀',
                    '__init__', '__class__', 'print', 'None', 'tokens', 'ast', 'code',
                    'int', 'float', 'tuple', 'frozenset', 'complex', 'ellipsis', 'bytes',
                    'Module', 'Expression', 'Interactive', 'FunctionType', 'Name', 'Constant',
                    'co_code', 'co_consts', 'co_flags', 'kind', 'version']


def nodes(tree):
    """(container, key) for every value inside the tree, depth first."""
    out = []
    stack = [tree]
    while stack:
        c = stack.pop()
        items = enumerate(c) if isinstance(c, list) else list(c.items())
        for k, v in items:
            out.append((c, k))
            if isinstance(v, (list, dict)) and len(out) < 200_000:
                stack.append(v)
    return out


def random_scalar(rng, like=None):
    r = rng.random()
    if isinstance(like, bool) or r < 0.08:
        return rng.choice([True, False, None])
    if isinstance(like, int) and r < 0.8:
        return rng.choice([like + rng.randint(-3, 3), rng.choice(INTERESTING_INTS),
                           like ^ (1 << rng.randrange(32))])
    if isinstance(like, float) and r < 0.8:
        return rng.choice(INTERESTING_FLOATS)
    if isinstance(like, str) and r < 0.8:
        return rng.choice([rng.choice(INTERESTING_STRS), like[:rng.randint(0, len(like))],
                           like + like, like[::-1]])
    return rng.choice([rng.choice(INTERESTING_INTS), rng.choice(INTERESTING_FLOATS),
                       rng.choice(INTERESTING_STRS), b'\x00\x01', [], {}, [0], {'int': '12'},
                       {'tuple': [1, 2]}, {'float': 'inf'}, None])


def mutate_tree(rng, tree, donors):
    """One structural change somewhere in tree (in place)."""
    spots = nodes(tree)
    if not spots:
        return
    c, k = rng.choice(spots)
    v = c[k]
    r = rng.random()
    if r < 0.35:
        c[k] = random_scalar(rng, v)
    elif r < 0.55:
        donor_spots = nodes(rng.choice(donors)) if donors and rng.random() < 0.5 else spots
        dc, dk = rng.choice(donor_spots)
        c[k] = deep_copy(dc[dk])
    elif isinstance(c, list) and r < 0.7:
        op = rng.randrange(4)
        if op == 0:
            del c[k]
        elif op == 1:
            c.insert(k, c[k])
        elif op == 2:
            j = rng.randrange(len(c))
            c[k], c[j] = c[j], c[k]
        else:
            c.append(random_scalar(rng))
    elif isinstance(c, dict) and r < 0.7:
        op = rng.randrange(3)
        if op == 0:
            del c[k]
        elif op == 1:
            c[rng.choice(INTERESTING_STRS)] = v
        else:
            c[k] = [v]
    elif isinstance(v, bytes):
        c[k] = mutate_bytes(rng, v, [])
    elif isinstance(v, list):
        c[k] = [v] if rng.random() < 0.5 else v * rng.randint(2, 4)
    else:
        c[k] = random_scalar(rng, v)


def load_opcodes():
    ops = {}
    with open(os.path.join(ROOT, 'common/schema/opcodes.def')) as f:
        for m in re.finditer(r'^OPCODE\((\w+),\s*(\d+),\s*(\w+)', f.read(), re.M):
            ops[m.group(1)] = (int(m.group(2)), m.group(3))
    return ops


OPCODES = load_opcodes()
OPCODE_NUMBERS = [n for n, _ in OPCODES.values()]


def code_objects(tree):
    """Every code-object map inside a decoded code artifact."""
    found = []
    stack = [tree]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            if 'co_code' in v:
                found.append(v)
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return found


def mutate_code_object(rng, co, donors):
    """A change a code check might or might not catch, in one code object."""
    r = rng.random()
    code = co.get('co_code')
    if r < 0.3 and isinstance(code, bytes) and len(code) >= 2:
        b = bytearray(code)
        i = rng.randrange(len(b) // 2) * 2
        op = rng.randrange(6)
        if op == 0:
            b[i] = rng.choice(OPCODE_NUMBERS)
        elif op == 1:
            b[i + 1] = rng.choice([0, 1, 2, 3, 4, 5, 8, 15, 255, b[i + 1] + 1 & 255, b[i + 1] - 1 & 255])
        elif op == 2:
            b[i:i] = bytes([rng.choice(OPCODE_NUMBERS), rng.randrange(8)])
        elif op == 3:
            del b[i:i + 2]
        elif op == 4:
            j = rng.randrange(len(b) // 2) * 2
            b[i:i + 2], b[j:j + 2] = b[j:j + 2], b[i:i + 2]
        else:
            b[i:i] = bytes([OPCODES['EXTENDED_ARG'][0], rng.choice([0, 1, 255])])
        co['co_code'] = bytes(b)
        # keep the line table in step, so that the change reaches the checks after it
        lt = co.get('co_linetable')
        if isinstance(lt, list) and lt and isinstance(lt[-1], list) and lt[-1] \
                and isinstance(lt[-1][0], int):
            lt[-1][0] += (len(b) - len(code)) // 2
            if lt[-1][0] < 0:
                lt[-1][0] = 0
    elif r < 0.5 and isinstance(co.get('co_consts'), list) and co['co_consts']:
        consts = co['co_consts']
        i = rng.randrange(len(consts))
        others = [c for d in donors for o in code_objects(d) for c in o.get('co_consts', [])] \
            if donors and rng.random() < 0.3 else consts
        consts[i] = rng.choice(others) if others and rng.random() < 0.7 else random_scalar(rng)
    elif r < 0.6:
        key = rng.choice(['co_names', 'co_varnames', 'co_freevars', 'co_cellvars'])
        names = co.get(key)
        if isinstance(names, list):
            op = rng.randrange(4)
            if op == 0 and names:
                names.pop(rng.randrange(len(names)))
            elif op == 1:
                names.append(rng.choice(INTERESTING_STRS[:12] + ['n', 'self', '__class__']))
            elif op == 2 and names:
                names[rng.randrange(len(names))] = rng.choice(names)
            else:
                names.reverse()
            if key == 'co_varnames' and rng.random() < 0.7:
                co['co_nlocals'] = len(names)
    elif r < 0.8:
        key = rng.choice(['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
                          'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'])
        v = co.get(key)
        if key == 'co_flags' and isinstance(v, int):
            co[key] = v ^ (1 << rng.choice([0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 20]))
        elif isinstance(v, int):
            co[key] = max(0, v + rng.choice([-2, -1, 1, 2, 100]))
    else:
        mutate_tree(rng, co, donors)


# ---- mutation of bytes and source text --------------------------------------

MSGPACK_BYTES = [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3,
                 0xc4, 0xc5, 0xc6, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xd0, 0xd3, 0xd9,
                 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0, 0xff]


def mutate_bytes(rng, data, others):
    b = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 8])):
        if not b:
            b += bytes([rng.randrange(256)])
        i = rng.randrange(len(b))
        op = rng.randrange(9)
        if op == 0:
            b[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            b[i] = rng.choice(MSGPACK_BYTES) if rng.random() < 0.5 else rng.randrange(256)
        elif op == 2:
            del b[i:i + rng.randint(1, 16)]
        elif op == 3:
            j = rng.randint(i, min(len(b), i + 64))
            b[i:i] = b[i:j] * rng.randint(1, 8)
        elif op == 4:
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 5:
            del b[i:]
        elif op == 6 and others:
            o = rng.choice(others)
            if o:
                j = rng.randrange(len(o))
                b[i:] = o[j:j + rng.randint(1, 4000)]
        elif op == 7 and len(b) >= 4:
            # a length or count field blown up
            b[i:i + 4] = rng.choice([b'\xff\xff\xff\xff', b'\x7f\xff\xff\xff', b'\x00\x00\x00\x00',
                                     b'\x80\x00\x00\x00'])
        else:
            b[i] = (b[i] + rng.choice([1, -1, 16, -16])) & 0xff
    return bytes(b)


SOURCE_SNIPPETS = [
    b'(', b')', b'[', b']', b'{', b'}', b':', b'\n', b'\t', b'    ', b'\\\n', b'"', b"'",
    b'"""', b"f'{", b'}', b'{x!r:>{y}}', b'lambda', b'yield', b'await', b'async ', b'def ',
    b'class ', b'return', b'global x', b'nonlocal x', b'del ', b'*', b'**', b'=', b':=',
    b'match x:\n case ', b'except*', b'try:\n', b'finally:', b'with ', b'for ', b' in ',
    b'if ', b'else', b'elif', b'while ', b'import ', b'from . import', b'@', b'->', b'...',
    b'0x', b'1e', b'1_0', b'0b2', b'9' * 40, b'.', b',', b';', b'#', b'\r', b'\x0c',
    b'\xef\xbb\xbf', b'\xc3\xa9', b'\xff', b'\x00', b'\\N{', b'\\x', b'\\u', b'rb"', b'b"\xc3"',
    b'__class__', b'super()', b'print(', b'(' * 50, b')' * 50, b'[' * 300, b'-' * 300,
    b'not ' * 100, b'x.' * 100, b'lambda: ' * 60, b'\n' + b' ' * 120 + b'x\n',
]


def mutate_source(rng, src, others):
    lines = src.split(b'\n')
    for _ in range(rng.choice([1, 1, 2, 3, 5])):
        r = rng.random()
        if r < 0.3 and lines:
            i = rng.randrange(len(lines))
            line = lines[i]
            j = rng.randint(0, len(line))
            snippet = rng.choice(SOURCE_SNIPPETS)
            lines[i] = line[:j] + snippet + line[j + rng.choice([0, 0, 1, 3]):]
        elif r < 0.45 and lines:
            del lines[rng.randrange(len(lines))]
        elif r < 0.6 and lines:
            i = rng.randrange(len(lines))
            lines.insert(rng.randrange(len(lines)), lines[i])
        elif r < 0.75 and others:
            o = rng.choice(others).split(b'\n')
            i = rng.randrange(len(o))
            lines[rng.randint(0, len(lines)):0] = o[i:i + rng.randint(1, 20)]
        elif r < 0.85 and lines:
            i = rng.randrange(len(lines))
            lines[i] = rng.choice([b'', b' ', b'\t', b'  ']) + lines[i]
        else:
            joined = mutate_bytes(rng, b'\n'.join(lines), [])
            lines = joined.split(b'\n')
    return b'\n'.join(lines)


# ---- running the tools ------------------------------------------------------------

class Runner:
    def __init__(self, bin_dir, out_dir, timeout):
        self.bin = os.path.abspath(bin_dir)
        self.out = out_dir
        self.timeout = timeout
        self.scratch = tempfile.mkdtemp(prefix='pyedu-fuzz-')
        os.chmod(self.scratch, 0o777)
        self.as_nobody = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] \
            if os.geteuid() == 0 and shutil.which('setpriv') else []
        self.env = dict(os.environ, **SANITIZER_ENV)
        self.env.pop('PYTOK', None), self.env.pop('PYPARSE', None), self.env.pop('PYCOMP', None)
        self.execs = {}
        self.breaks = {}        # signature -> count
        self.limits = {}        # tool -> runs out of time or memory (pyrun only)
        self.statuses = {}      # (tool, exit status) -> count

    def path(self, name):
        return os.path.join(self.scratch, name)

    def write(self, name, data):
        p = self.path(name)
        with open(p, 'wb') as f:
            f.write(data)
        os.chmod(p, 0o666)
        return p

    def run(self, tool, args, input_data, input_name, runs_program):
        """Runs TOOL ARGS; returns (status, stdout) and keeps any break."""
        self.execs[tool] = self.execs.get(tool, 0) + 1
        cmd = self.as_nobody + [os.path.join(self.bin, tool)] + args
        try:
            r = subprocess.run(cmd, capture_output=True, timeout=self.timeout, env=self.env,
                               cwd=self.scratch, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            if runs_program:
                self.limits[tool] = self.limits.get(tool, 0) + 1
                return None, b''
            self.keep(tool, 'timeout', input_data, input_name, cmd, b'(timed out)')
            return None, b''
        err = r.stderr.decode('utf-8', 'replace')
        key = (tool, r.returncode)
        self.statuses[key] = self.statuses.get(key, 0) + 1
        problem = None
        if any(m in err for m in SANITIZER_MARKS) or r.returncode not in (0, 1, 2):
            if 'hard rss limit exhausted' in err or "allocation-size-too-big" in err and runs_program:
                self.limits[tool] = self.limits.get(tool, 0) + 1
                return r.returncode, r.stdout
            problem = signature(err, r.returncode)
        elif r.returncode in (1, 2) and not err.strip():
            problem = 'silent-exit-%d' % r.returncode
        elif r.returncode == 2 and err.count('\n') > 1 and not runs_program:
            problem = 'multiline-usage-error'
        if problem:
            self.keep(tool, problem, input_data, input_name, cmd, r.stderr)
        return r.returncode, r.stdout

    def keep(self, tool, problem, data, name, cmd, stderr):
        sig = '%s-%s' % (tool, problem)
        first = sig not in self.breaks
        self.breaks[sig] = self.breaks.get(sig, 0) + 1
        d = os.path.join(self.out, re.sub(r'[^\w.-]', '_', sig)[:120])
        if not first and os.path.exists(d):
            # keep the smallest input of each kind
            old = os.path.join(d, name)
            if os.path.exists(old) and os.path.getsize(old) <= len(data):
                return
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name), 'wb') as f:
            f.write(data)
        with open(os.path.join(d, 'report.txt'), 'wb') as f:
            f.write(('$ %s\n' % ' '.join(cmd)).encode() + stderr[:20000])
        if first:
            print('  BREAK %s' % sig, flush=True)


def signature(stderr, status):
    """A short name for a break: the kind of report and the first frame of
    it in our own code."""
    kind = 'status-%d' % status
    m = re.search(r'ERROR: (\w+): ([\w-]+)', stderr)
    if m:
        kind = m.group(2)
    m2 = re.search(r'([\w/.]+\.c):(\d+):\d+: runtime error', stderr)
    if m2:
        return 'ubsan-%s-%s' % (os.path.basename(m2.group(1)), m2.group(2))
    for frame in re.finditer(r'#\d+ 0x[0-9a-f]+ in (\w+) (\S+)', stderr):
        func, where = frame.groups()
        if any(p in where for p in ('/pyrun/', '/common/', '/pytok/', '/pyparse/', '/pycomp/')) \
                and func not in ('xmalloc', 'mem_alloc', 'xrealloc', 'mem_realloc'):
            return '%s-%s' % (kind, func)
    if 'Leak' in stderr:
        return 'leak'
    return kind


# ---- the modes ---------------------------------------------------------------------

def encode(rng, tree):
    r = rng.random()
    if r < 0.45:
        return mpcodec.to_json(tree).encode('utf-8', 'surrogatepass'), 'in.json'
    try:
        return mpcodec.pack(tree, wide=r < 0.55), 'in.mp'
    except OverflowError:
        # an int beyond 64 bits has no MessagePack form: JSON has one
        return mpcodec.to_json(tree).encode('utf-8', 'surrogatepass'), 'in.json'


def artifact_case(rng, seeds, kind):
    base = rng.choice(seeds[kind])
    r = rng.random()
    if r < 0.25:
        data, name = encode(rng, base)
        others = [mpcodec.pack(rng.choice(seeds[k])) for k in ('tokens', 'ast', 'code')]
        return mutate_bytes(rng, data, others), name
    tree = deep_copy(base)
    for _ in range(rng.choice([1, 1, 2, 4])):
        if kind == 'code' and rng.random() < 0.8:
            cos = code_objects(tree)
            if cos:
                mutate_code_object(rng, rng.choice(cos), seeds['code'])
                continue
        mutate_tree(rng, tree, seeds[kind])
    return encode(rng, tree)


def deep_copy(v):
    if isinstance(v, list):
        return [deep_copy(x) for x in v]
    if isinstance(v, dict):
        return {k: deep_copy(x) for k, x in v.items()}
    return v


def fuzz_artifact(runner, rng, seeds, kind):
    tool = {'tokens': 'pyparse', 'ast': 'pycomp', 'code': 'pyrun'}[kind]
    data, name = artifact_case(rng, seeds, kind)
    path = runner.write(name, data)
    extra = []
    if tool != 'pyrun' and rng.random() < 0.3:
        extra = [rng.choice(['--text', '--json'])]
    elif tool == 'pycomp' and rng.random() < 0.2:
        extra = ['--dis']
    runner.run(tool, [path, '-o', os.devnull] + extra if tool != 'pyrun' else [path],
               data, name, tool == 'pyrun')


def fuzz_source(runner, rng, sources):
    src = mutate_source(rng, rng.choice(sources), sources)
    path = runner.write('prog.py', src)
    if rng.random() < 0.1:
        runner.run('pyrun', [path], src, 'prog.py', True)
        return
    artifacts = [path]
    for tool, out in (('pytok', 'prog.tok'), ('pyparse', 'prog.ast'), ('pycomp', 'prog.code')):
        out_path = runner.path(out)
        if os.path.exists(out_path):
            os.unlink(out_path)
        extra = ['--text'] if rng.random() < 0.15 else []
        status, _ = runner.run(tool, [artifacts[-1], '-o', out_path] + extra, src, 'prog.py', False)
        if status != 0 or extra:
            return
        os.chmod(out_path, 0o666)
        artifacts.append(out_path)
    runner.run('pyrun', [artifacts[-1]], src, 'prog.py', True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('modes', nargs='+', choices=['tok', 'ast', 'code', 'src'])
    ap.add_argument('--bin', default=os.path.join(ROOT, 'build/san/bin'))
    ap.add_argument('--seconds', type=float, default=600)
    ap.add_argument('--out', default=os.path.join(tempfile.gettempdir(), 'pyedu-fuzz'))
    ap.add_argument('--timeout', type=float, default=10)
    ap.add_argument('--seed', type=int, default=None)
    ap.add_argument('--sources', help='a file listing the seed .py files (default: all)')
    args = ap.parse_args()
    rng = random.Random(args.seed)
    if args.sources:
        with open(args.sources) as f:
            paths = f.read().split()
    else:
        paths = seed_sources()
    seeds, sources = make_seeds(paths)
    print('seeds: %d sources, %d token, %d AST, %d code artifacts' %
          (len(sources), len(seeds['tokens']), len(seeds['ast']), len(seeds['code'])), flush=True)
    runner = Runner(args.bin, args.out, args.timeout)
    try:
        for mode in args.modes:
            start = time.time()
            n = 0
            while time.time() - start < args.seconds:
                if mode == 'src':
                    fuzz_source(runner, rng, sources)
                else:
                    fuzz_artifact(runner, rng, seeds, {'tok': 'tokens', 'ast': 'ast', 'code': 'code'}[mode])
                n += 1
            print('%s: %d cases in %.0f s' % (mode, n, time.time() - start), flush=True)
    finally:
        shutil.rmtree(runner.scratch, ignore_errors=True)
        print('executions: %s' % ', '.join('%s %d' % kv for kv in sorted(runner.execs.items())))
        print('exit statuses: %s' % ', '.join('%s %s: %d' % (t, s, c) for (t, s), c
                                              in sorted(runner.statuses.items())))
        print('out of time or memory (pyrun, not kept): %s' % (runner.limits or 'none'))
        print('breaks (%d kinds, kept in %s):' % (len(runner.breaks), args.out))
        for sig, count in sorted(runner.breaks.items()):
            print('  %5d  %s' % (count, sig))


if __name__ == '__main__':
    main()
