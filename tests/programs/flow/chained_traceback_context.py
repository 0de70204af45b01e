def cleanup(resource):
    raise RuntimeError(f"could not close {resource}")

def process(items):
    total = 0
    try:
        for item in items:
            total += item
    except TypeError:
        cleanup("db")
    return total

process([1, 2, "three"])
