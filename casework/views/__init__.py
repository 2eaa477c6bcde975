"""Browser pages of casework, split by the tabs of a case."""
