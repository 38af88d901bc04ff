# The two-week publication of tests/publishing, built once per module.
from tests.publishing.conftest import (  # noqa: F401
    CURRENT_WEEK,
    english_by_default,
    publication,
)
