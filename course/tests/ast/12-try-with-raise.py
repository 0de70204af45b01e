try:
    with open(path) as f, lock:
        data = f.read()
except (OSError, ValueError) as error:
    raise RuntimeError("failed") from error
except KeyError:
    pass
else:
    print(data)
finally:
    done = True
