"""
ASCII URL slugs transliterated the Vietnamese way.

Tones and vowel marks are dropped and đ becomes "d" (never "dj", as a generic
transliterator would write): "Đảng viên ưu tú" → "dang-vien-uu-tu".
"""

import re
import unicodedata

from .folding import fold

_NON_ALPHANUMERIC_RE = re.compile(r"[^a-z0-9]+")


def slugify(text, max_length=80):
    """
    Return an ASCII slug of ``text``, at most ``max_length`` characters long.

    Runs of anything but a-z and 0-9 become a single hyphen, with none at
    either end. A slug longer than ``max_length`` is cut at the last hyphen
    that fits (mid-word only if its first word alone is too long). Return ""
    when nothing transliterable is left; the caller decides what to do then.
    """
    if max_length < 1:
        raise ValueError("max_length must be at least 1.")
    slug = _NON_ALPHANUMERIC_RE.sub("-", _to_ascii(fold(text))).strip("-")
    return _truncate(slug, max_length)


def _to_ascii(text):
    """
    Transliterate ``text`` to lowercase ASCII through NFKD ("ﬁ" → "fi",
    "ｌ" → "l"), dropping characters that have no ASCII form.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def _truncate(slug, max_length):
    """Cut ``slug`` to ``max_length`` characters at a word boundary."""
    if len(slug) <= max_length:
        return slug
    if slug[max_length] == "-":
        return slug[:max_length]
    head = slug[:max_length]
    if "-" in head:
        return head.rsplit("-", 1)[0]
    return head
