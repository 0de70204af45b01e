def build(name, size, color):
    return f"{name}:{size}:{color}"

result = build(
    "box",
    10,
    colour="red",
)
