"""Where a database file is: the paths people really use on Windows, Linux and
macOS, each judged as a person who knows the machine would judge it."""

from __future__ import annotations

import pytest

from wplstudio.domain.placement import CLOUD, LOCAL, NETWORK, Mount, classify, parse_mount_output, parse_proc_mounts

WIN_DRIVES = [Mount("C:", "fixed"), Mount("D:", "fixed"), Mount("E:", "removable"), Mount("G:", "fixed"), Mount("Z:", "remote")]
LINUX_MOUNTS = [
    Mount("/", "ext4"), Mount("/tmp", "tmpfs"), Mount("/home", "ext4"), Mount("/mnt/nas", "nfs4"),
    Mount("/media/share", "cifs"), Mount("/srv/data", "smb3"), Mount("/home/piet/remote", "fuse.sshfs"),
    Mount("/run/user/1000/gvfs", "fuse.gvfsd-fuse"), Mount("/home/piet/gdrive", "fuse.rclone"),
    Mount("/mnt/c", "9p"), Mount("/mnt/old-nfs", "nfs"), Mount("/media/piet/USB STICK", "vfat"),
    Mount("/mnt/vm", "vboxsf"),
]
MAC_MOUNTS = [Mount("/", "apfs"), Mount("/Volumes/data", "smbfs"), Mount("/Volumes/Backup", "hfs"), Mount("/Volumes/home", "nfs")]

