"""What an import did (or would do): counts, row problems, and how the file was read."""

from __future__ import annotations

from dataclasses import dataclass, field


class ImportFileError(Exception):
    """The file as a whole cannot be imported (not text, no name column...); nothing was written."""


@dataclass
class ImportReport:
    """Counts and row-level problems of one import.

    ``problems`` holds ``(line_number, message)`` pairs, line numbers being
    physical lines of the file (1 = first line; quoted newlines counted).
    """

    what: str = "attendees"
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    removed: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    dry_run: bool = False
    source: str = ""  # the registration tool recognised from the headers, if any
    # (line, message) of rows imported but worth a look (a line that was not valid UTF-8...)
    warnings: list[tuple[int, str]] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        """Record a skipped row."""
        self.problems.append((line, message))
        self.skipped += 1

    def summary(self) -> str:
        """One line for people: what was (or would be) done, and how the file was read."""
        verb = "would import" if self.dry_run else "imported"
        layout = {
            "\t": "tab-separated",
            ",": "comma-separated",
            ";": "semicolon-separated",
            "\x1f": "one column",
        }.get(self.delimiter, f"{self.delimiter!r}-separated")
        parts = [
            f"{self.added} added",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{self.skipped} skipped",
        ]
        if self.removed:
            parts.append(f"{self.removed} removed")
        if not self.encoding:
            read = ""
        elif self.delimiter:
            read = f" (read as {self.encoding}, {layout})"
        else:
            read = f" (read as {self.encoding})"
        if self.source:
            read += f"; recognised as {self.source}"
        dry = "; dry run, nothing written" if self.dry_run else ""
        return f"{verb} {self.what}: {', '.join(parts)}{read}{dry}"
