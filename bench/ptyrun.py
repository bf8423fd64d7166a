"""ptyrun.py: the pseudo-terminal both wizard timers use (first_screen.py,
from the start to a marker; tui_keytime.py, from a key to a marker): a
command started in an 80x24 terminal, and its output read until a
pattern shows."""
import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time


def spawn(cmd, env=None):
    """Start cmd in a new 24x80 pseudo-terminal; (pid, master fd)."""
    pid, fd = pty.fork()
    if pid == 0:
        if env is None:
            os.execvp(cmd[0], cmd)
        os.execvpe(cmd[0], cmd, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd


def read_until(fd, pattern, deadline, quiet=0.0):
    """Output until the compiled bytes pattern shows (and then quiet
    seconds pass without more output, when quiet > 0); the text, or None
    at the deadline or when the terminal closes."""
    buf = b""
    seen = None
    while True:
        now = time.monotonic()
        if now > deadline:
            return None
        wait = deadline - now
        if seen is not None:
            wait = min(wait, quiet)
        r, _, _ = select.select([fd], [], [], wait)
        if not r:
            if seen is not None:
                return buf
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            return None
        if not data:
            return None
        buf += data
        if seen is None and pattern.search(buf):
            seen = time.monotonic()
            if quiet <= 0:
                return buf


def kill(pid):
    """SIGKILL pid if it still runs; its rusage once reaped."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _, _, ru = os.wait4(pid, 0)
    return ru
