def validate(rec):
    try:
        int(rec["age"])
    except ValueError as e:
        e.add_note(f"while validating {rec['name']}")
        e.add_note("second note")
        raise
validate({"name": "bob", "age": "x1"})
