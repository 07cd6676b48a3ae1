"""Open an .xlsx someone hands us and turn its sheets into plain values.

Before openpyxl sees the file we look at its first bytes, so a person reads
"password-protected" or "an old .xls" instead of a zip library's complaint.
openpyxl reads read-only and with data_only=True: a formula's value is the result
Excel saved with it. Read-only sheets do not know their merged cells and formulas,
so those come from the sheet's XML in the same zip (merged cells by a pattern,
formula cells only when the sheet has any)."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from wplstudio.domain.errors import WplError
from wplstudio.domain.matrix_sheet import SheetCells
from wplstudio.domain.text import QT_TRANSLATE_NOOP

MAX_ROWS, MAX_COLS = 10_000, 1_000  # far beyond any company's matrix; a sheet formatted to row 1,048,576 stops here
MAX_UNPACKED = 400 * 1024 * 1024  # a workbook that unpacks to more than this is not a matrix (or is a zip bomb)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
MERGE_PATTERN = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3}[0-9]{1,7})(?::([A-Z]{1,3}[0-9]{1,7}))?\"")
FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")  # <f>, <f t="shared" .../>, <x:f>; not <firstFooter>
CELL_NAME = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


class UnreadableWorkbook(WplError):
    """The file is not a workbook we can read; nothing was imported."""


@dataclass(frozen=True)
class Workbook:
    file: str
    sheets: list[SheetCells]
    active: str  # the sheet Excel opens on


def read_workbook(path: Path) -> Workbook:
    """Every worksheet of the file as plain values. Raises UnreadableWorkbook with a sentence for a person."""
    path = Path(path)
    _sniff(path)
    try:
        return _read(path)
    except WplError:
        raise
    except Exception as exc:  # openpyxl and zipfile fail in many ways on a damaged file; the person needs one sentence
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
            "errors", "{file} is damaged or not an Excel workbook ({detail}). Open it in Excel, save it again as .xlsx and retry."),
            file=path.name, detail=_detail(exc)) from exc


def _detail(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --- what kind of file is this? -------------------------------------------------------

def _sniff(path: Path) -> None:
    head = _head(path)
    if not head:
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP("errors", "{file} is empty (0 bytes). Choose the saved Excel file."), file=path.name)
    if head.startswith(OLE_MAGIC):
        _refuse_ole(path)
    if not head.startswith(ZIP_MAGIC):
        _refuse_other(path, head)
    _check_zip(path)


def _head(path: Path) -> bytes:
    if not path.exists():
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP("errors", "There is no file {file}."), file=str(path))
    if path.is_dir():
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP("errors", "{file} is a folder, not an Excel file."), file=str(path))
    try:
        with path.open("rb") as handle:
            return handle.read(4096)
    except OSError as exc:
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP("errors", "{file} cannot be read ({reason})."), file=path.name,
                                 reason=exc.strerror or type(exc).__name__) from exc


def _refuse_ole(path: Path) -> None:
    """An OLE compound file is either an encrypted .xlsx (a password) or an old .xls."""
    if ENCRYPTED_STREAM in path.read_bytes()[:4 * 1024 * 1024]:
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
            "errors", "{file} is protected with a password, so it cannot be read. Open it in Excel, remove the password "
                      "(File > Info > Protect Workbook) and save it as a new file, then import that."), file=path.name)
    raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
        "errors", "{file} is an old Excel file (.xls, Excel 97-2003). Open it in Excel and save it as an Excel Workbook (.xlsx)."),
        file=path.name)


def _refuse_other(path: Path, head: bytes) -> None:
    if _looks_like_text(head):
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
            "errors", "{file} is a text file (perhaps CSV), not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx)."),
            file=path.name)
    raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
        "errors", "{file} is not an Excel workbook (.xlsx). Choose the file Excel saved, or save it from Excel as .xlsx."), file=path.name)


def _looks_like_text(head: bytes) -> bool:
    for encoding in ("utf-8", "utf-16", "cp1252"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return sum(ch.isprintable() or ch in "\r\n\t" for ch in text) >= 0.95 * max(len(text), 1)
    return False


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
            "errors", "{file} is damaged: it ends too early or its contents do not fit together. Use an earlier copy, or open it "
                      "in Excel (which may repair it) and save it again."), file=path.name) from exc
    if b"opendocument" in mimetype:
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
            "errors", "{file} is an OpenDocument spreadsheet (.ods). Save it from LibreOffice or Excel as an Excel Workbook (.xlsx)."),
            file=path.name)
    if "xl/workbook.xml" not in names:
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
            "errors", "{file} is a zip file or another Office document, not an Excel workbook (.xlsx)."), file=path.name)
    if unpacked > MAX_UNPACKED:
        raise UnreadableWorkbook(QT_TRANSLATE_NOOP(
            "errors", "{file} unpacks to more than {mb} MB; that is far more than a matrix. Save only the matrix sheet in a new file."),
            file=path.name, mb=MAX_UNPACKED // (1024 * 1024))


# --- reading ------------------------------------------------------------------------

def _read(path: Path) -> Workbook:
    import openpyxl

    with warnings.catch_warnings():  # "data validation extension not supported" and the like: nothing a person can act on
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        with zipfile.ZipFile(path) as archive:
            sheets = [_sheet(ws, archive) for ws in book.worksheets if hasattr(ws, "iter_rows")]
        active = book.active.title if book.active is not None else (sheets[0].name if sheets else "")
    finally:
        book.close()
    return Workbook(path.name, sheets, active)


def _sheet(ws, archive: zipfile.ZipFile) -> SheetCells:
    ws.reset_dimensions()  # the stored size is often wrong (written by other programs); read what is there
    rows, truncated = [], None
    for index, row in enumerate(ws.iter_rows(values_only=True)):
        if index >= MAX_ROWS:
            truncated = (MAX_ROWS, MAX_COLS)
            break
        if len(row) > MAX_COLS and any(v is not None for v in row[MAX_COLS:]):
            truncated = (MAX_ROWS, MAX_COLS)
        rows.append(tuple(row[:MAX_COLS]))
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    xml = _sheet_xml(ws, archive)
    return SheetCells(ws.title, rows, _merged(xml), _formulas(xml), truncated)


def _sheet_xml(ws, archive: zipfile.ZipFile) -> bytes:
    member = getattr(ws, "_worksheet_path", None)  # openpyxl's read-only sheets know their part in the zip
    if not member:
        return b""
    try:
        return archive.read(member.lstrip("/"))
    except KeyError:
        return b""


def _merged(xml: bytes) -> tuple[tuple[int, int, int, int], ...]:
    boxes = []
    for first, last in MERGE_PATTERN.findall(xml):
        r1, c1 = _cell_position(first.decode())
        r2, c2 = _cell_position((last or first).decode())
        boxes.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
    return tuple(boxes)


def _formulas(xml: bytes) -> frozenset[tuple[int, int]]:
    """The cells that hold a formula. Parsed only when the sheet has formulas at all."""
    if not FORMULA_TAG.search(xml):
        return frozenset()
    found = set()
    for _event, element in ElementTree.iterparse(io.BytesIO(xml), events=("end",)):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "c":
            if any(child.tag.rsplit("}", 1)[-1] == "f" for child in element) and element.get("r"):
                found.add(_cell_position(element.get("r")))
            element.clear()
    return frozenset(found)


def _cell_position(name: str) -> tuple[int, int]:
    match = CELL_NAME.fullmatch(name)
    if not match:
        return (0, 0)
    col = 0
    for letter in match.group(1):
        col = col * 26 + ord(letter) - 64
    return int(match.group(2)), col
