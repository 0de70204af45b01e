#!/usr/bin/env python3
"""myvm.py [FILE|-] - a virtual machine for pyedu's bytecode: the starter kit of homework 4.

Reads a code file (FILE, or standard input for "-" or no argument; JSON or
MessagePack, docs/formats.md §6) and runs it, printing what the program
prints.  An uncaught exception ends the program with a traceback on
standard error whose last line is "KIND: message", and exit status 1.

Python values are represented by Python's own objects: this homework is
about the machine (frames, the value stack, the block stack, calls), not
about implementing ints and lists.  As handed out, it runs a module made
of constants, names, arithmetic and calls of built-in functions.
Everything marked YOUR WORK is yours to write; the rest may be changed
too.  Run it with

    course/grade run "python3 course/homework/04-vm/myvm.py"
"""
import builtins
import json
import operator
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), 'lib'))
import mpread  # noqa: E402  (a MessagePack reader in pure Python)
import schema  # noqa: E402  (reads common/schema/opcodes.def)
import values  # noqa: E402  (constants in the wire form)

OPNAMES = {number: name for number, (name, kind) in schema.opcodes().items()}
EXTENDED_ARG = 'EXTENDED_ARG'

BINARY = {
    'BINARY_ADD': operator.add, 'BINARY_SUBTRACT': operator.sub,
    'BINARY_MULTIPLY': operator.mul, 'BINARY_TRUE_DIVIDE': operator.truediv,
    'BINARY_FLOOR_DIVIDE': operator.floordiv, 'BINARY_MODULO': operator.mod,
    'BINARY_POWER': operator.pow, 'BINARY_LSHIFT': operator.lshift,
    'BINARY_RSHIFT': operator.rshift, 'BINARY_AND': operator.and_,
    'BINARY_OR': operator.or_, 'BINARY_XOR': operator.xor,
    'BINARY_MATRIX_MULTIPLY': operator.matmul,
}
UNARY = {'UNARY_NEGATIVE': operator.neg, 'UNARY_POSITIVE': operator.pos,
         'UNARY_INVERT': operator.invert, 'UNARY_NOT': operator.not_}


# ---- the code file ------------------------------------------------------------------

class Code:
    """A code object: the co_* keys of the file as attributes, with
    co_code decoded to a list of (opcode name, argument) and co_consts to
    Python values (nested code objects to Code)."""

    def __init__(self, fields):
        self.__dict__.update(fields)
        self.co_consts = [constant(c) for c in fields['co_consts']]
        self.instructions = decode(fields['co_code'])


def decode(co_code):
    """[(name, argument)], one per code unit, EXTENDED_ARG folded into the
    argument of the instruction it prefixes (docs/formats.md §6)."""
    raw = bytes.fromhex(co_code['bytes']) if isinstance(co_code, dict) else co_code
    instructions, extended = [], 0
    for i in range(0, len(raw), 2):
        name, arg = OPNAMES[raw[i]], raw[i + 1] | extended
        extended = arg << 8 if name == EXTENDED_ARG else 0
        instructions.append((name, arg))
    return instructions


def constant(value):
    """A constant of the wire format (docs/formats.md §3) as a Python value."""
    return values.from_wire(value, Code)


# ---- the machine -------------------------------------------------------------------

class Frame:
    """One running code object: where it is, its variables, its value stack."""

    def __init__(self, code, globals, locals):
        self.code = code
        self.globals, self.locals = globals, locals
        self.ip = 0                 # the index of the next instruction (in code units)
        self.stack = []
        # YOUR WORK: fast locals (co_varnames), cells, the block stack.


class VirtualMachine:
    def run_module(self, code):
        globals = {'__name__': '__main__', '__builtins__': builtins}
        return self.run(Frame(code, globals, globals))

    def run(self, frame):
        while True:
            name, arg = frame.code.instructions[frame.ip]
            frame.ip += 1
            if name == EXTENDED_ARG:
                continue
            # YOUR WORK: an exception raised here should go to the
            # frame's block stack (try/except) before it leaves the frame.
            handler = getattr(self, 'op_' + name, None)
            if handler:
                result = handler(frame, arg)
                if name == 'RETURN_VALUE':
                    return result
            elif name in BINARY:
                right, left = frame.stack.pop(), frame.stack.pop()
                frame.stack.append(BINARY[name](left, right))
            elif name in UNARY:
                frame.stack.append(UNARY[name](frame.stack.pop()))
            else:
                raise NotImplementedError(name)

    # One method per instruction: op_NAME(frame, arg) (docs/bytecode.md).

    def op_LOAD_CONST(self, frame, arg):
        frame.stack.append(frame.code.co_consts[arg])

    def op_LOAD_NAME(self, frame, arg):
        name = frame.code.co_names[arg]
        for namespace in (frame.locals, frame.globals, vars(builtins)):
            if name in namespace:
                frame.stack.append(namespace[name])
                return
        raise NameError("name '%s' is not defined" % name)

    def op_STORE_NAME(self, frame, arg):
        frame.locals[frame.code.co_names[arg]] = frame.stack.pop()

    def op_POP_TOP(self, frame, arg):
        frame.stack.pop()

    def op_CALL_FUNCTION(self, frame, arg):
        # YOUR WORK: functions made by MAKE_FUNCTION run in a new Frame.
        args = frame.stack[len(frame.stack) - arg:]
        del frame.stack[len(frame.stack) - arg:]
        function = frame.stack.pop()
        frame.stack.append(function(*args))

    def op_RETURN_VALUE(self, frame, arg):
        return frame.stack.pop()


def main(argv):
    path = argv[1] if len(argv) > 1 else '-'
    try:
        data = sys.stdin.buffer.read() if path == '-' else open(path, 'rb').read()
        envelope = json.loads(data) if data[:1] == b'{' else mpread.unpack(data)
        code = Code(envelope['code'])
    except (OSError, ValueError, KeyError, TypeError) as e:
        print('myvm.py: %s: not a code file: %s' % (path, e), file=sys.stderr)
        return 2
    try:
        VirtualMachine().run_module(code)
    except NotImplementedError as e:
        print('myvm.py: the instruction %s is not implemented yet' % e, file=sys.stderr)
        return 2
    except Exception as e:
        # an uncaught exception of the program
        # YOUR WORK: a traceback naming each frame and its line (co_linetable).
        sys.stdout.flush()
        print('Traceback (most recent call last):', file=sys.stderr)
        print('%s: %s' % (type(e).__name__, e), file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
