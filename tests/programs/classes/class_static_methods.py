class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def how_many(cls):
        return cls.instances
Counter(); Counter.create(); Counter().create()
print(Counter.how_many(), Counter.helper(4), Counter().helper(5))
class Sub(Counter):
    pass
print(type(Sub.create()).__name__, Sub.how_many())
