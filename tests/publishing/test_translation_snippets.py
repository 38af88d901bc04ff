"""Submitting or syncing a page translation never changes live content in another language.

wagtail-localize's "Translate this page" also submits the page's related snippets (here the
article's topic) and saves their targets at once, since snippets have no drafts: an existing
Belarusian or Russian topic then received the untranslated English source. These tests go
through wagtail-localize's own admin views as an editor would (issue 6, item 1).
"""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.operations import translate_object, translate_page_subtree

from sitrep.publishing.models import ArticlePage, Author, Topic
from tests import factories as f

pytestmark = pytest.mark.django_db

WEEK = datetime.date(2023, 10, 9)
EARLIER_WEEK = datetime.date(2023, 10, 2)


def make_editor(django_user_model):
    """An editor as the admin sets one up: pages, topics and authors, and translations."""
    user = django_user_model.objects.create_user(
        username="translator", password="x" * 12, first_name="Tanya", last_name="Lis"
    )
    group = Group.objects.create(name="Translators")
    codenames = [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        *[("publishing", f"{verb}_{model}") for verb in ("add", "change", "delete")
          for model in ("topic", "author")],
    ]  # fmt: skip
    for app_label, codename in codenames:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user.groups.add(group)
    return user


@pytest.fixture
def editor(django_user_model, site_structure):
    client = Client()
    client.force_login(make_editor(django_user_model))
    return client


@pytest.fixture
def week(site_structure):
    """A week in three languages; last week's economy article is translated and live; this
    week's English economy article is not translated yet."""
    topics = f.make_topics(["economy", "security"])
    anna = f.make_author({"en": "Anna Lis", "be": "Ганна Ліс", "ru": "Анна Лис"})
    earlier = f.make_issue(EARLIER_WEEK)
    current = f.make_issue(WEEK)
    for code in ("be", "ru"):
        f.translate_issue(earlier, code)
        f.translate_issue(current, code)
    older = f.make_article(
        earlier, title="Harvest outlook", slug="harvest-outlook",
        topic=topics["economy"]["en"], authors=[anna["en"]],
    )  # fmt: skip
    f.translate_article(older, "be", title="Прагноз ураджаю")
    f.translate_article(older, "ru", title="Прогноз урожая")
    article = f.make_article(
        current, title="Prices keep rising", slug="prices-keep-rising",
        topic=topics["economy"]["en"], authors=[anna["en"]], related=[older],
    )  # fmt: skip
    return {"topics": topics, "article": article, "older": older}


def submit_page_translation(client: Client, page: Page, codes: list[str]):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.id]),
        {"locales": [f.locale(code).id for code in codes]},
    )
    assert response.status_code == 302, response.content[:2000]
    return response


def assert_topic_names_stay(client: Client, slug: str, names: dict[str, str]) -> None:
    for code, name in names.items():
        assert Topic.objects.get(locale__language_code=code, slug=slug).name == name
        page = client.get(f"/{code}/topics/").content.decode()
        assert f">{name}</a>" in page, (code, name)
        assert client.get(f"/{code}/topics/{slug}/").status_code == 200


def test_translate_this_page_keeps_the_belarusian_and_russian_topic_names(editor, week):
    submit_page_translation(editor, week["article"], ["be", "ru"])

    assert_topic_names_stay(editor, "economy", f.TOPIC_NAMES["economy"])
    # Last week's live Belarusian article still shows its own topic and title.
    older_be = editor.get("/be/issues/2023-10-02/harvest-outlook/").content.decode()
    assert "Эканоміка" in older_be and "Прагноз ураджаю" in older_be
    assert "Economy" not in older_be
    assert Author.objects.get(locale__language_code="be").name == "Ганна Ліс"
    # The translation drafts exist and point at the Belarusian and Russian topics.
    for code in ("be", "ru"):
        draft = ArticlePage.objects.get(
            translation_key=week["article"].translation_key, locale__language_code=code
        )
        assert not draft.live
        assert draft.topic == week["topics"]["economy"][code]


def test_the_existing_topic_translation_is_not_taken_over_by_the_page_translation(editor, week):
    """The Belarusian topic stays an ordinary snippet its editors edit in the usual form: it
    is not turned into a wagtail-localize translation of the English one that a later sync or
    publish would overwrite."""
    submit_page_translation(editor, week["article"], ["be"])

    topic_be = week["topics"]["economy"]["be"]
    assert not Translation.objects.filter(
        source__object_id=topic_be.translation_key, target_locale=topic_be.locale
    ).exists()
    edit = editor.get(reverse("wagtailsnippets_publishing_topic:edit", args=[topic_be.pk]))
    assert edit.status_code == 200
    assert 'name="name"' in edit.content.decode()
    assert 'value="Эканоміка"' in edit.content.decode()


