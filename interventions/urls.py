from django.urls import path

from interventions import views

app_name = "interventions"

urlpatterns = [
    path("interventies/", views.catalogue, name="catalogue"),
    path("interventies/begrippen/", views.glossary, name="glossary"),
    path("interventies/<slug:slug>/", views.intervention, name="detail"),
    path("interventies/<slug:slug>/toetsing/", views.intervention_review, name="review"),
    path(
        "interventies/<slug:slug>/versie/<int:version>/",
        views.intervention_version,
        name="version",
    ),
]
