def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError
            out.append(i)
        finally:
            if i == 2:
                break
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(4):
        try:
            out.append(i)
            if i % 2:
                return "never"
        finally:
            continue
    return out
print(loop_continue())

def order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError
        except KeyError:
            log.append("except")
            raise ValueError
        else:
            log.append("else")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(order())

def else_runs():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return f"else {x}"
    finally:
        print("finally before else's return lands")
print(else_runs())

def nested_finally_value():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 99
        print("x set to", x)
print(nested_finally_value())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("finally", n)
    return n
print(while_finally())

def exc_state():
    import sys
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
exc_state()
def name_cleared():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        err
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
name_cleared()
