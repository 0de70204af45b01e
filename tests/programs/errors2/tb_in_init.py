# a ValueError inside __init__ (int() of a bad string), after a caught KeyError
class Config:
    def __init__(self, data):
        self.port = int(data['port'])
try:
    Config({})
except KeyError as e:
    print('missing', e)
Config({'port': 'eighty'})
