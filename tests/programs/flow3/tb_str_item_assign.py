w = "hello"
w[0] = "H"
