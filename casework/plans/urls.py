from django.urls import path

from casework.plans import views

# Part of casework's URLs (namespace "casework").
urlpatterns = [
    path("casussen/<int:pk>/plan/", views.plan_page, name="plan"),
    path("casussen/<int:pk>/plan/bewerken/", views.plan_edit, name="plan_edit"),
    path("casussen/<int:pk>/plan/indienen/", views.plan_submit_view, name="plan_submit"),
    path("casussen/<int:pk>/plan/vergelijken/", views.plan_compare, name="plan_compare"),
    path(
        "casussen/<int:pk>/plan/versies/<int:number>/",
        views.plan_version_page,
        name="plan_version",
    ),
    path(
        "casussen/<int:pk>/plan/versies/<int:number>/pdf/<slug:variant>/",
        views.plan_document_download,
        name="plan_document",
    ),
    path(
        "casussen/<int:pk>/plan/versies/<int:number>/pdf/<slug:variant>/voortgang/",
        views.plan_document_status,
        name="plan_document_status",
    ),
    path(
        "casussen/<int:pk>/plan/versies/<int:number>/pdf/<slug:variant>/maken/",
        views.plan_document_request,
        name="plan_document_request",
    ),
]
