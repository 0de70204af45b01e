print(end="", "text")
