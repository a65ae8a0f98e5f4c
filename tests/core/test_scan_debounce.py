"""Debounce on media time: one presentation is one scan, a re-presentation is another."""

from __future__ import annotations

from checkin.scan.debounce import Debouncer


def frames(fps, seconds, start=0.0):
    return [start + i / fps for i in range(int(fps * seconds))]


def test_badge_held_two_seconds_is_one_scan():
    d = Debouncer()
    emitted = [c for t in frames(30, 2.0) for c in d.feed(t, ["A"])]
    assert emitted == ["A"]


def test_missed_frames_do_not_split_a_presentation():
    d = Debouncer(absent_after=1.2)
    emitted = []
    for i, t in enumerate(frames(15, 2.0)):
        seen = [] if 5 <= i < 15 else ["A"]  # 10 frames (0.67 s) where the decoder missed it
        emitted += d.feed(t, seen)
    assert emitted == ["A"]


def test_same_badge_after_a_pause_is_a_second_scan():
    d = Debouncer(absent_after=1.2)
    emitted = []
    for t in frames(15, 1.0):
        emitted += d.feed(t, ["A"])
    for t in frames(15, 1.5, start=1.0):
        emitted += d.feed(t, [])
    for t in frames(15, 1.0, start=2.5):
        emitted += d.feed(t, ["A"])
    assert emitted == ["A", "A"]


def test_two_badges_in_one_frame_and_handover():
    d = Debouncer()
    assert d.feed(0.0, ["A", "B", "A"]) == ["A", "B"]
    assert d.feed(0.1, ["B", "C"]) == ["C"]
    assert d.feed(0.2, ["A"]) == []


def test_time_going_backwards_forgets():
    d = Debouncer()
    assert d.feed(10.0, ["A"]) == ["A"]
    assert d.feed(0.0, ["A"]) == ["A"]  # a video replayed from the start
