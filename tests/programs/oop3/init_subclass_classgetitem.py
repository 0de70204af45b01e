class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry))
print(Csv.plugin_name, Json.plugin_name)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[3])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
try:
    int[3]
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
