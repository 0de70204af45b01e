# a free variable read before the enclosing function assigns it: NameError with .name, and CPython's suggestion
def make():
    def get():
        return value
    get_value = get
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e, e.name)
    value = 1
    return get
print(make()())
def make2():
    def get():
        return value
    get()
    value = 2
make2()
