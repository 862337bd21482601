"""
Accent-insensitive article search, the same on SQLite and PostgreSQL.

"dang vien uu tu", "Đảng viên ưu tú", "ĐẢNG VIÊN" and NFD-pasted text all fold to
the same words (congdoan.vietnamese.fold), and PublishedArticle holds every live
article's text folded the same way. Results come ranked: articles whose title holds
every word first, then by relevance, then newest.
"""

from django.db import connection

from congdoan.vietnamese import fold_words

MAX_QUERY_WORDS = 12
FTS_TABLE = "portal_publishedarticle_fts"


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
            FROM {FTS_TABLE} JOIN portal_publishedarticle e ON e.article_id = {FTS_TABLE}.rowid
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
            "SELECT count(*) FROM portal_publishedarticle WHERE document @@ plainto_tsquery('simple', %s)",
            [" ".join(words)],
        )
        return cursor.fetchone()[0]


def _postgresql_find(words, limit, offset):
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT e.article_id
            FROM portal_publishedarticle e, plainto_tsquery('simple', %s) q
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
