# uuid: every view of a UUID, the constructors and their errors, name-based UUIDs
import uuid, copy

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

samples = [uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.UUID('12345678-1234-5678-1234-567812345678'),
           uuid.UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8'), uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}'),
           uuid.UUID('urn:uuid:c0ffee00-dead-beef-cafe-123456789abc'), uuid.UUID('C0FFEE00DEADBEEFCAFE123456789ABC'),
           uuid.UUID(int=0xe0000000000000000000000000000000 >> 64 << 56)]
for v in [1, 2, 3, 4, 5]:
    samples.append(uuid.UUID(int=0x0123456789abcdef0123456789abcdef, version=v))
for u in samples:
    print(u, repr(u), u.hex, u.int, int(u), u.urn, u.version, u.variant)
    print('  ', u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
    print('  ', u.bytes, u.bytes_le, u.is_safe)
    assert uuid.UUID(bytes=u.bytes) == u and uuid.UUID(bytes_le=u.bytes_le) == u and uuid.UUID(fields=u.fields) == u
    assert uuid.UUID(u.hex) == u and uuid.UUID(str(u)) == u and uuid.UUID(u.urn) == u
for variant_bits in range(8):
    u = uuid.UUID(int=variant_bits << 61 | 0xf << 76)
    print(variant_bits, u.variant, u.version)
print(uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(bytes=bytes(range(16)), version=4), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    print(ns, uuid.uuid3(ns, 'python.org'), uuid.uuid5(ns, 'python.org'), uuid.uuid5(ns, ''), uuid.uuid5(ns, 'ünïcödé'))
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, a != 'x', sorted([b, a]), hash(a) == hash(uuid.UUID(int=1)), {a: 1}[uuid.UUID(int=1)])
print(copy.copy(a) == a, copy.deepcopy([a])[0] == a, a.__getstate__(), uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).__getstate__())
print(repr(uuid.SafeUUID.safe), repr(uuid.SafeUUID.unknown), uuid.SafeUUID(-1), uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
class Tagged(uuid.UUID):
    pass
print(repr(Tagged(int=7)), Tagged(int=7) == uuid.UUID(int=7))
for i in range(3):
    r = uuid.uuid4()
    print(r.version, r.variant, len(str(r)), uuid.UUID(str(r)) == r)
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t1.node == t2.node == uuid.getnode(), 0 < uuid.getnode() < 2**48, uuid.getnode() == uuid.getnode())
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t3.node == 0x123456789abc, t3.clock_seq, t3.time > 0x01b21dd213814000)
show('none', lambda: uuid.UUID())
show('two', lambda: uuid.UUID('12345678123456781234567812345678', int=5))
show('short hex', lambda: uuid.UUID('1234'))
show('bad hex', lambda: uuid.UUID('z' * 32))
show('bytes', lambda: uuid.UUID(bytes=b'abc'))
show('bytes_le', lambda: uuid.UUID(bytes_le=b'abc'))
show('fields', lambda: uuid.UUID(fields=(1, 2, 3)))
for i in range(6):
    bad = [0] * 6
    bad[i] = -1
    show('field %d' % (i + 1), lambda: uuid.UUID(fields=bad))
show('int', lambda: uuid.UUID(int=2**128))
show('int neg', lambda: uuid.UUID(int=-1))
show('version', lambda: uuid.UUID(int=1, version=6))
show('immutable', lambda: setattr(a, 'int', 5))
show('immutable new', lambda: setattr(a, 'other', 5))
show('lt', lambda: a < 5)
show('bytes name', lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'x'))
show('int name', lambda: uuid.uuid5(uuid.NAMESPACE_DNS, 5))
import random
random.seed(1); uuid.uuid1(); print(random.random(), uuid.uuid1().is_safe)
random.seed(1); u = uuid.uuid1(node=5); print(random.random(), u.node, u.is_safe)

# copies keep the int, is_safe and the class
a = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
b = uuid.UUID(int=7)
class T(uuid.UUID): pass
c = T(int=9)
for x in (a, b, c):
    for y in (copy.copy(x), copy.deepcopy(x), copy.deepcopy([x])[0]):
        print(repr(y), y == x, y is x, y.is_safe, type(y).__name__)
