"""Excel files as companies really have them, built with openpyxl for the import tests:
a title above the header, core tasks merged over their tasks, team headings, names
written "de Boer, Sanne", levels as letters, digits, dashes and lower case, a notes
column, a total row with formulas, a legend and a stray note below. Plus broken files."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

import openpyxl

# What the messy sheet says, and what the demo company must hold after importing it.
MESSY_EXPECTED = {
    ("Piet Visser", "MIG/MAG-lassen staal"): 4,
    ("Piet Visser", "TIG-lassen rvs"): 3,
    ("Piet Visser", "Kantbank instellen"): 0,
    ("Piet Visser", "VCA Basis"): 3,
    ("Ilse Kok", "MIG/MAG-lassen staal"): 3,
    ("Ilse Kok", "TIG-lassen rvs"): 0,
    ("Ilse Kok", "Kantbank instellen"): 1,
    ("Ilse Kok", "VCA Basis"): 4,
    ("Sanne de Boer", "MIG/MAG-lassen staal"): 1,
    ("Sanne de Boer", "TIG-lassen rvs"): 0,
    ("Sanne de Boer", "Kantbank instellen"): 4,
    ("Sanne de Boer", "VCA Basis"): 3,
    ("Ruud Jansen", "MIG/MAG-lassen staal"): 0,
    ("Ruud Jansen", "TIG-lassen rvs"): 2,
    ("Ruud Jansen", "Kantbank instellen"): 3,
    ("Ruud Jansen", "VCA Basis"): 3,  # a formula (=1+2) whose result Excel saved
}


def messy_sheet(path: Path, extra_rows: list[tuple] = ()) -> Path:
    """The demo company's matrix as a workshop keeps it by hand (sheet "Blad1")."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Inzetbaarheidsmatrix werkplaats"
    ws.merge_cells("A1:H1")
    ws["A2"] = "Bijgewerkt door Henk in maart"
    ws["C4"], ws["E4"], ws["G4"] = "Lassen", "Kanten & snijden", "Veiligheid"
    ws.merge_cells("C4:D4")
    ws.merge_cells("E4:F4")
    header = ["Naam", "Afdeling", "mig/mag-lassen  staal", "TIG-lassen rvs", "Kantbank instellen", "Zaagmachine bedienen",
              "VCA Basis", "Opmerkingen"]
    for col, text in enumerate(header, 1):
        ws.cell(5, col, text)
    rows = [
        (6, ["Lassen & constructie"]),
        (7, ["Visser, Piet", "Lassen & constructie", "O", "u", "-", None, "U", "gaat met pensioen"]),
        (8, ["ilse   kok", "Lassen & constructie", 3, None, "i", "L", 4]),
        (9, ["Kees Nieuwkoop", "Lassen & constructie", "I", "I", None, None, 1]),
        (11, ["Plaatbewerking"]),
        (12, ["de Boer, Sanne", "Plaatbewerking", 1, "0", "O", "U", "u"]),
        (13, ["Ruud Jansen", "Plaatbewerking", None, "L", 3.0, "I", "=1+2"]),
        (15, ["Totaal", None, "=COUNTIF(C7:C13,\"U\")", "=COUNTIF(D7:D13,\"U\")"]),
        (17, ["Legenda"]),
        (18, ["I = in opleiding", None, "L = onder begeleiding"]),
        (20, ["* Piet gaat in juni met pensioen, Kees neemt het lassen over"]),
    ]
    for row, values in list(rows) + list(extra_rows):
        for col, value in enumerate(values, 1):
            if value is not None:
                ws.cell(row, col, value)
    ws.merge_cells("A6:H6")
    wb.save(path)
    return with_cached_value(path, "Blad1", "G13", "3")


def with_cached_value(path: Path, sheet: str, ref: str, value: str) -> Path:
    """Give a formula cell the result Excel would have saved with it (openpyxl writes none)."""
    member = _sheet_member(path, sheet)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts[member].decode()
    xml = re.sub(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*<v\s*/>', rf"\1<v>{value}</v>", xml)
    parts[member] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _sheet_member(path: Path, sheet: str) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return wb[sheet]._worksheet_path.lstrip("/")
    finally:
        wb.close()


def simple_sheet(path: Path, header: list, rows: list[list], title: str = "Blad1", merges: list[str] = ()) -> Path:
    """A plain matrix: header in row 1, one person per row below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for col, text in enumerate(header, 1):
        ws.cell(1, col, text)
    for row, values in enumerate(rows, 2):
        for col, value in enumerate(values, 1):
            if value is not None:
                ws.cell(row, col, value)
    for box in merges:
        ws.merge_cells(box)
    wb.save(path)
    return path


# --- files that are not what they claim to be -------------------------------------------

def ole_file(path: Path, streams: list[str]) -> Path:
    """An OLE compound file (the container of old .xls files and of password-protected .xlsx files)
    with a directory holding the given stream names, as Excel writes them."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 48, 0)  # the directory starts in sector 0
    directory = bytearray()
    for name in ["Root Entry", *streams]:
        entry = bytearray(128)
        encoded = name.encode("utf-16-le")
        entry[0:len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded) + 2)
        entry[66] = 5 if name == "Root Entry" else 2
        directory += entry
    directory += bytes(512 - len(directory) % 512)
    path.write_bytes(bytes(header) + bytes(directory) + bytes(1024))
    return path


def password_protected(path: Path) -> Path:
    return ole_file(path, ["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"])


def old_xls(path: Path) -> Path:
    return ole_file(path, ["Workbook", "\x05SummaryInformation"])


def truncated(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path
