# __build_class__ with functions that are not class bodies.
def body_with_parameters(a, b=2):
    print("body", a)


try:
    __build_class__(body_with_parameters, 'A')
except TypeError as e:
    print("TypeError:", e)


def generator_body():
    yield 1


A = __build_class__(generator_body, 'A')
print(A.__name__, [k for k in vars(A) if not k.startswith('__')])
