# inspect: the source of classes of the same name, told apart by their
# __qualname__ (nested in functions, methods and classes)
import inspect
def maker():
    class Twin:
        "inside maker"
    return Twin
class Holder:
    def method(self):
        class Twin: "inside method"
        return Twin
    class Twin:
        "inside Holder"
    async def coro(self):
        class Twin: pass
        return Twin
class Twin:
    "top level"
class Twin2: pass
for cls in [maker(), Holder().method(), Holder.Twin, Twin, Twin2]:
    print(cls.__qualname__, inspect.getsourcelines(cls)[1], inspect.getsource(cls), sep="|")
c = Holder().coro()
try: c.send(None)
except StopIteration as e: print(inspect.getsourcelines(e.value)[1])
