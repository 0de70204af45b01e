def connect(host, port, *, timeout=10):
    return host, port, timeout
print(connect("h", 1))
connect("h", port=1, timeout=5, retries=3)
