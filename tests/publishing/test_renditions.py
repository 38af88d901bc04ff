"""A saved image's renditions are made by the task worker, before any reader asks for a page."""

from __future__ import annotations

import datetime
import io
import sys

import pytest
from django.core.cache import caches
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.images import get_image_model
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


@pytest.mark.django_db
def test_a_page_reads_its_renditions_from_the_cache_without_writing_them_back(
    client, site_structure, settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.PAGE_CACHE_ENABLED = False
    with django_capture_on_commit_callbacks(execute=True):
        image = f.make_image("Border crossing")
    topic = f.make_topic("economy", {"en": "Economy"})["en"]
    issue = f.make_issue(f.BASE_WEEK)
    article = f.make_article(issue, title="Transit", topic=topic, image=image, image_alt="A gate")
    first = client.get(article.url)  # fills the rendition cache
    assert first.status_code == 200

    store = caches["renditions"]
    written: list[str] = []
    original_set_many = store.set_many

    def set_many(data, *args, **kwargs):
        written.extend(data)
        return original_set_many(data, *args, **kwargs)

    monkeypatch.setattr(store, "set_many", set_many)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(article.url)
    assert again.content == first.content
    assert written == []
    assert not [q for q in queries if "wagtailimages_rendition" in q["sql"]]


@pytest.mark.django_db
def test_an_avif_image_gets_every_size_without_the_heif_plugin(django_capture_on_commit_callbacks):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 800), (40, 60, 80)).save(buffer, format="AVIF")
    with django_capture_on_commit_callbacks(execute=True):
        image = get_image_model().objects.create(
            title="Night shift", file=ImageFile(buffer, name="night-shift.avif")
        )
    assert image.width == 1200
    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(PAGE_IMAGE_SPECS)
    assert all(rendition.file.size for rendition in image.renditions.all())
    # Pillow did it alone: the HEIF plugin (memory in every web process) was never loaded.
    assert sys.modules.get("pillow_heif") is None
