"""Who may see document jobs as such: the functional manager, in the admin (kind, subject id,
status, timings; never the file). A document itself is read through its subject's page, under
the rules of the app that registered its kind."""

from documents.models import DocumentJob
from partners.models import Role, User
from partners.policy import Action, RuleResult, has_role, rule


@rule(DocumentJob, Action.VIEW)
def view_document_job(user: User) -> RuleResult:
    return has_role(user, Role.FUNCTIONAL_MANAGER)
