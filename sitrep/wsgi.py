import os

from django.core.wsgi import get_wsgi_application

from sitrep.core.malloc import return_large_blocks_to_the_system

# Before any request: what a worker frees after a rendition or a page goes back to the system.
return_large_blocks_to_the_system()

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitrep.settings")
django_application = get_wsgi_application()

# Stored pages are answered before Django's handler runs (sitrep/pagecache, docs/performance.md).
from sitrep.pagecache.wsgi import PageCacheApplication  # noqa: E402

application = PageCacheApplication(django_application)