def test_syncing_and_publishing_the_page_translation_keep_the_topic_names(
    editor, week, django_capture_on_commit_callbacks
):
    article = week["article"]
    submit_page_translation(editor, article, ["be", "ru"])
    # The editor then renames the English topic and improves the English article.
    topic_en = week["topics"]["economy"]["en"]
    topic_en.name = "Economy and trade"
    topic_en.save()
    article.lead = "Food prices rose again."
    article.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(article)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtail_localize:update_translations", args=[source.id]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    assert_topic_names_stay(
        editor, "economy", {"be": "Эканоміка", "ru": "Экономика", "en": "Economy and trade"}
    )

    # The translator publishes the Belarusian article from wagtail-localize's editor.
    article_be = ArticlePage.objects.get(
        translation_key=article.translation_key, locale__language_code="be"
    )
    translation = Translation.objects.get(source=source, target_locale=article_be.locale)
    title = StringSegment.objects.get(source=source, context__path="title")
    put = editor.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.id, title.id]),
        data="value=Цэны працягваюць расці",
        content_type="application/x-www-form-urlencoded",
    )
    assert put.status_code in (200, 201), put.content
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtailadmin_pages:edit", args=[article_be.id]), {"action": "publish"}
        )
    assert response.status_code == 302
    page = editor.get("/be/issues/2023-10-09/prices-keep-rising/")
    assert page.status_code == 200
    assert "Цэны працягваюць расці" in page.content.decode()
    assert "Эканоміка" in page.content.decode()
    assert_topic_names_stay(editor, "economy", {"be": "Эканоміка", "ru": "Экономика"})


def test_translate_object_and_the_subtree_keep_live_translations(week):
    """The same rule for the programmatic entry point and for "include subtree" (which runs
    in the background): a page or snippet that already exists in the target language is left
    as it is, while what is missing is still created."""
    be, ru = f.locale("be"), f.locale("ru")
    translate_object(week["older"], [be, ru])
    earlier_en = week["older"].get_parent().specific
    translate_page_subtree(earlier_en.id, [be, ru], None, None)

    older_be = week["older"].get_translation(be).specific
    assert (older_be.title, older_be.live) == ("Прагноз ураджаю", True)
    assert older_be.topic.name == "Эканоміка"
    assert Topic.objects.get(locale=ru, slug="economy").name == "Экономика"
    assert f.TOPIC_NAMES["economy"]["be"] in Client().get("/be/issues/2023-10-02/").content.decode()

    # This week's English article had no translation: the subtree of its issue creates drafts.
    translate_page_subtree(week["article"].get_parent().id, [be], None, None)
    draft = week["article"].get_translation(be).specific
    assert (draft.live, draft.topic.name) == (False, "Эканоміка")


def test_an_editor_made_topic_keeps_its_translation(editor, week):
    """A topic the editors made in the admin: English first, then translated with
    wagtail-localize, then edited by hand in Belarusian once syncing was stopped."""
    response = editor.post(
        reverse("wagtailsnippets_publishing_topic:add") + "?locale=en",
        {"name": "Energy", "slug": "energy", "description": "Fuel and power.", "sort_order": 5},
    )
    assert response.status_code == 302, response.content[:3000]
    energy_en = Topic.objects.get(locale__language_code="en", slug="energy")
    response = editor.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["publishing", "topic", energy_en.pk],
        ),
        {"locales": [f.locale("be").id]},
    )
    assert response.status_code == 302
    energy_be = Topic.objects.get(locale__language_code="be", slug="energy")
    translation = Translation.objects.get(
        source__object_id=energy_en.translation_key, target_locale=energy_be.locale
    )
    editor.post(
        reverse("wagtail_localize:stop_translation", args=[translation.id]), {"next": "/admin/"}
    )
    response = editor.post(
        reverse("wagtailsnippets_publishing_topic:edit", args=[energy_be.pk]),
        {"name": "Энергетыка", "slug": "energy", "description": "Паліва і энергія.",
         "sort_order": 5},
    )  # fmt: skip
    assert response.status_code == 302, response.content[:3000]
    assert Topic.objects.get(pk=energy_be.pk).name == "Энергетыка"

    issue = week["article"].get_parent().specific
    article = f.make_article(
        issue, title="Power cuts in winter", slug="power-cuts", topic=energy_en
    )
    submit_page_translation(editor, article, ["be", "ru"])

    assert Topic.objects.get(pk=energy_be.pk).name == "Энергетыка"
    assert ">Энергетыка</a>" in editor.get("/be/topics/").content.decode()
    # The Russian topic did not exist: it is created as a new translation for the translator,
    # and the Russian draft points at it.
    energy_ru = Topic.objects.get(locale__language_code="ru", slug="energy")
    assert Translation.objects.filter(
        source__object_id=energy_en.translation_key, target_locale=energy_ru.locale, enabled=True
    ).exists()
    assert (
        ArticlePage.objects.get(
            translation_key=article.translation_key, locale=energy_ru.locale
        ).topic
        == energy_ru
    )
