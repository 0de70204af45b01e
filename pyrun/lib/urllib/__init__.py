"""URL handling, as CPython's urllib package: only urllib.parse is provided
(no request, response, error or robotparser: pyrun has no sockets)."""
