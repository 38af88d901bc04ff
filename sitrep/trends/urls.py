from django.urls import path

from . import views

app_name = "trends"

urlpatterns = [
    path("", views.trends_page, name="monitor"),
    path("data.csv", views.data_csv, name="data_csv"),
    path("data.json", views.data_json, name="data_json"),
    path("<slug:slug>.svg", views.topic_svg, name="topic_svg"),
]
