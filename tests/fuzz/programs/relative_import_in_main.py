# A relative import in the main program: it has no package.
for statement in ("from . import x", "from .. import x", "from .mod import y", "from ...a.b import c"):
    try:
        exec(statement)
    except ImportError as e:
        print(statement, "->", e)
