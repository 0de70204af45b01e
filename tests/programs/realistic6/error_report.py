# An error-reporting layer for a batch importer: custom exceptions with __str__/__repr__, add_note, raise from/None, ExceptionGroup with except*, traceback.format_exception/format_exc/print_exc into stdout, and an uncaught group at the end.
import sys
import traceback


class ImportProblem(Exception):
    """Base of the importer's errors."""


class RowError(ImportProblem):
    def __init__(self, row, field, reason):
        super().__init__(row, field, reason)
        self.row, self.field, self.reason = row, field, reason

    def __str__(self):
        return f"row {self.row}: {self.field}: {self.reason}"

    def __repr__(self):
        return f"RowError(row={self.row}, field={self.field!r})"


class SchemaError(ImportProblem):
    pass


def clean_tb(text):
    """Keep tracebacks stable: file names without directories."""
    out = []
    for line in text.splitlines():
        if line.lstrip().startswith('File "'):
            head, _, rest = line.partition('File "')
            path, _, tail = rest.partition('"')
            line = f'{head}File "{path.rsplit("/", 1)[-1]}"{tail}'
        out.append(line)
    return "\n".join(out)


def parse_age(row, text):
    try:
        age = int(text)
    except ValueError as e:
        raise RowError(row, "age", f"not a number: {text!r}") from e
    if not 0 <= age < 150:
        err = RowError(row, "age", f"out of range: {age}")
        err.add_note(f"hint: ages are 0..149")
        raise err
    return age


def parse_row(n, line):
    fields = line.split(";")
    if len(fields) != 3:
        raise SchemaError(f"row {n}: expected 3 fields, got {len(fields)}") from None
    name, age, email = fields
    if "@" not in email:
        raise RowError(n, "email", "missing @")
    return name.strip(), parse_age(n, age), email


ROWS = ["Ada;36;ada@example.org", "Bob;abc;bob@example.org", "Cy;200;cy@x", "Di;40",
        "Ed;41;ed.example.org", "Flo;-1;flo@example.org", "Gus;12;gus@example.org"]


def import_all(rows):
    good, problems = [], []
    for n, line in enumerate(rows, 1):
        try:
            good.append(parse_row(n, line))
        except ImportProblem as e:
            e.add_note(f"while importing line {n}: {line!r}")
            problems.append(e)
    if problems:
        raise ExceptionGroup(f"{len(problems)} rows rejected", problems)
    return good


# 1. Formatting a single chained exception by hand.
try:
    parse_row(2, ROWS[1])
except RowError as e:
    print(repr(e), "|", e, "|", e.args)
    print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)
    print(clean_tb("".join(traceback.format_exception(e))))
    print(traceback.format_exception_only(type(e), e))

# 2. except* splits a group by type; the rest propagates.
try:
    try:
        import_all(ROWS)
    except* SchemaError as eg:
        print("schema problems:", [str(x) for x in eg.exceptions])
    except* RowError as eg:
        print(eg.message, "->", repr(eg))
        for exc in eg.exceptions:
            print(f"  {exc!s:<40} notes={exc.__notes__}")
        by_field = eg.split(lambda x: isinstance(x, RowError) and x.field == "age")
        print("age errors:", len(by_field[0].exceptions), "others:", len(by_field[1].exceptions))
        raise
except ExceptionGroup as outer:
    print("outer:", outer, [type(x).__name__ for x in outer.exceptions])
    print(clean_tb("".join(traceback.format_exception(outer, limit=1))))

# 3. format_exc and print_exc inside a handler, with a note-bearing context.
def load_config(text):
    try:
        return dict(item.split("=") for item in text.split(","))
    except ValueError:
        raise KeyError("config") from None


try:
    try:
        load_config("a=1,b")
    except KeyError as e:
        e.add_note("config came from the command line")
        raise RuntimeError("cannot start") 
except RuntimeError:
    print(clean_tb(traceback.format_exc()))
    traceback.print_exc(file=sys.stdout, limit=0)

# 4. Exceptions whose __str__ fails or returns odd things.
class Weird(Exception):
    def __str__(self):
        return ""


class Broken(Exception):
    def __str__(self):
        raise ValueError("no str for you")


for exc in (Weird(), Weird("ignored"), Exception(), Exception(""), Exception("a", 2), KeyError("k"), Broken()):
    print(traceback.format_exception_only(exc)[-1], end="")

# 5. Nested groups and their derive/subgroup.
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(eg.subgroup(ValueError))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(KeyError), BaseExceptionGroup("b", [KeyboardInterrupt()]).__class__.__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
print(clean_tb("".join(traceback.format_exception(eg))))
print("finally, the uncaught one:", file=sys.stderr)
import_all(ROWS[:4])
