if ready:
print("go")
