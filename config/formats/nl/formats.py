# Dates in lists and tables: "5 okt 2026", month abbreviations in lower case as Dutch writes them.
SHORT_DATE_FORMAT = "j b Y"
SHORT_DATETIME_FORMAT = "j b Y H:i"
