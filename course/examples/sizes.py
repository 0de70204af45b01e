import sys

print("an int:", sys.getsizeof(1), "bytes; 2**100:", sys.getsizeof(2**100), "bytes")
items = []
print("an empty list:", sys.getsizeof(items), "bytes")
size = sys.getsizeof(items)
for n in range(1, 40):
    items.append(n)
    if sys.getsizeof(items) != size:
        size = sys.getsizeof(items)
        print(f"append number {n:2}: the list grows to {size} bytes, room for {(size - 56) // 8} items")
