"""Reading and (later) writing the member spreadsheets: the formats, their limits and their checks."""
