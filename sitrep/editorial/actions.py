"""State changes of the editorial roles and the review workflow. See docs/editorial.md, "Roles"
and "Review".

`do_ensure_editorial_roles` takes an `apps` registry so that the data migration can run it on
historical models; it uses only plain model fields and managers for that reason.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps as global_apps
from django.conf import settings
from django.db import transaction

from . import roles
from .roles import Role

WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


# Permissions that data migrations make (Wagtail's and wagtail-localize's), not `post_migrate`:
# nothing makes them again once their rows are gone (a test database's flush), so they are
# created here when missing, as those migrations create them: (content type model, name).
MIGRATION_MADE_PERMISSIONS = {
    "wagtailadmin.access_admin": ("admin", "Can access Wagtail admin"),
    "wagtail_localize.submit_translation": ("translation", "Can submit translations"),
}


def _permission(apps: Any, dotted: str) -> Any:
    app_label, codename = dotted.split(".", 1)
    permissions = apps.get_model("auth", "Permission").objects
    found = permissions.filter(content_type__app_label=app_label, codename=codename).first()
    if found is not None or dotted not in MIGRATION_MADE_PERMISSIONS:
        return found or permissions.get(content_type__app_label=app_label, codename=codename)
    model, name = MIGRATION_MADE_PERMISSIONS[dotted]
    content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label=app_label, model=model
    )
    return permissions.create(content_type=content_type, codename=codename, name=name)


def _archives_for(apps: Any, role: Role) -> list[Any]:
    """The pages a role's page permissions are granted on."""
    if role.pages_in == roles.WHOLE_SITE:
        return list(apps.get_model("wagtailcore", "Page").objects.filter(depth=1)[:1])
    archives = apps.get_model("publishing", "IssueIndexPage").objects.select_related("locale")
    if role.pages_in == roles.SOURCE_LANGUAGE:
        return list(archives.filter(locale__language_code=settings.LANGUAGE_CODE))
    if role.pages_in == roles.TRANSLATIONS:
        return list(archives.exclude(locale__language_code=settings.LANGUAGE_CODE))
    if role.pages_in == roles.EVERY_LANGUAGE:
        return list(archives)
    return []


@transaction.atomic
def do_ensure_editorial_roles(apps: Any = global_apps) -> dict[str, Any]:
    """Make sure the five role groups, their permissions and the review workflow exist.

    A group's model and collection permissions are set when the group is created; later runs
    leave them as an administrator may have changed them. Page permissions and the review
    workflow are added for every issue archive that lacks them, so a language added later
    gets them too (signal_handlers calls this when an archive is created). Idempotent.
    Returns the groups by role name.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()

    groups = {}
    for role in roles.ROLES:
        group, created = Group.objects.get_or_create(name=role.name)
        groups[role.name] = group
        if created:
            if role.everything:
                excluded = [_permission(apps, p).pk for p in role.except_permissions]
                group.permissions.set(Permission.objects.exclude(pk__in=excluded))
            else:
                group.permissions.set([_permission(apps, p) for p in role.permissions])
            if root_collection is not None:
                for dotted in role.collection_permissions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=_permission(apps, dotted),
                    )
                if role.everything:
                    for dotted in roles.IMAGES_AND_DOCUMENTS_TO_MANAGE:
                        GroupCollectionPermission.objects.get_or_create(
                            group=group,
                            collection=root_collection,
                            permission=_permission(apps, dotted),
                        )
        for page in _archives_for(apps, role):
            for action in role.page_actions:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=page,
                    permission=_permission(apps, f"wagtailcore.{action}_page"),
                )
    _ensure_review_workflow(apps, [groups[r.name] for r in roles.ROLES if r.reviews])
    return groups


def _ensure_review_workflow(apps: Any, reviewers: list[Any]) -> Any:
    """One workflow, "submitted → an editor approves or requests changes", on every issue
    archive. Approving publishes the submitted revision (Wagtail's workflow)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    workflow, created = Workflow.objects.get_or_create(
        name=roles.REVIEW_WORKFLOW_NAME, defaults={"active": True}
    )
    if created:
        task = GroupApprovalTask.objects.create(
            name=roles.REVIEW_TASK_NAME,
            active=True,
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
        )
        task.groups.set(reviewers)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for archive in apps.get_model("publishing", "IssueIndexPage").objects.all():
        # An archive someone gave another workflow keeps it.
        WorkflowPage.objects.get_or_create(page_id=archive.pk, defaults={"workflow": workflow})
    return workflow


def do_remove_wagtail_default_roles(apps: Any = global_apps) -> None:
    """Wagtail's own first-install groups ("Moderators", "Editors": edit and publish rights on
    the root, so in every language) and its "Moderators approval" workflow on the root would
    sit beside the roles with wider rights than any of them. They go if nobody uses them."""
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
    if workflow is not None and not WorkflowState.objects.filter(workflow=workflow).exists():
        task_ids = list(workflow.workflow_tasks.values_list("task_id", flat=True))
        workflow.workflow_pages.all().delete()
        workflow.workflow_tasks.all().delete()
        workflow.delete()
        for task in Task.objects.filter(pk__in=task_ids):
            if (
                not task.workflow_tasks.exists()
                and not TaskState.objects.filter(task=task).exists()
            ):
                task.delete()
    for name in WAGTAIL_DEFAULT_GROUPS:
        group = Group.objects.filter(name=name).first()
        if group is not None and not group.user_set.exists():
            group.delete()


class ReviewError(Exception):
    """A submission that cannot go ahead, with a message for the person who tried."""


def do_submit_translation_for_review(translation: Any, *, acting_user: Any) -> Any:
    """Save a translation from wagtail-localize's editor as a draft of the translated page and
    submit that draft to the page's review workflow, as Wagtail's "Submit for moderation" does
    for an ordinary edit. Approving it (an editor) publishes it; nothing here publishes.

    wagtail-localize's editor offers only "Publish", which a translator may not use.
    """
    from django.core.exceptions import PermissionDenied
    from django.utils.translation import gettext as _
    from wagtail.models import Page

    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise ReviewError(_("Only pages go through review."))
    perms = page.permissions_for_user(acting_user)
    if not perms.can_edit():
        raise PermissionDenied
    if perms.page_locked():
        raise ReviewError(_("This page is locked."))
    if page.workflow_in_progress:
        raise ReviewError(_("This translation is already waiting for review."))
    workflow = page.get_workflow()
    if workflow is None:
        raise ReviewError(_("This page has no review workflow."))
    with transaction.atomic():
        translation.save_target(user=acting_user, publish=False)
        page = Page.objects.get(pk=page.pk).specific
        workflow.start(page, acting_user)
    return page
