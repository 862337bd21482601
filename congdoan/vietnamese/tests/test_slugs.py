import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congdoan.vietnamese import slugify

from .strategies import vietnamese_text

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Công đoàn cơ sở Giao thông vận tải", "cong-doan-co-so-giao-thong-van-tai"),
        ("Đảng viên ưu tú", "dang-vien-uu-tu"),
        ("ĐẢNG VIÊN", "dang-vien"),
        ("Độc lập – Tự do – Hạnh phúc!", "doc-lap-tu-do-hanh-phuc"),
        ("  ...Hội nghị lần thứ 5 (2025)...  ", "hoi-nghi-lan-thu-5-2025"),
        ("ộ ắ ề ẫ ự", "o-a-e-a-u"),
        ("Ñandú ﬁnal Ｌao động", "nandu-final-lao-dong"),
        ("Straße Ærø 東京", "strae-r"),
    ],
)
def test_slugify_examples(text, expected):
    assert slugify(text) == expected


def test_slugify_writes_d_for_stroked_d_never_dj():
    assert slugify("Đà Nẵng đường") == "da-nang-duong"


def test_slugify_nfd_input():
    assert slugify(unicodedata.normalize("NFD", "Đảng viên ưu tú")) == "dang-vien-uu-tu"


@pytest.mark.parametrize("text", ["", "   ", "!!!", "東京", "—"])
def test_slugify_returns_empty_string_when_nothing_is_left(text):
    assert slugify(text) == ""


def test_slugify_truncates_at_a_word_boundary():
    text = "Công đoàn cơ sở Giao thông vận tải"
    assert slugify(text, max_length=20) == "cong-doan-co-so-giao"
    assert slugify(text, max_length=19) == "cong-doan-co-so"
    assert slugify(text, max_length=15) == "cong-doan-co-so"
    assert slugify(text, max_length=16) == "cong-doan-co-so"
    assert slugify(text, max_length=14) == "cong-doan-co"


def test_slugify_cuts_a_single_overlong_word():
    assert slugify("nghiêngnghiêng tiếp", max_length=5) == "nghie"


def test_slugify_default_max_length_is_80():
    slug = slugify("Công đoàn " * 40)
    assert len(slug) <= 80
    assert slug.endswith("doan")


def test_slugify_rejects_non_positive_max_length():
    with pytest.raises(ValueError):
        slugify("Công đoàn", max_length=0)


@given(st.text())
def test_slugify_output_is_a_valid_slug(text):
    slug = slugify(text)
    assert slug == "" or SLUG_RE.match(slug)


@given(st.text(), st.integers(min_value=1, max_value=100))
def test_slugify_respects_max_length(text, max_length):
    assert len(slugify(text, max_length=max_length)) <= max_length


@given(st.text())
def test_slugify_is_idempotent(text):
    assert slugify(slugify(text)) == slugify(text)


@given(vietnamese_text)
def test_slugify_keeps_every_vietnamese_word(text):
    words = re.findall(r"\w+", text)
    expected = "-".join(words)
    assert slugify(text, max_length=1000) == slugify(expected, max_length=1000)
    assert len(slugify(text, max_length=1000)) == len(expected)
