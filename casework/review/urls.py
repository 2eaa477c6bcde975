from django.urls import path

from casework.review import views

# Part of casework's URLs (namespace "casework").
urlpatterns = [
    path("beoordelen/", views.queue_page, name="review_queue"),
    path("beoordelen/<int:pk>/", views.submission_page, name="submission"),
    path("beoordelen/<int:pk>/pdf/", views.submission_pdf, name="submission_pdf"),
    path(
        "casussen/<int:pk>/plan/versies/<int:number>/voorleggen/",
        views.submission_new,
        name="submission_new",
    ),
    path("casussen/<int:pk>/plan/beoordeling/", views.case_reviews, name="case_reviews"),
    path(
        "casussen/<int:pk>/interventies/<int:intervention_pk>/gezagsvierhoek/",
        views.intervention_vierhoek,
        name="intervention_vierhoek",
    ),
    path("overleggen/<int:pk>/besluitenlijst/", views.decision_list, name="decision_list"),
    path(
        "overleggen/<int:pk>/besluitenlijst/maken/",
        views.decision_list_request,
        name="decision_list_request",
    ),
]
