def validate(record):
    problems = []
    if "name" not in record:
        problems.append(KeyError("name"))
    if record.get("age", 0) < 0:
        problems.append(ValueError("age must be >= 0"))
    if problems:
        raise ExceptionGroup("invalid record", problems)

validate({"age": -1})
