class Config:
    def __init__(self, path, retries):
        self.path = path
        self.retries = int(retries)

def load(spec):
    return Config(*spec.split(":"))

print(load("a.ini:3").retries)
load("a.ini:many")
