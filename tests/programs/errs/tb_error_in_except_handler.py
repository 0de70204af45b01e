import json

def parse(text):
    try:
        return int(text)
    except ValueError:
        log = None
        log.append(text)

parse("12")
parse("twelve")
