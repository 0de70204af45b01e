def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    finally:
        print("f2 finally")

def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

def f4():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        return f"caught {e}"

def f5():
    result = []
    for i in range(3):
        try:
            result.append(i)
            return result
        finally:
            result.append("f")
            if i == 0:
                continue

def f6():
    try:
        return 1
    finally:
        try:
            raise KeyError("in finally")
        except KeyError:
            print("handled inside finally")

def f7():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            return x
        finally:
            print("loop finally", x)

def f8():
    try:
        raise ValueError("original")
    finally:
        return "finally wins"

for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    print(f.__name__, "->", f())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")

for x in gen():
    print("got", x)
    break
print("after break")
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
    finally:
        print("outer finally sees", "an exception")
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
