"""The models of casework, split by subdomain: the case and its course, the family network, and
the signals that came in."""

from casework.models.cases import (
    TITLE_SEARCH,
    Case,
    CaseGroupObjectPermission,
    CaseNote,
    CaseParticipation,
    CaseStatus,
    CaseUserObjectPermission,
    EscalationLevel,
    LifeArea,
    Priority,
    StatusChange,
)
from casework.models.interventions import (
    Assessment,
    CaseIntervention,
    ConditionCheck,
    Evaluation,
    InterventionStatus,
    InterventionStatusChange,
    SafetyRisk,
)
from casework.models.network import (
    PERSON_FULL_NAME,
    LinkedAddress,
    LinkedOrganisation,
    NameVocabulary,
    Person,
    PersonRole,
    Relation,
    RelationKind,
)
from casework.models.signals import Authority, Signal, SignalClassification, SignalKind

__all__ = [
    "Assessment",
    "CaseIntervention",
    "ConditionCheck",
    "Evaluation",
    "InterventionStatus",
    "InterventionStatusChange",
    "SafetyRisk",
    "PERSON_FULL_NAME",
    "TITLE_SEARCH",
    "Authority",
    "Case",
    "CaseGroupObjectPermission",
    "CaseNote",
    "CaseParticipation",
    "CaseStatus",
    "CaseUserObjectPermission",
    "EscalationLevel",
    "LifeArea",
    "LinkedAddress",
    "LinkedOrganisation",
    "NameVocabulary",
    "Person",
    "PersonRole",
    "Priority",
    "Relation",
    "RelationKind",
    "Signal",
    "SignalClassification",
    "SignalKind",
    "StatusChange",
]
