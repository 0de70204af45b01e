def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as error:
        print("caught:", error)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally runs either way")


print(divide(1, 2))
print(divide(1, 0))


class ValidationError(Exception):
    pass


try:
    try:
        raise ValidationError("bad value")
    except ValidationError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e).__name__, e, "caused by", repr(e.__cause__))
