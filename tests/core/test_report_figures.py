"""The report's figures: equal to stats, stays from exit scans, organisations, station throughput."""

from __future__ import annotations

from datetime import datetime, timedelta

from checkin.exporters import event_stats
from checkin.report.figures import peak_per_minute, report_figures


def test_figures_take_their_counts_from_stats(report_store):
    fig = report_figures(report_store)
    stats = event_stats(report_store)
    fig.stats.pop("present"), stats.pop("present")
    assert fig.stats == stats
    assert (stats["registered"], stats["cancelled"], stats["checked_in"], stats["no_shows"]) == (6, 1, 5, 1)
    # one day, first arrivals per quarter hour, the undone check-in of Paul not counted
    assert fig.days == {"2027-03-17": [("08:15", 3), ("08:30", 1), ("09:00", 1)]}


def test_session_stays_are_medians_of_exit_scans(report_store):
    sessions = {s.title: s for s in report_figures(report_store).sessions}
    opening, table = sessions["Opening"], sessions["Round table"]
    assert (opening.attended, opening.capacity, opening.stays, opening.median_stay_minutes) == (3, 4, 2, 40)
    assert (table.attended, table.allowed, table.restricted, table.median_stay_minutes) == (1, 2, True, None)


def test_organisations_rank_by_arrivals_and_sum_the_rest(report_store):
    fig = report_figures(report_store, top=2)
    assert [(o.name, o.registered, o.arrived) for o in fig.organisations] == [
        ("ILO", 2, 2), ("Ministère de l'Emploi", 1, 1)]
    # the rest: the Arabic ministry (1/1), no organisation (Zoë 1/1), Le Matin (Paul, undone: 1/0)
    assert (fig.other_organisations.registered, fig.other_organisations.arrived) == (3, 2)
    assert fig.organisation_count == 3  # "" is not an organisation


def test_station_throughput(report_store):
    stations = {s.station: s for s in report_figures(report_store).stations}
    # Desk 1: three scans within 45 s; Desk 2 counts the undone scan too (a desk handled it)
    assert (stations["Desk 1"].checkins, stations["Desk 1"].peak_per_minute) == (3, 3)
    desk = stations["Desk 1"]
    assert (desk.busiest_quarter, desk.busiest_quarter_count) == ("2027-03-17 08:15", 3)
    assert (stations["Desk 2"].checkins, stations["Desk 2"].peak_per_minute) == (3, 2)
    assert stations["Desk 2"].busiest_quarter == "2027-03-17 08:30"
    assert stations["Hall"].checkins == 5


def test_peak_per_minute_is_a_sliding_window():
    t = datetime(2027, 3, 17, 8, 0, 50)
    moments = [t, t + timedelta(seconds=20), t + timedelta(seconds=40), t + timedelta(seconds=61)]
    assert peak_per_minute(moments) == 3  # 08:00:50-08:01:30 straddles two calendar minutes
    assert peak_per_minute([]) == 0
