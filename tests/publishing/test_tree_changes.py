"""Editors rearranging or unpublishing parts of the tree: readers see a consistent site."""

from __future__ import annotations

import pytest

from sitrep.publishing.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_moving_an_article_to_another_week_updates_its_issue(client, publication):
    older = publication.articles["en"]["older"]
    current_issue = publication.issues["en"]["current"]

    older.move(current_issue, pos="last-child")

    moved = ArticlePage.objects.get(pk=older.pk)
    assert moved.issue_week_id == current_issue.pk
    response = client.get(moved.url)
    assert response.status_code == 200
    # The article now says which week it belongs to: the one it was moved into.
    assert "October 9 – October 15, 2023" in " ".join(response.content.decode().split())


def test_unpublishing_an_issue_hides_its_articles_from_topic_pages(client, publication):
    previous_issue = publication.issues["en"]["previous"]
    older = publication.articles["en"]["older"]
    topic_url = "/en/topics/economy/"
    assert older.title in client.get(topic_url).content.decode()

    previous_issue.unpublish()

    assert client.get(older.url).status_code == 404
    assert older.title not in client.get(topic_url).content.decode()
    prices = publication.articles["en"]["prices"]
    assert older.title not in client.get(prices.url).content.decode()
