scores = {"ann": 3, "bob": 5}
for name in scores:
    print(name scores[name])
