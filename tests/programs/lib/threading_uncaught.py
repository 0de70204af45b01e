# threading: an exception a thread does not catch is printed by the default
# excepthook (the thread's name, then the traceback ending in the thread's
# own code), and the program goes on; SystemExit in a thread ends only that
# thread.  (The frames of the threading module itself differ from CPython's:
# only the first line and the frames of this file are compared.)
import threading, sys, io

def deep(n):
    if n == 0:
        raise KeyError("lost")
    deep(n - 1)

def run_capturing_stderr(thread):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        thread.start(); thread.join()
    finally:
        text, sys.stderr = sys.stderr.getvalue(), saved
    lines = text.splitlines()
    print(lines[:2] if lines else "nothing printed")
    for i, line in enumerate(lines):
        if __file__ in line or (i and __file__ in lines[i - 1] and line.startswith("    ")):
            print(line.replace(__file__, "THIS FILE"))
    print(lines[-1:] if lines else "")

run_capturing_stderr(threading.Thread(target=deep, args=(2,), name="digger"))
print("main goes on")
run_capturing_stderr(threading.Thread(target=sys.exit, args=(3,)))
print("SystemExit ended only its thread")
class Failing(threading.Thread):
    def run(self):
        raise ValueError("from a subclass")
run_capturing_stderr(Failing(name="sub"))
print("end")
