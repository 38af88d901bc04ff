
app_name = "newsletter"

# Filled in by the newsletter app (issue 3). The signup form posts to "newsletter:subscribe".
urlpatterns: list = []
