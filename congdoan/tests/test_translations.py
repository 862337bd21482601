"""
Every string of ours has a Vietnamese translation that keeps its placeholders.

"Ours": locale/vi (the project's catalogue) and each app's congdoan/<app>/locale/vi. The
admin's catalogues under locale/admin are checked by tools/translations_check.py
(congdoan/tests/test_admin_translations.py).
"""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from .tools import load_tool

ROOT = Path(__file__).resolve().parents[2]
PROJECT_CATALOGUE = ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po"
OUR_CATALOGUES = [
    PROJECT_CATALOGUE,
    *sorted((ROOT / "congdoan").glob("*/locale/vi/LC_MESSAGES/*.po")),
]
check = load_tool("translations_check")


def messages(catalogue=PROJECT_CATALOGUE):
    with catalogue.open("rb") as po_file:
        return [message for message in read_po(po_file) if message.id]


def catalogue_id(path):
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("catalogue", OUR_CATALOGUES, ids=catalogue_id)
def test_every_message_is_translated(catalogue):
    # A fuzzy translation is a guess that compiling leaves out: users would see English.
    untranslated = [message.id for message in messages(catalogue) if not check.is_translated(message)]
    assert untranslated == []


@pytest.mark.parametrize("catalogue", OUR_CATALOGUES, ids=catalogue_id)
def test_translations_keep_their_placeholders_and_tags(catalogue):
    broken = [
        (message.id, message.string, problem)
        for message in messages(catalogue)
        for problem in check.message_problems(message)
    ]
    assert broken == []


def test_the_article_stamp_reads_as_on_federation_sites():
    stamp = next(message for message in messages() if message.id == "Updated at %(time)s - %(date)s (GMT +07:00)")
    assert stamp.string == "Cập nhật lúc %(time)s - %(date)s (GMT +07:00)"


# Django merges every catalogue of a domain, so a msgid that is both ours and the admin's
# gets one translation everywhere: locale/vi's beats the admin's (it comes first in
# LOCALE_PATHS; "Pages" once turned the admin's menu item into "Phân trang"), and the
# admin's beats a congdoan/<app>/locale one (LOCALE_PATHS come before the apps). Such a
# translation must fit both places; these ones were checked and do. A new one: give our
# string a context (pgettext, {% translate … context … %}) or, if it fits, add it here.
ACCEPTED_ADMIN_OVERRIDES = {
    "Breadcrumb": "Đường dẫn",  # the breadcrumb's aria-label, on the site and in the admin
    "Email": "Email",
    "For site menus": "Dành cho menu trang",  # the heading of the same promote panel
    "Skip to main content": "Bỏ qua, đến nội dung chính",
}


def admin_translations():
    """{(msgid, context): translations} of the admin catalogues shipped in locale/admin."""
    found = {}
    for catalogue in check.default_catalogues():
        if catalogue.domain != "django" or not catalogue.target.exists():
            continue
        for message in check.read_catalogue(catalogue.target):
            if message.id and check.is_translated(message):
                found.setdefault(check.key_of(message), set()).add(check.strings_of(message))
    return found


def test_our_strings_do_not_change_the_admins_words_unnoticed():
    admin = admin_translations()
    overrides = {}
    for catalogue in OUR_CATALOGUES:
        for message in messages(catalogue):
            key = check.key_of(message)
            name = key[0] if key[1] is None else key
            if key in admin and admin[key] != {check.strings_of(message)}:
                if ACCEPTED_ADMIN_OVERRIDES.get(name) != message.string:
                    overrides[name] = (message.string, "admin: " + " / ".join(sorted(map(str, admin[key]))))
    assert overrides == {}
