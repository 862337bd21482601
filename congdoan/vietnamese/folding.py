"""
Accent- and case-insensitive folding of Vietnamese text for search.

``fold()`` maps each character of the NFC-normalised text to exactly one
character, so a position in the folded text is the same position in
``unicodedata.normalize("NFC", text)``. ``highlight`` relies on this to mark
matches in the original characters.
"""

import re
import unicodedata

# Đ/đ carry a stroke, not a combining mark, so NFD does not decompose them.
_STROKED = {"đ": "d", "Đ": "d"}

# Replaces a combining mark that would otherwise fuse with the plain letter
# left in front of it (e.g. "ệ" followed by a stray U+0302). It is a starter
# without compositions, so it keeps the folded text NFC-stable.
COMBINING_GRAPHEME_JOINER = "\u034f"

_WORD_RE = re.compile(r"\w+")


def fold_char(char):
    """
    Return the one-character fold of ``char``.

    Letters are lowercased and stripped of every combining mark; đ and Đ
    become "d". Non-letters are returned unchanged. When lowercasing gives
    several characters only the first is kept; when stripping would leave
    nothing or several characters, the lowercased letter is kept as it is.
    """
    if char in _STROKED:
        return _STROKED[char]
    if not unicodedata.category(char).startswith("L"):
        return char
    lowered = char.lower()[0]
    base = "".join(part for part in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(part))
    return base if len(base) == 1 else lowered


class _FoldTable(dict):
    """A ``str.translate()`` table computing and caching folds on demand."""

    def __missing__(self, codepoint):
        folded = self[codepoint] = fold_char(chr(codepoint))
        return folded


_TABLE = _FoldTable()


def fold(text):
    """
    Return ``text`` folded for search and comparison.

    The text is NFC-normalised, then every character is replaced by
    ``fold_char()``: "Đảng viên" becomes "dang vien". The result always has
    the length of the NFC text, character for character.
    """
    normalised = unicodedata.normalize("NFC", text)
    folded = normalised.translate(_TABLE)
    if unicodedata.is_normalized("NFC", folded):
        return folded
    return _detach_marks(normalised, folded)


def _detach_marks(normalised, folded):
    """
    Replace the combining marks that follow a changed letter by a
    ``COMBINING_GRAPHEME_JOINER``, so that they cannot compose with it.

    Only needed for unusual input such as a letter followed by a stray mark
    that NFC could not attach to it.
    """
    chars = list(folded)
    base_changed = False
    for index, char in enumerate(chars):
        if not unicodedata.combining(char):
            base_changed = char != normalised[index]
        elif base_changed:
            chars[index] = COMBINING_GRAPHEME_JOINER
    return "".join(chars)


def fold_words(text):
    """Return the word tokens (runs of ``\\w``) of the folded ``text``."""
    return _WORD_RE.findall(fold(text))
