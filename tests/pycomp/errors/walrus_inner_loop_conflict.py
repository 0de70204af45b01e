[(i := 0) for i, j in [(1, 2)]]
