# A command-line style CSV tool: a hand-written option parser over argv-like lists, csv.reader/DictReader/writer on io.StringIO, sorting, filtering and usage errors.
import csv
import io
import sys

DATA = """\
id,name,dept,salary,start
1,Ada Lovelace,eng,120000,2019-03-01
2,"Hopper, Grace",eng,135000,2017-07-15
3,Alan Turing,research,128000,2018-01-09
4,"Liskov, Barbara",research,141000,2016-11-30
5,Ken Thompson,ops,99000,2021-05-20
6,"O'Neil, Cathy",data,101500,2020-02-29
7,Edsger Dijkstra,research,,2015-09-01
"""


class UsageError(Exception):
    def __init__(self, message, option=None):
        super().__init__(message)
        self.option = option

    def __str__(self):
        base = super().__str__()
        return f"{base} (option {self.option})" if self.option else base


OPTIONS = {
    "--sort": ("sort", str),
    "--reverse": ("reverse", None),
    "--dept": ("dept", str),
    "--min": ("min_salary", int),
    "--columns": ("columns", lambda s: s.split(",")),
    "--format": ("format", str),
    "-n": ("limit", int),
}


def parse_args(argv):
    opts = {"sort": None, "reverse": False, "dept": None, "min_salary": None,
            "columns": None, "format": "table", "limit": None}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg.startswith("-") and len(arg) > 1:
            name, eq, inline = arg.partition("=")
            if name not in OPTIONS:
                raise UsageError("unknown option", name)
            key, conv = OPTIONS[name]
            if conv is None:
                if eq:
                    raise UsageError("takes no value", name)
                opts[key] = True
                continue
            value = inline if eq else next(it, None)
            if value is None:
                raise UsageError("missing value", name)
            try:
                opts[key] = conv(value)
            except ValueError as e:
                raise UsageError(f"bad value {value!r}", name) from e
        else:
            positional.append(arg)
    return opts, positional


def load(text):
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        row["id"] = int(row["id"])
        row["salary"] = int(row["salary"]) if row["salary"] else None
        rows.append(row)
    return rows


def select(rows, opts):
    out = rows
    if opts["dept"]:
        out = [r for r in out if r["dept"] == opts["dept"]]
    if opts["min_salary"] is not None:
        out = [r for r in out if (r["salary"] or 0) >= opts["min_salary"]]
    if opts["sort"]:
        key = opts["sort"]
        out = sorted(out, key=lambda r: (r[key] is None, r[key] or 0) if key == "salary"
                     else r[key], reverse=opts["reverse"])
    if opts["limit"] is not None:
        out = out[:opts["limit"]]
    return out


def render(rows, opts, stream):
    cols = opts["columns"] or ["id", "name", "dept", "salary"]
    if opts["format"] == "csv":
        w = csv.writer(stream, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r[c] is None else r[c] for c in cols])
        return
    if opts["format"] == "tsv":
        w = csv.DictWriter(stream, fieldnames=cols, delimiter="\t",
                           extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return
    cells = [[str(c) for c in cols]]
    for r in rows:
        cells.append(["-" if r[c] is None else
                      f"{r[c]:,}" if isinstance(r[c], int) and c == "salary" else str(r[c])
                      for c in cols])
    widths = [max(len(row[i]) for row in cells) for i in range(len(cols))]
    for n, row in enumerate(cells):
        print(" | ".join(v.rjust(w) if v[:1].isdigit() or v == "-" else v.ljust(w)
                         for v, w in zip(row, widths)).rstrip(), file=stream)
        if n == 0:
            print("-+-".join("-" * w for w in widths), file=stream)


def main(argv, stream=sys.stdout):
    try:
        opts, pos = parse_args(argv[1:])
    except UsageError as e:
        print(f"{argv[0]}: error: {e}", file=stream)
        if e.__cause__ is not None:
            print(f"  caused by {type(e.__cause__).__name__}: {e.__cause__}", file=stream)
        return 2
    rows = load(DATA)
    if pos:
        rows = [r for r in rows if any(p.lower() in r["name"].lower() for p in pos)]
    try:
        render(select(rows, opts), opts, stream)
    except KeyError as e:
        print(f"{argv[0]}: no such column {e}", file=stream)
        return 1
    return 0


COMMANDS = [
    ["staff"],
    ["staff", "--sort", "salary", "--reverse", "-n", "3"],
    ["staff", "--dept=research", "--format", "csv", "--columns", "name,salary,start"],
    ["staff", "--min", "110000", "--sort=name", "--format=tsv"],
    ["staff", "--sort", "salary"],
    ["staff", "--", "--dept", "o'neil"],
    ["staff", "ada", "GRACE", "--columns=id,name"],
    ["staff", "--min", "lots"],
    ["staff", "--bogus"],
    ["staff", "--reverse=yes"],
    ["staff", "-n"],
    ["staff", "--columns", "name,age"],
]

for cmd in COMMANDS:
    print("$", " ".join(cmd))
    buf = io.StringIO()
    status = main(cmd, buf)
    sys.stdout.write(buf.getvalue())
    print(f"[exit {status}]")

# The raw reader keeps quotes and empty fields as the file has them.
reader = csv.reader(io.StringIO(DATA))
header = next(reader)
print(header, reader.line_num)
for row in reader:
    if "," in row[1] or not row[3]:
        print(reader.line_num, row)
sniffed = list(csv.reader(['a;"b;c";d', 'x;;"y""z"'], delimiter=";"))
print(sniffed)
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows(
    [["x", 1, 2.5, None], ['say "hi"', -3, 0.1, "a,b"]])
print(out.getvalue(), end="")
