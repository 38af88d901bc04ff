from wagtail.snippets.models import register_snippet

from .models import SearchAlias

register_snippet(SearchAlias)
