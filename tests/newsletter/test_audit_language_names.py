"""Recipient counts name the languages in the admin's language, in standard Belarusian."""

import pytest
from django.utils import translation

from sitrep.newsletter.audit import counts_phrase


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "English 800, Belarusian 300, Russian 134"),
        ("be", "Англійская 800, Беларуская 300, Руская 134"),
        ("ru", "Английский 800, Белорусский 300, Русский 134"),
    ],
)
def test_counts_name_each_language_in_the_admins_language(language, expected):
    with translation.override(language):
        assert counts_phrase({"ru": 134, "en": 800, "be": 300}) == expected
