class ParseError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(f"cannot parse {text!r}") from exc

def load(items):
    return [parse(x) for x in items]

load(["1", "2", "three"])
