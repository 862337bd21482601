"""Member spreadsheets: reading, checking and writing."""
