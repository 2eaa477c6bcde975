"""The fixed ingredients of the synthetic data set: sizes, names and shares."""

from partners.models import Role

MARKER_REGION = "Synthetische volumedata (generate_volume)"
REGIONS = 25
MUNICIPALITIES = 342
ORGANISATIONS = 2000  # the first MUNICIPALITIES of them are the municipalities themselves
USERS = 5000
BATCH = 50_000
# How unevenly partners share the cases (Zipf exponent): a national police unit takes part in
# about a fifth of all cases, the smallest local partners in about a hundred per million.
PARTNER_SKEW = 1.3
# Roles that work for a municipality (its organisation creates and directs its cases).
MUNICIPAL_ROLES = frozenset(
    {Role.AOV, Role.PROCESS_DIRECTOR, Role.MAYOR, Role.ALDERMAN, Role.FUNCTIONAL_MANAGER}
)

FIRST_NAMES = [
    "Jan",
    "Piet",
    "Kees",
    "Henk",
    "Gerrit",
    "Mohamed",
    "Ahmed",
    "Sven",
    "Daan",
    "Sem",
    "Lucas",
    "Finn",
    "Milan",
    "Levi",
    "Noah",
    "Emma",
    "Julia",
    "Mila",
    "Tess",
    "Sophie",
    "Zoë",
    "Sara",
    "Fatima",
    "Anna",
    "Eva",
    "Lotte",
    "Iris",
    "Marieke",
    "Ingrid",
    "Yasmina",
    "Dewi",
    "Kevin",
]
LAST_NAMES = [
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
]
# Less common surnames are made from these parts, so that a name search meets the variety of a
# real population (thousands of names, a few very common ones) rather than forty names.
SURNAME_PREFIXES = ["", "", "", "van ", "van der ", "van den ", "de ", "ter ", "van de "]
SURNAME_STEMS = [
    "Berg", "Dijk", "Hoek", "Veen", "Brink", "Kamp", "Vliet", "Molen", "Wijk", "Hout", "Laar",
    "Bosch", "Heuvel", "Meer", "Akker", "Haven", "Beek", "Horst", "Linden", "Wal", "Donk",
    "Rijn", "Dam", "Leeuw", "Zand", "Kerk", "Poel", "Velde", "Weerd", "Straat", "Hof", "Stam",
    "Burg", "Broek", "Graaf", "Kuiper", "Smed", "Wever", "Vaart", "Ven", "Gaal", "Boom",
]  # fmt: skip
SURNAME_SUFFIXES = ["", "", "man", "sma", "stra", "ink", "er", "ing", "huis", "s", "ens"]
ROLE_SHARE = [
    (Role.PARTNER_PROFESSIONAL, 0.55),
    (Role.AOV, 0.15),
    (Role.PROCESS_DIRECTOR, 0.08),
    (Role.CHAIR, 0.04),
    (Role.MAYOR, 0.04),
    (Role.ALDERMAN, 0.04),
    (Role.PUBLIC_PROSECUTOR, 0.03),
    (Role.POLICE_CHIEF, 0.03),
    (Role.FUNCTIONAL_MANAGER, 0.02),
    (Role.PRIVACY_OFFICER, 0.02),
]
STATUSES = ["signaal", "aanmelding", "screening", "in_behandeling", "casusoverleg", "uitvoering"]
CLASSIFICATIONS = [
    "zorg",
    "veiligheid",
    "ondermijning",
    "huiselijk_geweld",
    "uitbuiting",
    "overlast",
]

# The tables that grow with the number of cases (their indexes are built after loading).
CASE_TABLES = [
    "casework_case",
    "meetings_meeting",
    "meetings_agendaitem",
    "casework_caseintervention",
    "casework_interventionstatuschange",
    "casework_evaluation",
    "casework_statuschange",
    "casework_escalationchange",
    "casework_caseparticipation",
    "casework_casegroupobjectpermission",
    "casework_person",
    "casework_relation",
    "casework_signal",
    "casework_casenote",
    "casework_casenote_restricted_to",
]

# Tables written by the generator, children first: emptied before a new run.
TABLES = [
    "partners_accesslog",
    # What the insight figures were computed from the cases (no foreign keys to them).
    "insight_contribution",
    "insight_figure",
    "insight_changedcase",
    "insight_state",
    "insight_publication",
    "casework_evaluation",
    "casework_interventionstatuschange",
    "casework_caseintervention",
    "meetings_agendaitem",
    "meetings_meeting",
    "casework_casenote_restricted_to",
    "casework_casenote",
    "casework_signal_restricted_to",
    "casework_signal",
    "casework_relation",
    "casework_linkedorganisation_persons",
    "casework_linkedorganisation",
    "casework_linkedaddress_persons",
    "casework_linkedaddress",
    "casework_person",
    "casework_namevocabulary",
    "casework_statuschange",
    "casework_escalationchange",
    "casework_casegroupobjectpermission",
    "casework_caseuserobjectpermission",
    "casework_caseparticipation",
    "casework_case",
    "partners_user_groups",
    "partners_user_user_permissions",
    "knox_authtoken",
    "otp_totp_totpdevice",
    "axes_accessattempt",
    "axes_accesslog",
    "axes_accessfailurelog",
    "django_admin_log",
    "guardian_userobjectpermission",
    "guardian_groupobjectpermission",
    "partners_user",
    "partners_contactperson_expertise",
    "partners_contactperson",
    "partners_organisation_municipalities",
    "partners_organisation_regions",
    "partners_organisation",
    "partners_municipality",
    "partners_region",
]
