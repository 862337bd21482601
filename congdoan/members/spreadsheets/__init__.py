"""Member spreadsheets: reading (calamine, behind an archive gate), checking and writing (formula-safe)."""
