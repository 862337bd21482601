"""Templates write dates through the format settings (congdoan/formats), in every admin language."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation


@pytest.mark.parametrize("language", ["vi", "en"])
def test_dates_read_dd_mm_yyyy_whatever_the_language(language):
    template = Template('{{ moment|date:"SHORT_DATE_FORMAT" }}|{{ moment|date:"DATETIME_FORMAT" }}|{{ moment|date }}')
    moment = datetime.datetime(2026, 3, 4, 9, 5)
    with translation.override(language):
        assert template.render(Context({"moment": moment})) == "04/03/2026|09:05 04/03/2026|04/03/2026"
