# logging: basicConfig writing to a file (mode, encoding, the errors handler), force, and a
# stray option next to handlers
import logging, tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "app.log")
    logging.basicConfig(filename=p, filemode="w", level=logging.DEBUG, format="%(levelname)s|%(message)s", encoding="utf-8")
    h = logging.root.handlers[0]
    print(type(h).__name__, h.mode, h.encoding, h.errors, h.baseFilename == p)
    logging.debug("déjà vu \udcff")
    logging.info("second")
    logging.shutdown()
    print(open(p, encoding="utf-8", errors="replace").read(), end="")
    logging.basicConfig(filename=p, force=True, filemode="ab")
    print(logging.root.handlers[0].errors, logging.root.handlers[0].mode)
    logging.root.handlers[0].close()
try:
    logging.basicConfig(handlers=[logging.NullHandler()], filemode="w", force=True)
except ValueError as e:
    print(e)
