"""Formats for users who switch the admin to English: the same as Vietnamese.

English here only translates the words. The federation's dates are dd/mm/yyyy in every
screen, document and form (VietnameseDateField reads only that), so an English screen
showing Django's default "m/d/Y" would make 03/12/2026 mean two different days to two
clerks looking at the same record. Numbers keep the Vietnamese separators for the same reason.
"""

from congdoan.formats.vi.formats import *  # noqa: F403
