def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())

def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())

def h():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
print(h())

def k():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError(i)
            out.append(i)
        finally:
            continue
    return out
print(k())

def order():
    log = []
    try:
        try:
            log.append("body")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())

def returns_value_after_finally_changes():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(returns_value_after_finally_changes())

def rebinding():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)
print(while_finally())
