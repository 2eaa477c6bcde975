from django.urls import path
from rest_framework.routers import SimpleRouter

from casework.api import views

router = SimpleRouter()
router.register("cases", views.CaseViewSet, basename="case")

participations = views.ParticipationViewSet.as_view({"get": "list", "post": "create"})
leave = views.ParticipationViewSet.as_view({"post": "leave"})
notes = views.NoteViewSet.as_view({"get": "list", "post": "create"})
persons = views.PersonViewSet.as_view({"get": "list", "post": "create"})
relations = views.RelationViewSet.as_view({"get": "list", "post": "create"})
signals = views.SignalViewSet.as_view({"get": "list", "post": "create"})
status_changes = views.StatusChangeViewSet.as_view({"get": "list"})

urlpatterns = [
    *router.urls,
    path("cases/<int:case_pk>/participations/", participations, name="case-participations"),
    path(
        "cases/<int:case_pk>/participations/<int:pk>/leave/",
        leave,
        name="case-participation-leave",
    ),
    path("cases/<int:case_pk>/notes/", notes, name="case-notes"),
    path("cases/<int:case_pk>/persons/", persons, name="case-persons"),
    path("cases/<int:case_pk>/relations/", relations, name="case-relations"),
    path("cases/<int:case_pk>/signals/", signals, name="case-signals"),
    path("cases/<int:case_pk>/status-changes/", status_changes, name="case-status-changes"),
]
