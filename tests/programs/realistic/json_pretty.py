# A JSON-like parser (recursive descent) and a pretty printer, with error
# positions, round trips and some statistics over the parsed data.

class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


class Parser:
    WHITESPACE = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WHITESPACE:
            self.pos += 1

    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r}", self.pos)
        self.pos += 1

    def parse(self):
        value = self.value()
        if self.peek():
            raise ParseError("extra data", self.pos)
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        raise ParseError("unexpected " + (repr(ch) if ch else "end"), self.pos)

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        items = []
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
            else:
                self.expect("]")
                return items

    ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                raise ParseError("unterminated string", self.pos)
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                else:
                    out.append(self.ESCAPES[esc])
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] in ".eE+-"):
            self.pos += 1
        literal = self.text[start:self.pos]
        try:
            return int(literal)
        except ValueError:
            return float(literal)


def dumps(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f'{inner}{dumps(k)}: {dumps(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in value) and len(value) <= 4:
            return "[" + ", ".join(dumps(v) for v in value) + "]"
        return "[\n" + ",\n".join(inner + dumps(v, indent + step, step) for v in value) + "\n" + pad + "]"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + escaped + '"'
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return repr(value)


def walk(value, depth=0):
    """Yields (depth, kind) for every value."""
    yield depth, type(value).__name__
    if isinstance(value, dict):
        for v in value.values():
            yield from walk(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from walk(v, depth + 1)


document = '''
{"name": "pyedu", "version": [3, 11, 7], "stable": true,
 "authors": [{"name": "Ada", "langs": ["py", "c"]}, {"name": "Linus", "langs": []}],
 "ratio": 0.125, "big": 12345678901234567890, "neg": -2.5e-3, "none": null,
 "text": "line\\nbreak \\"quoted\\" \\u00e9t\\u00e9", "empty": {}}
'''
data = Parser(document).parse()
print(dumps(data))
print(sorted(data))
print(data["authors"][0]["langs"], data["big"] + 1, data["text"])
again = Parser(dumps(data)).parse()
print("round trip equal:", again == data)
kinds = {}
deepest = 0
for depth, kind in walk(data):
    kinds[kind] = kinds.get(kind, 0) + 1
    deepest = max(deepest, depth)
print(sorted(kinds.items()), "deepest", deepest)
for bad in ['{"a": }', '[1, 2', '{"a" 1}', '"abc', '[1] 2', 'nul', '']:
    try:
        Parser(bad).parse()
    except ParseError as e:
        print(f"{bad!r:12} -> {e} (pos {e.pos})")
