"""
The write side of PublishedArticle: one row per live article with its tree path, date
and folded text, which the lists (selectors.py) and the search (article_search.py) read.
"""

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from congdoan.vietnamese import fold

from .models import ArticlePage, PublishedArticle


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


def record(article):
    """Add or refresh the row of a live article (after it is published)."""
    PublishedArticle.objects.update_or_create(
        article_id=article.pk,
        defaults={
            "path": article.path,
            "title": fold(article.title),
            "body": fold(article_text(article)),
            "published_at": article.first_published_at or article.last_published_at or timezone.now(),
        },
    )


def forget(article_id):
    """Drop the row of an article that is no longer live."""
    PublishedArticle.objects.filter(article_id=article_id).delete()


def refresh_paths(page):
    """After `page` moved, give the rows of the articles under it (or it) their new paths."""
    current_path = Page.objects.filter(pk=OuterRef("article_id")).values("path")[:1]
    PublishedArticle.objects.filter(article_id__in=Page.objects.filter(path__startswith=page.path).values("pk")).update(
        path=Subquery(current_path)
    )


def rebuild():
    """Record every live article again (after a bulk import or a restore). Returns the count."""
    PublishedArticle.objects.all().delete()
    count = 0
    for article in ArticlePage.objects.live().iterator(chunk_size=500):
        record(article)
        count += 1
    return count
