class Broken:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

with Broken():
    print("inside")
    1 / 0
