from rest_framework.routers import SimpleRouter

from interventions.api import views

router = SimpleRouter()
router.register("interventions", views.InterventionViewSet, basename="intervention")

urlpatterns = router.urls
