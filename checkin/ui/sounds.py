"""A distinct sound for each scan outcome (QtMultimedia when it loads; silence otherwise)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from checkin.paths import resource_path

FILES = {"accepted": "accepted.wav", "duplicate": "duplicate.wav", "refused": "refused.wav",
         "invalid": "refused.wav", "unknown": "accepted.wav"}  # unknown = admitted


class SoundPlayer(QObject):
    """Plays the outcome sounds; the app runs silently where QtMultimedia or audio is missing."""

    def __init__(self, parent: QObject | None = None, enabled: bool = True):
        super().__init__(parent)
        self.enabled = enabled
        self.available = False
        self.last_played: str | None = None  # what the last play() asked for (tests, accessibility)
        self._effects: dict[str, object] = {}
        self._loaded = False

    def preload(self) -> None:
        """Load QtMultimedia and the sounds (after the window is up: it costs ~100 ms)."""
        if self._loaded or not self.enabled:
            return
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except Exception:  # no QtMultimedia in this build or no system libraries: stay silent
            return
        for status, name in FILES.items():
            path = resource_path("sounds", name)
            if not path.exists():
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[status] = effect
        self.available = bool(self._effects)

    def play(self, status: str) -> None:
        self.last_played = status
        if not self.enabled:
            return
        self.preload()
        effect = self._effects.get(status)
        if effect is None:
            return
        try:
            effect.play()
        except Exception:  # an audio device vanishing must never stop the desk
            pass