CASES = [
    # --- Windows: cloud-synced folders --------------------------------------
    ("win32", r"C:\Users\piet\OneDrive - Bedrijf\wpl.sqlite", CLOUD, "OneDrive"),
    ("win32", r"C:\Users\piet\onedrive - bedrijf\WPL.SQLITE", CLOUD, "OneDrive"),  # Windows paths ignore case
    ("win32", r"C:\USERS\PIET\ONEDRIVE\Documenten\wpl.sqlite", CLOUD, "OneDrive"),
    ("win32", r"D:\Dropbox\wplstudio\wpl.sqlite", CLOUD, "Dropbox"),
    ("win32", r"C:\Users\piet\Dropbox (Bedrijf)\Werkplaats\wpl.sqlite", CLOUD, "Dropbox"),
    ("win32", r"G:\My Drive\wpl.sqlite", CLOUD, "Google Drive"),
    ("win32", r"G:\Mijn Drive\Werkplaats\wpl.sqlite", CLOUD, "Google Drive"),
    ("win32", r"G:\Shared drives\Werkplaats\wpl.sqlite", CLOUD, "Google Drive"),
    ("win32", r"C:\Users\piet\Google Drive\wpl.sqlite", CLOUD, "Google Drive"),
    ("win32", r"C:\Users\piet\iCloudDrive\wpl.sqlite", CLOUD, "iCloud"),
    ("win32", r"C:\Users\piet\Nextcloud\Kantoor\wpl.sqlite", CLOUD, "Nextcloud"),
    ("win32", "C:/Users/piet/OneDrive/wpl.sqlite", CLOUD, "OneDrive"),  # forward slashes
    # --- Windows: network shares and mapped drives ---------------------------
    ("win32", r"\\nas\data\wpl.sqlite", NETWORK, r"\\nas\data"),
    ("win32", "//nas/data/wpl.sqlite", NETWORK, r"\\nas\data"),
    ("win32", r"\\?\UNC\nas\data\wpl.sqlite", NETWORK, r"\\nas\data"),
    ("win32", r"\\192.168.1.10\wpl$\wpl.sqlite", NETWORK, r"\\192.168.1.10\wpl$"),
    ("win32", r"\\NAS\Data\Werkplaats\wpl.sqlite", NETWORK, r"\\nas\data"),
    ("win32", r"Z:\wpl.sqlite", NETWORK, "Z:"),
    ("win32", r"z:\Werkplaats\wpl.sqlite", NETWORK, "Z:"),  # a mapped drive, typed in lower case
    # --- Windows: on this computer --------------------------------------------
    ("win32", r"C:\Users\piet\Documents\wpl.sqlite", LOCAL, ""),
    ("win32", r"C:\ProgramData\wplstudio\wpl.sqlite", LOCAL, ""),
    ("win32", r"\\?\C:\Users\piet\AppData\Local\wplstudio\wpl.sqlite", LOCAL, ""),
    ("win32", r"E:\wpl.sqlite", LOCAL, ""),  # a USB stick is a local disk
    ("win32", r"D:\Werk\Dropbox-export\wpl.sqlite", LOCAL, ""),  # a copy that someone named so: not synced
    ("win32", r"D:\Werk\Dropboxes\wpl.sqlite", LOCAL, ""),  # a name that only starts like it
    ("win32", r"C:\Users\piet\Documents\OneDriveOud\wpl.sqlite", LOCAL, ""),
    # --- Linux: network file systems ---------------------------------------------
    ("linux", "/mnt/nas/wpl.sqlite", NETWORK, "nfs4 on /mnt/nas"),
    ("linux", "/mnt/nas/Werkplaats/2024/wpl.sqlite", NETWORK, "nfs4 on /mnt/nas"),
    ("linux", "/media/share/wpl.sqlite", NETWORK, "cifs on /media/share"),
    ("linux", "/srv/data/wpl.sqlite", NETWORK, "smb3 on /srv/data"),
    ("linux", "/home/piet/remote/wpl.sqlite", NETWORK, "fuse.sshfs on /home/piet/remote"),
    ("linux", "/run/user/1000/gvfs/smb-share:server=nas,share=data/wpl.sqlite", NETWORK, "smb-share:server=nas,share=data"),
    ("linux", "/mnt/c/Users/piet/wpl.sqlite", NETWORK, "9p on /mnt/c"),  # WSL's Windows disk: locks do not hold
    ("linux", "/mnt/vm/wpl.sqlite", NETWORK, "vboxsf on /mnt/vm"),
    ("linux", "//nas/data/wpl.sqlite", NETWORK, r"\\nas\data"),
    ("linux", "smb://nas/data/wpl.sqlite", NETWORK, "smb"),
    # --- Linux: cloud-synced folders ------------------------------------------------
    ("linux", "/home/piet/Dropbox/wpl.sqlite", CLOUD, "Dropbox"),
    ("linux", "~/Google Drive/wpl.sqlite", CLOUD, "Google Drive"),
    ("linux", "/home/piet/OneDrive/Werk/wpl.sqlite", CLOUD, "OneDrive"),
    ("linux", "/home/piet/gdrive/wpl.sqlite", CLOUD, "rclone"),
    ("linux", "/run/user/1000/gvfs/google-drive:host=gmail.com,user=piet/wpl.sqlite", CLOUD, "Google Drive"),
    # --- Linux: on this computer ------------------------------------------------------
    ("linux", "/home/piet/wplstudio/wpl.sqlite", LOCAL, ""),
    ("linux", "/tmp/wpl.sqlite", LOCAL, ""),
    ("linux", "/mnt/nasbackup/wpl.sqlite", LOCAL, ""),  # starts like /mnt/nas, is not inside it
    ("linux", "/media/piet/USB STICK/wpl.sqlite", LOCAL, ""),
    ("linux", "/home/piet/Dropbox/../Werk/wpl.sqlite", LOCAL, ""),  # out of the Dropbox folder again
    ("linux", "/home/piet/dropbox-notities/wpl.sqlite", LOCAL, ""),
    ("linux", "/home/Piet/dropbox/wpl.sqlite", CLOUD, "Dropbox"),
    # --- macOS ------------------------------------------------------------------------------
    ("darwin", "/Users/piet/Library/Mobile Documents/com~apple~CloudDocs/wpl.sqlite", CLOUD, "iCloud"),
    ("darwin", "/Users/piet/Library/CloudStorage/OneDrive-Persoonlijk/wpl.sqlite", CLOUD, "OneDrive"),
    ("darwin", "/Users/piet/Library/CloudStorage/GoogleDrive-piet@gmail.com/My Drive/wpl.sqlite", CLOUD, "Google Drive"),
    ("darwin", "/Users/piet/Library/CloudStorage/Dropbox/Werk/wpl.sqlite", CLOUD, "Dropbox"),
    ("darwin", "/Volumes/data/wpl.sqlite", NETWORK, "smbfs on /Volumes/data"),
    ("darwin", "/Volumes/home/piet/wpl.sqlite", NETWORK, "nfs on /Volumes/home"),
    ("darwin", "/Volumes/Backup/wpl.sqlite", LOCAL, ""),
    ("darwin", "/Users/piet/Documents/wpl.sqlite", LOCAL, ""),
]


