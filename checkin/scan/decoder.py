"""QR decoding of camera frames and images with zxing-cpp."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import zxingcpp


def decode_frame(frame: np.ndarray) -> list[str]:
    """Every QR code's text in a frame (BGR or grayscale numpy array)."""
    if frame.ndim == 3:
        import cv2

        frame = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    results = zxingcpp.read_barcodes(
        frame, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain
    )
    return [r.text for r in results if r.valid]


def decode_image(path: str | Path) -> list[str]:
    """Every QR code's text in an image file."""
    import cv2

    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise ValueError(f"{path}: not an image that can be read")
    return decode_frame(image)
