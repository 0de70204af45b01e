# sys.excepthook replaced: the uncaught exception goes to it
import sys
def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb.tb_lineno, file=sys.stderr)
sys.excepthook = hook
print(sys.__excepthook__ is not hook)
raise ValueError("unhandled")
