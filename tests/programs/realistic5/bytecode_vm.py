# An assembler and stack VM: labels, struct-packed bytecode, array and memoryview, a disassembler, IntEnum opcodes, and runtime faults.
import struct
from array import array
from enum import IntEnum


class Op(IntEnum):
    PUSH = 1
    POP = 2
    ADD = 3
    SUB = 4
    MUL = 5
    DIV = 6
    DUP = 7
    SWAP = 8
    JMP = 9
    JZ = 10
    LOAD = 11
    STORE = 12
    PRINT = 13
    CALL = 14
    RET = 15
    HALT = 16
    LT = 17
    OVER = 18


WITH_ARG = {Op.PUSH, Op.JMP, Op.JZ, Op.LOAD, Op.STORE, Op.CALL}
INSTR = struct.Struct("<Bi")
BARE = struct.Struct("<B")


class VMError(Exception):
    def __init__(self, message, pc):
        super().__init__(f"pc={pc:04x}: {message}")
        self.pc = pc


def assemble(source):
    lines = []
    for raw in source.splitlines():
        code = raw.split(";", 1)[0].strip()
        if code:
            lines.append(code)
    labels, offset = {}, 0
    for line in lines:
        if line.endswith(":"):
            labels[line[:-1]] = offset
        else:
            offset += INSTR.size if Op[line.split()[0].upper()] in WITH_ARG else BARE.size
    out = bytearray()
    for line in lines:
        if line.endswith(":"):
            continue
        name, *args = line.split()
        op = Op[name.upper()]
        if op in WITH_ARG:
            (arg,) = args
            value = labels[arg] if arg in labels else int(arg, 0)
            out += INSTR.pack(op, value)
        else:
            out += BARE.pack(op)
    return bytes(out), labels


def disassemble(code, labels):
    names = {v: k for k, v in labels.items()}
    view = memoryview(code)
    pc = 0
    while pc < len(view):
        op = Op(view[pc])
        label = f"{names[pc]}:" if pc in names else ""
        if op in WITH_ARG:
            _, arg = INSTR.unpack_from(view, pc)
            target = f" ({names[arg]})" if op in (Op.JMP, Op.JZ, Op.CALL) and arg in names else ""
            print(f"{label:<7}{pc:04x}  {view[pc:pc + INSTR.size].hex(' ')}  {op.name:<6}{arg}{target}")
            pc += INSTR.size
        else:
            print(f"{label:<7}{pc:04x}  {view[pc:pc + 1].hex():<14}  {op.name}")
            pc += 1


def run(code, memory_size=8, max_steps=10_000, trace=False):
    stack = array("q")
    calls = []
    memory = array("q", [0] * memory_size)
    output = []
    pc = steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded", pc)
        try:
            op = Op(code[pc])
        except IndexError:
            raise VMError("fell off the end", pc) from None
        except ValueError as e:
            raise VMError(str(e), pc) from e
        arg = INSTR.unpack_from(code, pc)[1] if op in WITH_ARG else None
        here = pc
        pc += INSTR.size if op in WITH_ARG else 1
        if trace:
            print(f"  {here:04x} {op.name:<5} {'' if arg is None else arg:<4} {stack.tolist()}")
        try:
            match op:
                case Op.PUSH: stack.append(arg)
                case Op.POP: stack.pop()
                case Op.DUP: stack.append(stack[-1])
                case Op.OVER: stack.append(stack[-2])
                case Op.SWAP: stack[-1], stack[-2] = stack[-2], stack[-1]
                case Op.ADD | Op.SUB | Op.MUL | Op.DIV | Op.LT:
                    b, a = stack.pop(), stack.pop()
                    if op is Op.DIV and b == 0:
                        raise VMError("division by zero", here)
                    stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b,
                                  Op.DIV: a // b if op is Op.DIV else 0, Op.LT: int(a < b)}[op])
                case Op.JMP: pc = arg
                case Op.JZ:
                    if stack.pop() == 0:
                        pc = arg
                case Op.LOAD: stack.append(memory[arg])
                case Op.STORE: memory[arg] = stack.pop()
                case Op.PRINT: output.append(stack.pop())
                case Op.CALL:
                    calls.append(pc)
                    pc = arg
                case Op.RET: pc = calls.pop()
                case Op.HALT: return output, steps, memory.tolist()
        except IndexError:
            raise VMError(f"stack underflow in {op.name}", here) from None
        except OverflowError as e:
            raise VMError(f"overflow in {op.name}: {e}", here) from None


FACTORIAL = """
    push 10
    store 0          ; n
    push 1
    store 1          ; acc
loop:
    load 0
    jz done
    load 1
    load 0
    mul
    store 1
    load 0
    push 1
    sub
    store 0
    jmp loop
done:
    load 1
    print
    push 7
    call square
    print
    halt
square:             ; ( x -- x*x )
    dup
    mul
    ret
"""

code, labels = assemble(FACTORIAL)
print(len(code), "bytes;", "labels:", labels)
disassemble(code, labels)
print(run(code))

FIB = """
    push 0
    push 1
again:
    over
    print
    dup
    push 100
    lt
    jz stop
    swap
    over
    add
    jmp again
stop:
    halt
"""
out, steps, _ = run(assemble(FIB)[0])
print("fib:", out, "steps:", steps)
print(run(assemble("push 2\npush 3\nadd\nprint\nhalt")[0], trace=True))

faults = {
    "underflow": "push 1\nadd\nhalt",
    "div zero": "push 1\npush 0\ndiv\nhalt",
    "no halt": "push 1\npop",
    "loop": "top:\njmp top",
    "overflow": f"push {2**31 - 1}\ndup\nmul\ndup\nmul\ndup\nmul\nhalt",
    "bad memory": "load 99\nhalt",
}
for name, src in faults.items():
    try:
        run(assemble(src)[0])
    except VMError as e:
        print(f"{name:10} -> {e} (cause: {type(e.__cause__).__name__})")
    except IndexError as e:
        print(f"{name:10} -> IndexError: {e}")
try:
    run(b"\x63")
except VMError as e:
    print("bad opcode ->", e, "|", e.__cause__)
try:
    assemble("bogus 1")
except KeyError as e:
    print("assemble ->", repr(e))
try:
    assemble("push 1 2")
except ValueError as e:
    print("assemble ->", e)
try:
    INSTR.pack(Op.PUSH, 2**40)
except struct.error as e:
    print("struct ->", e)

a = array("i", range(6))
raw = bytearray(a)
m = memoryview(raw)
print(m.format, m.itemsize, m.nbytes, m[4:12].tolist(), bytes(a)[:8], len(bytes(array("d", [1.0]))))
m[0] = 42
a.frombytes(raw[:8])
print(a, array("d", [1.5, 2.5]) * 2, a.typecode, a.buffer_info()[1], array("u", "hi").tounicode())
packed = struct.pack(">hHiQ?3sxf", -2, 65535, -7, 2**63, True, b"abc", 1.5)
print(packed.hex(), struct.calcsize(">hHiQ?3sxf"), struct.unpack(">hHiQ?3sxf", packed))
print([s for s in struct.iter_unpack("<hh", bytes(range(8)))], struct.unpack_from("<I", b"\x00\x01\x02\x03\x04", 1))
