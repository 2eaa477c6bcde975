"""The review's API endpoints, mounted by config/api_urls.py."""

from django.urls import path

from casework.review import api

urlpatterns = [
    path("vierhoeken/", api.VierhoekViewSet.as_view({"get": "list"}), name="vierhoeken"),
    path("vierhoeken/<int:pk>/", api.VierhoekViewSet.as_view({"get": "retrieve"}), name="vierhoek"),
    path(
        "submissions/",
        api.SubmissionViewSet.as_view({"get": "list", "post": "create"}),
        name="submissions",
    ),
    path(
        "submissions/<int:pk>/",
        api.SubmissionViewSet.as_view({"get": "retrieve"}),
        name="submission",
    ),
    path(
        "submissions/<int:submission_pk>/decisions/",
        api.DecisionViewSet.as_view({"get": "list", "post": "create"}),
        name="submission-decisions",
    ),
    path(
        "cases/<int:case_pk>/interventions/<int:intervention_pk>/vierhoek-decisions/",
        api.InstrumentCourseViewSet.as_view({"get": "list"}),
        name="case-intervention-vierhoek-decisions",
    ),
    path("review-queue/", api.QueueViewSet.as_view({"get": "list"}), name="review-queue"),
    path("commitments/", api.CommitmentViewSet.as_view({"get": "list"}), name="commitments"),
]
