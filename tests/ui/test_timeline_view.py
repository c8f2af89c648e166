"""The timeline reads well: it opens on the working day, its day headers stay in view while
the hours scroll, and the zone legend sits beside them without covering a day's title."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from delegate_app.ui.delegation.timeline import GUTTER, HOUR, WORKING_DAY_STARTS
from delegate_app.ui.main_window import MainWindow


def test_timeline_opens_on_the_working_day_with_sticky_headers(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    page = window.show_page("delegations")
    tab = page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))
    tab.tabs.setCurrentWidget(tab.timeline)
    view = tab.timeline
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    top = view.mapToScene(0, 0).y()
    assert abs(top - WORKING_DAY_STARTS * HOUR) < HOUR  # 07:00, not midnight
    header = view.header
    assert header is not None and abs(header.y() - top) < 1  # pinned to the top
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert abs(header.y() - view.mapToScene(0, 0).y()) < 1  # still there after scrolling
    caption, *titles = sorted(header.childItems(), key=lambda i: i.x())
    assert caption.x() + caption.boundingRect().width() <= GUTTER  # beside, not over
    assert all(t.x() >= GUTTER for t in titles)
    assert len(titles) == len(view.days)
