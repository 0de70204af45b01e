import struct
packet = bytes([0x02, 0x00, 0x10]) + b"HELLO" + bytes([0xFF, 0xFE]) + (1234).to_bytes(4, "little")
print(packet, len(packet), packet.hex(" "), packet[0], packet[1:3], int.from_bytes(packet[1:3], "big"))
kind, length = packet[0], int.from_bytes(packet[1:3], "big")
body, rest = packet[3:8], packet[8:]
print(kind, length, body.decode("ascii"), rest[:2] == b"\xff\xfe", int.from_bytes(rest[2:], "little"))
print(struct.pack("<HI", 1, 2), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("<hiq"), struct.pack("3s", b"abcdef"))
buf = bytearray()
for word in ["alpha", "beta", ""]:
    data = word.encode()
    buf += len(data).to_bytes(1, "big") + data
print(buf, bytes(buf))
pos, out = 0, []
while pos < len(buf):
    n = buf[pos]
    out.append(buf[pos + 1:pos + 1 + n].decode())
    pos += 1 + n
print(out)
checksum = sum(packet) & 0xFF
print(checksum, hex(checksum), bytes([checksum ^ 0xFF]), bytes(b ^ 0x20 for b in b"Hello"), bytearray(b"abc").upper())
try:
    body.decode("utf-8")[10]
except IndexError as e:
    print("IndexError:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)
