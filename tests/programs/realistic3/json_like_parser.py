"""A small recursive-descent parser for a JSON-like format, with error positions."""


class ParseError(Exception):
    def __init__(self, message, pos, text):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{message} at line {line}, column {col}")
        self.pos = pos


class Parser:
    WHITESPACE = " \t\r\n"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, message):
        raise ParseError(message, self.pos, self.text)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WHITESPACE:
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            found = self.peek() or "end of input"
            self.error(f"expected {ch!r}, found {found!r}")
        self.pos += 1

    def parse(self):
        value = self.value()
        if self.peek():
            self.error("trailing data")
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch and (ch.isdigit() or ch == "-"):
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error("unexpected " + (repr(ch) if ch else "end of input"))

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

    def string(self):
        self.expect('"')
        escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos:self.pos + 1]
                if esc not in escapes:
                    self.error(f"bad escape \\{esc}")
                out.append(escapes[esc])
                self.pos += 1
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        try:
            return float(token) if any(c in token for c in ".eE") else int(token)
        except ValueError:
            self.pos = start
            self.error(f"bad number {token!r}")


def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dump(v, indent) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


DOCS = [
    '{"name": "widget", "tags": ["a", "b"], "price": 12.5, "stock": 3, "active": true}',
    '[1, 2, [3, [4, {"deep": null}]], -7, 1e3]',
    '{"text": "line1\\nline2 \\"quoted\\""}',
    '{"a": 1,, "b": 2}',
    '[1, 2',
    '{"x": tru}',
    '{"n": 1.2.3}',
    '"unterminated',
    '{\n  "ok": 1,\n  "bad": @\n}',
    '{} extra',
]
for doc in DOCS:
    try:
        value = Parser(doc).parse()
    except ParseError as err:
        print("error:", err)
    else:
        print(dump(value))
        print("  type:", type(value).__name__, "size:", len(value))
