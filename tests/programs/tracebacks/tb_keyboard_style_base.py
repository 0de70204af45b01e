class Shutdown(BaseException):
    pass

def worker():
    raise Shutdown("requested")

try:
    worker()
except Exception:
    print("not reached")
