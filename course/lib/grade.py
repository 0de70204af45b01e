"""grade.py - the autograder's command line (see `course/grade --help`)."""
import argparse
import glob
import os
import sys

import schema
import stages

COURSE = os.path.join(schema.ROOT, 'course')

USAGE = '''course/grade STAGE COMMAND [TEST...]

Grades one stage of a Python implementation alone: runs COMMAND on each
graded program, fed the reference output of the stage before it, and
compares what it writes with what the reference stage writes.

  STAGE     tokens (a tokenizer), ast (a parser), code (a compiler),
            run (a virtual machine)
  COMMAND   how to run your stage, as one argument: "python3 mytok.py".
            It is run as pyrun runs a stage: with the program's path
            (tokens) or "-" and the input on stdin (the others); it writes
            its artifact (JSON or MessagePack) or the program's output on
            stdout.
  TEST      graded programs: names from course/tests/STAGE/ (01-names) or
            paths of your own .py files; default: all of course/tests/STAGE/

--pipeline judges a tokens, ast or code stage by its effect instead: each
program runs through the whole pipeline with your stage swapped in by its
environment variable (PYTOK, PYPARSE or PYCOMP=COMMAND bin/pyrun PROGRAM),
and must print what python3 prints for it (or fail with the same error).

Positions (token columns, AST positions, line tables) are compared in the
tests that say "# grade: positions" (every tokens test, unless it says
"# grade: no-positions"); --positions and --no-positions decide for all.
Exit status: 0 every test passed, 1 some failed, 2 usage error.'''


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog='course/grade', usage=USAGE, add_help=True)
    parser.add_argument('stage', choices=sorted(stages.STAGES))
    parser.add_argument('command')
    parser.add_argument('tests', nargs='*')
    parser.add_argument('-v', '--verbose', action='store_true',
                        help="show your stage's stderr for each failed test")
    parser.add_argument('--positions', dest='positions', action='store_true', default=None)
    parser.add_argument('--no-positions', dest='positions', action='store_false')
    parser.add_argument('--pipeline', action='store_true',
                        help='tokens, ast, code: judge the stage by running each program '
                             'through the whole pipeline with it swapped in')
    parser.add_argument('--timeout', type=float, default=10.0,
                        help='seconds your stage may take on one test (default 10)')
    return parser.parse_intermixed_args(argv)


def find_tests(stage, names):
    folder = os.path.join(COURSE, 'tests', stage)
    if not names:
        return sorted(glob.glob(os.path.join(folder, '*.py')))
    tests = []
    for name in names:
        if os.path.isdir(name):
            tests += sorted(glob.glob(os.path.join(name, '*.py')))
        elif os.path.isfile(name):
            tests.append(name)
        elif os.path.isfile(os.path.join(folder, name + '.py')):
            tests.append(os.path.join(folder, name + '.py'))
        elif os.path.isfile(os.path.join(folder, name)):
            tests.append(os.path.join(folder, name))
        else:
            usage_error('no test %r (not a file, nor in %s)' % (name, os.path.relpath(folder)))
    return [shown_path(test) for test in tests]


def shown_path(path):
    """The path as a learner would type it: relative to the current folder
    when under it, so that messages quoting it read the same in every checkout."""
    relative = os.path.relpath(path)
    return path if relative.startswith(os.pardir) else relative


def usage_error(message):
    print('course/grade: ' + message, file=sys.stderr)
    sys.exit(2)


def wants_positions(test, stage, forced):
    """A test's '# grade: positions' or '# grade: no-positions' line, if any."""
    if forced is not None:
        return forced
    with open(test, encoding='utf-8', errors='replace') as f:
        for line in f:
            if line.startswith('# grade:'):
                return line.split(':', 1)[1].strip() == 'positions'
    return stage.positions_by_default


def reference_tools():
    tools = os.environ.get('PYEDU_BIN') or 'bin'
    tools = tools if os.path.isabs(tools) else os.path.join(schema.ROOT, tools)
    missing = [t for t in ('pytok', 'pyparse', 'pycomp') if not os.access(os.path.join(tools, t), os.X_OK)]
    if missing:
        usage_error('the reference tools are not built (no %s in %s): run make'
                    % (', '.join(missing), tools))
    return tools


def grade_one(stage, command, test, positions, timeout):
    """(passed, detail, student's Result or None) for one graded program."""
    stdin = stage.reference_input(test)
    want = stage.reference(test, stdin)
    got = stage.run_student(command, test, stdin, timeout)
    try:
        verdict = stages.student_trouble(got, timeout) or stage.judge(want, got, positions)
    except RecursionError:
        verdict = stages.fail('the artifact is nested too deeply to compare')
    return verdict.passed, verdict.detail, got


# Trees as deep as the reference stages accept (a few hundred levels of
# nesting) take several Python frames a level to read and compare.
RECURSION_LIMIT = 50000


def main(argv):
    args = parse_arguments(argv)
    sys.setrecursionlimit(RECURSION_LIMIT)
    stage = stages.STAGES[args.stage](reference_tools())
    tests = find_tests(args.stage, args.tests)
    if not tests:
        usage_error('no tests to run')
    if args.pipeline:
        if args.stage == 'run':
            usage_error('--pipeline is for the stages before pyrun (tokens, ast, code)')
        stage = stages.PipelineStage(stage.tools, args.stage)
        print('grading the %s stage in the pipeline: %s="%s" bin/pyrun PROGRAM'
              % (args.stage, stage.variable, args.command))
    else:
        print('grading the %s stage: %s' % (args.stage, args.command))
    width = max(len(os.path.basename(t)) - 3 for t in tests)
    passed = 0
    for test in tests:
        name = os.path.basename(test)[:-3]
        positions = wants_positions(test, stage, args.positions)
        try:
            ok, detail, got = grade_one(stage, args.command, test, positions, args.timeout)
        except stages.SetupError as e:
            print('ERROR %-*s  %s' % (width, name, e))
            continue
        passed += ok
        print(('PASS  %s' % name) if ok else ('FAIL  %-*s  %s' % (width, name, detail)))
        if not ok and args.verbose and got.stderr:
            for line in got.stderr.decode('utf-8', 'replace').splitlines()[:20]:
                print('      | ' + line)
    print('score: %d/%d' % (passed, len(tests)))
    return 0 if passed == len(tests) else 1
