"""Who may do what: the permission table as data, and the checks every service makes.

The same table, with the reasons, is written for people in docs/permissions.md;
tests/domain/test_permissions.py compares the two cell by cell.

A permission is (role, area, operation, scope). The scope says whose record it is,
seen from the person asking:

- "own":    a record about the person themselves (their employee record, their
            levels, their interview, their account);
- "team":   a record about someone in their care. In the areas where mentors
            judge and sign (TRAINEE_AREAS: matrix, onboarding, learning) that is
            only their own trainees; elsewhere also the members of their own team;
- "others": everyone else. Records about no one in particular (a team, a task,
            the company's name, a setting, a backup) count as "others".
"""

from __future__ import annotations

from collections.abc import Collection

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import NotAllowed
from wplstudio.domain.text import QT_TRANSLATE_NOOP

ROLES = ("owner", "manager", "mentor", "employee", "display")
AREAS = ("people", "landscape", "company", "matrix", "onboarding", "interviews", "board", "quickscan",
         "learning", "reports", "accounts", "audit", "backups", "settings")
OPERATIONS = ("view", "edit", "sign", "export", "print", "search")
OWN, TEAM, OTHERS = "own", "team", "others"
SCOPES = (OWN, TEAM, OTHERS)

# Areas whose records belong to the company, not to one person: one value for every scope.
COMPANY_AREAS = frozenset({"landscape", "company", "audit", "backups", "settings"})
# Areas where "team" means only one's own trainees (a mentor signs only for them).
TRAINEE_AREAS = frozenset({"matrix", "onboarding", "learning"})

ALL = frozenset(SCOPES)
O = frozenset({OWN})  # noqa: E741 - one letter keeps the table below readable
T = frozenset({TEAM})
OT = frozenset({OWN, TEAM})
N = frozenset()
NA = None  # the operation does not exist in this area (nobody has it, not even the owner)

# area -> operation -> scopes allowed per role, in the order of ROLES:
#            owner manager mentor employee display
TABLE: dict[str, dict[str, tuple[frozenset, ...] | None]] = {
    "people": {
        "view":   (ALL, ALL, ALL, O, N),
        "edit":   (ALL, ALL, N, N, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, OT, O, N),
        "search": (ALL, ALL, ALL, O, N),
    },
    "landscape": {
        "view":   (ALL, ALL, ALL, ALL, N),
        "edit":   (ALL, ALL, N, N, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, ALL, ALL, N),
        "search": (ALL, ALL, ALL, ALL, N),
    },
    "company": {
        "view":   (ALL, ALL, ALL, ALL, N),
        "edit":   (ALL, ALL, N, N, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, N, N, N),
        "search": (ALL, ALL, ALL, ALL, N),
    },
    "matrix": {
        "view":   (ALL, ALL, ALL, O, N),
        "edit":   (ALL, ALL, T, N, N),
        "sign":   (ALL, ALL, T, O, N),
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, ALL, O, N),
        "search": (ALL, ALL, ALL, O, N),
    },
    "onboarding": {
        "view":   (ALL, ALL, OT, O, N),
        "edit":   (ALL, ALL, T, N, N),
        "sign":   (ALL, ALL, T, O, N),
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, OT, O, N),
        "search": (ALL, ALL, OT, O, N),
    },
    "interviews": {
        "view":   (ALL, ALL, O, O, N),
        "edit":   (ALL, ALL, N, N, N),
        "sign":   (ALL, ALL, O, O, N),
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, O, O, N),
        "search": (ALL, ALL, O, O, N),
    },
    "board": {
        "view":   (ALL, ALL, ALL, ALL, ALL),
        "edit":   (ALL, ALL, N, N, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, ALL, ALL, N),
        "search": (ALL, ALL, ALL, ALL, N),
    },
    "quickscan": {
        "view":   (ALL, ALL, O, O, N),
        "edit":   (ALL, ALL, O, O, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, O, O, N),
        "search": (ALL, ALL, O, O, N),
    },
    "learning": {
        "view":   (ALL, ALL, OT, O, N),
        "edit":   (ALL, ALL, T, N, N),
        "sign":   (ALL, ALL, T, O, N),
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, OT, O, N),
        "search": (ALL, ALL, OT, O, N),
    },
    "reports": {
        "view":   (ALL, ALL, OT, O, N),
        "edit":   (ALL, ALL, N, N, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, OT, O, N),
        "search": (ALL, ALL, OT, O, N),
    },
    "accounts": {
        "view":   (ALL, ALL, O, O, N),
        "edit":   (ALL, ALL, O, O, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, N, N, N),
        "search": (ALL, ALL, N, N, N),
    },
    "audit": {
        "view":   (ALL, N, N, N, N),
        "edit":   NA,
        "sign":   NA,
        "export": (ALL, N, N, N, N),
        "print":  (ALL, N, N, N, N),
        "search": (ALL, N, N, N, N),
    },
    "backups": {
        "view":   (ALL, ALL, N, N, N),
        "edit":   (ALL, ALL, N, N, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, N, N, N),
        "search": (ALL, ALL, N, N, N),
    },
    "settings": {
        "view":   (ALL, ALL, N, N, N),
        "edit":   (ALL, ALL, N, N, N),
        "sign":   NA,
        "export": (ALL, ALL, N, N, N),
        "print":  (ALL, ALL, N, N, N),
        "search": (ALL, ALL, N, N, N),
    },
}

