"""The camera worker on its thread, fed a generated badge video through the real cv2.VideoCapture."""

from __future__ import annotations

from PySide6.QtCore import QThread

from checkin.ui.camera_worker import CameraController, CameraWorker, default_opener


def forge(code: str) -> str:
    from checkin.codes import ALPHABET

    return code[:-1] + ALPHABET[(ALPHABET.index(code[-1]) + 1) % len(ALPHABET)]


def start(qtbot, worker):
    controller = CameraController()
    seen, frames, errors, oks, threads = [], [], [], [], []

    def connect(w):
        w.code_seen.connect(lambda code, t: seen.append((code, t)))
        w.frame_ready.connect(lambda image, outlines: frames.append((image, outlines)))
        w.camera_error.connect(errors.append)
        w.camera_ok.connect(lambda: oks.append(True))
        # a direct connection runs in the emitting thread: proves where the signal fires
        from PySide6.QtCore import Qt

        w.code_seen.connect(lambda *_: threads.append(QThread.currentThread()), Qt.ConnectionType.DirectConnection)

    controller.start(worker, connect)
    return controller, seen, frames, errors, oks, threads


def test_each_badge_once_in_order_with_outlined_preview(qtbot, qapp, event_store, badge_video):
    helene, john = event_store.people["Hélène"], event_store.people["John"]
    video = badge_video([(helene.code, "Helene"), (forge(john.code), "Forged"), (john.code, "John")],
                        seconds=1.5)
    worker = CameraWorker(default_opener(str(video), loop=False), realtime=False, stop_at_end=True,
                          preview_fps=0)
    controller, seen, frames, errors, oks, threads = start(qtbot, worker)
    with qtbot.waitSignal(worker.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    controller.stop()
    assert [c for c, _t in seen] == [helene.code, forge(john.code), john.code]
    assert all(b > a for (_, a), (_, b) in zip(seen, seen[1:]))  # media times, in order
    assert errors == [] and oks == [True]
    assert all(t is not qapp.thread() for t in threads)  # fired on the worker thread
    outlined = [o for _img, o in frames if o]
    assert outlined and len(outlined[0][0]) == 4
    image = frames[0][0]
    assert 0 < image.width() <= 640  # a downscaled preview, not the full frame


def test_missing_camera_is_reported_and_retried_until_it_appears(qtbot, tmp_path, event_store, badge_video):
    target = tmp_path / "later.avi"
    worker = CameraWorker(default_opener(str(target), loop=False), realtime=False, retry_seconds=0.1,
                          stop_at_end=True)
    controller, seen, frames, errors, oks, _ = start(qtbot, worker)
    qtbot.waitUntil(lambda: len(errors) >= 1, timeout=5000)
    assert "later.avi" in errors[0]
    assert oks == []
    # "plug it in": the source appears; the worker picks it up by itself
    badge_video([(event_store.people["Paul"].code, "Paul")], name="later.avi")
    qtbot.waitUntil(lambda: bool(oks) and bool(seen), timeout=15000)
    controller.stop()
    assert seen[0][0] == event_store.people["Paul"].code


def test_stop_is_a_flag_and_a_wait(qtbot, event_store, badge_video):
    video = badge_video([(event_store.people["Amina"].code, "Amina")])
    worker = CameraWorker(default_opener(str(video), loop=True), realtime=True)
    controller, seen, frames, errors, oks, _ = start(qtbot, worker)
    qtbot.waitUntil(lambda: bool(oks), timeout=10000)
    thread = controller.thread
    controller.stop()
    assert controller.thread is None and not thread.isRunning()  # stopped by flag + wait, not terminate
    assert controller.worker is None and not controller.running


def test_a_source_that_hangs_past_the_wait_is_not_destroyed_while_running(qtbot):
    import threading

    release, entered = threading.Event(), threading.Event()

    def stuck_opener():  # a driver blocking inside open(), longer than the owner waits
        entered.set()
        release.wait(10)
        return iter(())

    worker = CameraWorker(stuck_opener, realtime=False, retry_seconds=0.05)
    controller, *_ = start(qtbot, worker)
    thread = controller.thread
    qtbot.waitUntil(entered.is_set)
    controller.stop(timeout_ms=50)  # gives up waiting, keeps the thread alive instead of crashing
    assert thread.isRunning() and controller.thread is None
    release.set()
    qtbot.waitUntil(lambda: not controller._lingering, timeout=5000)
