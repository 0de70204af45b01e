name = "Ada"
print(f"{name!r:>8} has {len(name)} letters")
