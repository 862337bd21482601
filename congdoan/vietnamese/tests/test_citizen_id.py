import pytest
from hypothesis import given
from hypothesis import strategies as st

from congdoan.vietnamese import citizen_id_error, is_valid_citizen_id, normalize_citizen_id
from congdoan.vietnamese.citizen_id import LENGTH, NOT_DIGITS, PROVINCE, PROVINCE_CODES

OFFICIAL_CODES = (
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 "
    "033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 "
    "064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 "
    "094 095 096"
).split()


def test_there_are_63_province_codes():
    assert len(PROVINCE_CODES) == 63
    assert PROVINCE_CODES == set(OFFICIAL_CODES)


@pytest.mark.parametrize(
    "value",
    [
        "001099012345",  # Hà Nội, man born 1999
        "079301000123",  # Hồ Chí Minh City, woman born 2001
        "096185999999",  # Cà Mau, woman born 1985
        "001 099 012 345",
        " 001099012345\n",
    ],
)
def test_valid_numbers(value):
    assert citizen_id_error(value) is None
    assert is_valid_citizen_id(value)


@pytest.mark.parametrize("century_digit", "0123456789")
def test_every_sex_and_century_digit_is_accepted(century_digit):
    assert is_valid_citizen_id(f"001{century_digit}99012345")


@pytest.mark.parametrize(
    "value, error",
    [
        ("", LENGTH),
        ("   ", LENGTH),
        ("00109901234", LENGTH),
        ("0010990123456", LENGTH),
        ("00109901234a", NOT_DIGITS),
        ("001-099-012345", NOT_DIGITS),
        ("００１０９９０１２３４５", NOT_DIGITS),  # full-width digits
        ("٠٠١٠٩٩٠١٢٣٤٥", NOT_DIGITS),  # Arabic-Indic digits
        ("003099012345", PROVINCE),
        ("000099012345", PROVINCE),
        ("097099012345", PROVINCE),
        ("999099012345", PROVINCE),
    ],
)
def test_invalid_numbers(value, error):
    assert citizen_id_error(value) == error
    assert not is_valid_citizen_id(value)


def test_normalize_citizen_id_removes_whitespace():
    assert normalize_citizen_id(" 001 099\t012345 ") == "001099012345"


@given(st.sampled_from(OFFICIAL_CODES), st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_any_official_province_with_nine_digits_is_valid(code, rest):
    assert is_valid_citizen_id(code + rest)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_twelve_digits_are_valid_exactly_with_an_official_province(number):
    assert is_valid_citizen_id(number) == (number[:3] in OFFICIAL_CODES)


@given(st.text())
def test_error_is_a_known_code_or_none(value):
    error = citizen_id_error(value)
    assert error in (None, LENGTH, NOT_DIGITS, PROVINCE)
    assert is_valid_citizen_id(value) == (error is None)
