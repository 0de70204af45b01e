print("a")
exec("x = (1 +\n")
