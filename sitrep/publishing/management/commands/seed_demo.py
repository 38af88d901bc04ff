"""`python manage.py seed_demo [--weeks N] [--articles-per-week M]`: idempotent demo content."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from sitrep.publishing.demo.seeding import (
    DEFAULT_ARTICLES_PER_WEEK,
    DEFAULT_WEEKS,
    do_seed_demo,
)


class Command(BaseCommand):
    help = (
        "Create demo content: topics, authors, illustrations and weekly issues ending with the "
        "current week, in English with Belarusian and Russian translations. Safe to run again: "
        "only what is missing is created."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--weeks",
            type=int,
            default=DEFAULT_WEEKS,
            help=f"Weekly issues, ending with the current week (default {DEFAULT_WEEKS}).",
        )
        parser.add_argument(
            "--articles-per-week",
            type=int,
            default=DEFAULT_ARTICLES_PER_WEEK,
            help=f"English articles per issue (default {DEFAULT_ARTICLES_PER_WEEK}).",
        )

    def handle(self, *args, **options) -> None:
        weeks, per_week = options["weeks"], options["articles_per_week"]
        self.stdout.write(f"Seeding {weeks} weeks with {per_week} articles per week...")
        result = do_seed_demo(weeks=weeks, articles_per_week=per_week, progress=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {result.issues_created} issues, {result.articles_created} articles, "
                f"{result.topics_created} topics, {result.authors_created} authors and "
                f"{result.images_created} images in {result.seconds:.1f} s."
            )
            if result.created_anything
            else f"Nothing to create: the demo content is complete ({result.seconds:.1f} s)."
        )
