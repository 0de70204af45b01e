def parse(items):
    return [int(x) for x in items]

def total(text):
    return sum(parse(text.split(",")))

print(total("1,2,3"))
print(total("1,two,3"))
