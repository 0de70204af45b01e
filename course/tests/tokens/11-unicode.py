café = "naïve"
π = 3.14159
print(café, π, "€")
