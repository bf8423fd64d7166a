#!/usr/bin/env python3
"""proc_time.py RUNS CMD...: run CMD (output discarded) RUNS times and
print the best wall time, with that run's CPU time (user+sys) and peak
RSS, as "WALL_S CPU_S RSS_KIB" (bench/lib.sh's best3v format).  The CPU
time comes from wait4 in microseconds: /usr/bin/time prints hundredths,
too coarse for commands of a few milliseconds."""
import os
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    cmd = sys.argv[2:]
    best = None
    for _ in range(runs):
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        if best is None or wall < best[0]:
            best = (wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss)
    print("%.4f %.4f %d" % best)
    return 0


if __name__ == "__main__":
    sys.exit(main())
