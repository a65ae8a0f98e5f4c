"""Row identifiers: UUIDv7, time first, so one desk's ids sort together (checkin.store.ids)."""

import uuid

from checkin.store.ids import new_id


def test_an_id_is_a_version_7_uuid_in_the_form_of_uuid4_hex():
    made = new_id()
    parsed = uuid.UUID(made)
    assert len(made) == 32 and made == made.lower() and parsed.hex == made
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_ids_sort_by_their_millisecond_and_do_not_repeat_within_one():
    ms = 1_790_000_000_000
    same = {new_id(ms * 1_000_000) for _ in range(10_000)}
    assert len(same) == 10_000
    later = new_id((ms + 1) * 1_000_000)
    assert all(later > other for other in same)
    assert int(later[:12], 16) == ms + 1  # the first 48 bits are the Unix time in milliseconds
