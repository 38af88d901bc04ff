"""The editorial team's roles: which Django groups exist and what each may do.

A declaration only (no database access): `actions.do_ensure_editorial_roles` writes it into the
groups, and docs/editorial.md, "Roles", explains it to people. Page permissions are granted on
the issue archives (IssueIndexPage, `/<lang>/issues/`) of the languages a role works in; each
language has its own page tree in Wagtail, so a permission on the Belarusian archive says nothing
about the English one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ANALYST = "Analyst"
EDITOR = "Editor"
TRANSLATOR = "Translator"
AUDIENCE_ADMIN = "Audience admin"
ADMINISTRATOR = "Administrator"

# Which issue archives a role's page permissions apply to.
SOURCE_LANGUAGE = "source"  # the main language (settings.LANGUAGE_CODE), where articles are written
TRANSLATIONS = "translations"  # every other language
EVERY_LANGUAGE = "every"
WHOLE_SITE = "site"  # the root of the page tree: home pages and all

REVIEW_WORKFLOW_NAME = "Review by an editor"
REVIEW_TASK_NAME = "Editor approval"

ACCESS_ADMIN = "wagtailadmin.access_admin"


@dataclass(frozen=True)
class Role:
    name: str
    # Model permissions, "app_label.codename".
    permissions: tuple[str, ...] = ()
    # Page permission actions ("add", "change", "publish", ...), on the archives of `pages_in`.
    page_actions: tuple[str, ...] = ()
    pages_in: str = ""
    # Image and document permissions on the root collection, "app_label.codename".
    collection_permissions: tuple[str, ...] = ()
    # Whether members approve (or send back) what is submitted for review.
    reviews: bool = False
    # Every permission the site has (the Administrator), but for `except_permissions`.
    everything: bool = False
    except_permissions: tuple[str, ...] = field(default=())


IMAGES_AND_DOCUMENTS_TO_USE = (
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    # Choose, not upload: an uploaded document is public at /documents/<id>/<name> at once,
    # which for an analyst would be publishing without review.
    "wagtaildocs.choose_document",
)
IMAGES_AND_DOCUMENTS_TO_MANAGE = (
    *IMAGES_AND_DOCUMENTS_TO_USE,
    "wagtaildocs.add_document",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
)

ROLES: tuple[Role, ...] = (
    Role(
        ANALYST,
        # Writes; never publishes: no "publish" action and no newsletter permission at all.
        permissions=(ACCESS_ADMIN,),
        page_actions=("add", "change"),
        pages_in=SOURCE_LANGUAGE,
        collection_permissions=IMAGES_AND_DOCUMENTS_TO_USE,
    ),
    Role(
        EDITOR,
        permissions=(
            ACCESS_ADMIN,
            # "Translate this page" and "Sync translated pages".
            "wagtail_localize.submit_translation",
            # Topics and authors (snippets: their translations are live as soon as saved).
            "publishing.add_topic",
            "publishing.change_topic",
            "publishing.delete_topic",
            "publishing.add_author",
            "publishing.change_author",
            "publishing.delete_author",
            # Campaigns: see, start or schedule, and control (pause, resume, cancel, test).
            "newsletter.view_campaign",
            "newsletter.add_campaign",
            "newsletter.change_campaign",
            # Subscriber counts (and the list without addresses); never the addresses.
            "newsletter.view_subscriber",
        ),
        page_actions=("add", "change", "publish", "bulk_delete", "lock", "unlock"),
        pages_in=EVERY_LANGUAGE,
        collection_permissions=IMAGES_AND_DOCUMENTS_TO_MANAGE,
        reviews=True,
    ),
    Role(
        TRANSLATOR,
        permissions=(ACCESS_ADMIN,),
        # Edit the Belarusian and Russian pages (in wagtail-localize's editor) and submit them
        # for review; nothing in the English tree.
        page_actions=("change",),
        pages_in=TRANSLATIONS,
        collection_permissions=("wagtailimages.choose_image", "wagtaildocs.choose_document"),
    ),
    Role(
        AUDIENCE_ADMIN,
        permissions=(
            ACCESS_ADMIN,
            "newsletter.view_subscriber",
            "newsletter.view_subscriber_address",
            # CSV import.
            "newsletter.add_subscriber",
        ),
    ),
    Role(
        ADMINISTRATOR,
        page_actions=("add", "change", "publish", "bulk_delete", "lock", "unlock"),
        pages_in=WHOLE_SITE,
        reviews=True,
        everything=True,
        # Subscriber addresses stay with the Audience admin role: an administrator who needs
        # them adds themselves to that group, a deliberate step, rather than holding them by
        # default in an account that is a target.
        except_permissions=(
            "newsletter.view_subscriber_address",
            "newsletter.add_subscriber",
        ),
    ),
)

ROLE_NAMES = tuple(role.name for role in ROLES)


def role(name: str) -> Role:
    return next(r for r in ROLES if r.name == name)
