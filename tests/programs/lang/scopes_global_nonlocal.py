counter = 0

def increment():
    global counter
    counter += 1
    return counter

increment(); increment()
print("counter", counter)

def make_accumulators():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total
    def reset():
        nonlocal total
        old, total = total, 0
        history.clear()
        return old
    def peek():
        return total, list(history)
    return add, reset, peek

add, reset, peek = make_accumulators()
add(5); add(7)
print(peek(), reset(), peek())

def shadow():
    counter = "local"
    def inner():
        return counter
    return inner()

print(shadow(), counter)

def late():
    def show():
        return value
    value = "assigned later"
    return show()

print(late())

def unbound():
    try:
        print(name_later)
    except NameError as e:
        print(type(e).__name__, e)
    name_later = 1

unbound()

def local_before_assignment():
    try:
        total = total + 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

local_before_assignment()

class Config:
    level = "class attr"
    items = [level.upper() for _ in range(1)] if False else None
    def show(self):
        return level if False else self.level

print(Config().show(), Config.items)
x = "module"
def outer():
    x = "enclosing"
    class Inner:
        print("class body sees", x)
        x = "class"
        print("class body now", x)
        def method(self):
            return x
    return Inner().method()
print(outer())
def make_counters():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
late_bound, early_bound = make_counters()
print([f() for f in late_bound], [f() for f in early_bound])
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
