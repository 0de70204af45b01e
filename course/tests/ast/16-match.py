match command.split():
    case [action]:
        run(action)
    case ["go", direction] | ["move", direction]:
        go(direction)
    case Point(x=0, y=0):
        origin()
    case _:
        unknown()
