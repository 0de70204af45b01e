class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as exc:
        raise ConfigError("port is missing") from exc

def main():
    read_port({"host": "localhost"})

main()
