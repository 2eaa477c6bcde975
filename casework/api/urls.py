from django.urls import path
from rest_framework.routers import SimpleRouter

from casework.api import interventions, views

router = SimpleRouter()
router.register("cases", views.CaseViewSet, basename="case")

participations = views.ParticipationViewSet.as_view({"get": "list", "post": "create"})
leave = views.ParticipationViewSet.as_view({"post": "leave"})
notes = views.NoteViewSet.as_view({"get": "list", "post": "create"})
persons = views.PersonViewSet.as_view({"get": "list", "post": "create"})
relations = views.RelationViewSet.as_view({"get": "list", "post": "create"})
signals = views.SignalViewSet.as_view({"get": "list", "post": "create"})
status_changes = views.StatusChangeViewSet.as_view({"get": "list"})
case_interventions = interventions.CaseInterventionViewSet.as_view(
    {"get": "list", "post": "create"}
)
case_intervention = interventions.CaseInterventionViewSet.as_view({"get": "retrieve"})
assessment = interventions.CaseInterventionViewSet.as_view({"put": "assessment"})
intervention_transitions = interventions.CaseInterventionViewSet.as_view({"post": "transitions"})
evaluation = interventions.CaseInterventionViewSet.as_view({"post": "evaluation"})

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
    path("cases/<int:case_pk>/interventions/", case_interventions, name="case-interventions"),
    path(
        "cases/<int:case_pk>/interventions/<int:pk>/",
        case_intervention,
        name="case-intervention",
    ),
    path(
        "cases/<int:case_pk>/interventions/<int:pk>/assessment/",
        assessment,
        name="case-intervention-assessment",
    ),
    path(
        "cases/<int:case_pk>/interventions/<int:pk>/transitions/",
        intervention_transitions,
        name="case-intervention-transitions",
    ),
    path(
        "cases/<int:case_pk>/interventions/<int:pk>/evaluation/",
        evaluation,
        name="case-intervention-evaluation",
    ),
]
