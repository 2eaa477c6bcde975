from django.urls import path
from rest_framework.routers import SimpleRouter

from casework.api import views

router = SimpleRouter()
router.register("cases", views.CaseViewSet, basename="case")

participations = views.ParticipationViewSet.as_view({"get": "list", "post": "create"})
leave = views.ParticipationViewSet.as_view({"post": "leave"})
notes = views.NoteViewSet.as_view({"get": "list", "post": "create"})

urlpatterns = [
    *router.urls,
    path("cases/<int:case_pk>/participations/", participations, name="case-participations"),
    path(
        "cases/<int:case_pk>/participations/<int:pk>/leave/",
        leave,
        name="case-participation-leave",
    ),
    path("cases/<int:case_pk>/notes/", notes, name="case-notes"),
]
