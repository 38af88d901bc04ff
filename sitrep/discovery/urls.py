"""Feeds under each language prefix (sitrep/urls.py includes them inside i18n_patterns)."""

from django.urls import path

from . import feeds

app_name = "discovery"

urlpatterns = [
    path("feed/rss/", feeds.rss, name="rss"),
    path("feed/atom/", feeds.atom, name="atom"),
    path("topics/<slug:slug>/feed/rss/", feeds.rss, name="topic_rss"),
    path("topics/<slug:slug>/feed/atom/", feeds.atom, name="topic_atom"),
]
