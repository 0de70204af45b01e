class Transaction:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("rollback" if exc_type else "commit")
        return False

with Transaction():
    print("working")
with Transaction() as t:
    t.missing_method()
