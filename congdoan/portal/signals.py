"""Keep the search index, the page cache and the publishing schedule in step with content."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Revision, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import content_version, published_articles, scheduled_publishing
from .models import ArticlePage, FederationSettings, Slide, Slogan


def bump_content_version_on_commit():
    # After commit, so a request that renders before the commit cannot cache the old page
    # under the new version. (Immediately again too, for callers outside a transaction.)
    content_version.bump()
    transaction.on_commit(content_version.bump)


@receiver(page_published)
def on_page_published(sender, instance, **kwargs):
    if isinstance(instance, ArticlePage):
        published_articles.record(instance)
    if instance.expire_at is not None:
        scheduled_publishing.forget_next_due()  # an unpublish is now scheduled
    bump_content_version_on_commit()


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    published_articles.forget(instance.pk)
    bump_content_version_on_commit()


@receiver(post_delete)
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_version_on_commit()


@receiver(post_page_move)
def on_page_moved(sender, instance, **kwargs):
    published_articles.refresh_paths(instance)
    bump_content_version_on_commit()


@receiver(post_save, sender=Slide)
@receiver(post_save, sender=Slogan)
@receiver(post_save, sender=FederationSettings)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Slide)
@receiver(post_delete, sender=Slogan)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=get_image_model())  # a replaced file or new focal point means new renditions
@receiver(post_delete, sender=get_image_model())
def on_site_content_changed(sender, **kwargs):
    bump_content_version_on_commit()


@receiver(post_save, sender=Revision)
def on_revision_saved(sender, instance, **kwargs):
    if instance.approved_go_live_at is not None:
        scheduled_publishing.forget_next_due()
