from django.urls import path
from rest_framework.routers import SimpleRouter

from casework.api import interventions, network, views

router = SimpleRouter()
router.register("cases", views.CaseViewSet, basename="case")

participations = views.ParticipationViewSet.as_view({"get": "list", "post": "create"})
leave = views.ParticipationViewSet.as_view({"post": "leave"})
notes = views.NoteViewSet.as_view({"get": "list", "post": "create"})
persons = network.PersonViewSet.as_view({"get": "list", "post": "create"})
person = network.PersonViewSet.as_view({"patch": "partial_update"})
person_remove = network.PersonViewSet.as_view({"post": "remove"})
person_merge = network.PersonViewSet.as_view({"post": "merge"})
relations = network.RelationViewSet.as_view({"get": "list", "post": "create"})
relation = network.RelationViewSet.as_view({"patch": "partial_update"})
relation_end = network.RelationViewSet.as_view({"post": "end"})
relation_remove = network.RelationViewSet.as_view({"post": "remove"})
organisations = network.LinkedOrganisationViewSet.as_view({"get": "list", "post": "create"})
organisation = network.LinkedOrganisationViewSet.as_view({"patch": "partial_update"})
organisation_remove = network.LinkedOrganisationViewSet.as_view({"post": "remove"})
addresses = network.LinkedAddressViewSet.as_view({"get": "list", "post": "create"})
address = network.LinkedAddressViewSet.as_view({"patch": "partial_update"})
address_remove = network.LinkedAddressViewSet.as_view({"post": "remove"})
network_history = network.NetworkHistoryViewSet.as_view({"get": "list"})
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
    path("cases/<int:case_pk>/persons/<int:pk>/", person, name="case-person"),
    path("cases/<int:case_pk>/persons/<int:pk>/remove/", person_remove, name="case-person-remove"),
    path("cases/<int:case_pk>/persons/<int:pk>/merge/", person_merge, name="case-person-merge"),
    path("cases/<int:case_pk>/relations/", relations, name="case-relations"),
    path("cases/<int:case_pk>/relations/<int:pk>/", relation, name="case-relation"),
    path("cases/<int:case_pk>/relations/<int:pk>/end/", relation_end, name="case-relation-end"),
    path(
        "cases/<int:case_pk>/relations/<int:pk>/remove/",
        relation_remove,
        name="case-relation-remove",
    ),
    path(
        "cases/<int:case_pk>/linked-organisations/",
        organisations,
        name="case-linked-organisations",
    ),
    path(
        "cases/<int:case_pk>/linked-organisations/<int:pk>/",
        organisation,
        name="case-linked-organisation",
    ),
    path(
        "cases/<int:case_pk>/linked-organisations/<int:pk>/remove/",
        organisation_remove,
        name="case-linked-organisation-remove",
    ),
    path("cases/<int:case_pk>/linked-addresses/", addresses, name="case-linked-addresses"),
    path(
        "cases/<int:case_pk>/linked-addresses/<int:pk>/",
        address,
        name="case-linked-address",
    ),
    path(
        "cases/<int:case_pk>/linked-addresses/<int:pk>/remove/",
        address_remove,
        name="case-linked-address-remove",
    ),
    path("cases/<int:case_pk>/network-history/", network_history, name="case-network-history"),
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
