x = "global"

def read_global():
    return x

def write_global():
    global x
    x = "rebound"

def create_global():
    global brand_new
    brand_new = 42

print(read_global())
write_global()
print(x)
create_global()
print(brand_new)

def nested_levels():
    level = 0
    def one():
        nonlocal level
        level += 1
        def two():
            nonlocal level
            level += 10
        two()
    one()
    one()
    return level
print(nested_levels())

def shadowed():
    x = "local"
    def inner():
        global x
        return x
    return inner()
print(shadowed())

class Config:
    x = "class attr"
    def method(self):
        return x
    values = [x for _ in range(2)]
print(Config().method())
print(Config.values)

def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
acc(1); acc(2)
print(acc(3))

def gen_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    yield step()
    yield step()
    yield n
print(list(gen_counter()))
print(sorted(k for k in globals() if not k.startswith("__")))
