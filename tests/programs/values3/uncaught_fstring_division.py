name = "world"
count = 3
msg = f"hello {name.upper()} {count / (count - 3):.2f}"
