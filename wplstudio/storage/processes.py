"""Processes on this computer, as the lock file needs to know them: does the
process with this id still run, and since when? POSIX asks the kernel (os.kill
with signal 0, /proc on Linux); Windows asks kernel32, because os.kill there
would end the process instead of asking about it."""

from __future__ import annotations

import os
from pathlib import Path

# PROCESS_QUERY_LIMITED_INFORMATION, ERROR_ACCESS_DENIED, STILL_ACTIVE
_QUERY, _ACCESS_DENIED, _STILL_ACTIVE = 0x1000, 5, 259
_FILETIME_EPOCH = 116444736000000000  # 1601-01-01 to 1970-01-01, in 100 ns steps


def pid_alive(pid: int) -> bool:
    """Does a process with this id run on this computer?"""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it runs, as another user
        return True
    except OSError:
        return False
    return True


def started_at(pid: int) -> float | None:
    """When the process with this id started (seconds since 1970); None when this
    system cannot tell (macOS, a process of another user on Windows, no /proc)."""
    try:
        if os.name == "nt":
            return _windows_started(pid)
        return _linux_started(pid)
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _linux_started(pid: int) -> float | None:
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return None
    fields = stat.read_text().rsplit(")", 1)[1].split()  # the name in (...) may hold spaces
    ticks = int(fields[19])  # field 22, starttime: clock ticks after boot
    boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines() if line.startswith("btime "))
    return boot + ticks / os.sysconf("SC_CLK_TCK")


def _kernel32():
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE] + [ctypes.POINTER(wintypes.FILETIME)] * 4
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    return kernel32


def _windows_pid_alive(pid: int) -> bool:
    import ctypes
    from ctypes import wintypes

    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(_QUERY, False, pid)
    if not handle:
        return ctypes.get_last_error() == _ACCESS_DENIED  # it exists, it is not ours
    try:
        code = wintypes.DWORD()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(ok) and code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _windows_started(pid: int) -> float | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(_QUERY, False, pid)
    if not handle:
        return None
    try:
        created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in (created, exited, kernel, user))):
            return None
        return ((created.dwHighDateTime << 32 | created.dwLowDateTime) - _FILETIME_EPOCH) / 10_000_000
    finally:
        kernel32.CloseHandle(handle)
