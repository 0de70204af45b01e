"""lessons.py - runs every command a lesson shows and compares its output.

A lesson shows a command and its output in a fenced block marked `console`:

    ```console
    $ bin/pytok --text course/examples/hello.py
    0,0-0,0:            ENCODING       'utf-8'
    ...
    ```

Each `$ ` line is a command (a line ending in `\\` continues it on the
next); the lines up to the next `$ ` line are the output it must print,
stdout and stderr together.  Commands run with bash from the top of the
repository, one shell each.  The comparison ignores blanks at the ends of
lines and empty lines at the end; in the expected output, a line `...`
stands for any number of lines and `...` inside a line for any text (for
what differs from run to run: times, sizes).  With PYEDU_BIN set, `bin/`
in front of a tool's name means that directory.

Other checks, so that nothing a lesson shows escapes the tests: commands
in `sh`/`bash`/`shell` blocks are refused (they would not be run), and
every relative link must lead to a file that exists.
"""
import difflib
import os
import re
import subprocess

import schema

ROOT = schema.ROOT
UNRUN_BLOCKS = ('sh', 'bash', 'shell', 'zsh')
FENCE = re.compile(r'^(```+|~~~+)\s*([\w-]*)')
LINK = re.compile(r'\]\(([^)\s]+)\)')
TOOL = re.compile(r'(?<![\w/.-])bin/(?=py(?:tok|parse|comp|run)\b)')
TIMEOUT = 300


class Example:
    def __init__(self, path, line, command):
        self.path, self.line, self.command = path, line, command
        self.expected = []
        self.end = line                 # the last line of the example (1-based)


def read_lesson(path):
    """(examples, problems): the console examples of a Markdown file, and
    what is wrong with the file itself."""
    examples, problems = [], []
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    fence = None
    for number, line in enumerate(lines, 1):
        m = FENCE.match(line)
        if fence is None and m:
            fence, info, current = m.group(1), m.group(2), None
            if info in UNRUN_BLOCKS:
                problems.append('%s:%d: a %s block: show commands in a console block, '
                                'where the tests run them' % (path, number, info))
            continue
        if fence is not None and line.startswith(fence) and not line.strip(fence[0]).strip():
            fence = None
            continue
        if fence is None:
            problems += broken_links(path, number, line)
        elif info == 'console':
            if line.startswith('$ '):
                current = Example(path, number, line[2:])
                examples.append(current)
            elif current is not None and current.command.endswith('\\') and not current.expected:
                current.command += '\n' + line
                current.end = number
            elif current is None:
                problems.append('%s:%d: a console block must start with a "$ " command line'
                                % (path, number))
                info = 'text'
            else:
                current.expected.append(line)
                current.end = number
    return examples, problems


def broken_links(path, number, line):
    problems = []
    for target in LINK.findall(line):
        if re.match(r'[a-z]+:', target) or target.startswith('#'):
            continue
        where = os.path.join(os.path.dirname(path), target.split('#')[0])
        if not os.path.exists(where):
            problems.append('%s:%d: the link %s leads nowhere' % (path, number, target))
    return problems


def normalized(lines):
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def matches(expected, actual):
    """Whether actual fits expected, with `...` as a wildcard (see above)."""
    pattern = ''
    for line in expected:
        if line == '...':
            pattern += r'(?:[^\n]*\n)*?'
        else:
            pattern += '.*'.join(re.escape(part) for part in line.split('...')) + r'\n'
    return re.fullmatch(pattern, ''.join(line + '\n' for line in actual)) is not None


def run(example):
    command = example.command
    tools = os.environ.get('PYEDU_BIN', 'bin')
    if tools != 'bin':
        command = TOOL.sub(os.path.join(os.path.abspath(os.path.join(ROOT, tools)), ''), command)
    env = {k: v for k, v in os.environ.items() if k not in ('PYTOK', 'PYPARSE', 'PYCOMP')}
    env['LC_ALL'] = 'C.UTF-8'
    try:
        done = subprocess.run(['bash', '-c', command], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)
        output = done.stdout.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        output = '(no answer within %d s)' % TIMEOUT
    return normalized(output.split('\n'))


def check(path, update=False):
    """Prints what is wrong with one lesson; returns (commands run, failures).
    With update, rewrites the outputs that differ with what the commands
    print now (for a deliberate change: review the diff, keep the `...`)."""
    examples, problems = read_lesson(path)
    for problem in problems:
        print(problem)
    failures = len(problems)
    rewrites = []
    for example in examples:
        expected = normalized(example.expected)
        actual = run(example)
        if not matches(expected, actual):
            failures += 1
            rewrites.append((example, actual))
            print('%s:%d: the output of `%s` is not what the lesson shows:'
                  % (example.path, example.line, example.command))
            for line in difflib.unified_diff(expected, actual, 'the lesson', 'the command',
                                             lineterm='', n=2):
                print('    ' + line)
    if update and rewrites:
        rewrite(path, rewrites)
    return len(examples), failures


def rewrite(path, rewrites):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for example, actual in reversed(rewrites):
        first_output = example.end - len(example.expected)     # 0-based index
        lines[first_output:example.end] = actual
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))
