# types: the names of the built-in types, SimpleNamespace, MappingProxyType, new_class, ModuleType, MethodType
import types
print(types.FunctionType, types.LambdaType, types.CodeType, types.MappingProxyType, types.SimpleNamespace)
print(types.CellType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.BuiltinMethodType, types.WrapperDescriptorType, types.MethodWrapperType)
print(types.MethodDescriptorType, types.ClassMethodDescriptorType, types.ModuleType, types.TracebackType, types.FrameType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.GenericAlias, types.UnionType, types.EllipsisType, types.NoneType, types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b="x"); ns.c = 3; print(ns, ns.a, vars(ns))
print(ns == types.SimpleNamespace(a=1, b="x", c=3))
print(types.MappingProxyType({"a": 1})["a"])
X = types.new_class("X", (object,), {}, lambda ns: ns.update(v=5)); print(X, X.v)
m = types.ModuleType("mymod"); m.x = 1; print(m, m.x, m.__name__)
def f(): yield 1
print(isinstance(f(), types.GeneratorType), isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
class K:
    def meth(self): return "bound"
print(types.MethodType(lambda self: self.__class__.__name__, K())())
