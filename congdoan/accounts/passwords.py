"""
A password validator that refuses the organisation's own words.

"congdoan2026" or "LienDoanLaoDong!" pass a length and a common-password check, yet
they are the first things anyone would try against a union's accounts. Passwords are
compared folded (no accents, no case, no separators, common digit-for-letter swaps),
so "Công-Đoàn", "c0ngd0an" and "CONG DOAN" are all the same word.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from congdoan.vietnamese import fold, fold_words

# Folded and run together: công đoàn, liên đoàn, lao động, tổng liên đoàn, đoàn viên,
# tỉnh, and the usual abbreviations of union bodies.
ORGANISATION_WORDS = (
    "congdoan",
    "liendoan",
    "laodong",
    "tongliendoan",
    "doanvien",
    "tinh",
    "ldld",
    "cdcs",
    "cdvn",
    "tld",
)
LOOKALIKES = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
NOT_A_LETTER = re.compile(r"[^a-z0-9]")


def compact(text):
    """Folded, without anything but letters and digits: "Công-Đoàn" becomes "congdoan"."""
    return NOT_A_LETTER.sub("", fold(text))


class OrganisationWordsValidator:
    """Refuses a password containing the union's words or the site's name (WAGTAIL_SITE_NAME)."""

    def __init__(self, words=ORGANISATION_WORDS):
        self.words = tuple(words)

    def forbidden_words(self):
        site_words = fold_words(settings.WAGTAIL_SITE_NAME)
        # The site's name whole, and each pair of its words ("liendoan", "laodong", "dongtinh" …).
        pairs = ["".join(site_words[index : index + 2]) for index in range(len(site_words) - 1)]
        return {word for word in (*self.words, "".join(site_words), *pairs) if len(word) >= 3}

    def validate(self, password, user=None):
        folded = compact(password)
        candidates = {folded, folded.translate(LOOKALIKES), folded.replace("1", "l").translate(LOOKALIKES)}
        for word in sorted(self.forbidden_words(), key=len, reverse=True):
            if any(word in candidate for candidate in candidates):
                raise ValidationError(
                    _("This password contains “%(word)s”, a word of the union's own that is guessed first."),
                    code="password_organisation_word",
                    params={"word": word},
                )

    def get_help_text(self):
        return _("Your password can’t contain the union’s own words, such as “congdoan”, “liendoan” or “laodong”.")
