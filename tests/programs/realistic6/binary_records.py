# A binary record file format: struct pack/unpack/calcsize/iter_unpack/pack_into, bytes and bytearray methods, memoryview slicing, a binascii.crc32 checksum, written to a tempfile and read back, then removed.
import os
import struct
import tempfile
from binascii import crc32, hexlify, unhexlify

MAGIC = b"PYREC\x00"
HEADER = struct.Struct("<6sHHI")          # magic, version, record count, flags
RECORD = struct.Struct("<IhdB3x")         # id, delta, value, kind, padding
print(HEADER.size, RECORD.size, struct.calcsize("@ihd"), struct.calcsize("=ihd"), struct.calcsize(">?c5p"))

KINDS = {0: "sensor", 1: "meter", 2: "probe"}


def encode_name(name):
    raw = name.encode("utf-8")
    return struct.pack(f"<B{len(raw)}s", len(raw), raw)


def write_file(path, records):
    body = bytearray()
    for rid, delta, value, kind, name in records:
        body += RECORD.pack(rid, delta, value, kind)
        body.extend(encode_name(name))
    header = HEADER.pack(MAGIC, 3, len(records), 0b101)
    crc = crc32(header + body)
    with open(path, "wb") as f:
        f.write(header)
        f.write(body)
        f.write(struct.pack(">I", crc))
    return len(header) + len(body) + 4


def read_file(path):
    with open(path, "rb") as f:
        data = f.read()
    view = memoryview(data)
    magic, version, count, flags = HEADER.unpack_from(view, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    (crc,) = struct.unpack(">I", view[-4:])
    if crc32(view[:-4]) != crc:
        raise ValueError("checksum mismatch")
    pos = HEADER.size
    out = []
    for _ in range(count):
        rid, delta, value, kind = RECORD.unpack_from(view, pos)
        pos += RECORD.size
        n = view[pos]
        name = bytes(view[pos + 1:pos + 1 + n]).decode("utf-8")
        pos += 1 + n
        out.append((rid, delta, value, KINDS.get(kind, "?"), name))
    return version, flags, out


records = [(1001, -5, 21.5, 0, "boiler"), (1002, 300, -0.125, 1, "Zähler"),
           (70000, -32768, 1e100, 2, "probe-α"), (4294967295, 32767, float("inf"), 1, "")]
fd, path = tempfile.mkstemp(suffix=".rec")
os.close(fd)
try:
    size = write_file(path, records)
    print("written:", size, "bytes; on disk:", os.path.getsize(path))
    version, flags, back = read_file(path)
    print("version", version, "flags", bin(flags))
    for rec in back:
        print("  ", rec)
    print("round trip:", [r[:3] + (KINDS[r[3]], r[4]) for r in records] == back)

    with open(path, "rb") as f:
        head = f.read(16)
        f.seek(-4, os.SEEK_END)
        tail = f.read()
    print(head.hex(" ", 4), tail.hex(), head[:5].decode(), head.find(b"\x03"), head.count(0))

    # Corrupt one byte in place and read again.
    with open(path, "r+b") as f:
        f.seek(HEADER.size + 2)
        b = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([b[0] ^ 0xFF]))
    try:
        read_file(path)
    except ValueError as e:
        print("ValueError:", e)
finally:
    os.remove(path)
print("removed:", not os.path.exists(path))

# struct errors and edge cases.
for fmt, args in [("<h", (40000,)), ("<I", (-1,)), ("<B", (256,)), ("<2s", ("ab",)),
                  ("<i", (1.5,)), ("<ii", (1,)), ("<q", (2 ** 63,))]:
    try:
        print(struct.pack(fmt, *args))
    except struct.error as e:
        print(f"struct.error({fmt}): {e}")
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("<?3sxc", 7, b"toolong", b"z"), struct.pack(">e", 1.5), struct.unpack("<f", struct.pack("<f", 0.1)))
print(list(struct.iter_unpack("<hb", bytes(range(9)))))
buf = bytearray(12)
struct.pack_into("<HxxQ", buf, 0, 0xBEEF, 2 ** 40 + 7)
print(buf, struct.unpack_from("<Q", buf, 4))

# bytes and bytearray as the format's tools.
blob = bytearray(b"key=value;  name = Zed ;empty=;")
pairs = [p.split(b"=", 1) for p in blob.split(b";") if p]
print({k.strip().decode(): v.strip() for k, v in pairs})
blob[0:3] = b"KEY"
del blob[-1]
blob.insert(0, ord("["))
blob.append(ord("]"))
print(blob, blob.upper().replace(b" ", b"")[:20], bytes(blob).rstrip(b"]").lstrip(b"["))
print(bytes.fromhex("de ad be ef"), b"\x00\x01abc".isalnum(), b"abc".isalpha(), b"  x ".strip())
print(int.from_bytes(b"\x01\x00", "little"), (513).to_bytes(2, "big"), (-2).to_bytes(2, "big", signed=True))
print(b"a,b,,c".split(b","), b"line1\nline2\r\n".splitlines(keepends=True), b"ab" * 3, b"%d-%s" % (5, b"x"))
mv = memoryview(bytearray(b"abcdef"))
mv[1:3] = b"XY"
print(mv.tobytes(), mv[::2].tobytes(), mv.nbytes, mv.readonly, bytes(mv[-2:]))
print(crc32(b"hello"), crc32(b" world", crc32(b"hello")) == crc32(b"hello world"))
print(hexlify(b"\x00\xffab", "-"), unhexlify("00ff6162"), hexlify(bytearray(b"xyz")))
