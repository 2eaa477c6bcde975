from django.urls import path

from benchmarks.floor import floor
from config.urls import urlpatterns as application

urlpatterns = [path("benchmark/vloer/", floor, name="benchmark-floor"), *application]
