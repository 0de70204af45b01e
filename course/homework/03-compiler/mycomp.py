#!/usr/bin/env python3
"""mycomp.py [FILE|-] - a compiler for Python 3.11: the starter kit of homework 3.

Reads an AST file (FILE, or standard input for "-" or no argument) and
writes the code file, in the JSON form of docs/formats.md §6, on standard
output.  An error in the program is reported on standard error as
"FILE:LINE:COL: KIND: message" with exit status 1.

As handed out, it compiles a module of expression statements and
assignments to names: constants, names, binary operators, calls with
positional arguments.  Everything marked YOUR WORK is yours to write; the
rest may be changed too.  codefile.py reads and writes the files.  Run it with

    course/grade code "python3 course/homework/03-compiler/mycomp.py"
"""
import sys

from codefile import OPCODES, read_ast, write_code_file

# The instruction of each binary operator (docs/bytecode.md).
BINARY_OPERATORS = {
    'Add': 'BINARY_ADD', 'Sub': 'BINARY_SUBTRACT', 'Mult': 'BINARY_MULTIPLY',
    'Div': 'BINARY_TRUE_DIVIDE', 'FloorDiv': 'BINARY_FLOOR_DIVIDE', 'Mod': 'BINARY_MODULO',
    'Pow': 'BINARY_POWER', 'LShift': 'BINARY_LSHIFT', 'RShift': 'BINARY_RSHIFT',
    'BitOr': 'BINARY_OR', 'BitXor': 'BINARY_XOR', 'BitAnd': 'BINARY_AND',
    'MatMult': 'BINARY_MATRIX_MULTIPLY',
}


class CompileError(Exception):
    """A program Python refuses to compile, reported at node's position:
    raise CompileError('SyntaxError', "'break' outside loop", node)."""

    def __init__(self, kind, message, node):
        super().__init__(message)
        self.kind, self.message, self.node = kind, message, node


class CodeBuilder:
    """One code object being built: its instructions, its tables, its line
    table and the depth of its value stack."""

    def __init__(self, name, qualname, filename, firstlineno):
        self.name, self.qualname = name, qualname
        self.filename, self.firstlineno = filename, firstlineno
        self.instructions = []          # (opcode name, argument, position)
        self.consts = []
        self.names = []
        self.varnames = []
        self.depth = self.max_depth = 0
        self.position = (None, None, None, None)

    def emit(self, opname, arg=0):
        # YOUR WORK: arguments above 255 need EXTENDED_ARG prefixes.
        self.instructions.append((opname, arg, self.position))
        # YOUR WORK: with jumps, the depth must be followed along every path
        # (each instruction's depth is the same whichever way it is reached).
        self.depth += OPCODES[opname].effect(arg)
        self.max_depth = max(self.max_depth, self.depth)

    def constant(self, value):
        """The index of value in co_consts, adding it if needed.  Equal is
        not enough: 1, 1.0 and True are three constants."""
        for i, known in enumerate(self.consts):
            if type(known) is type(value) and known == value:
                return i
        self.consts.append(value)
        return len(self.consts) - 1

    def name_index(self, name):
        if name not in self.names:
            self.names.append(name)
        return self.names.index(name)

    def code(self):
        """The finished code object, as the dict of co_* keys of docs/formats.md §6."""
        code = bytearray()
        for opname, arg, position in self.instructions:
            code += bytes([OPCODES[opname].number, arg])
        return {
            'co_argcount': 0, 'co_posonlyargcount': 0, 'co_kwonlyargcount': 0,
            'co_nlocals': len(self.varnames), 'co_stacksize': self.max_depth,
            'co_flags': 0, 'co_code': bytes(code), 'co_consts': self.consts,
            'co_names': self.names, 'co_varnames': self.varnames,
            'co_freevars': [], 'co_cellvars': [],
            'co_filename': self.filename, 'co_name': self.name, 'co_qualname': self.qualname,
            'co_firstlineno': self.firstlineno, 'co_linetable': self.line_table(),
        }

    def line_table(self):
        """Runs of [count, line, end_line, col, end_col] (docs/formats.md §6)."""
        runs = []
        for _, _, (line, col, end_line, end_col) in self.instructions:
            if runs and runs[-1][1:] == [line, end_line, col, end_col]:
                runs[-1][0] += 1
            else:
                runs.append([1, line, end_line, col, end_col])
        return runs


