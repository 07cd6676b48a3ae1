"""Ask this operating system where a file really is: its mounts, or on Windows
the kind of each drive letter. The judging is in wplstudio.domain.placement."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from wplstudio.domain.placement import Mount, Placement, classify, is_windows, parse_mount_output, parse_proc_mounts

# GetDriveTypeW's answers, by name
_DRIVE_TYPES = {0: "unknown", 1: "no-root", 2: "removable", 3: "fixed", 4: "remote", 5: "cdrom", 6: "ramdisk"}


def placement_of(path: Path) -> Placement:
    """Where path is; symbolic links followed, so a link to a NAS folder counts as the NAS."""
    return classify(_real(path), sys.platform, system_mounts())


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except OSError:  # an unreachable share: judge the text as given
        return str(path)


def system_mounts() -> list[Mount]:
    try:
        if is_windows(sys.platform):
            return _windows_drives()
        if sys.platform == "darwin":
            return _mac_mounts()
        return parse_proc_mounts(Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace"))
    except (OSError, subprocess.SubprocessError):  # no list: judge by the path's text alone
        return []


def _windows_drives() -> list[Mount]:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetDriveTypeW.argtypes = [ctypes.c_wchar_p]
    bitmask = kernel32.GetLogicalDrives()
    letters = [chr(ord("A") + i) for i in range(26) if bitmask & (1 << i)]
    return [Mount(f"{letter}:", _DRIVE_TYPES.get(kernel32.GetDriveTypeW(f"{letter}:\\"), "unknown")) for letter in letters]


def _mac_mounts() -> list[Mount]:
    result = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False)
    return parse_mount_output(result.stdout)
