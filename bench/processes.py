"""Running a benchmarked program: wall time, peak memory and output of one process."""

import os
import signal
import subprocess
import tempfile
import threading
import time


class RunFailed(Exception):
    pass


class Run:
    """One finished process: wall time from start to exit, peak resident memory, its output, and its start instant."""

    def __init__(self, started_ns, wall_ns, peak_rss_kb, stdout):
        self.started_ns = started_ns
        self.wall_ns = wall_ns
        self.peak_rss_kb = peak_rss_kb
        self.stdout = stdout

    def values(self, key):
        """The numbers printed on lines "KEY NUMBER"."""
        return [float(line.split()[1]) for line in self.stdout.splitlines() if line.startswith(key + " ")]


def run(command, env=None, stdin_text=None, timeout=300):
    """Runs COMMAND to completion; RunFailed when it fails or times out. Peak RSS comes from wait4, as the kernel
    counted it for this process alone."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as inp:
        if stdin_text is not None:
            inp.write(stdin_text.encode())
            inp.seek(0)
        started = time.monotonic_ns()
        try:
            process = subprocess.Popen(command, stdin=inp, stdout=out, stderr=err, env=env)
        except OSError as error:
            raise RunFailed(f"cannot start {command[0]}: {error.strerror}") from error
        timer = threading.Timer(timeout, lambda: os.kill(process.pid, signal.SIGKILL))
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic_ns() - started
        timer.cancel()
        if wall >= timeout * 1e9:
            raise RunFailed(f"{' '.join(map(str, command))} did not finish within {timeout} s")
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        if process.returncode != 0:
            message = err.read().decode(errors="replace").strip().splitlines()
            raise RunFailed(f"{' '.join(map(str, command))} exited with {process.returncode}: "
                            f"{message[-1] if message else 'no message'}")
        return Run(started, wall, usage.ru_maxrss, stdout)
