"""
Is this text English? Used by the admin browser test to find untranslated UI strings.

Vietnamese is written with one syllable per word, and a word without any diacritic must
still be a Vietnamese syllable in the level tone: an onset, a vowel nucleus from a short
list, and a final among m, n, ng, nh (the stop finals p, t, c, ch never take the level
tone). So an ASCII-only word that is not such a syllable ("Save", "draft", "Pages",
"Title", "don't", "that") is not Vietnamese. The few common English words that happen to
be valid level-tone syllables and are not Vietnamese words ("the", "on", "no", "by" …) are
listed. What remains allowed is a short list of product names, abbreviations and file
formats that Vietnamese text uses as they are.
"""

import re

ONSETS = "ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx]"
OPEN_RHYMES = "oai|oay|oeo|uya|ai|ao|au|ay|eo|iu|oi|ui|ia|ua|uy|oa|oe|a|e|i|o|u|y"
CLOSED_RHYMES = "(?:oa|oe|uy|a|e|i|o|u|y)(?:m|n)|(?:oa|a|o|u|e|oo)ng|(?:oa|uy|a|i|y)nh"
VIETNAMESE_LEVEL_SYLLABLE = re.compile(rf"(?:{ONSETS})?(?:{CLOSED_RHYMES}|{OPEN_RHYMES})")

# Valid level-tone syllables by shape, but English words, not Vietnamese ones.
ENGLISH_WORDS = frozenset("the then on no by my go he she day min may mon sun am thai".split())

# Written as they are in Vietnamese text ("sapo": the press's word for an article's lead).
ALLOWED = frozenset(
    """
    wagtail url urls html id seo rss api json csv pdf zip doc docx xls xlsx odt rtf txt pptx
    png jpg jpeg gif webp svg avif heic ico kb mb gb px email alt slug tab menu logo gmt utc
    web django javascript cookie
    sapo
    """.split()
)

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Addresses are not words of the interface: http://…, www.…, someone@example.vn, /admin/pages/.
ADDRESS = re.compile(r"\b\w+://\S+|\bwww\.\S+|\S+@\S+\.\w+|(?<!\w)/[\w./-]+")


def english_words(text, allowed=frozenset()):
    """The words of `text` that are not Vietnamese (nor in ALLOWED or `allowed`), in order."""
    found = []
    for word in WORD.findall(ADDRESS.sub(" ", text)):
        lower = word.lower()
        if not word.isascii() or len(word) < 2 or lower in ALLOWED or lower in allowed:
            continue
        if lower in ENGLISH_WORDS or not VIETNAMESE_LEVEL_SYLLABLE.fullmatch(lower):
            found.append(word)
    return found


def is_english(text, allowed=frozenset()):
    return bool(english_words(text, allowed))
