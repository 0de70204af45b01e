match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_]:
        pass
    case _:
        pass

match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y=y) | Point(x, 0):
        pass
    case Point():
        pass
    case mod.Point(1, 2, x=3,):
        pass
    case [Point(x=0, y=0), *rest] if rest:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {"x": 1, 2: [a, b], None: c}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {Color.RED: _, -1: x}:
        pass

match value:
    case 1 | -1 | 1.5 | -2.5e3 | 1j | -1j | 1 + 2j | -1 - 2j | 0x10:
        pass
    case "string" | b"bytes" | "con" "cat" | f"x":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case (1 | 2) as x:
        pass
    case (a, b, *c) as whole:
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case (a):
        pass
    case [a, [b, (c, d)]]:
        pass
    case a, b:
        pass
    case a, *_, b,:
        pass
    case _ if guard:
        pass

match x, y:
    case 1, 2:
        pass
match *a, b:
    case _:
        pass
match (x := f()):
    case _:
        pass
match -x:
    case _:
        pass
