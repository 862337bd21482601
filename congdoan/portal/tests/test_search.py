"""
Accent- and đ-insensitive search, both ways, on whichever database the suite runs on
(`make test` runs it on SQLite and on PostgreSQL).
"""

import io
import unicodedata

import pytest

from congdoan.conftest import vietnam_time
from congdoan.portal import article_search


@pytest.fixture
def articles(portal):
    return {
        "title_hit": portal.publish(
            "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
            lead="Công đoàn cơ sở chú trọng bồi dưỡng nguồn.",
            when=vietnam_time(2020, 5, 1),
        ),
        "body_hit": portal.publish(
            "Tổng kết nhiệm kỳ 2017-2022",
            lead="Kết quả công tác nhiệm kỳ.",
            paragraphs=[
                "Trong nhiệm kỳ, công đoàn đã giới thiệu 20 đoàn viên ưu tú cho Đảng; 12 người trở thành Đảng viên."
            ],
            when=vietnam_time(2022, 12, 19),
        ),
        "unrelated": portal.publish(
            "Hội thao công nhân lao động", lead="Giải bóng đá mini.", when=vietnam_time(2023, 4, 1)
        ),
        "double_marks": portal.publish(
            "Bộ luật Lao động và quyền lợi người lao động",
            lead="Hỏi đáp pháp luật.",
            when=vietnam_time(2021, 1, 1),
        ),
    }


def found_titles(client, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    return [article.title for article in response.context["results"].object_list]


@pytest.mark.parametrize(
    "query",
    [
        "dang vien uu tu",
        "Đảng viên ưu tú",
        "ĐẢNG VIÊN ƯU TÚ",
        "DANG VIEN UU TU",
        unicodedata.normalize("NFD", "Đảng viên ưu tú"),
    ],
)
def test_every_spelling_finds_the_same_articles(client, articles, query):
    titles = found_titles(client, query)
    assert set(titles) == {articles["title_hit"].title, articles["body_hit"].title}


def test_title_matches_come_first_even_when_older(client, articles):
    titles = found_titles(client, "doan vien uu tu")
    assert titles[0] == articles["title_hit"].title


def test_double_marked_vowels_and_d_fold(client, articles):
    assert found_titles(client, "bo luat lao dong") == [articles["double_marks"].title]
    assert found_titles(client, "Bộ LUẬT") == [articles["double_marks"].title]


def test_no_false_match_for_other_words(client, articles):
    assert found_titles(client, "bong da") == [articles["unrelated"].title]
    assert found_titles(client, "chứng khoán") == []


def test_matched_words_are_highlighted_in_the_original_spelling(client, articles):
    html = client.get("/tim-kiem/", {"q": "dang vien uu tu"}).content.decode()
    assert "<mark>Đảng</mark>" in html
    assert "<mark>ưu</mark> <mark>tú</mark>" in html


def test_empty_or_symbol_only_query_shows_no_results_and_no_error(client, articles):
    for query in ["", "   ", "!!!", "\"'*"]:
        response = client.get("/tim-kiem/", {"q": query})
        assert response.status_code == 200
        assert list(response.context["results"].object_list) == []


def test_fts_syntax_in_the_query_is_just_words(client, articles):
    """Quotes, stars, NEAR(…) and column filters must not break the database query."""
    assert found_titles(client, 'dang" OR * title: NEAR(vien') == found_titles(client, "dang title near vien")


def test_results_are_paginated(client, portal):
    for number in range(13):
        portal.publish(f"Tin an toàn vệ sinh lao động số {number}", when=vietnam_time(2024, 1, number + 1))
    first = client.get("/tim-kiem/", {"q": "an toan"}).context["results"]
    assert first.paginator.count == 13
    assert len(first.object_list) == 10
    second = client.get("/tim-kiem/", {"q": "an toan", "trang": 2}).context["results"]
    assert len(second.object_list) == 3
    assert not {a.pk for a in first.object_list} & {a.pk for a in second.object_list}
    past_the_end = client.get("/tim-kiem/", {"q": "an toan", "trang": 99}).context["results"]
    assert past_the_end.number == 2


def test_unpublished_article_leaves_the_search(client, articles):
    articles["title_hit"].unpublish()
    assert articles["title_hit"].title not in found_titles(client, "dang vien uu tu")


def test_edited_and_republished_article_is_found_by_its_new_words(client, articles):
    article = articles["unrelated"]
    article.title = "Hội thao chào mừng Tháng Công nhân"
    article.save_revision().publish()
    assert found_titles(client, "thang cong nhan") == [article.title]
    assert found_titles(client, "hoi thao cong nhan lao dong") == []


def test_rebuild_indexes_every_live_article(articles):
    from django.core.management import call_command

    from congdoan.portal.models import PublishedArticle

    PublishedArticle.objects.all().delete()
    assert article_search.count(article_search.query_words("lao dong")) == 0
    call_command("rebuild_published_articles", stdout=io.StringIO())
    assert article_search.count(article_search.query_words("lao dong")) == 2
