"""The proofreader in the window: built off the UI thread, rebuilt when the rules change."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from newsroom.service import Newsroom, ServiceError
from newsroom.ui.background import run_in_background

if TYPE_CHECKING:
    from newsroom.service.rules import RuleSet

#: After the window shows, before the dictionaries load (a second of work in a thread that
#: must not compete with the first paint).
STARTUP_GRACE_MS = 1200


def build_proofreader(rule_set: RuleSet, options=None):
    """A Proofreader with the newsroom's rules, its dictionaries loaded: a second or two,
    never on the UI thread."""
    from newsroom.proofing.engine import Proofreader

    proofreader = Proofreader(
        options=options,
        custom_rules=rule_set.rules,
        whitelist=rule_set.whitelist,
        roster=rule_set.roster,  # posts held today: the copy is for the next issue
        words=rule_set.words,
        learned=rule_set.learned,
    )
    proofreader.check("预热")  # builds the shared dictionaries now, not at first keystroke
    return proofreader


class ProofingService(QObject):
    """Holds the current Proofreader (None until ready) for highlighter, pane and list."""

    ready = Signal()

    def __init__(self, desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.proofreader = None
        self._generation = 0
        desk.database_changed.connect(self.rebuild)

    def build_soon(self) -> None:
        """Build a moment from now, once the window is on screen."""
        QTimer.singleShot(STARTUP_GRACE_MS, self, self.rebuild)

    def rebuild(self) -> None:
        """(Re)build with the newsroom's rules from the store, in the background."""
        self._generation += 1
        try:
            rule_set = Newsroom.of(self.desk).rules.rule_set()
        except ServiceError as exc:
            # The database went away (a server gone, a login dropped): keep proofreading
            # with the rules already loaded; the desk says what is wrong when next used.
            logging.getLogger(__name__).warning("proofreading rules not read: %s", exc)
            return
        from newsroom.settings import proof_options

        generation = self._generation
        run_in_background(
            build_proofreader,
            rule_set,
            proof_options(self.desk.settings),
            parent=self,
            on_done=lambda proofreader: self._built(proofreader, generation),
        )

    def _built(self, proofreader, generation: int) -> None:
        if generation != self._generation:
            return  # the rules changed again meanwhile
        self.proofreader = proofreader
        self.ready.emit()
