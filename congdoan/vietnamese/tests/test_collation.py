import unicodedata

from hypothesis import assume, given
from hypothesis import strategies as st

from congdoan.vietnamese import collation_bytes, name_sort_key, sort_key

from .strategies import vietnamese_text, vietnamese_words

# An independent description of the Vietnamese letters: each row is a base
# letter followed by its forms with the tones huyền, hỏi, ngã, sắc, nặng.
TONE_TABLE = """
a àảãáạ
ă ằẳẵắặ
â ầẩẫấậ
e èẻẽéẹ
ê ềểễếệ
i ìỉĩíị
o òỏõóọ
ô ồổỗốộ
ơ ờởỡớợ
u ùủũúụ
ư ừửữứự
y ỳỷỹýỵ
"""
ALPHABET = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()

REFERENCE = {letter: (letter, 0) for letter in ALPHABET}
for row in TONE_TABLE.split("\n"):
    if row:
        base, toned = row.split()
        REFERENCE.update({char: (base, tone) for tone, char in enumerate(toned, 1)})


def reference_key(word):
    """The dictionary order of one word, computed from the table above."""
    letters = [REFERENCE[char] for char in word.lower()]
    return (
        [ALPHABET.index(base) for base, tone in letters],
        [tone for base, tone in letters],
    )


def sign(a, b):
    return (a > b) - (a < b)


