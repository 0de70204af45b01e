def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except FileNotFoundError as exc:
        raise RuntimeError(f"cannot load {path}") from exc

def main():
    try:
        load("settings.ini")
    except RuntimeError:
        fallback = None
        return fallback.value

main()
