"""Keyboard-wedge scanner reader fed with realistic key timings."""

from __future__ import annotations

import random

import pytest

from checkin.scan.wedge import Scanned, Typed, WedgeReader

CODE = "1ABC2DEFGH3JKMNPQR"


def burst(text, start, rng, low=0.008, high=0.020):
    """Key events as a scanner types them: 8-20 ms apart with jitter."""
    t, keys = start, []
    for ch in text:
        keys.append((ch, t))
        t += rng.uniform(low, high)
    return keys


def human(text, start, rng):
    """A person typing: 90-250 ms between keys."""
    t, keys = start, []
    for ch in text:
        keys.append((ch, t))
        t += rng.uniform(0.09, 0.25)
    return keys


def run(reader, keys, poll_every=0.02, tail=0.3):
    """Feed keys in time order and poll like a 20 ms UI timer would."""
    events = []
    keys = sorted(keys, key=lambda k: k[1])
    end = (keys[-1][1] if keys else 0) + tail
    t_poll = keys[0][1] if keys else 0
    for ch, t in keys:
        while t_poll < t:
            events += reader.poll(t_poll)
            t_poll += poll_every
        events += reader.feed(ch, t)
    while t_poll <= end:
        events += reader.poll(t_poll)
        t_poll += poll_every
    return events


def codes(events):
    return [e.code for e in events if isinstance(e, Scanned)]


def typed(events):
    return "".join(e.text for e in events if isinstance(e, Typed))


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("terminator", ["\r", "\t", ""])
def test_scanner_burst_with_or_without_terminator(seed, terminator):
    rng = random.Random(seed)
    keys = burst(CODE + terminator, 1.0, rng)
    events = run(WedgeReader(), keys)
    assert codes(events) == [CODE]
    assert typed(events) == ""  # the terminator is swallowed, nothing reaches the search box


def test_two_codes_back_to_back_without_terminator():
    rng = random.Random(1)
    other = "1ABC9XYZWV8RSTQPNM"
    events = run(WedgeReader(), burst(CODE, 1.0, rng) + burst(other, 1.5, rng))
    assert codes(events) == [CODE, other]


def test_person_typing_hel_slowly_is_not_a_code():
    rng = random.Random(2)
    events = run(WedgeReader(), human("hel", 0.0, rng))
    assert codes(events) == []
    assert typed(events) == "hel"


def test_person_typing_a_long_word_slowly_is_not_a_code():
    rng = random.Random(3)
    events = run(WedgeReader(), human("lefevre helene\r", 0.0, rng))
    assert codes(events) == []
    assert typed(events) == "lefevre helene\r"


def test_person_typing_then_a_scanner_burst():
    rng = random.Random(4)
    keys = human("ben", 0.0, rng)
    keys += burst(CODE + "\r", keys[-1][1] + 0.12, rng)
    events = run(WedgeReader(), keys)
    assert typed(events) == "ben"
    assert codes(events) == [CODE]
    assert isinstance(events[0], Typed) and isinstance(events[-1], Scanned)  # order kept


def test_fast_rollover_of_a_few_keys_is_still_typing():
    # a quick typist hits two or three keys within 30 ms now and then
    keys = [("a", 0.0), ("l", 0.025), ("a", 0.045), ("o", 0.2), ("u", 0.35)]
    events = run(WedgeReader(), keys)
    assert codes(events) == [] and typed(events) == "alaou"


def test_burst_without_terminator_waits_for_the_quiet_gap():
    reader = WedgeReader(quiet=0.06)
    t = 0.0
    for ch in CODE:
        assert reader.feed(ch, t) == []
        t += 0.01
    last = t - 0.01
    assert reader.poll(last + 0.03) == []  # a scanner may still be typing
    assert reader.pending
    assert reader.poll(last + 0.061) == [Scanned(CODE, 0.0, last)]
    assert not reader.pending


def test_slow_enter_after_a_flushed_burst_is_swallowed():
    reader = WedgeReader()
    t = 0.0
    for ch in CODE:
        reader.feed(ch, t)
        t += 0.01
    assert codes(reader.poll(t + 0.06)) == [CODE]
    assert reader.feed("\r", t + 0.065) == []
    # but an Enter pressed by a person much later goes through
    assert reader.feed("\r", t + 2.0) == [Typed("\r")]


def test_short_fast_burst_is_typing():
    keys = [(ch, i * 0.01) for i, ch in enumerate("abc")] + [("\r", 0.03)]
    events = run(WedgeReader(min_length=6), keys)
    assert codes(events) == [] and typed(events) == "abc\r"


def test_bad_settings_are_rejected():
    with pytest.raises(ValueError):
        WedgeReader(max_gap=0.1, quiet=0.05)
