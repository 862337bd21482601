import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congdoan.vietnamese import fold, fold_words
from congdoan.vietnamese.folding import COMBINING_GRAPHEME_JOINER, fold_char

from .strategies import VIETNAMESE_LETTERS, tricky_text, vietnamese_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Công đoàn cơ sở", "cong doan co so"),
        ("Đảng viên ưu tú", "dang vien uu tu"),
        ("ĐẢNG VIÊN", "dang vien"),
        ("ộ ắ ề ẫ ự", "o a e a u"),
        ("Ộ Ắ Ề Ẫ Ự", "o a e a u"),
        ("ư ơ â ă ê ô đ Đ", "u o a a e o d d"),
        ("Năm 2025: 100% đạt!", "nam 2025: 100% dat!"),
    ],
)
def test_fold_examples(text, expected):
    assert fold(text) == expected


def test_fold_nfd_input_matches_nfc_input():
    nfd = unicodedata.normalize("NFD", "Đảng viên ưu tú")
    assert nfd != "Đảng viên ưu tú"
    assert fold(nfd) == "dang vien uu tu"


def test_fold_keeps_non_letters():
    text = "1 + 2 = 3 — «trích dẫn» ①"
    assert fold(text) == "1 + 2 = 3 — «trich dan» ①"


def test_fold_strips_marks_of_other_latin_letters():
    assert fold("Ñandú Ça Ærø") == "nandu ca ærø"


def test_fold_keeps_one_character_for_multi_character_lowercase():
    assert fold("İ") == "i"
    assert fold("ǅ") == "ǆ"


def test_fold_char_keeps_letter_when_stripping_leaves_several_characters():
    # Hangul syllables decompose into several jamo, none of them a mark.
    assert fold_char("한") == "한"


def test_fold_detaches_a_stray_mark_from_a_folded_letter():
    # NFC cannot attach a second circumflex to "ệ"; after folding to "e" it
    # would compose into "ê" and change the length.
    assert fold("ệ\u0302") == "e" + COMBINING_GRAPHEME_JOINER


def test_fold_keeps_a_stray_mark_that_cannot_compose():
    assert fold("a\u0338") == "a\u0338"


def test_fold_words():
    assert fold_words("Công đoàn, Đảng-viên  ưu_tú 2025!") == [
        "cong",
        "doan",
        "dang",
        "vien",
        "uu_tu",
        "2025",
    ]


def test_fold_is_fast_enough_for_articles():
    article = ("Công đoàn cơ sở Đảng viên ưu tú ộ ắ ề ẫ ự. " * 200)[:5000]
    fold(article)
    runs = 200
    # This process's CPU time, not the wall clock: a busy machine (other processes on the
    # cores) slows the clock's count, not the work done here.
    started = time.process_time()
    for _ in range(runs):
        fold(article)
    per_run = (time.process_time() - started) / runs
    assert per_run < 0.005  # typically well under 1 ms


@given(st.text())
def test_fold_length_equals_nfc_length(text):
    assert len(fold(text)) == len(unicodedata.normalize("NFC", text))


@given(tricky_text)
def test_fold_length_equals_nfc_length_with_stray_marks(text):
    assert len(fold(text)) == len(unicodedata.normalize("NFC", text))


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(tricky_text)
def test_fold_is_idempotent_with_stray_marks(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=VIETNAMESE_LETTERS))
def test_fold_of_vietnamese_letters_is_lowercase_ascii(text):
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()


@given(vietnamese_text)
def test_fold_ignores_case_and_normalisation_form(text):
    expected = fold(text)
    assert fold(text.upper()) == expected
    assert fold(unicodedata.normalize("NFD", text)) == expected


@given(st.text())
def test_fold_maps_characters_one_to_one(text):
    normalised = unicodedata.normalize("NFC", text)
    folded = fold(text)
    for original, result in zip(normalised, folded):
        if not unicodedata.category(original).startswith("L"):
            assert result in (original, COMBINING_GRAPHEME_JOINER)
