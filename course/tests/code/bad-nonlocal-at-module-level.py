nonlocal count