def _mounts(platform: str) -> list[Mount]:
    return {"win32": WIN_DRIVES, "linux": LINUX_MOUNTS, "darwin": MAC_MOUNTS}[platform]


def test_the_table_has_at_least_thirty_paths_from_windows_and_linux():
    assert len(CASES) >= 30
    assert sum(1 for c in CASES if c[0] == "win32") >= 15 and sum(1 for c in CASES if c[0] == "linux") >= 15


@pytest.mark.parametrize(("platform", "path", "kind", "detail"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_a_database_path_is_judged_as_a_person_who_knows_the_machine_would(platform, path, kind, detail):
    placement = classify(path, platform, _mounts(platform))
    assert placement.kind == kind
    assert placement.risky == (kind != LOCAL)
    assert placement.detail.casefold() == detail.casefold()
    assert placement.reason  # a phrase to show, never empty


def test_without_any_mount_list_the_path_text_still_gives_shares_and_cloud_folders_away():
    assert classify(r"\\nas\data\wpl.sqlite", "win32", []).kind == NETWORK
    assert classify("/run/user/1000/gvfs/smb-share:server=nas,share=data/wpl.sqlite", "linux", []).kind == NETWORK
    assert classify(r"C:\Users\piet\OneDrive\wpl.sqlite", "win32", []).kind == CLOUD
    assert classify(r"Z:\wpl.sqlite", "win32", []).kind == LOCAL  # unknown drive kind: judged by the text only
    assert classify("", "linux", []).kind == LOCAL


def test_mounts_may_be_given_as_plain_pairs():
    assert classify("/mnt/nas/wpl.sqlite", "linux", [("/", "ext4"), ("/mnt/nas", "nfs4")]).kind == NETWORK


def test_the_linux_mount_table_is_read_with_its_escaped_spaces_and_old_fuse_names():
    text = (
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        "nas:/export/werk /mnt/nas\\040werk nfs4 rw,relatime,vers=4.2 0 0\n"
        "//nas/data /media/share cifs rw,vers=3.1.1 0 0\n"
        "sshfs#piet@nas:/data /home/piet/remote fuse rw,nosuid 0 0\n"
        "gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid 0 0\n"
        "\n"
    )
    mounts = parse_proc_mounts(text)
    assert mounts == [Mount("/", "ext4"), Mount("/mnt/nas werk", "nfs4"), Mount("/media/share", "cifs"),
                      Mount("/home/piet/remote", "fuse.sshfs"), Mount("/run/user/1000/gvfs", "fuse.gvfsd-fuse")]
    assert classify("/mnt/nas werk/wpl.sqlite", "linux", mounts).detail == "nfs4 on /mnt/nas werk"
    assert classify("/home/piet/remote/wpl.sqlite", "linux", mounts).kind == NETWORK


def test_the_macos_mount_output_is_read():
    text = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//piet@nas/data on /Volumes/data (smbfs, nodev, nosuid, mounted by piet)\n"
        "nas:/export/home on /Volumes/my home (nfs, asynchronous)\n"
    )
    assert parse_mount_output(text) == [Mount("/", "apfs"), Mount("/Volumes/data", "smbfs"), Mount("/Volumes/my home", "nfs")]
