"""
Member spreadsheets: reading (calamine, behind an archive gate), checking every row, importing a
checked file through services.admit_members, the columns, the import template, the export,
formula-safe writing, the background jobs and the pages (views, urls).
"""
