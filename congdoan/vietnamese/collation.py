"""
Sorting in the order of the Vietnamese alphabet.

The alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y;
the letters f, j, w and z of foreign words take their Latin places (f after
ê, j after i, w after v, z after y). Comparison ignores case.

Each word (syllable) is compared letter by letter on its base letters, where
a letter carrying a vowel mark (ă â ê ô ơ ư) or the stroke of đ is a letter
of its own; only when all base letters of the word are equal do the tones
decide, in the usual dictionary order:

    ngang (none) < huyền (à) < hỏi (ả) < ngã (ã) < sắc (á) < nặng (ạ)

Words are compared one after another, as dictionaries do, so every entry
starting with "ba" comes before "bà": "ba", "ba ba", "ba bảy", "bà", "bà ba".

Separators (spaces, punctuation) sort before digits, digits before letters,
and letters outside the alphabet after it, by code point.
"""

import re
import unicodedata

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

# Tone marks in dictionary order; index 0 is ngang (no mark).
TONE_MARKS = (
    None,
    "\u0300",  # huyền
    "\u0309",  # hỏi
    "\u0303",  # ngã
    "\u0301",  # sắc
    "\u0323",  # nặng
)

_VOWEL_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}

_LETTER_RANKS = {letter: rank for rank, letter in enumerate(ALPHABET)}

# Character groups, in sort order.
SEPARATOR, DIGIT, LETTER, OTHER = range(4)

_TOKEN_RE = re.compile(r"\w+|\W+")


def sort_key(text):
    """
    Return a key sorting ``text`` in Vietnamese alphabetical order.

    Keys compare equal exactly when the texts are equal ignoring case and
    Unicode normalisation form.
    """
    lowered = unicodedata.normalize("NFC", text).lower()
    return tuple(_token_key(token) for token in _TOKEN_RE.findall(lowered))


def name_sort_key(family_name, middle_name, given_name):
    """
    Return a key sorting Vietnamese personal names: by given name, then
    middle name, then family name, as Vietnamese lists of people do.
    """
    return (
        sort_key(given_name or ""),
        sort_key(middle_name or ""),
        sort_key(family_name or ""),
    )


def _token_key(token):
    """
    Return the key of one word or run of separators: base letters first,
    then tones, then any other marks.
    """
    chars = [_char_key(char) for char in token]
    return (
        tuple(base for base, tone, marks in chars),
        tuple(tone for base, tone, marks in chars),
        tuple(marks for base, tone, marks in chars),
    )


def _char_key(char):
    """
    Return ``(base, tone, other_marks)`` for one lowercase character: the
    base letter as a ``(group, rank)`` pair, the tone as an index into
    ``TONE_MARKS`` and the code points of the remaining combining marks.
    """
    if char == "đ":
        return (LETTER, _LETTER_RANKS["đ"]), 0, ()
    base, *marks = unicodedata.normalize("NFD", char)
    base, marks = _attach_vowel_mark(base, marks)
    tone, marks = _take_tone(marks)
    return _base_key(base), tone, tuple(ord(mark) for mark in marks)


def _attach_vowel_mark(base, marks):
    """Merge the vowel mark of ă â ê ô ơ ư into the base letter."""
    for index, mark in enumerate(marks):
        letter = _VOWEL_MARKS.get((base, mark))
        if letter:
            return letter, marks[:index] + marks[index + 1 :]
    return base, marks


def _take_tone(marks):
    """Split the first tone mark off ``marks``; ngang (0) if there is none."""
    for index, mark in enumerate(marks):
        if mark in TONE_MARKS:
            return TONE_MARKS.index(mark), marks[:index] + marks[index + 1 :]
    return 0, marks


def _base_key(base):
    """Return the ``(group, rank)`` pair of a base character."""
    if base in _LETTER_RANKS:
        return LETTER, _LETTER_RANKS[base]
    if base.isdigit():
        return DIGIT, ord(base)
    if base.isalpha():
        return OTHER, ord(base)
    return SEPARATOR, ord(base)


def collation_bytes(key):
    """
    Encode a key of ``sort_key`` or ``name_sort_key`` as bytes that compare,
    byte by byte, in the same order as the key itself.

    Databases can then sort by a plain binary column (bytea on PostgreSQL, a
    BLOB on SQLite), whatever collation they were installed with.

    Each sequence ends with a terminator byte that is smaller the shallower the
    sequence sits, and every number starts with a byte above all terminators:
    a sequence that is a prefix of another therefore sorts first, as in Python.
    """
    return bytes(_encode(key, depth=0))


_FIRST_NUMBER_BYTE = 0x10
_SHORT_LIMIT = 0x3000


def _encode(value, depth):
    if isinstance(value, int):
        if value < _SHORT_LIMIT:
            return (value + (_FIRST_NUMBER_BYTE << 8)).to_bytes(2, "big")
        return (value + (0x40 << 24)).to_bytes(4, "big")
    encoded = bytearray()
    for item in value:
        encoded += _encode(item, depth + 1)
    encoded.append(depth + 1)
    return encoded
