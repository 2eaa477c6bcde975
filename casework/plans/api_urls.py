"""The plan's API endpoints, mounted by config/api_urls.py beside casework's own."""

from django.urls import path

from casework.plans import api as plans

urlpatterns = [
    path("cases/<int:case_pk>/plan/", plans.plan, name="case-plan"),
    path("cases/<int:case_pk>/plan/submit/", plans.plan_submit_view, name="case-plan-submit"),
    path("cases/<int:case_pk>/plan/versions/", plans.versions, name="case-plan-versions"),
    path(
        "cases/<int:case_pk>/plan/versions/<int:number>/",
        plans.version,
        name="case-plan-version",
    ),
    path(
        "cases/<int:case_pk>/plan/versions/<int:number>/compare/<int:other>/",
        plans.version_compare,
        name="case-plan-version-compare",
    ),
    path(
        "cases/<int:case_pk>/plan/versions/<int:number>/documents/",
        plans.documents,
        name="case-plan-version-documents",
    ),
    path(
        "cases/<int:case_pk>/plan/versions/<int:number>/documents/<slug:variant>/",
        plans.document,
        name="case-plan-version-document",
    ),
    path(
        "cases/<int:case_pk>/plan/versions/<int:number>/documents/<slug:variant>/download/",
        plans.document_download,
        name="case-plan-version-document-download",
    ),
]
