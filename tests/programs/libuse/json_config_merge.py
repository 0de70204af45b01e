import json
DEFAULTS = '{"server": {"host": "localhost", "port": 8080, "tls": false}, "log": {"level": "info", "files": []}, "retries": 3}'
USER = '{"server": {"port": 9090, "tls": true}, "log": {"files": ["app.log"]}, "name": "démo"}'


def deep_merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


cfg = deep_merge(json.loads(DEFAULTS), json.loads(USER))
print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.dumps(cfg, ensure_ascii=False, separators=(",", ":")))
flat = {}
def flatten(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            flatten(v, f"{prefix}{k}.")
        else:
            flat[prefix + k] = v
flatten(cfg)
for k in sorted(flat):
    print(f"{k:<16} = {json.dumps(flat[k])}")
print(json.loads(json.dumps(cfg)) == cfg, type(json.loads("1.0")), json.loads('[1, "2", [3]]', object_hook=None))
