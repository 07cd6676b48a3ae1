"""How a command opens the database: through services.open_guard, like the GUI.
Commands that change data take the lock; check and backup only read and run
beside an open app. The answers the GUI asks for come from flags here."""

from __future__ import annotations

import sys

from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import error_text, translate
from wplstudio.services.open_guard import OpenChoices, RiskyLocation, open_guarded
from wplstudio.storage.database import Database
from wplstudio.storage.locations import Target

INSIST_FLAG = "--allow-network-folder"


def open_for_command(target: Target, migrate: bool = True, lock: bool = True, insist: bool = False) -> Database:
    choices = OpenChoices(allow_risky_folder=insist, take_lock=lock, migrate=migrate)
    try:
        opened = open_guarded(target, choices)
    except RiskyLocation as error:
        raise WplError(QT_TRANSLATE_NOOP("errors", "{problem} To open it there anyway, add {flag}."),
                       problem=error_text(error), flag=INSIST_FLAG) from error
    for notice in opened.notices:
        print(translate("notices", notice.message).format(**notice.params), file=sys.stderr)
    return opened.db
