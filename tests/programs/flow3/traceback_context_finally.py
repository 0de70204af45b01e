def cleanup():
    raise RuntimeError("cleanup failed")

def work():
    try:
        {}["missing"]
    finally:
        cleanup()

work()
