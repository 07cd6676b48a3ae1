"""Where a database file lives: on this computer, or in a network or cloud-synced
folder, where SQLite files get damaged (file locks that do not reach the other
side, a sync client copying a file while it is half written).

Pure: the caller passes the path as text, the platform and the mounts (from
/proc/self/mounts, `mount` or the Windows drive types), so every case can be
tested on any system. wplstudio.storage.placement_probe gathers the real ones."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Iterable

from wplstudio.domain.text import QT_TRANSLATE_NOOP

LOCAL, NETWORK, CLOUD = "local", "network", "cloud"


@dataclass(frozen=True)
class Mount:
    """A mounted file system: a mount point and its type ("nfs4", "cifs", ...),
    or on Windows a drive ("Z:") with its GetDriveTypeW kind ("remote", "fixed", ...)."""

    point: str
    fstype: str


@dataclass(frozen=True)
class Placement:
    kind: str
    reason: str  # English source text, context "placement"
    detail: str = ""  # what was recognised: "OneDrive", "\\\\nas\\data", "nfs4 on /mnt/nas"

    @property
    def risky(self) -> bool:
        return self.kind != LOCAL


ON_THIS_COMPUTER = Placement(LOCAL, QT_TRANSLATE_NOOP("placement", "a folder on this computer"))

# Folder names that sync clients create; compared case-insensitively.
_CLOUD_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "mijn drive": "Google Drive", "shared drives": "Google Drive",
    "gedeelde drives": "Google Drive", "icloud drive": "iCloud", "iclouddrive": "iCloud",
    "mobile documents": "iCloud", "com~apple~clouddocs": "iCloud", "nextcloud": "Nextcloud",
    "owncloud": "ownCloud", "pcloud drive": "pCloud", "box sync": "Box", "synologydrive": "Synology Drive",
    "synology drive": "Synology Drive", "surfdrive": "SURFdrive", "tresorit": "Tresorit",
}
# Business names ("OneDrive - Bedrijf", "Dropbox (Bedrijf)") and GNOME's online accounts.
_CLOUD_PREFIXES = {
    "onedrive - ": "OneDrive", "dropbox (": "Dropbox", "google-drive:": "Google Drive", "onedrive:": "OneDrive",
}
# GNOME's gvfs and KDE's kio-fuse show network locations as folders with these names.
_NETWORK_PREFIXES = ("smb-share:", "sftp:", "ftp:", "dav:", "davs:", "nfs:", "afp-volume:", "kio-fuse-")

_NETWORK_FSTYPES = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "drvfs", "ceph",
    "glusterfs", "lustre", "gpfs", "beegfs", "gfs2", "ocfs2", "davfs", "webdav", "afpfs", "vboxsf", "vmhgfs",
    "prl_fs", "sshfs", "osxfuse", "macfuse", "remote",
    "fuse.sshfs", "fuse.glusterfs", "fuse.gvfsd-fuse", "fuse.gvfs-fuse-daemon", "fuse.kio-fuse", "fuse.s3fs",
    "fuse.cephfs", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.afpfs", "fuse.vmhgfs-fuse", "fuse.davfs2",
}
_CLOUD_FSTYPES = {
    "fuse.rclone": "rclone", "rclone": "rclone", "fuse.onedriver": "OneDrive",
    "fuse.google-drive-ocamlfuse": "Google Drive", "fuse.gdfs": "Google Drive", "fuse.dropbox": "Dropbox",
}
_URL = re.compile(r"^(smb|cifs|nfs|sftp|ssh|ftp|ftps|afp|dav|davs|webdav|http|https)://", re.IGNORECASE)
_DRIVE = re.compile(r"^([a-z]):", re.IGNORECASE)


def classify(path_text: str, platform: str, mounts: Iterable[Mount | tuple[str, str]] = ()) -> Placement:
    """Where path_text is, judged from its text and the mounts; platform as sys.platform gives it."""
    windows = is_windows(platform)
    text = _windows_form(path_text.strip()) if windows else path_text.strip()
    if not text:
        return ON_THIS_COMPUTER
    found = _url(text) or _unc_share(text)
    if found:
        return found
    text = posixpath.normpath(text)  # "Dropbox/../Werk" is not in Dropbox
    return _named_location(text) or _by_mount(text, [m if isinstance(m, Mount) else Mount(*m) for m in mounts], windows) or ON_THIS_COMPUTER


def is_windows(platform: str) -> bool:
    return platform.lower().startswith(("win", "cygwin", "msys"))


def _windows_form(text: str) -> str:
    """Forward slashes, and without the \\\\?\\ long-path prefix: \\\\?\\UNC\\nas\\x is \\\\nas\\x."""
    text = text.replace("\\", "/")
    folded = text.casefold()
    if folded.startswith("//?/unc/"):
        return "//" + text[len("//?/unc/"):]
    if folded.startswith(("//?/", "//./")):
        return text[4:]
    return text


def _url(text: str) -> Placement | None:
    match = _URL.match(text)
    if not match:
        return None
    return Placement(NETWORK, QT_TRANSLATE_NOOP("placement", "a network share"), match.group(1).lower())


def _unc_share(text: str) -> Placement | None:
    """\\\\server\\share (or //server/share): a folder on another computer."""
    if not text.startswith("//") or text.startswith("///"):
        return None
    parts = [p for p in text[2:].split("/") if p]
    if not parts:
        return None
    return Placement(NETWORK, QT_TRANSLATE_NOOP("placement", "a network share"), "\\\\" + "\\".join(parts[:2]))


def _named_location(text: str) -> Placement | None:
    parts = [p.casefold() for p in text.replace("\\", "/").split("/") if p]
    for index, part in enumerate(parts):
        service = _cloud_service(part) or _mac_cloud_storage(parts, index)
        if service:
            return Placement(CLOUD, QT_TRANSLATE_NOOP("placement", "a cloud-synced folder"), service)
        if part.startswith(_NETWORK_PREFIXES):
            return Placement(NETWORK, QT_TRANSLATE_NOOP("placement", "a network share"), part)
    return None


def _cloud_service(part: str) -> str | None:
    if part in _CLOUD_FOLDERS:
        return _CLOUD_FOLDERS[part]
    return next((name for prefix, name in _CLOUD_PREFIXES.items() if part.startswith(prefix)), None)


def _mac_cloud_storage(parts: list[str], index: int) -> str | None:
    """macOS puts every File Provider sync client under ~/Library/CloudStorage/, in
    folders named like "OneDrive-Persoonlijk" or "GoogleDrive-piet@gmail.com"."""
    if parts[index] == "cloudstorage" and index > 0 and parts[index - 1] == "library" and index + 1 < len(parts):
        client = parts[index + 1].split("-")[0]
        return _CLOUD_FOLDERS.get(client, client)
    return None


def _by_mount(text: str, mounts: list[Mount], windows: bool) -> Placement | None:
    mount = _drive_of(text, mounts) if windows else _longest_mount(text, mounts)
    if mount is None:
        return None
    fstype = mount.fstype.casefold()
    where = mount.point if windows else f"{mount.fstype} on {mount.point}"
    if fstype in _CLOUD_FSTYPES:
        return Placement(CLOUD, QT_TRANSLATE_NOOP("placement", "a cloud-synced folder"), _CLOUD_FSTYPES[fstype])
    if fstype in _NETWORK_FSTYPES:
        reason = QT_TRANSLATE_NOOP("placement", "a mapped network drive") if windows else QT_TRANSLATE_NOOP("placement", "a network file system")
        return Placement(NETWORK, reason, where)
    return None


def _drive_of(text: str, mounts: list[Mount]) -> Mount | None:
    match = _DRIVE.match(text)
    if not match:
        return None
    letter = match.group(1).casefold()
    return next((m for m in mounts if m.point[:1].casefold() == letter), None)


def _longest_mount(text: str, mounts: list[Mount]) -> Mount | None:
    inside = [m for m in mounts if _is_inside(text, m.point)]
    return max(inside, key=lambda m: len(m.point), default=None)


def _is_inside(path: str, point: str) -> bool:
    point = point.rstrip("/") or "/"
    return point == "/" or path == point or path.startswith(point + "/")


# --- reading the system's own lists (pure, so they are tested everywhere) ----

def parse_proc_mounts(text: str) -> list[Mount]:
    """Linux's /proc/self/mounts: "device mountpoint fstype options 0 0", spaces as \\040."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, fstype = (_unescape(f) for f in fields[:3])
        if fstype == "fuse" and "#" in device:  # the old form: "sshfs#piet@nas:/data"
            fstype = "fuse." + device.split("#", 1)[0]
        mounts.append(Mount(point, fstype))
    return mounts


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


_MAC_MOUNT = re.compile(r"^(?P<device>.+?) on (?P<point>.+) \((?P<fstype>[^,)]+)")


def parse_mount_output(text: str) -> list[Mount]:
    """macOS's `mount`: "//piet@nas/data on /Volumes/data (smbfs, nodev, nosuid, mounted by piet)"."""
    found = (_MAC_MOUNT.match(line) for line in text.splitlines())
    return [Mount(m.group("point"), m.group("fstype").strip()) for m in found if m]
