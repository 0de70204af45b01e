def close():
    raise OSError("disk full")

def save():
    try:
        x = {}["missing"]
    finally:
        close()

save()
