total = 10

def bump():
    try:
        total += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

bump()

def conditional(flag):
    if flag:
        result = "set"
    return result

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)
print(issubclass(UnboundLocalError, NameError))

def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except NameError as e:
    print(type(e).__name__, e)

def loop_var():
    for item in []:
        pass
    return item
try:
    loop_var()
except UnboundLocalError as e:
    print(e)

def uses_global():
    print(total)
uses_global()

def later():
    print(undefined_name)
try:
    later()
except NameError as e:
    print(e)

def typo():
    counter_value = 3
    return counter_valu
try:
    typo()
except NameError as e:
    print(e)
