"""Receivers only: any change a public page can show bumps the site-wide content generation
(sitrep/core/generation.py), which retires every stored page in every process.

Watched: every page (publish, unpublish, move, copy, delete, scheduling, a revision going live,
view restrictions), revisions, topics and authors and everything else in the publishing app,
search aliases, site settings, images (not their renditions, which pages create as they
render), sites, locales and redirects (a stored 404 may become a redirect). Saves of anything
else — subscribers, deliveries, task results, sessions — cost one isinstance() check.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from sitrep.core.generation import bump_content_generation

_watched: tuple[type, ...] = ()
# Apps whose every model is public content.
CONTENT_APPS = (
    "sitrep.publishing",
    "sitrep.search",
    "sitrep.trends",
    "sitrep.core",
    "sitrep.discovery",
)


def watched_models() -> tuple[type, ...]:
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.images.models import AbstractImage
    from wagtail.models import (
        BaseViewRestriction,
        Locale,
        Page,
        Revision,
        Site,
    )

    models: list[type] = [
        Page,
        Revision,
        BaseViewRestriction,
        Site,
        Locale,
        Redirect,
        AbstractImage,
        BaseGenericSetting,
        BaseSiteSetting,
    ]
    for config in apps.get_app_configs():
        if config.name in CONTENT_APPS:
            models.extend(config.get_models())
    return tuple(models)


def _instance_changed(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, _watched):
        bump_content_generation()


def _content_changed(sender, **kwargs) -> None:
    bump_content_generation()


def connect() -> None:
    global _watched
    _watched = watched_models()
    uid = "sitrep.pagecache"
    post_save.connect(_instance_changed, dispatch_uid=f"{uid}.post_save")
    post_delete.connect(_instance_changed, dispatch_uid=f"{uid}.post_delete")
    m2m_changed.connect(_instance_changed, dispatch_uid=f"{uid}.m2m_changed")
    for signal in (
        page_published,
        page_unpublished,
        post_page_move,
        page_slug_changed,
        published,
        unpublished,
    ):
        signal.connect(_content_changed, dispatch_uid=f"{uid}.{id(signal)}")
    connect_purge()


def _purge_listings(sender, instance, **kwargs) -> None:
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    from .purge import purged_urls

    urls = purged_urls(instance)
    # After the commit: a purge that reached the cache first would let it fetch the old page.
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


def connect_purge() -> None:
    page_published.connect(_purge_listings, dispatch_uid="sitrep.pagecache.purge.published")
    page_unpublished.connect(_purge_listings, dispatch_uid="sitrep.pagecache.purge.unpublished")
