"""Session room mode: pick the session (the current one preselected), scan people in (and out)."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from checkin import desk
from checkin.store.listing import find_attendees
from checkin.store.checkins import occupancy
from checkin.store.db import StoreBusy, StoreError
from checkin.store.freshness import merged_stations
from checkin.store.sessions import list_sessions
from checkin.store.ui_queries import current_session
from checkin.ui.busy_queue import BusyQueue
from checkin.ui.camera_view import CameraView
from checkin.ui.decision_text import CardText, busy_card, decision_card, local_clock
from checkin.ui.freshness import freshness_text
from checkin.ui.guards import RepeatGuard
from checkin.ui.result_card import ResultCard, hold_ms
from checkin.ui.search_box import SearchBox
from checkin.ui.sounds import SoundPlayer
from checkin.ui import organiser_pin
from checkin.ui.undo_action import undo_last_checkin

ROOM_KEY = "session_room/room"
NEAR_FULL = 0.9


#: Settings key: a session entry of someone who never passed the entrance counts as their arrival.
ENTRY_IS_ARRIVAL_KEY = "room/entry_is_arrival"


class SessionRoomPanel(QWidget):
    """The host's screen in a room: which session, who comes in, how full the room is."""

    #: A decision was shown on this panel's card. GUI thread.
    decision_shown = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None, sounds: SoundPlayer | None = None,
                 now: datetime | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sounds = sounds or SoundPlayer(self, enabled=False)
        self.repeat_guard = RepeatGuard()
        self.busy_queue = BusyQueue(self._attempt, lambda n: self.card.show_card(busy_card(n)), self)
        self.sessions = []
        self.near_capacity = False

        self.session_box = QComboBox()
        self.session_box.setAccessibleName(self.tr("Session"))
        # long seminar titles must not make the window wider than a laptop screen
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_box.setMinimumContentsLength(24)
        self.session_box.currentIndexChanged.connect(self._session_changed)
        self.pick_label = pick = QLabel(self.tr("&Session:"))
        pick.setBuddy(self.session_box)
        self.in_button = QPushButton(self.tr("Entering"))
        self.out_button = QPushButton(self.tr("Leaving"))
        self.direction_group = QButtonGroup(self)
        for b in (self.in_button, self.out_button):
            b.setCheckable(True)
            b.setMinimumHeight(40)
            # bold in both states, so the size fits the checked (bold) text in every language
            b.setStyleSheet("QPushButton { padding: 4px 18px; font-weight: bold; }"
                            " QPushButton:checked { background: #1f4e9c; color: white; }")
            self.direction_group.addButton(b)
        self.in_button.setChecked(True)
        self.in_button.setToolTip(self.tr("Scans record people coming in"))
        self.out_button.setToolTip(self.tr("Scans record people leaving (optional exit scans)"))
        self.direction_group.buttonToggled.connect(lambda *_: self._direction_changed())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("People present"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.freshness = QLabel()  # the count holds every station merged so far: say as of when
        self.freshness.setWordWrap(True)
        self.camera = CameraView(self)
        self.card = ResultCard(parent=self, hold=lambda: hold_ms(self.ctx.settings))
        self.search = SearchBox(lambda text, limit: find_attendees(self.ctx.store, text, limit), self)
        self.search.attendee_chosen.connect(self.check_in_attendee)
        self.search.code_entered.connect(lambda code: self.handle_code(code, "scanner"))
        self.search.field.setPlaceholderText(self.tr("No badge? Find by name…"))
        self.override_button = QPushButton(self.tr("Admit anyway (organiser)"))
        self.override_button.setMinimumHeight(44)
        self.override_button.setToolTip(self.tr("Outside the session's admission time or after leaving, or a full"
                                                " or closed session: admit this person all the same, with a reason"
                                                " and the organiser PIN"))
        self.override_button.clicked.connect(self.admit_anyway)
        self.override_button.setVisible(False)
        self.ask_override: Callable[[str], tuple[str, str] | None] = self._ask_override  # (PIN or "", reason)
        self._refused = None  # the last refusal that may be overridden
        self._override_words = ""  # the status line once an override is decided
        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"))
        self.undo_button.setMinimumHeight(44)
        self.undo_button.clicked.connect(self.undo_last)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.confirm = self._ask  # hook (tests): (title, question) -> bool

        top = QHBoxLayout()
        top.addWidget(pick)
        top.addWidget(self.session_box, 1)
        top.addWidget(self.in_button)
        top.addWidget(self.out_button)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.camera, 3)
        lcol.addWidget(self.count)
        lcol.addWidget(self.warning)
        lcol.addWidget(self.freshness)
        lcol.addWidget(self.search, 1)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.card, 1)
        rcol.addWidget(self.override_button)
        rcol.addWidget(self.undo_button)
        rcol.addWidget(self.status_line)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.set_text_scale(1.0)
        self.reload_sessions(now)
        ctx.data_changed.connect(self._on_data_changed)

    # -- public -------------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        data = self.session_box.currentData()
        return int(data) if data is not None else None

    @property
    def direction(self) -> str:
        return "out" if self.out_button.isChecked() else "in"

    def reload_sessions(self, now: datetime | None = None) -> None:
        """Fill the session list and preselect the one running now in this room."""
        self.sessions = list_sessions(self.ctx.store)
        room = self.ctx.settings.value(ROOM_KEY, "", type=str) or None
        chosen = current_session(self.sessions, now, room)
        tz = self.ctx.event.timezone
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for s in self.sessions:
            when = local_clock(s.starts_at, tz) if s.starts_at else ""
            label = " · ".join(x for x in (when, s.title, s.room or "") if x)
            if s.restricted:
                label += "  " + self.tr("(on invitation)")
            self.session_box.addItem(label, s.id)
        if chosen is not None:
            self.session_box.setCurrentIndex(self.session_box.findData(chosen.id))
        self.session_box.blockSignals(False)
        if not self.sessions:
            self.card.set_idle_text(self.tr("No sessions in this event yet: import them from the menu."))
        self._session_changed()

    def select_session(self, session_id: int) -> None:
        self.session_box.setCurrentIndex(self.session_box.findData(session_id))

    @Slot(str, float)
    def on_camera_code(self, code: str, t: float) -> None:
        """Connect the camera worker's ``code_seen`` here: a bound slot, so it runs on the GUI thread."""
        self.handle_code(code, "camera", t)

    def handle_code(self, code: str, method: str = "camera", t: float | None = None) -> None:
        """A code from the camera or a scanner, at the chosen session and direction."""
        if self.session_id is None:
            self.card.show_card(CardText("error", self.tr("Choose a session first"), ""))
            return
        if not self.repeat_guard.allow((code.strip(), self.session_id, self.direction), t):
            return
        self._decide(lambda: desk.scan(self.ctx.store, code, session_id=self.session_id,
                                       station=self.ctx.station, method=method, direction=self.direction,
                                       session_entry_is_arrival=self._entry_is_arrival()))

    def _decide(self, make_decision) -> None:
        self.busy_queue.submit(make_decision)  # now, or in order once the event file is free

    def _attempt(self, make_decision) -> None:
        try:
            decision = make_decision()
        except StoreBusy:
            raise  # the busy queue keeps it and tries again
        except StoreError as exc:
            self.card.show_card(CardText("error", self.tr("Not recorded"), self.tr("Please try again"), (str(exc),)))
            self.sounds.play("refused")
            return
        self.card.show_card(decision_card(decision, self.ctx.event.timezone, decision.direction))
        self.sounds.play(decision.status)
        if self._override_words:  # the answer to "Admit anyway", whatever it was
            self.status_line.setText(self._override_words if decision.reason == "override" else "")
            self._override_words = ""
        self._refused = decision if desk.can_admit_anyway(decision) else None
        self.override_button.setVisible(self._refused is not None)
        self.decision_shown.emit(decision)
        self.ctx.decision_made.emit(decision)
        if decision.checkin_id:
            self.ctx.data_changed.emit()
        else:
            self.refresh_count()

    def check_in_attendee(self, attendee_id: int) -> None:
        """Someone without a badge, found by name: in (or out) at the chosen session."""
        if self.session_id is None or not self.repeat_guard.allow(("attendee", attendee_id, self.direction)):
            return
        self.search.reset()
        self._decide(lambda: desk.check_in(self.ctx.store, attendee_id, session_id=self.session_id,
                                           station=self.ctx.station, direction=self.direction,
                                           session_entry_is_arrival=self._entry_is_arrival()))

    def admit_anyway(self) -> None:
        """An organiser admits the person just refused, with a reason kept in the record.

        A full or closed session always needs the organiser PIN; the session's admission time
        and re-entry rule need it whenever one is set (Settings), as the front desk does.
        """
        refused = self._refused
        if refused is None or refused.session_id != self.session_id:
            self.override_button.setVisible(False)
            return
        who = refused.attendee.full_name if refused.attendee else refused.code
        pin_set = organiser_pin.has_pin(self.ctx.settings)
        if desk.can_supervisor_admit(refused) and not pin_set:  # a full or closed room needs the PIN
            self.status_line.setText(self.tr("Set an organiser PIN in Settings to admit {name} to a full or closed"
                                             " session.").format(name=who))
            return
        answer = self.ask_override(who)
        if answer is None:
            return
        pin, reason = answer
        if pin_set and not organiser_pin.check_pin(self.ctx.settings, pin):
            self.status_line.setText(self.tr("Wrong organiser PIN: {name} was not admitted.").format(name=who))
            return
        if not reason.strip():
            self.status_line.setText(self.tr("Give a reason to admit {name} anyway.").format(name=who))
            return
        self._override_words = self.tr("{name} admitted by a supervisor: {reason}").format(
            name=who, reason=" ".join(reason.split()))
        self._decide(lambda: desk.supervisor_admit(self.ctx.store, refused, station=self.ctx.station,
                                                   reason=reason, session_entry_is_arrival=self._entry_is_arrival()))

    def _entry_is_arrival(self) -> bool:
        return self.ctx.settings.value(ENTRY_IS_ARRIVAL_KEY, True, type=bool)

    def _ask_override(self, who: str) -> tuple[str, str] | None:
        """(PIN, reason) from the organiser; the PIN is asked only when one is set."""
        pin = ""
        if organiser_pin.has_pin(self.ctx.settings):
            pin, ok = QInputDialog.getText(self, self.tr("Admit anyway"),
                                           self.tr("Organiser PIN to admit {name}:").format(name=who),
                                           QLineEdit.EchoMode.Password)
            if not ok:
                return None
        reason, ok = QInputDialog.getText(self, self.tr("Admit anyway"),
                                          self.tr("Why admit {name} anyway? (kept in the record)").format(name=who))
        return (pin, reason) if ok else None

    def undo_last(self) -> None:
        """Take back this station's newest check-in, after confirming whom."""
        card, message, _item = undo_last_checkin(self.ctx, self.confirm)
        self.status_line.setText(message)
        if card is not None:
            self.card.show_card(card)
            self.repeat_guard = RepeatGuard()  # the person may scan in again at once
            self.ctx.data_changed.emit()

    def _on_data_changed(self) -> None:
        """A scan here, or another station's records merged: sessions may have come or changed too."""
        if list_sessions(self.ctx.store) != self.sessions:
            chosen = self.session_id
            self.reload_sessions()
            if chosen is not None and self.session_box.findData(chosen) >= 0:
                self.select_session(chosen)  # the host's choice stays
            return  # reloading refreshed the count
        self.refresh_count()

    def refresh_count(self) -> None:
        self.freshness.setText(freshness_text(merged_stations(self.ctx.store), self.ctx.event.timezone))
        sid = self.session_id
        if sid is None:
            self.count.setText("")
            self.warning.setText("")
            return
        session = next(s for s in self.sessions if s.id == sid)
        present = occupancy(self.ctx.store, sid)
        if session.capacity:
            self.count.setText(self.tr("Present: {n} of {cap}").format(n=present, cap=session.capacity))
        else:
            self.count.setText(self.tr("Present: {n}").format(n=present))
        level = present / session.capacity if session.capacity else 0.0
        if session.capacity and level >= 1:
            self._warn(self.tr("FULL: the room has reached its capacity. Nobody else may enter."), "#b00020")
        elif session.capacity and level >= NEAR_FULL:
            left = session.capacity - present
            self._warn(self.tr("Almost full: {left} place(s) left.").format(left=left), "#f2a900", dark=True)
        else:
            self._warn("", "")
        self.near_capacity = bool(session.capacity and level >= NEAR_FULL)

    def set_text_scale(self, scale: float) -> None:
        self.card.set_text_scale(scale)
        big = QFont(self.font())
        big.setPointSizeF(24 * scale)
        big.setBold(True)
        self.count.setFont(big)
        mid = QFont(self.font())
        mid.setPointSizeF(16 * scale)
        mid.setBold(True)
        self.warning.setFont(mid)
        normal = QFont(self.font())
        normal.setPointSizeF(14 * scale)
        self.search.set_text_scale(scale)
        for w in (self.pick_label, self.session_box, self.in_button, self.out_button, self.override_button,
                  self.undo_button, self.status_line):
            w.setFont(normal)

    # -- inside -------------------------------------------------------------------------------

    def _session_changed(self) -> None:
        sid = self.session_id
        session = next((s for s in self.sessions if s.id == sid), None)
        if session is not None and session.room:
            self.ctx.settings.setValue(ROOM_KEY, session.room)
        self.repeat_guard = RepeatGuard()
        self.card.clear()
        self.refresh_count()

    def _direction_changed(self) -> None:
        self.card.set_idle_text(self.tr("Scanning people LEAVING") if self.direction == "out"
                                else self.tr("Ready: show a badge to the camera"))

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, text: str, colour: str, dark: bool = False) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        fg = "#1a1a1a" if dark else "#ffffff"
        self.warning.setStyleSheet(f"background: {colour}; color: {fg}; padding: 8px; border-radius: 6px;"
                                   if text else "")