# Words for messages and screens; translated at the edge ("roles", "permissions").
ROLE_TITLES = {
    "owner": QT_TRANSLATE_NOOP("roles", "owner"),
    "manager": QT_TRANSLATE_NOOP("roles", "manager"),
    "mentor": QT_TRANSLATE_NOOP("roles", "mentor"),
    "employee": QT_TRANSLATE_NOOP("roles", "employee"),
    "display": QT_TRANSLATE_NOOP("roles", "shop screen"),
}
AREA_TITLES = {
    "people": QT_TRANSLATE_NOOP("permissions", "employee records"),
    "landscape": QT_TRANSLATE_NOOP("permissions", "the task landscape"),
    "company": QT_TRANSLATE_NOOP("permissions", "the company details"),
    "matrix": QT_TRANSLATE_NOOP("permissions", "levels in the deployability matrix"),
    "onboarding": QT_TRANSLATE_NOOP("permissions", "onboarding and sign-offs"),
    "interviews": QT_TRANSLATE_NOOP("permissions", "development interviews"),
    "board": QT_TRANSLATE_NOOP("permissions", "the planning board"),
    "quickscan": QT_TRANSLATE_NOOP("permissions", "quickscan answers"),
    "learning": QT_TRANSLATE_NOOP("permissions", "learning activities"),
    "reports": QT_TRANSLATE_NOOP("permissions", "reports"),
    "accounts": QT_TRANSLATE_NOOP("permissions", "accounts"),
    "audit": QT_TRANSLATE_NOOP("permissions", "the audit trail"),
    "backups": QT_TRANSLATE_NOOP("permissions", "backups"),
    "settings": QT_TRANSLATE_NOOP("permissions", "settings"),
}
OPERATION_TITLES = {
    "view": QT_TRANSLATE_NOOP("permissions", "view"),
    "edit": QT_TRANSLATE_NOOP("permissions", "change"),
    "sign": QT_TRANSLATE_NOOP("permissions", "sign"),
    "export": QT_TRANSLATE_NOOP("permissions", "export"),
    "print": QT_TRANSLATE_NOOP("permissions", "print"),
    "search": QT_TRANSLATE_NOOP("permissions", "search"),
}


def _check_names(area: str, operation: str, scope: str) -> None:
    """A wrong area, operation or scope is a programming mistake, not a refusal."""
    if area not in TABLE or operation not in OPERATIONS or scope not in SCOPES:
        raise ValueError(f"unknown permission ({area!r}, {operation!r}, {scope!r})")


def applies(area: str, operation: str) -> bool:
    """False where the operation does not exist in the area (signing a team, editing the audit trail)."""
    return TABLE[area][operation] is not NA


def allowed(role: str, area: str, operation: str, scope: str) -> bool:
    _check_names(area, operation, scope)
    row = TABLE[area][operation]
    if row is NA or role not in ROLES:  # a role we do not know (a hand-edited row) may do nothing
        return False
    return scope in row[ROLES.index(role)]


def allowed_anywhere(role: str, area: str, operation: str) -> bool:
    """May the role do this for at least some records? (To grey out what cannot be used.)"""
    return any(allowed(role, area, operation, scope) for scope in SCOPES)


def require(actor: Actor, area: str, operation: str, scope: str = OTHERS) -> None:
    if not allowed(actor.role, area, operation, scope):
        raise refusal(actor.role, area, operation, scope)


def refusal(role: str, area: str, operation: str, scope: str) -> NotAllowed:
    params = {"role": ROLE_TITLES.get(role, role), "operation": OPERATION_TITLES[operation], "area": AREA_TITLES[area]}
    if area in COMPANY_AREAS or not applies(area, operation):
        message = QT_TRANSLATE_NOOP("errors", "As {role} you may not {operation} {area}.")
    elif scope == OWN:
        message = QT_TRANSLATE_NOOP("errors", "As {role} you may not {operation} your own {area}.")
    elif scope == TEAM:
        message = QT_TRANSLATE_NOOP("errors", "As {role} you may not {operation} {area} of your team or trainees.")
    else:
        message = QT_TRANSLATE_NOOP("errors", "As {role} you may not {operation} {area} of other people.")
    return NotAllowed(message, **params)


def scope_of(actor: Actor, area: str, subject_employee_id: int | None, *, subject_team_id: int | None = None,
             actor_team_id: int | None = None, trainees: Collection[int] = ()) -> str:
    """Whose record is it, seen from the actor? subject_employee_id None: a record about no one."""
    if subject_employee_id is None:
        return OTHERS
    if actor.employee_id is not None and actor.employee_id == subject_employee_id:
        return OWN
    if subject_employee_id in trainees:
        return TEAM
    same_team = actor_team_id is not None and actor_team_id == subject_team_id
    return TEAM if same_team and area not in TRAINEE_AREAS else OTHERS


# --- rules the table cannot hold -------------------------------------------------

def check_account_change(actor: Actor, target_role: str, new_role: str | None = None, is_self: bool = False) -> None:
    """Managers manage accounts, but not the owner's; nobody changes their own role or switches themselves off."""
    if is_self:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "You cannot change your own role or switch off your own account. Ask the owner or another manager."))
    if actor.role != "owner" and "owner" in (target_role, new_role):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only the owner may change an owner's account or make someone owner."))


def may_read_private_notes(actor: Actor, author_user_id: int | None) -> bool:
    """A guide's private notes on an interview are read by their author, and by the owner.
    Only those who hold interviews (who may edit them) keep private notes at all."""
    if not allowed_anywhere(actor.role, "interviews", "edit"):
        return False
    return actor.role == "owner" or (actor.user_id is not None and actor.user_id == author_user_id)
