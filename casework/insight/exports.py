"""The figures of an insight page as CSV and XLSX: the same tables, the same hidden cells."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from casework.insight.selectors import Insight
from config.spreadsheets import safe_cell


def _filename(insight: Insight, extension: str) -> str:
    return f"inzicht-{slugify(insight.place.name)}-{insight.year}.{extension}"


def _long_rows(insight: Insight) -> list[list[str]]:
    """One line per cell: table, row, column, the figure as shown."""
    rows = []
    for table in insight.tables:
        for row in table.rows:
            for column, cell in zip(table.columns, row.cells, strict=False):
                rows.append([table.title, row.label, column, cell.text])
    return rows


def csv_response(insight: Insight) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([_("plaats"), insight.place.name])
    writer.writerow([_("jaar"), str(insight.year)])
    writer.writerow(
        [
            _("bijgewerkt om"),
            timezone.localtime(insight.refreshed_at).isoformat() if insight.refreshed_at else "",
        ]
    )
    writer.writerow([])
    writer.writerow([_("tabel"), _("rij"), _("kolom"), _("waarde")])
    for row in _long_rows(insight):
        writer.writerow([safe_cell(value) for value in row])
    # With a byte order mark, so that a spreadsheet program reads the accents as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(insight, "csv")}"'
    return response


def xlsx_response(insight: Insight) -> HttpResponse:
    """One sheet per table, as on the page; hidden counts are the text "< 5"."""
    book = Workbook()
    book.remove(book.worksheets[0])
    bold = Font(bold=True)
    for table in insight.tables:
        sheet = book.create_sheet(title=table.slug[:31])
        sheet.append([safe_cell(table.title)])
        sheet["A1"].font = bold
        sheet.append([f"{insight.place.name}, {insight.year}"])
        sheet.append([])
        sheet.append(["", *(safe_cell(column) for column in table.columns)])
        for cell in sheet[4]:
            cell.font = bold
        for row in table.rows:
            sheet.append(
                [
                    safe_cell(row.label),
                    *(cell.value if cell.value is not None else cell.text for cell in row.cells),
                ]
            )
        sheet.column_dimensions["A"].width = 48
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(insight, "xlsx")}"'
    return response
