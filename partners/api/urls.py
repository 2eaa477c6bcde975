from django.urls import path
from rest_framework.routers import SimpleRouter

from partners.api import views

router = SimpleRouter()
router.register("domains", views.DomainViewSet, basename="domain")
router.register("regions", views.RegionViewSet, basename="region")
router.register("municipalities", views.MunicipalityViewSet, basename="municipality")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("contacts", views.ContactPersonViewSet, basename="contact")
router.register("memberships", views.MembershipViewSet, basename="membership")
router.register("access-log", views.AccessLogViewSet, basename="access-log")

urlpatterns = [
    path("me/", views.current_user, name="api-current-user"),
    path("me/tokens/", views.my_api_tokens, name="api-my-tokens"),
    path("me/tokens/<str:token_key>/", views.my_api_token_revoke, name="api-my-token-revoke"),
    *router.urls,
]
