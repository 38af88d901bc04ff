"""Background tasks of publishing: thin, ids in (docs/weekly-cycle.md)."""

from __future__ import annotations

from django_tasks import task


@task(queue_name="default")
def publish_scheduled_task() -> bool:
    from .scheduling import publish_due

    return publish_due()


@task(queue_name="default")
def publish_and_start_newsletter_task(issue_id: int, user_id: int | None = None) -> str:
    from .scheduling import publish_and_start_newsletter

    return publish_and_start_newsletter(issue_id, user_id)


@task(queue_name="default")
def create_page_renditions_task(image_id: int) -> int:
    from wagtail.images import get_image_model

    from .renditions import create_page_renditions

    image = get_image_model().objects.filter(pk=image_id).first()
    return create_page_renditions(image) if image is not None else 0
