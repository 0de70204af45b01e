try:
    d = {}
    d['missing']
except KeyError:
    x = undefined_name + 1
