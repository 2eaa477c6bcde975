"""Every write of casework, split by subdomain."""

from casework.services.cases import (
    case_create,
    case_note_create,
    case_transition,
    case_update,
    partner_join_case,
    partner_leave_case,
)
from casework.services.corrections import (
    link_remove,
    linked_address_update,
    linked_organisation_update,
    person_merge,
    person_remove,
    person_update,
    relation_end,
    relation_remove,
    relation_update,
)
from casework.services.network import (
    linked_address_add,
    linked_organisation_add,
    person_add,
    relation_add,
)
from casework.services.signals import signal_add

__all__ = [
    "case_create",
    "case_note_create",
    "case_transition",
    "case_update",
    "link_remove",
    "linked_address_add",
    "linked_address_update",
    "linked_organisation_update",
    "person_merge",
    "person_remove",
    "person_update",
    "relation_end",
    "relation_remove",
    "relation_update",
    "linked_organisation_add",
    "partner_join_case",
    "partner_leave_case",
    "person_add",
    "relation_add",
    "signal_add",
]
