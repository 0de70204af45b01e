# symbols.py FILE - what CPython's symbol table says about each name in FILE
import symtable
import sys


def scope_of(symbol, table):
    if symbol.is_free():
        return "free"
    if symbol.is_global():
        return "global"
    nested = [t for t in table.get_children() if t.get_type() == "function"]
    if any(symbol.get_name() in t.get_frees() for t in nested):
        return "cell"
    return "local"


def show(table, indent=""):
    print(f"{indent}{table.get_type()} {table.get_name()}:")
    for symbol in table.get_symbols():
        print(f"{indent}  {symbol.get_name():8} {scope_of(symbol, table)}")
    for child in table.get_children():
        show(child, indent + "  ")


path = sys.argv[1]
show(symtable.symtable(open(path).read(), path, "exec"))