class Compiler:
    def __init__(self, filename):
        self.filename = filename
        self.unit = None

    def module(self, module):
        # YOUR WORK: the symbol tables (which names are local, global, cell
        # or free) must be known before any code is generated.
        self.unit = CodeBuilder('<module>', '<module>', self.filename, 1)
        for statement in module.body:
            self.statement(statement)
        # the implicit "return None" at the end has the position of the last
        # statement (or none, in an empty module)
        self.emit('LOAD_CONST', self.unit.constant(None))
        self.emit('RETURN_VALUE')
        return self.unit.code()

    def emit(self, opname, arg=0):
        self.unit.emit(opname, arg)

    def at(self, node):
        """The instructions emitted next belong to node's position."""
        self.unit.position = (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

    # ---- statements ----

    def statement(self, node):
        method = getattr(self, 'stmt_' + node.node_type, None)
        if method is None:
            raise NotImplementedError('statement %s' % node.node_type)
        self.at(node)
        method(node)

    def stmt_Expr(self, node):
        self.expression(node.value)
        self.at(node)
        self.emit('POP_TOP')

    def stmt_Assign(self, node):
        self.expression(node.value)
        for i, target in enumerate(node.targets):
            if i < len(node.targets) - 1:
                self.emit('DUP_TOP')
            self.store(target)

    def store(self, target):
        # YOUR WORK: attributes, subscripts, tuples and lists (unpacking),
        # and names in functions (STORE_FAST, STORE_DEREF, STORE_GLOBAL).
        if target.node_type != 'Name':
            raise NotImplementedError('assignment to %s' % target.node_type)
        self.at(target)
        self.emit('STORE_NAME', self.unit.name_index(target.id))

    # ---- expressions ----

    def expression(self, node):
        method = getattr(self, 'expr_' + node.node_type, None)
        if method is None:
            raise NotImplementedError('expression %s' % node.node_type)
        method(node)

    def expr_Constant(self, node):
        self.at(node)
        self.emit('LOAD_CONST', self.unit.constant(node.value))

    def expr_Name(self, node):
        self.at(node)
        self.emit('LOAD_NAME', self.unit.name_index(node.id))

    def expr_BinOp(self, node):
        # YOUR WORK: constant folding (7 * 86400 is one constant, lesson 3).
        self.expression(node.left)
        self.expression(node.right)
        self.at(node)
        self.emit(BINARY_OPERATORS[node.op.node_type])

    def expr_Call(self, node):
        # YOUR WORK: keyword arguments, *args and **kwargs, and method
        # calls (LOAD_METHOD, CALL_METHOD).
        if node.keywords or any(arg.node_type == 'Starred' for arg in node.args):
            raise NotImplementedError('a call with keyword or starred arguments')
        self.expression(node.func)
        for arg in node.args:
            self.expression(arg)
        self.at(node)
        self.emit('CALL_FUNCTION', len(node.args))


def main(argv):
    path = argv[1] if len(argv) > 1 else '-'
    try:
        data = sys.stdin.buffer.read() if path == '-' else open(path, 'rb').read()
        envelope, module = read_ast(data)
    except (OSError, ValueError) as e:
        print('mycomp.py: %s: %s' % (path, e), file=sys.stderr)
        return 2
    try:
        code = Compiler(envelope['filename']).module(module)
    except CompileError as e:
        print('%s:%d:%d: %s: %s' % (envelope['filename'], e.node.lineno, e.node.col_offset + 1,
                                    e.kind, e.message), file=sys.stderr)
        return 1
    except NotImplementedError as e:
        print('mycomp.py: %s: not compiled yet: %s' % (envelope['filename'], e), file=sys.stderr)
        return 2
    write_code_file(sys.stdout, envelope, code)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
