# uuid: parsing and the views of a UUID, uuid3/uuid5 (deterministic), uuid4/uuid1 properties
import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678'); print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.fields, u.bytes, u.bytes_le)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'))
r = uuid.uuid4(); print(r.version, len(str(r)), uuid.UUID(str(r)) == r, uuid.uuid1().version)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(int=1), uuid.UUID(bytes=b'\x00' * 16), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
try: uuid.UUID('xyz')
except ValueError as e: print(e)
try: u.int = 5
except TypeError as e: print(e)
