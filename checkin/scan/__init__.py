"""Scanning: frame sources, QR decoding, debounce, keyboard-wedge scanners."""
