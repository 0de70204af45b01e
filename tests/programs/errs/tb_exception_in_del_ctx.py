class Res:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return False

with Res() as r:
    x = [1, 2, 3]
    print(x[5])
