"""Per-language format overrides (Django's FORMAT_MODULE_PATH); anything not set here falls
back to Django's own locale formats.

A publication week runs Monday to Sunday, so calendars (Wagtail's admin date picker reads
FIRST_DAY_OF_WEEK) start on Monday in every interface language; Django's English formats
say Sunday and it has none for Belarusian.
"""
