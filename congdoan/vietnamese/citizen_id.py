"""
Validation of the 12-digit citizen identity card number (số CCCD).

The number reads PPP S YY NNNNNN: PPP is the code of the province of birth
registration, S encodes sex and century of birth (0/1: 20th century, 2/3:
21st, 4/5: 22nd, 6/7: 23rd, 8/9: 24th; even for men, odd for women), YY are
the last two digits of the birth year and NNNNNN is a serial number.

Errors are returned as codes (the constants below) for the caller to
translate into messages.
"""

LENGTH = "LENGTH"
NOT_DIGITS = "NOT_DIGITS"
PROVINCE = "PROVINCE"

# The codes of the 63 provinces and centrally-run cities before the 2025
# merger.
PROVINCE_CODES = frozenset(
    """
    001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027
    030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054
    056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084
    086 087 089 091 092 093 094 095 096
    """.split()
)

NUMBER_LENGTH = 12

_ASCII_DIGITS = frozenset("0123456789")


def normalize_citizen_id(value):
    """Return ``value`` without whitespace ("001 099 000123" → "001099000123")."""
    return "".join(value.split())


def citizen_id_error(value):
    """
    Return the error code of ``value`` as a citizen ID number, or None if it
    is valid. Whitespace is ignored.
    """
    number = normalize_citizen_id(value)
    if not set(number) <= _ASCII_DIGITS:
        return NOT_DIGITS
    if len(number) != NUMBER_LENGTH:
        return LENGTH
    if number[:3] not in PROVINCE_CODES:
        return PROVINCE
    return None


def is_valid_citizen_id(value):
    """Return whether ``value`` is a valid citizen ID number."""
    return citizen_id_error(value) is None
