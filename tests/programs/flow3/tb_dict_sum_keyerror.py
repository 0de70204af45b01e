data = {"a": [1, 2]}
print(len(data["a"]) + data["b"][0])
