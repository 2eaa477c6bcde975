"""Cells written to a CSV or XLSX file that a spreadsheet program opens."""


def safe_cell(value: str) -> str:
    """Text that a spreadsheet shows as text: a cell starting with one of these is a formula
    to it, which a name or a description typed by anyone must never become."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value
