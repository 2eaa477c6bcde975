# Dates in lists and tables: "5 Oct 2026".
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y H:i"
