config = {"db": {"host": "localhost", "ports": [5432, 5433]}}
print(config["db"]["ports"][1])
print(config["db"]["ports"][2])
