result = (
    1 +
    "two"
)
