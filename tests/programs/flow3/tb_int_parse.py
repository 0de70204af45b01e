print(int("3.5"))
