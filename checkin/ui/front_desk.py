"""Front desk mode: scan or find a person, see big and clear who it is and what to do."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from checkin import desk
from checkin.store.attendees import Attendee, get_attendee
from checkin.store.listing import find_attendees  # from indexes (docs/BENCHMARKS.md); codes and ids too
from checkin.store.badges import last_print
from checkin.store.checkins import inside_since
from checkin.store.db import StoreBusy, StoreError
from checkin.ui.busy_queue import BusyQueue
from checkin.store.ui_queries import list_categories
from checkin.spooler import PrintError
from checkin.ui.badge_print import ON_ARRIVAL_KEY, print_one_badge, save_badge_pdf
from checkin.ui.camera_view import CameraView
from checkin.ui.decision_text import CardText, busy_card, decision_card, local_clock
from checkin.ui.guards import BusyLock, RepeatGuard
from checkin.ui.result_card import ResultCard, hold_ms
from checkin.ui.search_box import SearchBox
from checkin.ui.sounds import SoundPlayer
from checkin.ui.undo_action import undo_last_checkin, undo_person_checkin
from checkin.ui.walkin_dialog import WalkIn, WalkInDialog


class FrontDeskPanel(QWidget):
    """Camera preview, name search and the result card. Never shows the full attendee list."""

    #: A decision was shown on this panel's card. GUI thread.
    decision_shown = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None, sounds: SoundPlayer | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sounds = sounds or SoundPlayer(self, enabled=False)
        self.session_id: int | None = None  # the entrance
        # Hooks (replaced in tests): printing, confirmation, the walk-in form.
        self.print_badge: Callable[[Attendee], object] = lambda person: print_one_badge(self.ctx, person)
        self.confirm: Callable[[str, str], bool] = self._ask
        self.ask_walkin: Callable[[list[str]], WalkIn | None] = self._walkin_form
        self.ask_pdf_path: Callable[[Attendee], str] = self._pdf_path
        self._unprinted: Attendee | None = None  # whose badge the printer refused (saved as PDF on request)
        self.repeat_guard = RepeatGuard()
        self.busy_queue = BusyQueue(self._attempt, self._show_busy, self)
        self.last_decision = None

        self.camera = CameraView(self)
        self.search = SearchBox(lambda text, limit: find_attendees(self.ctx.store, text, limit), self,
                                presence=self._inside_text)
        self.search.attendee_chosen.connect(self.check_in_attendee)
        self.search.undo_requested.connect(self.undo_person)
        self.search.code_entered.connect(lambda code: self.handle_code(code, "scanner"))
        self.card = ResultCard(parent=self, hold=lambda: hold_ms(self.ctx.settings))
        self.reprint_button = QPushButton(self.tr("Reprint badge"))
        self.walkin_button = QPushButton(self.tr("Walk-in (F5)"))
        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"))
        self.reprint_button.clicked.connect(lambda: self.reprint())
        self.walkin_button.clicked.connect(self.register_walkin)
        self.undo_button.clicked.connect(self.undo_last)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.save_pdf_button = QPushButton(self.tr("Save the badge as PDF…"))
        self.save_pdf_button.clicked.connect(self.save_unprinted_badge)
        self.save_pdf_button.hide()
        buttons = (self.reprint_button, self.walkin_button, self.undo_button)
        self.lock = BusyLock([*buttons, self.search])

        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.camera, 3)
        self.find_label = find_label = QLabel(self.tr("Find by name (F2)"))
        find_label.setBuddy(self.search.field)
        lcol.addWidget(find_label)
        lcol.addWidget(self.search, 2)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.card, 1)
        row = QHBoxLayout()
        for b in buttons:
            b.setMinimumHeight(48)
            row.addWidget(b)
        rcol.addLayout(row)
        rcol.addWidget(self.status_line)
        rcol.addWidget(self.save_pdf_button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(split)
        self.set_text_scale(1.0)

    # -- what staff do -------------------------------------------------------------------------

    @Slot(str, float)
    def on_camera_code(self, code: str, t: float) -> None:
        """Connect the camera worker's ``code_seen`` here: a bound slot, so it runs on the GUI thread."""
        self.handle_code(code, "camera", t)

    def handle_code(self, code: str, method: str = "camera", t: float | None = None) -> None:
        """A code from the camera (``t`` = media time) or a USB scanner: decide, record, show."""
        if not self.repeat_guard.allow(("code", code.strip()), t):
            return  # the same badge again within 2 s: one person, one scan
        self._run(lambda: desk.scan(self.ctx.store, code, session_id=self.session_id,
                                    station=self.ctx.station, method=method))

    def check_in_attendee(self, attendee_id: int) -> None:
        """Check in a person found by name (one click or Enter)."""
        if self.lock.busy or not self.repeat_guard.allow(("attendee", attendee_id)):
            return

        def act():
            decision = desk.check_in(self.ctx.store, attendee_id, session_id=self.session_id,
                                     station=self.ctx.station)
            self.search.reset()  # the name goes away from the public screen
            return decision

        self.lock.run(lambda: self._run(act))

    def reprint(self, attendee_id: int | None = None) -> None:
        """Print the badge of the chosen person again, after confirming when one was printed."""
        person = self._target(attendee_id)
        if person is None:
            self._say(self.tr("Scan or find the person first, then reprint."))
            return
        if not self.repeat_guard.allow(("reprint", person.id)):
            return  # a double-click prints one badge, not two
        self.lock.run(lambda: self._reprint(person))

    def register_walkin(self) -> None:
        if self.lock.busy:
            return
        data = self.ask_walkin(list_categories(self.ctx.store))
        if data is None:
            return
        self.lock.run(lambda: self._walkin(data))

    def undo_last(self) -> None:
        """Take back this station's newest check-in after confirming whom (undo is recorded)."""
        if self.lock.busy:
            return
        self.lock.run(self._undo)

    def undo_person(self, attendee_id: int) -> None:
        """Take back one person's latest check-in here (from the search results), after confirming."""
        if self.lock.busy:
            return
        self.lock.run(lambda: self._show_undo(
            undo_person_checkin(self.ctx, attendee_id, self.session_id, self.confirm)))

    def focus_search(self) -> None:
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def set_text_scale(self, scale: float) -> None:
        self.card.set_text_scale(scale)
        self.search.set_text_scale(scale)
        font = QFont(self.font())
        font.setPointSizeF(13 * scale)
        for b in (self.reprint_button, self.walkin_button, self.undo_button, self.status_line, self.find_label):
            b.setFont(font)

    # -- inside -------------------------------------------------------------------------------

    def _run(self, make_decision: Callable[[], object]) -> None:
        self.busy_queue.submit(make_decision)  # now, or in order once the event file is free

    def _attempt(self, make_decision: Callable[[], object]) -> None:
        try:
            decision = make_decision()
        except StoreBusy:
            raise  # the busy queue keeps it and tries again
        except StoreError as exc:  # disk full, read-only: nothing was recorded, say so
            self._show_error(str(exc))
            return
        self.show_decision(decision)

    def show_decision(self, decision, *, print_on_arrival: bool = True) -> None:
        self.last_decision = decision
        self.card.show_card(decision_card(decision, self.ctx.event.timezone, decision.direction))
        self.sounds.play(decision.status)
        self.decision_shown.emit(decision)
        self.ctx.decision_made.emit(decision)
        if decision.checkin_id:
            self.ctx.data_changed.emit()
        person = decision.attendee
        if (print_on_arrival and decision.status == "accepted" and person is not None
                and self.ctx.settings.value(ON_ARRIVAL_KEY, False, type=bool)
                and desk.needs_badge_on_arrival(self.ctx.store, person.id)):
            self._print(person)  # badge on demand: printed at the first arrival, once

    def save_unprinted_badge(self) -> None:
        """Save the badge the printer refused as a PDF (the file can be printed elsewhere)."""
        person = self._unprinted
        if person is None:
            return
        path = self.ask_pdf_path(person)
        if not path:
            return
        try:
            save_badge_pdf(self.ctx, get_attendee(self.ctx.store, person.id), path)
        except StoreError as exc:
            self._say(str(exc))
            return
        self._unprinted = None
        self.save_pdf_button.hide()
        self._say(self.tr("Badge of {name} saved as {file}.").format(name=person.full_name, file=path))
        self.ctx.data_changed.emit()

    def _reprint(self, person: Attendee) -> None:
        previous = last_print(self.ctx.store, person.id)
        if previous is not None:
            when = local_clock(previous.at, self.ctx.event.timezone)
            question = self.tr("The badge of {name} was already printed at {time} at {station}. Print again?")
            if not self.confirm(self.tr("Reprint badge"),
                                question.format(name=person.full_name, time=when, station=previous.station)):
                return
        self._print(person)

    def _walkin(self, data: WalkIn) -> None:
        try:
            done = desk.register_walkin(self.ctx.store, station=self.ctx.station, session_id=self.session_id,
                                        **vars(data))
        except StoreError as exc:
            self._show_error(str(exc))
            return
        self.show_decision(done.decision, print_on_arrival=False)
        self._print(done.attendee)

    def _print(self, person: Attendee) -> None:
        try:
            job = self.print_badge(get_attendee(self.ctx.store, person.id))
        except (PrintError, StoreError, OSError) as exc:  # a printer problem must not lose the check-in
            self._unprinted = person
            self.save_pdf_button.show()
            self._say(self.tr("The badge of {name} was NOT printed: {error}.").format(
                name=person.full_name, error=exc))
            return
        self._unprinted = None
        self.save_pdf_button.hide()
        printer = getattr(job, "queue", "")
        self._say(self.tr("Badge of {name} printed on {printer}.").format(name=person.full_name, printer=printer)
                  if printer else self.tr("Badge of {name} printed.").format(name=person.full_name))
        self.ctx.data_changed.emit()

    def _undo(self) -> None:
        self._show_undo(undo_last_checkin(self.ctx, self.confirm))

    def _show_undo(self, outcome) -> None:
        card, message, item = outcome
        if message:
            self._say(message)
        if card is None:
            return
        self.card.show_card(card)
        self.repeat_guard.forget(("attendee", item.attendee_id))  # scanning again is a new check-in
        self.repeat_guard.forget(("code", item.code))
        self.ctx.data_changed.emit()
        self.search.refresh()  # the rows say who is in

    def _target(self, attendee_id: int | None) -> Attendee | None:
        if attendee_id is not None:
            return get_attendee(self.ctx.store, attendee_id)
        item = self.search.results.currentItem()
        if item is not None:
            return get_attendee(self.ctx.store, int(item.data(Qt.ItemDataRole.UserRole)))
        d = self.last_decision
        return d.attendee if d is not None and d.attendee is not None else None

    def _inside_text(self, attendee_ids: list[int]) -> dict[int, str]:
        since = inside_since(self.ctx.store, attendee_ids, self.session_id)
        words = self.tr("in since {time}")
        return {i: words.format(time=local_clock(at, self.ctx.event.timezone)) for i, at in since.items()}

    def _show_busy(self, waiting: int) -> None:
        self.card.show_card(busy_card(waiting))

    def _show_error(self, text: str) -> None:
        self.card.show_card(CardText("error", self.tr("Not recorded"), self.tr("Please try again"), (text,)))
        self.sounds.play("refused")

    def _say(self, text: str) -> None:
        self.status_line.setText(text)

    def _pdf_path(self, person: Attendee) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the badge as PDF"),
                                                    f"badge-{person.id}.pdf", "PDF (*.pdf)")
        return path

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _walkin_form(self, categories: list[str]) -> WalkIn | None:
        dialog = WalkInDialog(categories, self)
        return dialog.value() if dialog.exec() == WalkInDialog.DialogCode.Accepted else None
