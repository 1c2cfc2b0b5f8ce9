"""The proofreader in the window: built off the UI thread, rebuilt when the rules change."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from newsroom.service import Newsroom, ServiceError

if TYPE_CHECKING:
    from newsroom.service.rules import RuleSet


class _Signals(QObject):
    built = Signal(object, int)  # Proofreader, generation


class _BuildProofreader(QRunnable):
    """Loading the dictionaries takes a second or two: never on the UI thread."""

    def __init__(self, rule_set: RuleSet, generation: int, options=None) -> None:
        super().__init__()
        self.rule_set = rule_set
        self.options = options
        self.generation = generation
        self.signals = _Signals()

    def run(self) -> None:
        from newsroom.proofing.engine import Proofreader

        proofreader = Proofreader(
            options=self.options,
            custom_rules=self.rule_set.rules,
            whitelist=self.rule_set.whitelist,
            roster=self.rule_set.roster,  # posts held today: the copy is for the next issue
            words=self.rule_set.words,
            learned=self.rule_set.learned,
        )
        proofreader.check("预热")  # builds the shared dictionaries now, not at first keystroke
        try:
            self.signals.built.emit(proofreader, self.generation)
        except RuntimeError:  # the window closed meanwhile
            pass


class ProofingService(QObject):
    """Holds the current Proofreader (None until ready) for highlighter, pane and list."""

    ready = Signal()

    def __init__(self, desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.proofreader = None
        self._generation = 0
        self._job = None
        desk.database_changed.connect(self.rebuild)

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

        self._job = _BuildProofreader(rule_set, self._generation, proof_options(self.desk.settings))
        self._job.signals.built.connect(self._built)
        QThreadPool.globalInstance().start(self._job)

    def _built(self, proofreader, generation: int) -> None:
        if generation != self._generation:
            return  # the rules changed again meanwhile
        self.proofreader = proofreader
        self.ready.emit()
