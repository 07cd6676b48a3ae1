"""What the audit trail may keep of each kind of record: the one table every area
declares its sensitive fields in.

Privacy by design (AVG/GDPR): the audit trail can never be edited, so it must
not become a second copy of personal data that an erasure or anonymisation
could not reach. For every field the trail keeps its NAME and, for ordinary
fields (ids, team, function, dates, levels), its old and new value. For a
sensitive field (names, free text about a person, interview answers, password
and PIN hashes) it keeps only a marker that says what happened to it.

An entity is named after its table ("employees", "settings"), so the trail,
the AVG export and the schema use one word. A new area adds one EntityPolicy
line to POLICIES. A table that is not declared is still audited, safely: every text value in it
is replaced by a marker, because free text might be about a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wplstudio.domain.text import QT_TRANSLATE_NOOP

# What a sensitive value becomes. Empty values stay empty: they say nothing about anyone.
SET = QT_TRANSLATE_NOOP("audit", "(set)")
CHANGED = QT_TRANSLATE_NOOP("audit", "(changed)")
HIDDEN = QT_TRANSLATE_NOOP("audit", "(hidden)")
REMOVED = QT_TRANSLATE_NOOP("audit", "(removed)")
MARKERS = frozenset({SET, CHANGED, HIDDEN, REMOVED})

# Bookkeeping every editable row carries; the entry itself already says who and when.
BOOKKEEPING = frozenset({"version", "updated_at", "updated_by"})


@dataclass(frozen=True)
class EntityPolicy:
    entity: str  # the table's name, as the trail names the record
    title: str  # what the owner reads, marked for translation in the "audit" context
    sensitive: frozenset[str] = frozenset()  # kept only as a marker
    references: dict[str, str] = field(default_factory=dict)  # field -> entity it points to, for readable names
    automatic: bool = True  # False: its service calls record() itself, the generic helpers stay quiet


POLICIES: dict[str, EntityPolicy] = {p.entity: p for p in (
    EntityPolicy("teams", QT_TRANSLATE_NOOP("audit", "Team")),
    EntityPolicy("functions", QT_TRANSLATE_NOOP("audit", "Function")),
    EntityPolicy("employees", QT_TRANSLATE_NOOP("audit", "Employee"),
                 sensitive=frozenset({"first_name", "prefix", "last_name", "education"}),  # anonymising erases these
                 references={"team_id": "teams", "function_id": "functions"}),
    EntityPolicy("core_tasks", QT_TRANSLATE_NOOP("audit", "Core task")),
    EntityPolicy("tasks", QT_TRANSLATE_NOOP("audit", "Task"), references={"core_task_id": "core_tasks"}),
    EntityPolicy("settings", QT_TRANSLATE_NOOP("audit", "Setting")),
    EntityPolicy("users", QT_TRANSLATE_NOOP("audit", "Account"),
                 sensitive=frozenset({"username", "display_name", "password_hash", "pin_hash", "password", "pin"}),
                 references={"employee_id": "employees"}, automatic=False),
    # a broken lock file (services/open_guard.py): which PC held it, since when; the login name is a person's
    EntityPolicy("database", QT_TRANSLATE_NOOP("audit", "Database file"), sensitive=frozenset({"user"}), automatic=False),
    # The matrix (services/matrix.py, matrix_targets.py record their own entries, keyed "employee/task" and the like).
    # Levels, dates and counts are ordinary values. Free text is kept only as a marker: a history note is
    # often about the person ("na de cursus, nog onzeker"), and a level description may name one
    # ("zoals Piet het voordoet"); the trail cannot be erased, so neither goes in it.
    EntityPolicy("levels", QT_TRANSLATE_NOOP("audit", "Matrix cell"), sensitive=frozenset({"note"}), automatic=False),
    EntityPolicy("level_history", QT_TRANSLATE_NOOP("audit", "Level history"), sensitive=frozenset({"note", "by"}), automatic=False),
    EntityPolicy("level_descriptions", QT_TRANSLATE_NOOP("audit", "Level description"), sensitive=frozenset({"text"}),
                 automatic=False),
    EntityPolicy("task_targets", QT_TRANSLATE_NOOP("audit", "Coverage target"),
                 references={"task_id": "tasks", "team_id": "teams"}, automatic=False),
    EntityPolicy("function_requirements", QT_TRANSLATE_NOOP("audit", "Function profile"), automatic=False),
    # Onboarding (services/onboarding*.py). Comments, talk notes, sign-off comments and results and the
    # reasons for revocations and mentor changes are free text about a person: markers only.
    EntityPolicy("onboarding_programs", QT_TRANSLATE_NOOP("audit", "Onboarding program"), references={"function_id": "functions"}),
    EntityPolicy("onboarding_modules", QT_TRANSLATE_NOOP("audit", "Onboarding module")),
    EntityPolicy("onboarding_images", QT_TRANSLATE_NOOP("audit", "Module picture"), automatic=False),
    EntityPolicy("onboarding_trajectories", QT_TRANSLATE_NOOP("audit", "Onboarding trajectory"), sensitive=frozenset({"reason"}),
                 references={"employee_id": "employees", "mentor_id": "employees", "program_id": "onboarding_programs"}),
    EntityPolicy("onboarding_ticks", QT_TRANSLATE_NOOP("audit", "Ticked assignment"), automatic=False),
    EntityPolicy("onboarding_assignments", QT_TRANSLATE_NOOP("audit", "Module assignment"), automatic=False),
    EntityPolicy("onboarding_module_tasks", QT_TRANSLATE_NOOP("audit", "Task a module teaches"), automatic=False),
    EntityPolicy("onboarding_mentor_changes", QT_TRANSLATE_NOOP("audit", "Mentor change"), sensitive=frozenset({"reason"}), automatic=False),
    EntityPolicy("onboarding_comments", QT_TRANSLATE_NOOP("audit", "Module comment"), sensitive=frozenset({"text"}), automatic=False),
    EntityPolicy("onboarding_signoffs", QT_TRANSLATE_NOOP("audit", "Sign-off"), sensitive=frozenset({"comment", "result"}), automatic=False),
    EntityPolicy("onboarding_revocations", QT_TRANSLATE_NOOP("audit", "Revoked sign-off"), sensitive=frozenset({"reason"}), automatic=False),
    EntityPolicy("onboarding_talks", QT_TRANSLATE_NOOP("audit", "Progress talk"), sensitive=frozenset({"notes", "next_steps"}), automatic=False),
    # The planning board. A kept reason and a learning topic are free text that may be about the person;
    # the kind of an absence may be "sick" (medical); an improvement's description may name people.
    EntityPolicy("board_jobs", QT_TRANSLATE_NOOP("audit", "Job")),
    EntityPolicy("board_job_tasks", QT_TRANSLATE_NOOP("audit", "Tasks of a job"), automatic=False),
    EntityPolicy("board_assignments", QT_TRANSLATE_NOOP("audit", "Card on the board"), sensitive=frozenset({"override_reason"}),
                 references={"employee_id": "employees", "mentor_id": "employees", "job_id": "board_jobs"}),
    EntityPolicy("board_absences", QT_TRANSLATE_NOOP("audit", "Absence"), sensitive=frozenset({"kind"}),
                 references={"employee_id": "employees"}),
    EntityPolicy("board_learning_time", QT_TRANSLATE_NOOP("audit", "Learning time"), sensitive=frozenset({"topic"}),
                 references={"employee_id": "employees"}),
    EntityPolicy("board_improvements", QT_TRANSLATE_NOOP("audit", "Improvement action"), sensitive=frozenset({"description"}),
                 references={"proposed_by_id": "employees", "owner_id": "employees"}),
    # Development interviews (services/interview*.py). Everything said in or about a talk is personal
    # free text: answers, notes, corrections, goals and agreements are kept only as a marker. Answers
    # are saved as they are typed and are not audited one by one; what happens to a talk (planned,
    # held, confirmed, reopened) is.
    EntityPolicy("interview_guides", QT_TRANSLATE_NOOP("audit", "Interview guide"), sensitive=frozenset({"content"})),
    EntityPolicy("interviews", QT_TRANSLATE_NOOP("audit", "Interview"),
                 sensitive=frozenset({"private_note", "correction_note", "interviewer_name"}),
                 references={"employee_id": "employees", "guide_id": "interview_guides"}),
    EntityPolicy("interview_answers", QT_TRANSLATE_NOOP("audit", "Interview answer"), sensitive=frozenset({"value"}),
                 automatic=False),
    EntityPolicy("interview_events", QT_TRANSLATE_NOOP("audit", "Interview event"), sensitive=frozenset({"note", "by"}),
                 automatic=False),
    EntityPolicy("development_goals", QT_TRANSLATE_NOOP("audit", "Development goal"), sensitive=frozenset({"title"}),
                 references={"employee_id": "employees", "task_id": "tasks"}),
    EntityPolicy("followup_actions", QT_TRANSLATE_NOOP("audit", "Follow-up action"), sensitive=frozenset({"what", "who"}),
                 references={"employee_id": "employees"}),
    # Quickscan and learning register (issue 8): a respondent's name and every free-text note may be about a person.
    EntityPolicy("quickscans", QT_TRANSLATE_NOOP("audit", "Quickscan"), sensitive=frozenset({"note"})),
    EntityPolicy("quickscan_respondents", QT_TRANSLATE_NOOP("audit", "Quickscan respondent"), sensitive=frozenset({"name"}),
                 references={"employee_id": "employees", "scan_id": "quickscans"}),
    # answers are scores, written in bulk; the scan's own entry ("answers") says how many changed
    EntityPolicy("quickscan_answers", QT_TRANSLATE_NOOP("audit", "Quickscan answer"), automatic=False),
    EntityPolicy("learning_activities", QT_TRANSLATE_NOOP("audit", "Learning activity"), sensitive=frozenset({"note"}),
                 references={"employee_id": "employees"}),
    EntityPolicy("training_plan_lines", QT_TRANSLATE_NOOP("audit", "Training plan line"),
                 references={"employee_id": "employees", "mentor_id": "employees", "task_id": "tasks"}),
)}

# What happened, as the trail names it.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("audit", "created"),
    "update": QT_TRANSLATE_NOOP("audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("audit", "removed"),
    "activate": QT_TRANSLATE_NOOP("audit", "activated"),
    "deactivate": QT_TRANSLATE_NOOP("audit", "deactivated"),
    "anonymise": QT_TRANSLATE_NOOP("audit", "anonymised"),
    "anonymise-again": QT_TRANSLATE_NOOP("audit", "anonymised again"),
    "answers": QT_TRANSLATE_NOOP("audit", "answers saved"),
    "change-password": QT_TRANSLATE_NOOP("audit", "password changed"),
    "reset-password": QT_TRANSLATE_NOOP("audit", "password reset"),
    "set-pin": QT_TRANSLATE_NOOP("audit", "PIN set"),
    "sign-in-blocked": QT_TRANSLATE_NOOP("audit", "sign-in blocked"),
    "lock-broken": QT_TRANSLATE_NOOP("audit", "lock broken"),
    "complete": QT_TRANSLATE_NOOP("audit", "completed"),
    "sign": QT_TRANSLATE_NOOP("audit", "signed"),
    "revoke": QT_TRANSLATE_NOOP("audit", "sign-off revoked"),
    "tick": QT_TRANSLATE_NOOP("audit", "ticked off"),
    "untick": QT_TRANSLATE_NOOP("audit", "unticked"),
    "stop": QT_TRANSLATE_NOOP("audit", "stopped"),
    "move": QT_TRANSLATE_NOOP("audit", "moved"),
    "demo": QT_TRANSLATE_NOOP("audit", "demo filled in"),
    "erase-contents": QT_TRANSLATE_NOOP("audit", "contents erased"),
    "restore": QT_TRANSLATE_NOOP("audit", "backup restored"),
}


def policy_for(entity: str) -> EntityPolicy | None:
    return POLICIES.get(entity)


def redact(entity: str, before: dict | None, after: dict | None) -> tuple[dict | None, dict | None]:
    """before and after as the trail may keep them."""
    policy = policy_for(entity)
    declared = policy.sensitive if policy else None

    def hide(name: str, value) -> bool:
        if isinstance(value, str) and value.startswith("$argon2"):
            return True  # a password or PIN hash, whatever the field is called
        return name in declared if declared is not None else isinstance(value, str)

    return (_redact_side(before, after, hide, REMOVED if after is None else None),
            _redact_side(after, before, hide, SET if before is None else None))


def _redact_side(side: dict | None, other: dict | None, hide, alone: str | None) -> dict | None:
    if side is None:
        return None
    kept = {}
    for name, value in side.items():
        if value in (None, "") or not hide(name, value):
            kept[name] = value
        elif alone:
            kept[name] = alone
        else:
            kept[name] = HIDDEN if (other or {}).get(name) == value else CHANGED
    return kept


def changed_fields(before: dict, after: dict) -> tuple[dict, dict]:
    """Only what differs, so an entry shows what changed and not the whole record."""
    names = [n for n in after if n not in BOOKKEEPING and before.get(n) != after[n]]
    return {n: before.get(n) for n in names}, {n: after[n] for n in names}
