config = {"db": {"host": "x"}}
def port():
    return config["db"]["port"] + 1
print("start")
port()
