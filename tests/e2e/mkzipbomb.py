# mkzipbomb.py OUT N_ENTRIES MIB: a zip of N entries (hive and cluster log
# names) each inflating to MIB MiB of zeros, written without inflating
# anything: one MiB deflated after a full flush is the same bytes every
# time, so the stream is that block repeated.  For the triage tests.
import struct, sys, zlib
out, n_entries, mib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
zeros = bytes(1 << 20)
c = zlib.compressobj(9, zlib.DEFLATED, -15)
a = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
b = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
b2 = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
assert b == b2
data = a + b * (mib - 1) + c.flush()
crc = 0
for _ in range(mib):
    crc = zlib.crc32(zeros, crc)
names = ["Windows/System32/config/SYSTEM", "Windows/System32/config/SOFTWARE"] + \
    ["Windows/Cluster/c%d.log" % i for i in range(n_entries)]
names = names[:n_entries]
usize = mib << 20
f = open(out, "wb")
cd = b""
for name in names:
    off = f.tell()
    nb = name.encode()
    f.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, 8, 0, 0x21, crc, len(data), usize, len(nb), 0) + nb)
    f.write(data)
    cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, 8, 0, 0x21, crc, len(data), usize,
                      len(nb), 0, 0, 0, 0, 0, off) + nb
cdoff = f.tell()
f.write(cd)
f.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(names), len(names), len(cd), cdoff, 0))
f.close()
