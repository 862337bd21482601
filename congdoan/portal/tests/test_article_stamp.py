"""The article stamp: "Cập nhật lúc 09:15 - 19/12/2022 (GMT +07:00)", always Vietnam time."""

import datetime

from django.utils import translation

from congdoan.conftest import vietnam_time
from congdoan.vietnamese import update_stamp


def stamp(moment):
    with translation.override("vi"):
        return update_stamp(moment)


def test_utc_moment_is_shown_in_vietnam_time():
    assert (
        stamp(datetime.datetime(2022, 12, 19, 2, 15, tzinfo=datetime.UTC))
        == "Cập nhật lúc 09:15 - 19/12/2022 (GMT +07:00)"
    )


def test_late_utc_evening_is_the_next_day_in_vietnam():
    assert (
        stamp(datetime.datetime(2023, 12, 31, 17, 5, tzinfo=datetime.UTC))
        == "Cập nhật lúc 00:05 - 01/01/2024 (GMT +07:00)"
    )


def test_day_and_month_have_two_digits():
    assert stamp(vietnam_time(2024, 3, 5, 7, 4)) == "Cập nhật lúc 07:04 - 05/03/2024 (GMT +07:00)"


def test_naive_moment_is_taken_as_utc():
    assert stamp(datetime.datetime(2022, 12, 19, 2, 15)) == "Cập nhật lúc 09:15 - 19/12/2022 (GMT +07:00)"


def test_article_page_shows_the_stamp_of_its_last_publication(client, portal):
    article = portal.publish("Hội nghị tổng kết năm", when=vietnam_time(2022, 12, 19, 9, 15))
    response = client.get(article.url)
    assert "Cập nhật lúc 09:15 - 19/12/2022 (GMT +07:00)" in response.content.decode()
