name, width = "Ada", 10
print(f"hello {name}")
print(f'{name!r:>{width}} and {{braces}}')
print(f"{width=}, {width * 2 = }")
print(rf"raw {name}\n" F'{"nested"}')
