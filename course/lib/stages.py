"""stages.py - the four stages the grader knows, and how each is judged.

For every graded program, a stage
  1. makes its input with the reference tools: the output of the stage
     before it (nothing for tokens, which reads the program itself), in the
     JSON form, so that one bug of a student's does not cascade;
  2. runs the reference on that input (pyrun's reference is python3 itself);
  3. runs the student's command on the same input, as pyrun's pipeline runs
     a stage (common/pipeline.c): `sh -c 'exec COMMAND "$@"' sh ARG`, where
     ARG is the program's path for tokens and `-` (the input on stdin) for
     the others;
  4. compares: artifacts structurally (trees.py, difference.py), program
     output exactly; for an error, only the exit status and the error's
     kind (and its line, when positions count), never the message text.
"""
import collections
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

import artifacts
import difference
import trees

Result = collections.namedtuple('Result', 'status stdout stderr')   # status None: timed out
Verdict = collections.namedtuple('Verdict', 'passed detail')

PASS = Verdict(True, '')


def fail(detail):
    return Verdict(False, detail)


class SetupError(Exception):
    """The reference tools could not prepare a test: not the student's fault."""


def run(argv, stdin=None, timeout=None, cwd=None, env=None):
    """Runs argv to its end, or kills it (and whatever it started) after timeout."""
    try:
        process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, cwd=cwd, env=env,
                                   start_new_session=True)
    except OSError as e:        # a reference tool missing (the student's runs under sh)
        raise SetupError('cannot run %s: %s' % (argv[0], e.strerror))
    try:
        stdout, stderr = process.communicate(stdin or b'', timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        return Result(None, stdout, stderr)
    return Result(process.returncode, stdout, stderr)


def run_student(command, arg, stdin, timeout):
    return run(['/bin/sh', '-c', 'exec %s "$@"' % command, 'sh', arg], stdin, timeout)


# ---- errors: "FILE:LINE:COL: KIND: message" from a stage, a traceback from a VM ----

DIAGNOSTIC = re.compile(r':(\d+):(\d+): ([A-Za-z_]\w*): ')
TRACEBACK_LAST = re.compile(r'([A-Za-z_][\w.]*)(?::|$)')


def stage_error(stderr):
    """(KIND, LINE) of the first diagnostic line, or None."""
    for line in stderr.decode('utf-8', 'replace').splitlines():
        m = DIAGNOSTIC.search(line)
        if m:
            return m.group(3), int(m.group(1))
    return None


def uncaught_exception(stderr):
    """The exception class named by a traceback's last line, or None."""
    lines = [line for line in stderr.decode('utf-8', 'replace').splitlines() if line.strip()]
    m = TRACEBACK_LAST.match(lines[-1]) if lines else None
    return m.group(1).rsplit('.', 1)[-1] if m else None


def first_stderr_line(result):
    """The line of a stage's stderr that says most: its diagnostic, else the last."""
    lines = [line for line in result.stderr.decode('utf-8', 'replace').splitlines() if line.strip()]
    chosen = [line for line in lines if DIAGNOSTIC.search(line)] or lines[-1:]
    if not chosen:
        return ''
    line = chosen[0].strip()
    return ': ' + (line if len(line) <= 160 else line[:157] + '...')


def student_trouble(student, timeout):
    """A verdict for a student's run that ended badly, whatever the test."""
    if student.status is None:
        return fail('no answer within %g s' % timeout)
    if student.status < 0:
        return fail('killed by signal %d' % -student.status)
    if student.status == 126 or student.status == 127:
        return fail('the command could not be run (exit status %d)%s'
                    % (student.status, first_stderr_line(student)))
    return None


# ---- the stages that write artifacts -------------------------------------------

class Stage:
    """What every stage shares: the student's command is run as pyrun's
    pipeline runs a stage, on the program's path or "-" (stdin)."""
    positions_by_default = False

    def __init__(self, tools):
        self.tools = tools

    def student_arg(self, program):
        return '-'

    def run_student(self, command, program, stdin, timeout):
        return run_student(command, self.student_arg(program), stdin, timeout)


class ArtifactStage(Stage):
    """tokens, ast and code: an artifact compared as a tree."""

    def tool(self, name):
        return os.path.join(self.tools, name)

    def reference_input(self, program):
        return None

    def reference(self, program, stdin):
        return run([self.tool(self.reference_tool), '--json', '-' if stdin is not None else program],
                   stdin)

    def judge(self, want, got, positions):
        if want.status != 0:
            return self.judge_error(want, got, positions)
        if got.status != 0:
            return fail('exit status %d, but the program is valid%s'
                        % (got.status, first_stderr_line(got)))
        try:
            want_envelope = artifacts.read(want.stdout, self.kind)
            got_envelope = artifacts.read(got.stdout, self.kind)
        except artifacts.ArtifactError as e:
            return fail(str(e))
        for key in ('filename', 'source'):
            if got_envelope[key] != want_envelope[key]:
                return fail('the envelope\'s "%s": expected %s, got %s' % (
                    key, difference.value_text(want_envelope[key]),
                    difference.value_text(got_envelope[key])))
        # under the payload's key, so that paths read "tokens[7]", "ast.body[0]"
        want_tree = {self.kind: self.tree(want_envelope[self.kind])}
        try:
            got_tree = {self.kind: self.tree(got_envelope[self.kind])}
        except trees.ShapeError as e:
            return fail(str(e))
        ignore = frozenset() if positions else trees.POSITION_KEYS
        found = difference.first(want_tree, got_tree, ignore)
        return fail(self.describe(found, want_tree, got_tree, positions)) if found else PASS

    def judge_error(self, want, got, positions):
        if want.status != 1 or not stage_error(want.stderr):
            raise SetupError('the reference %s failed on this test (exit status %s)%s'
                             % (self.reference_tool, want.status, first_stderr_line(want)))
        want_kind, want_line = stage_error(want.stderr)
        if got.status != want.status:
            return fail('expected exit status %d (%s on line %d), got %d'
                        % (want.status, a(want_kind), want_line, got.status))
        found = stage_error(got.stderr)
        if not found:
            return fail('exit status %d, but no "FILE:LINE:COL: %s: message" line on stderr'
                        % (got.status, want_kind))
        got_kind, got_line = found
        if got_kind != want_kind:
            return fail('expected %s, got %s' % (a(want_kind), a(got_kind)))
        if positions and got_line != want_line:
            return fail('expected the %s on line %d, got line %d' % (want_kind, want_line, got_line))
        return PASS

    def describe(self, found, want_tree, got_tree, positions):
        return difference.describe(found, want_tree)


def a(kind):
    """'a SyntaxError', 'an IndentationError'."""
    return ('an ' if kind[:1] in 'AEIOU' else 'a ') + kind


class TokensStage(ArtifactStage):
    name = kind = 'tokens'
    reference_tool = 'pytok'
    positions_by_default = True

    def student_arg(self, program):
        return program

    def tree(self, payload):
        return trees.token_list(payload)

    def describe(self, found, want_tree, got_tree, positions):
        path = found[0]
        if len(path) < 2:
            return difference.describe(found, want_tree)
        want, got, i = want_tree['tokens'], got_tree['tokens'], path[1]
        text = 'token %d: expected %s, got %s' % (
            i, token_text(want, i, positions), token_text(got, i, positions))
        if len(path) > 2 and path[2] == 'pieces':
            text += '; their f-string pieces differ: ' + difference.describe(
                (path[2:],) + found[1:], want[i])
        return text


def token_text(tokens, i, positions):
    if i >= len(tokens):
        return 'no more tokens'
    t = tokens[i]
    text = '%s %r' % (t['type'], t['string'])
    if positions:
        text += ' at %d,%d-%d,%d' % tuple(t['_position'])
    return text


class AstStage(ArtifactStage):
    name = kind = 'ast'
    reference_tool = 'pyparse'

    def reference_input(self, program):
        return prepared([self.tool('pytok'), '--json', program])

    def tree(self, payload):
        return trees.ast_tree(payload)


class CodeStage(ArtifactStage):
    name = kind = 'code'
    reference_tool = 'pycomp'

    def reference_input(self, program):
        return prepared([self.tool('pyparse'), '--json', program])

    def tree(self, payload):
        return trees.code_tree(payload)


def prepared(argv):
    result = run(argv)
    if result.status != 0:
        raise SetupError('%s failed on this test (exit status %s)%s'
                         % (os.path.basename(argv[0]), result.status, first_stderr_line(result)))
    return result.stdout


# ---- the virtual machine: the program's output ------------------------------------

class RunStage(Stage):
    name = 'run'

    def reference_input(self, program):
        return prepared([os.path.join(self.tools, 'pycomp'), '--json', program])

    def reference(self, program, stdin):
        # python3 itself is the oracle, run where the program cannot see the repo
        with tempfile.TemporaryDirectory() as where:
            return run([sys.executable, os.path.abspath(program)], cwd=where)

    def judge(self, want, got, positions):
        if got.stdout != want.stdout:
            detail = output_difference(want.stdout, got.stdout)
            if got.status != want.status:     # say why it stopped, if it did
                detail += ' (exit status %d%s)' % (got.status, first_stderr_line(got))
            return fail(detail)
        if got.status != want.status:
            return fail('expected exit status %d, got %d%s' % (want.status, got.status,
                                                                first_stderr_line(got)))
        if want.status != 0:
            want_kind, got_kind = uncaught_exception(want.stderr), uncaught_exception(got.stderr)
            if got_kind != want_kind:
                return fail('expected an uncaught %s, got %s' % (want_kind, got_kind or
                                                                 'no traceback on stderr'))
        return PASS


class PipelineStage(RunStage):
    """A tokens, ast or code stage judged by its effect: the program runs
    through the whole pipeline with the student's stage swapped in by its
    environment variable (PYTOK, PYPARSE, PYCOMP: README, "Swapping a
    stage"), and prints what python3 prints, or the same SyntaxError."""
    VARIABLES = {'tokens': 'PYTOK', 'ast': 'PYPARSE', 'code': 'PYCOMP'}

    def __init__(self, tools, stage):
        super().__init__(tools)
        self.variable = self.VARIABLES[stage]

    def reference_input(self, program):
        return None

    def run_student(self, command, program, stdin, timeout):
        # a copy in a fresh directory, so that pyrun's __pycache__ never
        # serves the code an earlier version of the student's stage made
        with tempfile.TemporaryDirectory() as where:
            copy = os.path.join(where, os.path.basename(program))
            shutil.copyfile(program, copy)
            env = dict(os.environ, **{self.variable: command})
            return run([os.path.join(self.tools, 'pyrun'), copy], timeout=timeout, env=env)


def output_difference(want, got):
    want_lines, got_lines = output_lines(want), output_lines(got)
    for number, (a, b) in enumerate(zip(want_lines, got_lines), 1):
        if a != b:
            return 'output line %d: expected %r, got %r' % (number, a, b)
    if len(want_lines) > len(got_lines):
        return 'the output stops after %d lines; the next should be %r' % (
            len(got_lines), want_lines[len(got_lines)])
    return 'the output goes on after the expected %d lines: %r' % (
        len(want_lines), got_lines[len(want_lines)])


def output_lines(data):
    """The lines of an output, each with its line end (so a missing one shows)."""
    return re.findall(r'[^\n]*\n|[^\n]+$', data.decode('utf-8', 'replace'))


STAGES = {stage.name: stage for stage in (TokensStage, AstStage, CodeStage, RunStage)}
