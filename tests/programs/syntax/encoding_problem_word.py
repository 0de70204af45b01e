# a coding declaration naming no codec: coding: nosuchcodec (CPython: "encoding problem", no location, for the main script)
print("never runs")
