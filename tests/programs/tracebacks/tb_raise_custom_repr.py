class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(form):
    for field, value in form.items():
        if not value:
            raise ValidationError(field, "must not be empty")

validate({"name": "x", "email": ""})
