#!/usr/bin/env python3
"""tui_keytime.py: how long a key takes in the terminal wizard, from the
key written to the terminal until the screen it opens is drawn.

    tui_keytime.py READY KEY DRAWN -- COMMAND...

COMMAND runs in a pseudo-terminal of 80x24 (TERM from the environment).
Once its output has shown the regular expression READY (the screen is
up) and gone quiet, KEY is written; the time runs until the output after
the key shows DRAWN.  Prints "WALL CPU": the seconds of wall time and the
seconds of CPU (user + system) the program used in that span, from
/proc/PID/schedstat (nanoseconds), not from the tick-counted times.
Exit 1 when READY or DRAWN does not show within 20 s.
"""
import os
import re
import signal
import sys
import time

from ptyrun import read_until, spawn, kill


def cpu_ns(pid):
    with open("/proc/%d/schedstat" % pid) as f:
        return int(f.read().split()[0])


def main(argv):
    if len(argv) < 5 or argv[4] != "--":
        sys.stderr.write(__doc__)
        return 2
    ready = re.compile(argv[1].encode())
    key = argv[2].encode()
    drawn = re.compile(argv[3].encode())
    cmd = argv[5:]
    pid, fd = spawn(cmd)
    os.kill(pid, signal.SIGWINCH)
    rc = 1
    try:
        if read_until(fd, ready, time.monotonic() + 20, quiet=0.3) is None:
            sys.stderr.write("tui_keytime: %r never showed\n" % argv[1])
            return 1
        c0 = cpu_ns(pid)
        t0 = time.monotonic()
        os.write(fd, key)
        if read_until(fd, drawn, time.monotonic() + 20) is None:
            sys.stderr.write("tui_keytime: %r never showed after the key\n" % argv[3])
            return 1
        t1 = time.monotonic()
        c1 = cpu_ns(pid)
        print("%.4f %.4f" % (t1 - t0, (c1 - c0) / 1e9))
        rc = 0
    finally:
        kill(pid)
        os.close(fd)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
