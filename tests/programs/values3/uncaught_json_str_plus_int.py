import json
cfg = json.loads('{"port": "80"}')
port = cfg["port"] + 1
