"""`manage.py rebuild_published_articles`: rebuild the list and search rows of every live article."""

from django.core.management.base import BaseCommand

from congdoan.portal import content_version, published_articles


class Command(BaseCommand):
    help = "Rebuild PublishedArticle (lists and search) from the live articles, e.g. after a bulk import."

    def handle(self, *args, **options):
        count = published_articles.rebuild()
        content_version.bump()
        self.stdout.write(f"{count} live articles recorded.")
