"""State changes of the publication's page tree."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from .models import HomePage, IssueIndexPage

ARCHIVE_TITLES = {"en": "Weekly reviews", "be": "Штотыднёвыя агляды", "ru": "Еженедельные обзоры"}


def _publish(page: Page) -> None:
    page.save_revision().publish()


@transaction.atomic
def do_ensure_site_structure() -> HomePage:
    """Make sure the three locales, one home page per locale with its issue archive
    (`/<lang>/issues/`), and the default Site pointing at the English home exist.

    Idempotent: safe on every start.
    """
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }
    default = locales[settings.LANGUAGE_CODE]
    if Collection.get_first_root_node() is None:
        # Wagtail's migrations create the root collection (images need one); a flushed
        # database (tests) has none.
        Collection.add_root(name="Root")
    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            # Wagtail's migrations create the root; a flushed database (tests) has none.
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=default))
        # Wagtail's migrations leave a placeholder "Welcome" page; it has no place here.
        for placeholder in root.get_children().filter(content_type__model="page"):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = HomePage(title=settings.SITE_NAME, slug="home", locale=default)
        root.add_child(instance=home)
        _publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True,
            site_name=settings.SITE_NAME,
        )  # fmt: skip
    elif site.root_page_id != home.id:
        site.root_page = home
        site.site_name = settings.SITE_NAME
        site.save()

    index = IssueIndexPage.objects.child_of(home).first()
    if index is None:
        index = IssueIndexPage(title=ARCHIVE_TITLES["en"], slug="issues", locale=default)
        home.add_child(instance=index)
        _publish(index)

    for code, locale in locales.items():
        if code == default.language_code:
            continue
        translated_home = home.get_translation_or_none(locale)
        if translated_home is None:
            translated_home = home.copy_for_translation(locale)
            _publish(translated_home)
        translated_index = index.get_translation_or_none(locale)
        if translated_index is None:
            translated_index = index.copy_for_translation(locale)
            translated_index.title = ARCHIVE_TITLES.get(code, index.title)
            translated_index.slug = "issues"
            translated_index.save()
            _publish(translated_index)
    return home.specific
