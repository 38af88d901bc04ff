"""A saved image's renditions are made by the task worker, before any reader asks for a page."""

from __future__ import annotations

import datetime

import pytest
from wagtail.images.models import Rendition

from sitrep.publishing.renditions import PAGE_IMAGE_SPECS
from tests import factories as f


@pytest.mark.django_db
def test_saving_an_image_makes_every_size_the_pages_show(
    client, site_structure, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = False
    with django_capture_on_commit_callbacks(execute=True):
        image = f.make_image("Border crossing")
        inline = f.make_image("A queue of lorries")
    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(PAGE_IMAGE_SPECS)
    assert inline.renditions.count() == len(PAGE_IMAGE_SPECS)

    topic = f.make_topic("economy", {"en": "Economy"})["en"]
    older = f.make_issue(f.BASE_WEEK)
    newer = f.make_issue(f.BASE_WEEK + datetime.timedelta(weeks=1))
    body = [
        ("paragraph", "<p>What happened.</p>"),
        ("image", {"image": inline, "alt": "Lorries at the border", "caption": "", "credit": ""}),
    ]
    f.make_article(older, title="Transit earlier", topic=topic, image=image, image_alt="A gate")
    article = f.make_article(
        newer, title="Transit now", topic=topic, image=image, image_alt="A gate", body=body
    )
    made_before = Rendition.objects.count()

    # The article (featured image, body image, "Read more" teaser), its issue, the home page,
    # the topic page and the feed: nothing is left to make for a web worker.
    for path in (article.url, newer.url, "/en/", "/en/topics/economy/", "/en/feed/rss/"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert b"width-1200" in client.get(article.url).content
    assert Rendition.objects.count() == made_before


@pytest.mark.django_db
def test_an_image_saved_again_makes_nothing_twice(
    site_structure, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        image = f.make_image()
    with django_capture_on_commit_callbacks(execute=True):
        image.title = "Renamed"
        image.save()
    assert image.renditions.count() == len(PAGE_IMAGE_SPECS)
