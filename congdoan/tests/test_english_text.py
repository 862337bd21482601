"""The English detector of the admin browser test: it finds untranslated UI strings, not Vietnamese."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from .english_text import english_words, is_english
from .tools import load_tool

ROOT = Path(__file__).resolve().parents[2]
check = load_tool("translations_check")
PLACEHOLDERS_AND_TAGS = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|<[^>]+>|&\w+;")


@pytest.mark.parametrize(
    "text, words",
    [
        ("Save draft", ["Save", "draft"]),
        ("Pages", ["Pages"]),
        ("Submit to Duyệt tin bài", ["Submit"]),
        ("No, don't delete", ["No", "don't", "delete"]),
        ("Choose an image", ["Choose", "image"]),
        ("Tiêu đề của trang (title)", ["title"]),
        ("Log in", ["Log"]),
        ("on", ["on"]),
        ("the", ["the"]),
    ],
)
def test_english_is_found(text, words):
    assert english_words(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Lưu bản nháp",
        "Xem trang web",  # Vietnamese words without any diacritic
        "Thu gọn tất cả",
        "Trang chủ",
        "Hoa hồng, con chim, theo khi nhanh",
        "Định dạng được hỗ trợ: GIF, JPG, JPEG, PNG, WEBP. Dung lượng tối đa: 20,0 MB.",
        "Đường dẫn http://localhost:8000/tin-tuc/ và chau@example.vn",
        "Wagtail 8.0.1",
        "Sapo",
        "09:30 02/01/2030",
    ],
)
def test_vietnamese_is_not(text):
    assert english_words(text) == []


def test_words_users_typed_can_be_allowed():
    assert english_words("Minh Châu ctv", allowed={"ctv"}) == []
    assert english_words("ctv") == ["ctv"]


def english_source_messages():
    for package in ("wagtail.admin", "wagtail", "wagtail.images", "wagtail.users", "django.contrib.auth"):
        path = check.package_dir(package) / "locale/en/LC_MESSAGES/django.po"
        with path.open("rb") as po_file:
            yield from (message for message in read_po(po_file) if message.id)


def test_almost_every_english_admin_string_is_caught():
    texts = [PLACEHOLDERS_AND_TAGS.sub(" ", check.ids_of(message)[0]) for message in english_source_messages()]
    texts = [text for text in texts if re.search(r"[A-Za-z]{2}", text)]
    missed = [text for text in texts if not is_english(text)]
    # What is missed is as Vietnamese text writes it too: "URL", "Email", "ID", "slug", "Wagtail API v2".
    assert len(missed) <= 0.01 * len(texts), missed


def test_none_of_our_vietnamese_is_taken_for_english():
    with (ROOT / "locale/vi/LC_MESSAGES/django.po").open("rb") as po_file:
        translations = [
            PLACEHOLDERS_AND_TAGS.sub(" ", string)
            for message in read_po(po_file)
            if message.id
            for string in check.strings_of(message)
        ]
    assert [(text, english_words(text)) for text in translations if is_english(text)] == []
