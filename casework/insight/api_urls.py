"""The insight API, mounted by config/api_urls.py."""

from django.urls import path

from casework.insight import api

urlpatterns = [
    path("insight/places/", api.PlacesView.as_view(), name="insight-places"),
    path("insight/nederland/", api.InsightView.as_view(), name="insight-country"),
    path("insight/<slug:kind>/<int:pk>/", api.InsightView.as_view(), name="insight-place"),
    path("pilots/", api.PilotViewSet.as_view({"get": "list", "post": "create"}), name="pilots"),
    path(
        "pilots/<int:pk>/",
        api.PilotViewSet.as_view({"get": "retrieve", "patch": "partial_update"}),
        name="pilot",
    ),
    path(
        "pilots/<int:pilot_pk>/enrolments/",
        api.EnrolmentViewSet.as_view({"get": "list", "post": "create"}),
        name="pilot-enrolments",
    ),
]
