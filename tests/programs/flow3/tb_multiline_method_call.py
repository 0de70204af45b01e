obj = object()
obj.method(1,
           2)
