def greet(name, greeting="hello", *rest, loud=False, **options):
    """Say hello."""
    message = greeting + ", " + name
    return message.upper() if loud else message
