#!/usr/bin/env python3
"""first_screen.py RUNS MARKER QUIT_KEYS CMD...: how long CMD, started in a
pseudo-terminal of 24x80 (TERM=xterm), takes until MARKER appears in what
it writes; then QUIT_KEYS are typed and it is waited for (killed after 5 s).
Prints the best of RUNS as "WALL_S CPU_S": the time to the marker, and the
user+sys CPU time of the whole run, every thread's (wait4; the quit key
comes right after the marker, so that it is the start's but for the
exit).  Exits 1 when the marker never appears (within 10 s)."""
import os
import re
import select
import sys
import time

from ptyrun import read_until, spawn, kill


def one(marker, quit_keys, cmd):
    env = dict(os.environ, TERM="xterm", LINES="24", COLUMNS="80")
    t0 = time.monotonic()
    pid, fd = spawn(cmd, env)
    found = None
    cpu = 0.0
    if read_until(fd, re.compile(re.escape(marker)), t0 + 10) is not None:
        found = time.monotonic() - t0
    try:
        os.write(fd, quit_keys)
    except OSError:
        pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
        done, _, ru = os.wait4(pid, os.WNOHANG)
        if done == pid:
            cpu = ru.ru_utime + ru.ru_stime
            pid = 0
            break
    if pid:
        ru = kill(pid)
        cpu = ru.ru_utime + ru.ru_stime
    os.close(fd)
    return found, cpu


def main():
    runs = int(sys.argv[1])
    marker = sys.argv[2].encode()
    quit_keys = sys.argv[3].encode().decode("unicode_escape").encode("latin-1")
    cmd = sys.argv[4:]
    best = None
    for _ in range(runs):
        t, c = one(marker, quit_keys, cmd)
        if t is None:
            print("first_screen: %r never showed %r" % (cmd, marker), file=sys.stderr)
            return 1
        if best is None or t < best[0]:
            best = (t, c)
    print("%.4f %.3f" % best)
    return 0


if __name__ == "__main__":
    sys.exit(main())
