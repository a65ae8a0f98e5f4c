"""Reading the first (or a chosen) sheet of an Excel .xlsx workbook (openpyxl) or a
LibreOffice .ods one (python-calamine, the Rust calamine reader).

Hi.Events and Microsoft Forms export attendee lists only as .xlsx; Excel and
LibreOffice users often send a workbook. Cells become text as a person reads them: a whole number stays
"1042" (not "1042.0"), a date "2027-03-17", a date and time "2027-03-17 09:30".
The workbook is opened read-only, so rows stream instead of being loaded at once.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time

from checkin.importers.report import ImportFileError


def is_workbook(data: bytes) -> bool:
    """True for a zipped Office document (.xlsx or .ods; other zips are refused when read)."""
    return data.startswith(b"PK\x03\x04")


def _zip_names(data: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except zipfile.BadZipFile:
        return set()


def _is_ods(names: set[str]) -> bool:
    return "content.xml" in names and "xl/workbook.xml" not in names


def _check_names(names: set[str], name: str) -> None:
    if "xl/workbook.xml" not in names and "content.xml" not in names:
        raise ImportFileError(
            f"{name}: this is a zipped document, not a workbook or CSV file;"
            " export the list as CSV or .xlsx and import that file"
        )


def _open(source, name: str, sheet: str | None):
    import openpyxl

    try:
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(f"{name}: the workbook cannot be read ({exc})") from None
    if sheet is None:
        return book, book.worksheets[0]
    if sheet in book.sheetnames:
        return book, book[sheet]
    book.close()
    raise ImportFileError(f"{name}: no sheet named {sheet!r} (the sheets are: {', '.join(book.sheetnames)})")


def _ods_rows(source, name: str, sheet: str | None) -> tuple[list[tuple[int, list[str]]], str]:
    """Every row of one .ods sheet (calamine reads a sheet whole: .ods lists are small)."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(source) if hasattr(source, "read") else \
            CalamineWorkbook.from_path(str(source))
    except Exception as exc:  # calamine raises its own kinds for a damaged file
        raise ImportFileError(f"{name}: the workbook cannot be read ({exc})") from None
    if sheet is not None and sheet not in book.sheet_names:
        names = ", ".join(book.sheet_names)
        raise ImportFileError(f"{name}: no sheet named {sheet!r} (the sheets are: {names})")
    ws = book.get_sheet_by_name(sheet) if sheet is not None else book.get_sheet_by_index(0)
    rows = [(n, [cell_text(v) for v in values]) for n, values in enumerate(ws.iter_rows(), start=1)]
    return rows, f"LibreOffice workbook, sheet {ws.name!r}"


def read_workbook(data: bytes, name: str,
                  sheet: str | None = None) -> tuple[list[tuple[int, list[str]]], str]:
    """``([(row number, cells)], description)`` of one sheet; refuses other zipped files clearly."""
    names = _zip_names(data)
    _check_names(names, name)
    if _is_ods(names):
        return _ods_rows(io.BytesIO(data), name, sheet)
    book, ws = _open(io.BytesIO(data), name, sheet)
    try:
        rows = [
            (number, [cell_text(v) for v in values])
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1)
        ]
    finally:
        book.close()
    return rows, f"Excel workbook, sheet {ws.title!r}"


def stream_workbook(path, sheet: str | None = None):
    """``(rows(), row count, description)``: ``rows()`` yields ``(row number, cells)`` from the start,
    one row at a time (openpyxl read-only mode), each call opening the sheet afresh."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        names = set()
    _check_names(names, path.name)
    if _is_ods(names):
        rows_, description = _ods_rows(path, path.name, sheet)
        return (lambda: iter(rows_)), len(rows_), description
    book, ws = _open(path, path.name, sheet)
    total, title = ws.max_row or 0, ws.title
    book.close()

    def rows():
        book, ws = _open(path, path.name, sheet)
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                yield number, [cell_text(v) for v in values]
        finally:
            book.close()

    return rows, total, f"Excel workbook, sheet {title!r}"


def cell_text(value: object) -> str:
    """A cell as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != time(0) else value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
