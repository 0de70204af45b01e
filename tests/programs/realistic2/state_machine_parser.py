"""An INI-like config parser written as an explicit state machine, with errors by line."""

SOURCE = """
; global settings
name = demo app
version = 1.4

[server]
host = 0.0.0.0
port = 8080
debug = yes

[database]
url = postgres://localhost/demo
pool = 5
timeout = 2.5s
[ broken
key without equals
[paths]
root = /srv/demo
logs = ${root}/logs
cache = ${root}/cache/${missing}
"""


class ConfigError(Exception):
    def __init__(self, lineno, message):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


def parse(text):
    sections = {"": {}}
    errors = []
    current = ""
    state = "start"
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        try:
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ConfigError(lineno, f"unterminated section header {line!r}")
                current = line[1:-1].strip()
                if not current.isidentifier():
                    raise ConfigError(lineno, f"bad section name {current!r}")
                sections.setdefault(current, {})
                state = "section"
            elif "=" in line:
                key, _, value = line.partition("=")
                sections[current][key.strip()] = value.strip()
                state = "values"
            else:
                raise ConfigError(lineno, f"expected 'key = value', got {line!r}")
        except ConfigError as e:
            errors.append(e)
    return sections, errors, state


def convert(value):
    lowered = value.lower()
    if lowered in ("yes", "true", "on"):
        return True
    if lowered in ("no", "false", "off"):
        return False
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def expand(section):
    out = {}
    for key, value in section.items():
        while "${" in value:
            start = value.index("${")
            end = value.index("}", start)
            ref = value[start + 2:end]
            if ref not in section:
                value = value[:start] + f"<undefined {ref}>" + value[end + 1:]
                continue
            value = value[:start] + section[ref] + value[end + 1:]
        out[key] = value
    return out


sections, errors, final_state = parse(SOURCE)
print("final state:", final_state)
for e in errors:
    print("error:", e, "| at line", e.lineno)
for name, values in sections.items():
    print(f"[{name or 'global'}]")
    for key, value in expand(values).items():
        conv = convert(value)
        print(f"  {key:<8} = {conv!r:<32} ({type(conv).__name__})")
ports = [convert(v) for s in sections.values() for k, v in s.items() if k == "port"]
print("ports:", ports, "| sum of ints:", sum(v for s in sections.values()
                                             for v in map(convert, s.values())
                                             if type(v) is int))
