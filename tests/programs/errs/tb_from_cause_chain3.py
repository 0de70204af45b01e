class AppError(Exception):
    pass

def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError("lookup failed") from e

def run():
    try:
        load()
    except LookupError:
        raise AppError("app failed")

run()
