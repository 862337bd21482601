import unicodedata

import pytest
from django.utils.safestring import SafeString
from hypothesis import given
from hypothesis import strategies as st

from congdoan.vietnamese import excerpt, fold_words, highlight

from .strategies import vietnamese_text


def test_highlight_matches_without_accents():
    assert highlight("Đảng viên ưu tú", "dang vien") == ("<mark>Đảng</mark> <mark>viên</mark> ưu tú")


def test_highlight_matches_accented_query_in_plain_text():
    assert highlight("Dang vien", "ĐẢNG") == "<mark>Dang</mark> vien"


def test_highlight_is_case_insensitive():
    assert highlight("ĐẢNG VIÊN", "đảng") == "<mark>ĐẢNG</mark> VIÊN"


def test_highlight_double_marked_vowels():
    assert highlight("Tổ chức Công đoàn", "to chuc") == ("<mark>Tổ</mark> <mark>chức</mark> Công đoàn")
    assert highlight("ộ ắ ề ẫ ự", "ự") == "ộ ắ ề ẫ <mark>ự</mark>"


def test_highlight_nfd_text_and_query():
    text = unicodedata.normalize("NFD", "Đảng viên ưu tú")
    query = unicodedata.normalize("NFD", "ưu")
    assert highlight(text, query) == "Đảng viên <mark>ưu</mark> tú"


def test_highlight_every_occurrence():
    assert highlight("đoàn kết, Đoàn viên, ĐOÀN", "doan") == (
        "<mark>đoàn</mark> kết, <mark>Đoàn</mark> viên, <mark>ĐOÀN</mark>"
    )


def test_highlight_only_matches_whole_words():
    text = "Công đoàn, đoàn viên, thanh niên"
    assert highlight(text, "an") == text
    assert highlight("Vietnam Việt Nam", "viet") == "Vietnam <mark>Việt</mark> Nam"


def test_highlight_escapes_html():
    result = highlight('<b>Đảng</b> & "dân"', "dang dan")
    assert result == "&lt;b&gt;<mark>Đảng</mark>&lt;/b&gt; &amp; &quot;<mark>dân</mark>&quot;"


def test_highlight_escapes_html_in_query_free_text():
    assert highlight("<script>", "") == "&lt;script&gt;"


def test_highlight_returns_safe_string():
    assert isinstance(highlight("Đảng", "dang"), SafeString)


def test_highlight_custom_tag():
    assert highlight("Đảng viên", "vien", tag="strong") == "Đảng <strong>viên</strong>"


@pytest.mark.parametrize("tag", ["", "mark onclick=x", "<mark>", "MARK"])
def test_highlight_rejects_invalid_tags(tag):
    with pytest.raises(ValueError):
        highlight("Đảng viên", "vien", tag=tag)


@given(vietnamese_text, vietnamese_text)
def test_highlight_preserves_the_text(text, query):
    result = highlight(text, query)
    stripped = result.replace("<mark>", "").replace("</mark>", "")
    assert stripped == unicodedata.normalize("NFC", text)


@given(st.text(alphabet="aăâđeêoôơuư àáạdĐ", min_size=1, max_size=30))
def test_highlight_marks_each_matching_word(text):
    word = "dan"
    result = highlight(text, word)
    marked = [part.split("</mark>")[0] for part in result.split("<mark>")[1:]]
    assert all(len(part) == 3 for part in marked)
    assert len(marked) == fold_words(text).count(word)


LONG_TEXT = (
    "Ban Chấp hành Công đoàn cơ sở đã họp để bàn về kế hoạch năm mới. " * 5
    + "Hội nghị biểu dương các đảng viên ưu tú của đơn vị. "
    + "Các đại biểu đã thảo luận sôi nổi về phúc lợi cho người lao động. " * 5
)


def test_excerpt_returns_short_text_unchanged():
    assert excerpt("Đảng viên  ưu\ntú", "dang") == "Đảng viên ưu tú"


def test_excerpt_centres_on_the_first_match():
    result = excerpt(LONG_TEXT, "dang vien", length=80)
    assert "đảng viên" in result
    assert result.startswith("…") and result.endswith("…")
    assert len(result) <= 80


def test_excerpt_cuts_at_word_boundaries():
    result = excerpt(LONG_TEXT, "dang vien", length=80)
    words = set(LONG_TEXT.split())
    inner = result.strip("…").split()
    assert all(word in words for word in inner)


def test_excerpt_without_match_starts_at_the_beginning():
    result = excerpt(LONG_TEXT, "không có", length=60)
    assert result.startswith("Ban Chấp hành")
    assert result.endswith("…")
    assert not result.startswith("…")
    assert len(result) <= 60


def test_excerpt_of_match_at_the_end():
    text = "mở đầu " * 50 + "kết thúc Đảng"
    result = excerpt(text, "dang", length=40)
    assert result.endswith("Đảng")
    assert result.startswith("…")


def test_excerpt_cuts_an_overlong_word():
    result = excerpt("x" * 300, "", length=50)
    assert result == "x" * 48 + "…"


EXCERPT_WORDS = ["Công", "đoàn", "Đảng", "viên", "ưu", "tú", "lao", "động"]


@given(
    st.lists(st.sampled_from(EXCERPT_WORDS), max_size=80),
    st.sampled_from(["dang", "uu tu", "lao dong", "khong"]),
    st.integers(min_value=10, max_value=120),
)
def test_excerpt_properties(words, query, length):
    text = " ".join(words)
    result = excerpt(text, query, length=length)
    assert len(result) <= length
    inner = result.removeprefix("…").removesuffix("…")
    assert inner in text
    assert all(word in words for word in inner.split())
    query_words = set(fold_words(query))
    if query_words & set(fold_words(text)):
        assert query_words & set(fold_words(inner))
