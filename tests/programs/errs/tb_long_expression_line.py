data = {"users": [{"name": "ann", "tags": ["x"]}, {"name": "bob", "tags": []}]}
first_tags = [u["tags"][0] for u in data["users"] if u["name"] == "ann"]
print(first_tags)
result = data["users"][1]["tags"][0].upper() + data["users"][0]["name"]
