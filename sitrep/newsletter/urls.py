from django.urls import path
from django.views.generic import TemplateView

app_name = "newsletter"

# The newsletter app (issue 3) replaces this placeholder with the real views.
urlpatterns = [
    path("subscribe/", TemplateView.as_view(template_name="base.html"), name="subscribe"),
]
