#!/usr/bin/env python3
"""evtx_assemble.py SRC.evtx OUT.evtx MIN_RECORDS: a large .evtx for the
benchmark, made of SRC's chunks repeated until OUT holds at least
MIN_RECORDS records.  Each copy is renumbered (chunk header and every
record's identifier, then the chunk's two CRC32s and the file header's
are computed again), so OUT reads as one log with records numbered in
order.  Layout (libevtx's documentation of the format): a 4096-byte file
header, then 65536-byte chunks "ElfChnk\\0" whose records ("**\\0\\0",
size, identifier) start at 512."""
import struct
import sys
import zlib

HEADER, CHUNK = 4096, 65536


def main():
    src, out, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
    data = open(src, 'rb').read()
    chunks = []
    for i in range((len(data) - HEADER) // CHUNK):
        c = data[HEADER + i * CHUNK:HEADER + (i + 1) * CHUNK]
        if c[:8] == b'ElfChnk\0':
            chunks.append(c)
    if not chunks:
        sys.exit('%s: no chunks' % src)
    first = struct.unpack_from('<Q', chunks[0], 24)[0]
    last = struct.unpack_from('<Q', chunks[-1], 32)[0]
    per_copy = last - first + 1
    copies = (want + per_copy - 1) // per_copy
    if copies * len(chunks) > 65535:
        sys.exit('too many chunks for one file')
    with open(out, 'wb') as f:
        f.write(b'\0' * HEADER)
        n = 0
        for k in range(copies):
            shift = k * per_copy
            for c in chunks:
                c = bytearray(c)
                a, b, x, y = struct.unpack_from('<QQQQ', c, 8)
                struct.pack_into('<QQQQ', c, 8, a + shift, b + shift,
                                 x + shift, y + shift)
                free = struct.unpack_from('<I', c, 48)[0]
                pos = 512
                while pos + 24 <= free and c[pos:pos + 4] == b'**\0\0':
                    size = struct.unpack_from('<I', c, pos + 4)[0]
                    rid = struct.unpack_from('<Q', c, pos + 8)[0]
                    struct.pack_into('<Q', c, pos + 8, rid + shift)
                    if size < 24:
                        break
                    pos += size
                struct.pack_into('<I', c, 52, zlib.crc32(bytes(c[512:free])))
                struct.pack_into('<I', c, 124,
                                 zlib.crc32(bytes(c[:120]) + bytes(c[128:512])))
                f.write(c)
                n += 1
        head = bytearray(data[:HEADER])
        struct.pack_into('<QQQ', head, 8, 0, n - 1, last + shift + 1)
        struct.pack_into('<H', head, 42, n)
        struct.pack_into('<I', head, 124, zlib.crc32(bytes(head[:120])))
        f.seek(0)
        f.write(head)
    print('%s: %d chunks, %d records' % (out, n, copies * per_copy))


main()
