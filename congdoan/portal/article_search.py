"""
Accent-insensitive article search, the same on SQLite and PostgreSQL.

"dang vien uu tu", "Đảng viên ưu tú", "ĐẢNG VIÊN" and NFD-pasted text all fold to
the same words (congdoan.vietnamese.fold); articles are indexed folded too. Results
come ranked: articles whose title holds every word first, then by relevance, then
newest first.
"""

from django.db import connection
from django.utils import timezone
from django.utils.html import strip_tags

from congdoan.vietnamese import fold, fold_words

from .models import ArticlePage, ArticleSearchEntry

MAX_QUERY_WORDS = 12
FTS_TABLE = "portal_articlesearchentry_fts"


def article_text(article):
    """The readable text of an article's lead and body, without markup."""
    parts = [article.lead]
    for block in article.body:
        if block.block_type == "paragraph":
            parts.append(strip_tags(block.value.source))
        elif block.block_type == "heading":
            parts.append(block.value)
        elif block.block_type == "image":
            parts.append(block.value.get("caption") or "")
        elif block.block_type == "quote":
            parts.extend([block.value.get("text") or "", block.value.get("attribution") or ""])
    parts.append(article.author)
    parts.append(article.author_unit)
    return "\n".join(part for part in parts if part)


def index_article(article):
    """Add or refresh the search entry of a live article."""
    ArticleSearchEntry.objects.update_or_create(
        article_id=article.pk,
        defaults={
            "title": fold(article.title),
            "body": fold(article_text(article)),
            "published_at": article.first_published_at or article.last_published_at or timezone.now(),
        },
    )


def remove_article(article_id):
    ArticleSearchEntry.objects.filter(article_id=article_id).delete()


def rebuild():
    """Index every live article again (after a bulk import or a restore). Returns the count."""
    ArticleSearchEntry.objects.all().delete()
    count = 0
    for article in ArticlePage.objects.live().iterator(chunk_size=500):
        index_article(article)
        count += 1
    return count


def query_words(query):
    """The distinct folded words of a query, in order, at most MAX_QUERY_WORDS."""
    return list(dict.fromkeys(fold_words(query or "")))[:MAX_QUERY_WORDS]


def _sqlite_match(words):
    return " ".join(f'"{word}"' for word in words)


def _sqlite_count(words):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [_sqlite_match(words)])
        return cursor.fetchone()[0]


def _sqlite_find(words, limit, offset):
    match = _sqlite_match(words)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT e.article_id
            FROM {FTS_TABLE} JOIN portal_articlesearchentry e ON e.article_id = {FTS_TABLE}.rowid
            WHERE {FTS_TABLE} MATCH %s
            ORDER BY
                e.article_id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s) DESC,
                bm25({FTS_TABLE}, 10.0, 1.0),
                e.published_at DESC
            LIMIT %s OFFSET %s
            """,
            [match, f"title : ({match})", limit, offset],
        )
        return [row[0] for row in cursor.fetchall()]


def _postgresql_count(words):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM portal_articlesearchentry WHERE document @@ plainto_tsquery('simple', %s)",
            [" ".join(words)],
        )
        return cursor.fetchone()[0]


def _postgresql_find(words, limit, offset):
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT e.article_id
            FROM portal_articlesearchentry e, plainto_tsquery('simple', %s) q
            WHERE e.document @@ q
            ORDER BY
                to_tsvector('simple', e.title) @@ q DESC,
                ts_rank(e.document, q) DESC,
                e.published_at DESC
            LIMIT %s OFFSET %s
            """,
            [" ".join(words), limit, offset],
        )
        return [row[0] for row in cursor.fetchall()]


def count(words):
    """How many live articles hold every one of the folded `words`."""
    return _postgresql_count(words) if connection.vendor == "postgresql" else _sqlite_count(words)


def find(words, limit, offset=0):
    """
    Ids of live articles holding every one of `words`, best first: title holds them all,
    then relevance, then newest.
    """
    if connection.vendor == "postgresql":
        return _postgresql_find(words, limit, offset)
    return _sqlite_find(words, limit, offset)
