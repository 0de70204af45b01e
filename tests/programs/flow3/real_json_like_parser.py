"""A recursive-descent parser for a JSON-like language, with positioned errors."""


class ParseError(Exception):
    def __init__(self, message, pos, text):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{message} at line {line}, column {col}")
        self.pos = pos


class Parser:
    WHITESPACE = " \t\n\r"
    ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, message):
        raise ParseError(message, self.pos, self.text)

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WHITESPACE:
            self.pos += 1
        if self.text.startswith("//", self.pos):
            end = self.text.find("\n", self.pos)
            self.pos = len(self.text) if end < 0 else end
            self.skip()

    def expect(self, ch):
        if self.peek() != ch:
            self.error(f"expected {ch!r}, found {self.peek() or 'end of input'!r}")
        self.pos += 1

    def parse(self):
        value = self.value()
        if self.peek():
            self.error("trailing data")
        return value

    def value(self):
        ch = self.peek()
        match ch:
            case "{":
                return self.obj()
            case "[":
                return self.array()
            case '"':
                return self.string()
            case "t" | "f" | "n":
                return self.word()
            case "":
                self.error("unexpected end of input")
            case _ if ch in "-0123456789":
                return self.number()
            case _:
                self.error(f"unexpected character {ch!r}")

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                self.error("object keys must be strings")
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
        while self.peek() != "]":
            items.append(self.value())
            if self.peek() != ",":
                break
            self.pos += 1
        self.expect("]")
        return items

    def string(self):
        self.expect('"')
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
                self.pos += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                elif esc in self.ESCAPES:
                    out.append(self.ESCAPES[esc])
                else:
                    self.error(f"bad escape \\{esc}")
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        literal = self.text[start:self.pos]
        try:
            return float(literal) if any(c in literal for c in ".eE") else int(literal)
        except ValueError:
            self.pos = start
            self.error(f"bad number {literal!r}")

    def word(self):
        for word, value in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return value
        self.error("unknown word")


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


documents = [
    '{"name": "pyedu", "version": 1.5, "tags": ["vm", "teaching"], "ok": true, "none": null}',
    '[1, -2, 3.5e2, {"nested": {"deep": [[], {}]}}]  // trailing comment',
    '"esc\\u00e9\\n\\"q\\""',
    '{"a": 1,, "b": 2}',
    '[1, 2',
    '{"x": tru}',
    '{"x": 1} extra',
    '{1: 2}',
    '[1.2.3]',
    '"\\q"',
    '',
]
for doc in documents:
    try:
        value = Parser(doc).parse()
    except ParseError as e:
        print("error:", e, "| pos", e.pos)
    else:
        print(dump(value))
