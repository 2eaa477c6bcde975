"""The API: each app mounts its own endpoints here."""

from django.urls import include, path

urlpatterns = [
    path("", include("partners.api.urls")),
    path("", include("interventions.api.urls")),
    path("", include("casework.api.urls")),
    path("", include("casework.plans.api_urls")),
    path("", include("casework.meetings.api_urls")),
    path("", include("casework.review.api_urls")),
    path("", include("casework.insight.api_urls")),
]