def test_given_names_follow_the_vietnamese_alphabet():
    expected = ["An", "Anh", "Ánh", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Em", "Êm", "Giang"]
    shuffled = ["Giang", "Êm", "Ân", "Đức", "Anh", "Em", "Ăn", "Bình", "Ánh", "Dũng", "An"]
    assert sorted(shuffled, key=sort_key) == expected


def test_d_sorts_before_stroked_d_and_stroked_d_before_e():
    assert sorted(["Em", "Đào", "Dương", "Đinh", "Dung"], key=sort_key) == [
        "Dung",
        "Dương",
        "Đào",
        "Đinh",
        "Em",
    ]


def test_tones_in_dictionary_order():
    assert sorted(["bạ", "bá", "bã", "bả", "bà", "ba"], key=sort_key) == [
        "ba",
        "bà",
        "bả",
        "bã",
        "bá",
        "bạ",
    ]


def test_base_letters_decide_before_tones():
    # "Ánh" has a tone on its first letter but "Anh" < "Ánh" < "Ăn".
    assert sort_key("Anh") < sort_key("Ánh") < sort_key("Ăn")
    assert sort_key("Ánh") < sort_key("Ân")
    assert sort_key("bà") < sort_key("ban")


def test_vowel_marks_are_distinct_letters():
    assert sorted(["ư", "u", "ơ", "ô", "o", "ê", "e", "â", "ă", "a"], key=sort_key) == [
        "a",
        "ă",
        "â",
        "e",
        "ê",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
    ]


def test_double_marked_vowels():
    assert sorted(["ự", "ẫ", "ề", "ắ", "ộ"], key=sort_key) == ["ắ", "ẫ", "ề", "ộ", "ự"]
    keys = [sort_key(char) for char in ["â", "ầ", "ẩ", "ẫ", "ấ", "ậ"]]
    assert keys == sorted(keys) and len(set(keys)) == 6


def test_sort_key_ignores_case_and_normalisation_form():
    assert sort_key("ĐẢNG VIÊN") == sort_key("đảng viên")
    assert sort_key(unicodedata.normalize("NFD", "Đảng viên ưu tú")) == sort_key("Đảng viên ưu tú")


def test_words_are_compared_one_after_another():
    entries = ["bà ba", "ba", "bà", "ba bảy", "ba ba"]
    assert sorted(entries, key=sort_key) == ["ba", "ba ba", "ba bảy", "bà", "bà ba"]


def test_foreign_letters_take_their_latin_places():
    assert sorted(["zê", "wát", "jun", "fan", "ê"], key=sort_key) == [
        "ê",
        "fan",
        "jun",
        "wát",
        "zê",
    ]


def test_separators_before_digits_before_letters_before_other_scripts():
    assert sorted(["東京", "a", "1", " "], key=sort_key) == [" ", "1", "a", "東京"]


def test_name_sort_key_orders_by_given_then_middle_then_family_name():
    people = [
        ("Trần", "Văn", "Bình"),
        ("Nguyễn", "Thị", "An"),
        ("Lê", "Văn", "An"),
        ("Lê", "Thị", "An"),
        ("Đỗ", "", "Ánh"),
    ]
    ordered = sorted(people, key=lambda person: name_sort_key(*person))
    assert ordered == [
        ("Lê", "Thị", "An"),
        ("Nguyễn", "Thị", "An"),
        ("Lê", "Văn", "An"),
        ("Đỗ", "", "Ánh"),
        ("Trần", "Văn", "Bình"),
    ]


def test_name_sort_key_accepts_missing_middle_name():
    assert name_sort_key("Đỗ", None, "Ánh") == name_sort_key("Đỗ", "", "Ánh")


@given(vietnamese_words, vietnamese_words)
def test_sort_key_agrees_with_the_reference_order(a, b):
    assert sign(sort_key(a), sort_key(b)) == sign(reference_key(a), reference_key(b))


@given(vietnamese_text, vietnamese_text)
def test_sort_key_is_equal_exactly_for_case_insensitively_equal_texts(a, b):
    same = unicodedata.normalize("NFC", a).lower() == unicodedata.normalize("NFC", b).lower()
    assert (sort_key(a) == sort_key(b)) == same


@given(st.text(), st.text())
def test_sort_key_equality_on_any_text(a, b):
    same = unicodedata.normalize("NFC", a).lower() == unicodedata.normalize("NFC", b).lower()
    assert (sort_key(a) == sort_key(b)) == same


@given(st.lists(st.text(), max_size=10))
def test_sort_keys_of_any_texts_are_comparable_and_order_independent(texts):
    forwards = [sort_key(text) for text in sorted(texts, key=sort_key)]
    backwards = [sort_key(text) for text in sorted(reversed(texts), key=sort_key)]
    assert forwards == backwards
    for earlier, later in zip(forwards, forwards[1:]):
        assert earlier <= later


@given(
    st.tuples(vietnamese_words, vietnamese_words, vietnamese_words),
    st.tuples(vietnamese_words, vietnamese_words, vietnamese_words),
)
def test_name_sort_puts_given_name_first(first, second):
    given_1, given_2 = first[2], second[2]
    assume(sort_key(given_1) != sort_key(given_2))
    assert (name_sort_key(*first) < name_sort_key(*second)) == (sort_key(given_1) < sort_key(given_2))


@given(vietnamese_text, vietnamese_text)
def test_collation_bytes_sort_like_the_key(first, second):
    first_key, second_key = sort_key(first), sort_key(second)
    first_bytes, second_bytes = collation_bytes(first_key), collation_bytes(second_key)
    assert (first_bytes < second_bytes) == (first_key < second_key)
    assert (first_bytes == second_bytes) == (first_key == second_key)


@given(
    st.tuples(vietnamese_words, vietnamese_text, vietnamese_words),
    st.tuples(vietnamese_words, vietnamese_text, vietnamese_words),
)
def test_collation_bytes_sort_names_like_the_name_key(first, second):
    first_key, second_key = name_sort_key(*first), name_sort_key(*second)
    assert (collation_bytes(first_key) < collation_bytes(second_key)) == (first_key < second_key)


def test_collation_bytes_handle_letters_outside_the_alphabet():
    names = ["Ánh", "Anh", "Zoë", "Ân", "Ăn", "中"]
    keys = [sort_key(name) for name in names]
    assert sorted(names, key=lambda name: collation_bytes(sort_key(name))) == [
        name for _, name in sorted(zip(keys, names))
    ]
