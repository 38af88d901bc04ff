"""PostgreSQL: two narrow indexes for the search's "allowed articles" subquery.

Every ranked search joins its matches with the live articles of live issues in the chosen
languages (sitrep/search/backend.py). Without these, PostgreSQL reads every page row twice
(wagtailcore_page rows are wide: title, url path, SEO fields) and every article row (with its
body) to learn which ids are live in a language: ~1,200 + 2,000 heap pages on the 520-week
demo archive. With them the same sets come from index-only scans of a few dozen pages.
SQLite plans that subquery differently and needs neither.
"""

from django.db import connection, migrations

LIVE_PAGES = "sitesearch_live_page_locale"
ARTICLE_ISSUES = "sitesearch_article_issue"


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0001_search_alias"),
        ("publishing", "0004_issue_week_start_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = (
        [
            migrations.RunSQL(
                f"CREATE INDEX IF NOT EXISTS {LIVE_PAGES} "
                "ON wagtailcore_page (locale_id, id) WHERE live",
                f"DROP INDEX IF EXISTS {LIVE_PAGES}",
            ),
            migrations.RunSQL(
                f"CREATE INDEX IF NOT EXISTS {ARTICLE_ISSUES} "
                "ON publishing_articlepage (issue_week_id, page_ptr_id)",
                f"DROP INDEX IF EXISTS {ARTICLE_ISSUES}",
            ),
        ]
        if connection.vendor == "postgresql"
        else []
    )
