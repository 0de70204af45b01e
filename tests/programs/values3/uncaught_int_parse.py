x = 1_000_000
print(f"{x:,}")
int("ten") + x
