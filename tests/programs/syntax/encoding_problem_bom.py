# a UTF-8 byte order mark with another coding declared: -*- coding: latin-1 -*-
print("never runs")
