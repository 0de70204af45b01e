import sys
print("before")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    exit(4)
except SystemExit as e:
    print("builtin exit", e.code)
def cleanup():
    try:
        sys.exit(7)
    finally:
        print("finally runs on exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
sys.stdout.flush()
sys.exit("fatal: giving up")
