from django.urls import path

from casework import start
from casework.insight.urls import urlpatterns as insight_urls
from casework.meetings.urls import urlpatterns as meeting_urls
from casework.plans.urls import urlpatterns as plan_urls
from casework.review.urls import urlpatterns as review_urls
from casework.views import cases, corrections, interventions, network, partners, signals

app_name = "casework"

urlpatterns = [
    path("", start.home, name="home"),
    path("casussen/", cases.cases, name="cases"),
    path("casussen/nieuw/", cases.case_new, name="case_new"),
    path("casussen/<int:pk>/", cases.case_detail, name="case_detail"),
    path("casussen/<int:pk>/samenvatting/", cases.case_summary, name="case_summary"),
    path("casussen/<int:pk>/status/", cases.case_transition_view, name="case_transition"),
    path("casussen/<int:pk>/notities/", cases.case_notes_fragment, name="case_notes"),
    path("casussen/<int:pk>/tijdlijn/", cases.case_timeline_view, name="case_timeline"),
    path("casussen/<int:pk>/netwerk/", network.case_network, name="case_network"),
    path("casussen/<int:pk>/netwerk/personen/", network.network_person_add, name="person_add"),
    path("casussen/<int:pk>/netwerk/relaties/", network.network_relation_add, name="relation_add"),
    path(
        "casussen/<int:pk>/netwerk/organisaties/",
        network.network_organisation_add,
        name="linked_organisation_add",
    ),
    path(
        "casussen/<int:pk>/netwerk/adressen/",
        network.network_address_add,
        name="linked_address_add",
    ),
    path(
        "casussen/<int:pk>/personen/<int:person_pk>/", network.person_detail, name="person_detail"
    ),
    path(
        "casussen/<int:pk>/personen/<int:person_pk>/corrigeren/",
        corrections.person_edit,
        name="person_edit",
    ),
    path(
        "casussen/<int:pk>/personen/<int:person_pk>/verwijderen/",
        corrections.person_remove_view,
        name="person_remove",
    ),
    path(
        "casussen/<int:pk>/personen/<int:person_pk>/samenvoegen/",
        corrections.person_merge_view,
        name="person_merge",
    ),
    path(
        "casussen/<int:pk>/relaties/<int:relation_pk>/",
        corrections.relation_edit,
        name="relation_edit",
    ),
    path(
        "casussen/<int:pk>/relaties/<int:relation_pk>/beeindigen/",
        corrections.relation_end_view,
        name="relation_end",
    ),
    path(
        "casussen/<int:pk>/relaties/<int:relation_pk>/verwijderen/",
        corrections.relation_remove_view,
        name="relation_remove",
    ),
    path(
        "casussen/<int:pk>/organisaties/<int:item_pk>/",
        corrections.linked_organisation_edit,
        name="linked_organisation_edit",
    ),
    path(
        "casussen/<int:pk>/organisaties/<int:item_pk>/verwijderen/",
        corrections.linked_organisation_remove,
        name="linked_organisation_remove",
    ),
    path(
        "casussen/<int:pk>/adressen/<int:item_pk>/",
        corrections.linked_address_edit,
        name="linked_address_edit",
    ),
    path(
        "casussen/<int:pk>/adressen/<int:item_pk>/verwijderen/",
        corrections.linked_address_remove,
        name="linked_address_remove",
    ),
    path("casussen/<int:pk>/signalen/", signals.case_signals_view, name="case_signals"),
    path("casussen/<int:pk>/partners/", partners.case_partners, name="case_partners"),
    path(
        "casussen/<int:pk>/interventies/",
        interventions.case_interventions_view,
        name="case_interventions",
    ),
    path(
        "casussen/<int:pk>/interventies/<int:intervention_pk>/",
        interventions.case_intervention_view,
        name="case_intervention",
    ),
    path(
        "casussen/<int:pk>/interventies/<int:intervention_pk>/afweging/",
        interventions.case_intervention_assess,
        name="case_intervention_assess",
    ),
    path(
        "casussen/<int:pk>/interventies/<int:intervention_pk>/status/",
        interventions.case_intervention_transition_view,
        name="case_intervention_transition",
    ),
    path(
        "casussen/<int:pk>/interventies/<int:intervention_pk>/evaluatie/",
        interventions.case_intervention_evaluate,
        name="case_intervention_evaluate",
    ),
    path(
        "casussen/<int:pk>/partners/<int:participation_pk>/vertrek/",
        partners.case_partner_leave,
        name="case_partner_leave",
    ),
    *plan_urls,
    *meeting_urls,
    *review_urls,
    *insight_urls,
]
