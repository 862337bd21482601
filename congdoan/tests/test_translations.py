"""Every string of ours has a Vietnamese translation that keeps its placeholders."""

import re
from pathlib import Path

from babel.messages.pofile import read_po

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "vi" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def messages():
    with CATALOGUE.open("rb") as po_file:
        return [message for message in read_po(po_file) if message.id]


def as_tuple(value):
    return value if isinstance(value, tuple) else (value,)


def test_every_message_is_translated():
    # A fuzzy translation is a guess that compiling leaves out: users would see English.
    untranslated = [message.id for message in messages() if message.fuzzy or not all(as_tuple(message.string))]
    assert untranslated == []


def test_translations_keep_their_placeholders():
    broken = []
    for message in messages():
        expected = sorted(PLACEHOLDER.findall(as_tuple(message.id)[0]))
        for translation in as_tuple(message.string):
            if sorted(PLACEHOLDER.findall(translation)) != expected:
                broken.append((message.id, translation))
    assert broken == []


def test_the_article_stamp_reads_as_on_federation_sites():
    stamp = next(message for message in messages() if message.id == "Updated at %(time)s - %(date)s (GMT +07:00)")
    assert stamp.string == "Cập nhật lúc %(time)s - %(date)s (GMT +07:00)"
