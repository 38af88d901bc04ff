import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitrep.settings")
django_application = get_wsgi_application()

# Stored pages are answered before Django's handler runs (sitrep/pagecache, docs/performance.md).
from sitrep.pagecache.wsgi import PageCacheApplication  # noqa: E402

application = PageCacheApplication(django_application)
