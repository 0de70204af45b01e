# logging: the last resort, basicConfig, levels, the logger tree and propagation, formats (% and {), exception(), filters, adapters, disable
import logging, sys
log = logging.getLogger("app")
log.warning("no config: last resort %d", 1)
log.info("not shown")
logging.warning("module level")
logging.info("still not shown")
logging.basicConfig(level=logging.DEBUG)
logging.debug("debug after basicConfig (ignored: root has a handler)")
root = logging.getLogger()
print(root.level, root.handlers, logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
root.setLevel(logging.DEBUG)
logging.debug("now debug shows")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(funcName)s|%(lineno)d|%(message)s"))
child = logging.getLogger("app.sub")
child.addHandler(h)
def work():
    child.info("from work %s", "x")
work()
child.propagate = False
child.error("not propagated")
try:
    1 / 0
except ZeroDivisionError:
    child.exception("caught")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
other = logging.getLogger("other"); other.addHandler(h2); other.propagate = False
other.setLevel(logging.ERROR)
other.warning("filtered"); other.error("shown")
print(other.getEffectiveLevel(), child.getEffectiveLevel(), child.parent.name, logging.getLogger("app.sub") is child)
print(child, root)
class F(logging.Filter):
    def filter(self, record): return "secret" not in record.getMessage()
other.addFilter(F())
other.error("has secret"); other.error("fine")
adapted = logging.getLogger("adapted"); adapted.propagate = False
h3 = logging.StreamHandler(sys.stdout); h3.setFormatter(logging.Formatter("%(user)s %(message)s"))
adapted.addHandler(h3)
adapter = logging.LoggerAdapter(adapted, {"user": "bob"})
adapter.error("adapted")
logging.disable(logging.CRITICAL)
other.critical("disabled")
logging.disable(logging.NOTSET)
other.log(logging.CRITICAL, "log %s", "call")
