scores = {"ann": 90}
for name in ["ann", "ben"]:
    print(f"{name} scored {scores[name]} points")
