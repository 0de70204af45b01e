class Weird(Exception):
    def __str__(self):
        raise ValueError("no str for you")

raise Weird("x")
