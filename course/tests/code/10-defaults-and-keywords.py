def greet(name, greeting="hello", *, punctuation="!"):
    return greeting + ", " + name + punctuation

greet("Ada", punctuation="?")
