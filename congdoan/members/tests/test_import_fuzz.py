"""
Malformed workbooks, generated: whatever the bytes, the check answers in
Vietnamese (problems, or a preview), raises nothing, imports nothing, and
takes a time that grows at most linearly with the file's size.
"""

import io
import re
import struct
import time
import zipfile

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from congdoan.members.models import Member
from congdoan.members.spreadsheets.checking import Preview, preview
from congdoan.members.tests.test_import_limits import SHEET, member_list, official  # noqa: F401 (a fixture)
from congdoan.members.tests.test_import_reader import ods

pytestmark = pytest.mark.django_db

VALID = member_list(20)
# A generous bound: a fixed second, plus 2 s per MB (the gate and calamine read tens of MB per second).
FIXED_SECONDS = 1.0
SECONDS_PER_MB = 2.0


def rewritten(content, name, change):
    source = zipfile.ZipFile(io.BytesIO(content))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            target.writestr(member.filename, change(data) if member.filename == name else data)
    return output.getvalue()


def truncated(data):
    return st.integers(0, len(VALID) - 1).map(lambda end: VALID[:end])


@st.composite
def sheet_noise(draw):
    noise = draw(st.binary(min_size=1, max_size=200))
    at = draw(st.floats(0, 1))
    return rewritten(VALID, SHEET, lambda xml: xml[: int(len(xml) * at)] + noise + xml[int(len(xml) * at) :])


TAGS = ["<row", '<c r="A1"', '<row r="9">', "<c", "<v>", "<is><t>", '<c t="s"><v>', "<!--", "<![CDATA["]


@st.composite
def unclosed_tags(draw):
    tag = draw(st.sampled_from(TAGS)).encode()
    count = draw(st.integers(1, 40_000))
    at_end = draw(st.booleans())
    return rewritten(
        VALID,
        SHEET,
        lambda xml: xml.replace(b"</sheetData>", tag * count + (b"</sheetData>" if not at_end else b"")),
    )


@st.composite
def bad_shared_strings(draw):
    index = draw(st.integers(-5, 2**40))
    return rewritten(
        VALID, SHEET, lambda xml: re.sub(rb'(t="s"[^>]*><v>)\d+', rb"\g<1>" + str(index).encode(), xml, count=3)
    )


@st.composite
def far_references(draw):
    letters = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=6))
    digits = draw(st.integers(1, 10**10))
    cell = f'<row r="{digits}"><c r="{letters}{digits}"><v>1</v></c></row></sheetData>'.encode()
    return rewritten(VALID, SHEET, lambda xml: xml.replace(b"</sheetData>", cell))


@st.composite
def lying_sizes(draw):
    packed = bytearray(VALID)
    archive = zipfile.ZipFile(io.BytesIO(VALID))
    member = draw(st.sampled_from(archive.infolist()))
    size = draw(st.integers(0, 2**32 - 1))
    where = draw(st.sampled_from(["local", "central", "both"]))
    if where in ("local", "both"):
        struct.pack_into("<I", packed, member.header_offset + 22, size)
    if where in ("central", "both"):
        central = archive.start_dir
        while (
            struct.unpack_from("<H", packed, central + 28)[0]
            and not packed[central + 46 : central + 46 + struct.unpack_from("<H", packed, central + 28)[0]]
            == member.filename.encode()
        ):
            central = bytes(packed).index(b"PK\x01\x02", central + 4)
        struct.pack_into("<I", packed, central + 24, size)
    return bytes(packed)


@st.composite
def small_bombs(draw):
    megabytes = draw(st.integers(1, 6))
    filler = draw(st.sampled_from([b"\0", b" ", b'<row><c t="inlineStr"><is><t>x</t></is></c></row>']))
    blob = filler * ((megabytes << 20) // len(filler))
    return rewritten(VALID, SHEET, lambda xml: xml.replace(b"</sheetData>", blob + b"</sheetData>"))


@st.composite
def flipped_bytes(draw):
    data = bytearray(VALID)
    for _ in range(draw(st.integers(1, 20))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@st.composite
def ods_repeats(draw):
    rows = draw(st.integers(1, 10**7))
    columns = draw(st.integers(1, 20_000))
    return ods(repeat=f' table:number-rows-repeated="{rows}"', columns=f' table:number-columns-repeated="{columns}"')


def named(strategy, names=(".xlsx",)):
    return st.tuples(strategy, st.sampled_from(names))


FILES = st.one_of(
    named(truncated(VALID), (".xlsx", ".xlsm")),
    named(sheet_noise()),
    named(unclosed_tags()),
    named(bad_shared_strings()),
    named(far_references()),
    named(lying_sizes()),
    named(small_bombs()),
    named(flipped_bytes(), (".xlsx", ".ods", ".xls")),
    named(ods_repeats(), (".ods", ".xlsx")),
    named(st.binary(max_size=3000), (".xlsx", ".xls", ".ods", ".csv")),
    named(st.binary(max_size=2000).map(lambda tail: b"PK\x03\x04" + tail), (".xlsx", ".ods")),
    named(st.binary(max_size=2000).map(lambda tail: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + tail), (".xls", ".xlsx")),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file=FILES)
def test_any_malformed_workbook_gets_a_vietnamese_answer_quickly_and_imports_nothing(unions, official, file):  # noqa: F811
    content, extension = file
    with translation.override("vi"):
        started = time.monotonic()
        result = preview(
            organisation=unions.transport, file=io.BytesIO(content), filename="ds" + extension, user=official
        )
        elapsed = time.monotonic() - started
    assert isinstance(result, Preview)
    assert result.errors or result.ok
    for error in result.errors:
        # Every answer is one of our Vietnamese sentences (each has a letter English lacks).
        assert error.reason and not error.reason.isascii(), error.reason
    assert elapsed < FIXED_SECONDS + SECONDS_PER_MB * len(content) / 2**20
    assert Member.objects.count() == 0
