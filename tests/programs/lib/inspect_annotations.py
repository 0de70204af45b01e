# inspect: get_annotations (own and module annotations, strings evaluated
# with eval_str, in the right globals and locals), signature(eval_str=True),
# the descriptor and method-wrapper tests, indentsize
import inspect, functools, sys, types
class K:
    a: int
    b: "K"
    def m(self, x: "int") -> "list[K]": pass
def f(x: "int", y: "undefined_thing" = 1, *a: "str") -> "K": pass
print(inspect.get_annotations(K), inspect.get_annotations(K, eval_str=True))
print(inspect.get_annotations(f))
try: print(inspect.get_annotations(f, eval_str=True))
except NameError as e: print("NameError", e)
print(inspect.get_annotations(K.m, eval_str=True), inspect.get_annotations(sys.modules[__name__]))
class Sub(K): pass
print(inspect.get_annotations(Sub), inspect.get_annotations(len))
try: inspect.get_annotations(3)
except TypeError as e: print(e)
def g(x: "int", *, k: "float" = 1.0) -> "str": pass
print(inspect.signature(g), inspect.signature(g, eval_str=True), inspect.signature(K.m, eval_str=True))
print(inspect.signature(g, eval_str=True, globals={"int": list, "float": dict, "str": set}))
print(inspect.signature(functools.partial(g, 1), eval_str=True))
print(inspect.isgetsetdescriptor(types.FunctionType.__dict__['__name__']), inspect.ismemberdescriptor(type('S', (), {'__slots__': ('a',)}).__dict__['a']), inspect.ismemberdescriptor(K.m), inspect.ismethodwrapper((1).__add__), inspect.ismethodwrapper(len))
print(inspect.indentsize("\t  x"), inspect.indentsize("x"))
x: int = 3
print(inspect.get_annotations(sys.modules[__name__]))
