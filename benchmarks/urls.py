from django.urls import path

from benchmarks.floor import floor, search_floor
from config.urls import urlpatterns as application

urlpatterns = [
    path("benchmark/vloer/", floor, name="benchmark-floor"),
    path("benchmark/zoekvloer/", search_floor, name="benchmark-search-floor"),
    *application,
]
