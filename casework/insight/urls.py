from django.urls import path

from casework.insight import pilot_views, views

# Part of casework's URLs (namespace "casework").
urlpatterns = [
    path("inzicht/", views.index, name="insight"),
    path("inzicht/nederland/", views.country_page, name="insight_country"),
    path("inzicht/nederland/cijfers.csv", views.country_csv, name="insight_country_csv"),
    path("inzicht/nederland/cijfers.xlsx", views.country_xlsx, name="insight_country_xlsx"),
    path("inzicht/<slug:kind>/<int:pk>/", views.place_page, name="insight_place"),
    path("inzicht/<slug:kind>/<int:pk>/cijfers.csv", views.place_csv, name="insight_place_csv"),
    path("inzicht/<slug:kind>/<int:pk>/cijfers.xlsx", views.place_xlsx, name="insight_place_xlsx"),
    path("proeftuin/", pilot_views.pilot_list, name="pilots"),
    path("proeftuin/nieuw/", pilot_views.pilot_new, name="pilot_new"),
    path("proeftuin/<int:pk>/", pilot_views.pilot_page, name="pilot"),
    path("proeftuin/<int:pk>/wijzigen/", pilot_views.pilot_edit, name="pilot_edit"),
    path("proeftuin/<int:pk>/opnemen/", pilot_views.pilot_enrol, name="pilot_enrol"),
    path("proeftuin/<int:pk>/onderzoek.csv", pilot_views.pilot_export, name="pilot_export"),
]
