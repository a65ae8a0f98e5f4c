"""Many stations, no server: station packages, journals, merging and folder sync (no Qt).

* ``journal``   – the journal file format (docs/sync-format.md);
* ``exchange``  – writing this station's journal, merging others';
* ``folder``    – keeping a shared folder (Syncthing, a USB stick, a share) in step;
* ``package``   – station packages: what a laptop needs to join the event;
* ``conflicts`` – what the merge shows the organisers (double admissions, clocks…).
"""
