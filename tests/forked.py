"""Real child processes, cheaply: a helper script imports wplstudio once and then
forks one child per job, so a test can start (and SIGKILL) hundreds of separate
writing processes in seconds instead of paying the ~0.5 s start-up each time.

Script side (tests/crash_writer.py, tests/damaged_prober.py):
    serve(job) answers "run <json>" lines on stdin: it forks a child that runs
    job(args, emit), prints "child <pid>", waits for it and prints "exit <pid> <how>".
    Every line is one os.write, so lines of parent and child never mix.

Test side: Launcher(script) starts it; start(args) gives the child's pid,
finish(pid) gives the lines the child printed and how it ended. POSIX only (fork)."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]


# --- script side -------------------------------------------------------------------

def emit(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def serve(job: Callable[[dict, Callable[[str], None]], None]) -> None:
    emit("ready")
    for line in sys.stdin:
        command, _, payload = line.strip().partition(" ")
        if command != "run":
            break
        pid = os.fork()
        if pid == 0:
            os._exit(_child(job, json.loads(payload)))
        emit(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        emit(f"exit {pid} {_how(status)}")


def _child(job, args: dict) -> int:
    try:
        job(args, emit)
    except BaseException:  # the test reports it; a traceback here is a failed test, not a person's screen
        traceback.print_exc()
        return 1
    return 0


def _how(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal-{os.WTERMSIG(status)}"
    return f"code-{os.WEXITSTATUS(status)}"


# --- test side ---------------------------------------------------------------------

class Launcher:
    def __init__(self, script: Path, stderr_file: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        self._stderr = stderr_file.open("w")
        self.proc = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self._stderr, text=True, bufsize=1, cwd=ROOT, env=env)
        self._lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._backlog: list[str] = []
        self._next(60, lambda line: line == "ready")

    def _read(self) -> None:
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def _next(self, timeout: float, wanted: Callable[[str], bool]) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise TimeoutError("the helper process did not answer in time") from None
            if line is None:
                raise RuntimeError("the helper process ended; see its stderr file")
            if wanted(line):
                return line
            self._backlog.append(line)

    def start(self, args: dict) -> int:
        self._backlog = []
        self.proc.stdin.write("run " + json.dumps(args) + "\n")
        self.proc.stdin.flush()
        return int(self._next(60, lambda line: line.startswith("child ")).split()[1])

    def finish(self, pid: int, timeout: float = 60) -> tuple[list[str], str]:
        """The child's lines and how it ended ("code-0", "signal-9", ...). A child that takes
        longer than timeout is killed and reported as "hang"."""
        try:
            ending = self._next(timeout, lambda line: line.startswith(f"exit {pid} "))
            how = ending.split()[2]
        except TimeoutError:
            os.kill(pid, 9)
            self._next(30, lambda line: line.startswith(f"exit {pid} "))
            how = "hang"
        return list(self._backlog), how

    def close(self) -> None:
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        finally:
            self._stderr.close()
