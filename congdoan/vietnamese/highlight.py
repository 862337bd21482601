"""
Highlighting and excerpting of search matches in Vietnamese text.

Matching is done on folded text, so a query typed without accents ("dang
vien") finds "Đảng viên" and the other way round, while the output keeps
the characters of the text as written (in NFC form).
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .folding import fold, fold_words

ELLIPSIS = "…"

_TAG_RE = re.compile(r"[a-z][a-z0-9]*\Z")
_WORD_RE = re.compile(r"\w+")


def highlight(text, query, tag="mark"):
    """
    Return ``text`` HTML-escaped, with every word matching a word of
    ``query`` wrapped in ``<tag>…</tag>``.

    Words match when their folds are equal, ignoring case, tones, vowel
    marks and đ. ``tag`` must be a plain lowercase element name.
    """
    if not _TAG_RE.match(tag):
        raise ValueError(f"Invalid tag name: {tag!r}")
    normalised = unicodedata.normalize("NFC", text)
    parts = []
    position = 0
    for start, end in match_spans(normalised, query):
        parts.append(escape(normalised[position:start]))
        parts.append(f"<{tag}>{escape(normalised[start:end])}</{tag}>")
        position = end
    parts.append(escape(normalised[position:]))
    return mark_safe("".join(parts))


def match_spans(text, query):
    """
    Return the ``(start, end)`` spans of the words of the NFC-normalised
    ``text`` that match a word of ``query``.
    """
    terms = set(fold_words(query))
    if not terms:
        return []
    return [match.span() for match in _WORD_RE.finditer(fold(text)) if match.group() in terms]


def excerpt(text, query, length=200):
    """
    Return at most ``length`` characters of plain ``text`` around the first
    match of ``query`` (or from the start if nothing matches).

    Whitespace is collapsed, the window is cut at word boundaries when
    possible and "…" marks each cut (counted in ``length``). The result is
    not escaped.
    """
    if length < 3:
        raise ValueError("length must be at least 3.")
    clean = " ".join(unicodedata.normalize("NFC", text).split())
    if len(clean) <= length:
        return clean
    spans = match_spans(clean, query)
    focus = spans[0] if spans else (0, 0)
    start, end = _window(clean, focus, length - 2)
    return _with_ellipses(clean, start, end)


def _window(text, focus, size):
    """
    Return ``(start, end)`` of a window of at most ``size`` characters of
    ``text`` around the ``focus`` span, shrunk to word boundaries without
    losing the focus.
    """
    focus_start, focus_end = focus
    slack = max(size - (focus_end - focus_start), 0)
    start = max(0, min(focus_start - slack // 2, len(text) - size))
    end = min(start + size, len(text))
    return _snap_start(text, start, focus_start), _snap_end(text, focus_end, end)


def _snap_start(text, start, limit):
    """
    Move ``start`` forward past a word cut in two, to the first space
    before ``limit``; keep it if there is none.
    """
    if start == 0 or " " in text[start - 1 : start + 1]:
        return start
    space = text.find(" ", start, limit)
    return start if space == -1 else space + 1


def _snap_end(text, limit, end):
    """
    Move ``end`` back before a word cut in two, to the last space from
    ``limit`` on; keep it if there is none.
    """
    if end == len(text) or " " in text[end - 1 : end + 1]:
        return end
    space = text.rfind(" ", limit, end)
    return end if space == -1 else space


def _with_ellipses(text, start, end):
    """Return ``text[start:end]`` with "…" where text was cut off."""
    window = text[start:end].strip()
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return f"{prefix}{window}{suffix}"
