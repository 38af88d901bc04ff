"""Wagtail's images, documents, snippets and redirects apps without Wagtail's v3 API unless that
API is installed.

Wagtail 8 builds its v3 API (django-ninja and pydantic schemas of every page, snippet, image and
document model) in these apps' `ready()` whether or not `wagtail.api.v3` is in INSTALLED_APPS.
sitrep does not install it (its own API is /api/v1/, sitrep/api): the schemas only took ~9 MB
in every web worker and made Django's setup search every app's wagtail_hooks. Each `ready()`
below is Wagtail's, line for line (tests/core/test_public_imports.py compares them), with the API
part run only when `wagtail.api.v3` is installed.
"""

from __future__ import annotations

from importlib import import_module

from django.apps import apps
from django.db.models import ForeignKey
from django.db.models.signals import post_migrate
from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.documents import get_document_model
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images import get_image_model
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.snippets.apps import WagtailSnippetsAppConfig


def register_v3_api(prefix: str, router_module: str, registry_module: str | None) -> None:
    """What Wagtail's `ready()` does for its v3 API, if that API is installed."""
    if not apps.is_installed("wagtail.api.v3"):
        return
    if registry_module:
        import_module(registry_module).register_content_types()
    from wagtail.api.v3.api import api

    api.add_router(prefix, import_module(router_module).router)


class ImagesConfig(WagtailImagesAppConfig):
    def ready(self) -> None:
        from wagtail.images import get_permission_policy
        from wagtail.permissions import register_permission_policy

        Image = get_image_model()
        register_permission_policy(Image, get_permission_policy())

        from wagtail.images.signal_handlers import register_signal_handlers

        register_signal_handlers()

        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.images.widgets import AdminImageChooser

        register_form_field_override(ForeignKey, to=Image, override={"widget": AdminImageChooser})

        from wagtail.admin.compare import register_comparison_class
        from wagtail.images.edit_handlers import ImageFieldComparison

        register_comparison_class(ForeignKey, to=Image, comparison_class=ImageFieldComparison)

        from wagtail.admin.ui.fields import register_display_class
        from wagtail.images.components import ImageDisplay

        register_display_class(ForeignKey, to=Image, display_class=ImageDisplay)

        from wagtail.models.reference_index import ReferenceIndex

        ReferenceIndex.register_model(Image)

        register_v3_api(
            "/images/", "wagtail.images.api.v3.router", "wagtail.images.api.v3.registry"
        )


class DocumentsConfig(WagtailDocsAppConfig):
    def ready(self) -> None:
        from wagtail.documents import get_permission_policy
        from wagtail.documents.signal_handlers import register_signal_handlers
        from wagtail.permissions import register_permission_policy

        Document = get_document_model()
        register_permission_policy(Document, get_permission_policy())
        register_signal_handlers()

        from wagtail.admin.ui.fields import register_display_class
        from wagtail.documents.components import DocumentDisplay

        register_display_class(ForeignKey, to=Document, display_class=DocumentDisplay)

        from wagtail.models.reference_index import ReferenceIndex

        ReferenceIndex.register_model(Document)

        register_v3_api(
            "/documents/", "wagtail.documents.api.v3.router", "wagtail.documents.api.v3.registry"
        )


class SnippetsConfig(WagtailSnippetsAppConfig):
    def ready(self) -> None:
        from wagtail.snippets.models import create_extra_permissions, register_deferred_snippets

        register_deferred_snippets()

        post_migrate.connect(create_extra_permissions, sender=self)

        register_v3_api("/snippets/", "wagtail.snippets.api.v3.router", "wagtail.snippets.api.v3")


class RedirectsConfig(WagtailRedirectsAppConfig):
    def ready(self) -> None:
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.permissions import register_permission_policy

        register_permission_policy(Redirect)

        from wagtail.contrib.redirects.signal_handlers import (
            autocreate_redirects_on_page_move,
            autocreate_redirects_on_slug_change,
        )
        from wagtail.signals import page_slug_changed, post_page_move

        post_page_move.connect(autocreate_redirects_on_page_move)
        page_slug_changed.connect(autocreate_redirects_on_slug_change)

        register_v3_api("/redirects/", "wagtail.contrib.redirects.api.v3", None)
