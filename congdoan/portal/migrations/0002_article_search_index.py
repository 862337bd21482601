"""
The full-text side of PublishedArticle, which depends on the database:

- SQLite: an FTS5 table over the entries' folded title and body, kept in step by triggers.
- PostgreSQL: a generated tsvector column (title weighted A, body B) with a GIN index.

Text is folded in Python before it is stored (congdoan.vietnamese.fold), so neither
database needs to fold accents or đ itself; 'simple' keeps PostgreSQL from applying
English stemming and stop words to Vietnamese.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE portal_publishedarticle_fts USING fts5(
        title, body, content='portal_publishedarticle', content_rowid='article_id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER portal_publishedarticle_ai AFTER INSERT ON portal_publishedarticle BEGIN
        INSERT INTO portal_publishedarticle_fts(rowid, title, body) VALUES (new.article_id, new.title, new.body);
    END""",
    """CREATE TRIGGER portal_publishedarticle_ad AFTER DELETE ON portal_publishedarticle BEGIN
        INSERT INTO portal_publishedarticle_fts(portal_publishedarticle_fts, rowid, title, body)
        VALUES ('delete', old.article_id, old.title, old.body);
    END""",
    """CREATE TRIGGER portal_publishedarticle_au AFTER UPDATE ON portal_publishedarticle BEGIN
        INSERT INTO portal_publishedarticle_fts(portal_publishedarticle_fts, rowid, title, body)
        VALUES ('delete', old.article_id, old.title, old.body);
        INSERT INTO portal_publishedarticle_fts(rowid, title, body) VALUES (new.article_id, new.title, new.body);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS portal_publishedarticle_au",
    "DROP TRIGGER IF EXISTS portal_publishedarticle_ad",
    "DROP TRIGGER IF EXISTS portal_publishedarticle_ai",
    "DROP TABLE IF EXISTS portal_publishedarticle_fts",
]
POSTGRESQL_FORWARD = [
    """ALTER TABLE portal_publishedarticle ADD COLUMN document tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
        ) STORED""",
    "CREATE INDEX portal_publishedarticle_document ON portal_publishedarticle USING gin (document)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS portal_publishedarticle_document",
    "ALTER TABLE portal_publishedarticle DROP COLUMN IF EXISTS document",
]
STATEMENTS = {
    "sqlite": (SQLITE_FORWARD, SQLITE_BACKWARD),
    "postgresql": (POSTGRESQL_FORWARD, POSTGRESQL_BACKWARD),
}


def run(direction):
    def operation(apps, schema_editor):
        statements = STATEMENTS.get(schema_editor.connection.vendor)
        if statements is None:
            raise RuntimeError(f"Article search supports SQLite and PostgreSQL, not {schema_editor.connection.vendor}.")
        for statement in statements[direction]:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [migrations.RunPython(run(0), run(1))]
