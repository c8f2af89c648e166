"""The few CalDAV requests publishing needs: find or make the calendar, list it, read, put, delete.

Each method is one HTTP request (discovery aside), so a publish's cost can be counted.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit
from xml.sax.saxutils import escape

from ...domain.errors import DelegateAppError
from ...domain.wording import QT_TRANSLATE_NOOP

DAV, CALDAV = "{DAV:}", "{urn:ietf:params:xml:ns:caldav}"
_LIST = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
         "<d:getetag/><d:resourcetype/></d:prop></d:propfind>")
_MULTIGET = ('<?xml version="1.0" encoding="utf-8"?><c:calendar-multiget xmlns:d="DAV:" '
             'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/>'
             "</d:prop>{hrefs}</c:calendar-multiget>")


class PublishError(DelegateAppError):
    """The calendar server could not be reached or refused the request."""


class CalendarGoneError(Exception):
    """The calendar we remembered is no longer on the server."""


class ChangedMeanwhileError(Exception):
    """Someone changed an event on the server between our look and our write."""


def href_key(href: str) -> str:
    """One spelling per resource: servers differ in what they percent-encode."""
    return unquote(urlsplit(href).path)


def without_credentials(server: str) -> str:
    """The address without a ``user:password@`` an officer may have pasted into it: the
    password goes in its own field, and the address is shown in messages and kept in notes."""
    parts = urlsplit(server.strip())
    if "@" not in parts.netloc:
        return server.strip()
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "delegation"


class CalendarServer:
    """One account on one CalDAV server; ``auth`` 'basic' sends the password without a 401 first."""

    def __init__(self, server: str, user: str, password: str, auth: str | None = None) -> None:
        from caldav.davclient import DAVClient  # caldav loads when publishing, not before

        self.server, self.user = server, user
        try:
            self.client = DAVClient(server, username=user, password=password, timeout=20)
        except Exception as exc:
            raise self._refusal(exc) from exc
        if auth == "basic":  # known from an earlier publish: no 401 round trip
            self.client.auth_type = "basic"
            self.client.build_auth_object()

    @property
    def auth(self) -> str | None:
        """'basic' when the server took Basic authentication (worth sending unasked next time)."""
        return "basic" if type(self.client.auth).__name__ == "HTTPBasicAuth" else None

    def _refusal(self, exc: Exception) -> PublishError:
        from caldav.lib import error as caldav_error

        if isinstance(exc, caldav_error.AuthorizationError):
            if getattr(exc, "status", 401) == 403:
                return PublishError(QT_TRANSLATE_NOOP(
                    "delegate_app", "The calendar server does not let {user} write there."),
                    user=self.user)
            return PublishError(QT_TRANSLATE_NOOP(
                "delegate_app", "The calendar server refused the user name or password for "
                "{user}."), user=self.user)
        detail = " ".join(str(exc).split())[:160]
        return PublishError(QT_TRANSLATE_NOOP(
            "delegate_app", "Cannot publish to {server}: {kind}: {detail}"),
            server=self.server, kind=type(exc).__name__, detail=detail)

    def request(self, url: str, method: str, body: str = "",
                headers: dict[str, str] | None = None) -> Any:
        try:
            return self.client.request(url, method, body, headers or {})
        except Exception as exc:  # network, TLS, XML: whatever the server throws, said plainly
            raise self._refusal(exc) from exc

    def find(self, name: str) -> str | None:
        """The address of the account's calendar shown as ``name``, if there is one."""
        try:
            for existing in self.client.principal().calendars():
                if existing.get_display_name() == name:
                    return str(existing.url)
        except Exception as exc:
            raise self._refusal(exc) from exc
        return None

    def make(self, name: str) -> str:
        try:
            return str(self.client.principal().make_calendar(name=name, cal_id=_slug(name)).url)
        except Exception as exc:
            raise self._refusal(exc) from exc

    def contents(self, calendar_url: str) -> dict[str, tuple[str, str]]:
        """Every object in the calendar: {href key: (href as sent, ETag)}, in one request."""
        answer = self.request(calendar_url, "PROPFIND", _LIST,
                              {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
        if answer.status == 404:
            raise CalendarGoneError(calendar_url)
        self._expect(answer, 207)
        own = href_key(calendar_url).rstrip("/")
        found = {}
        for response in answer.tree.iter(f"{DAV}response"):
            href = response.findtext(f"{DAV}href") or ""
            if href_key(href).rstrip("/") == own or response.find(
                    f".//{DAV}resourcetype/{DAV}collection") is not None:
                continue
            found[href_key(href)] = (href, response.findtext(f".//{DAV}getetag") or "")
        return found

    def read(self, calendar_url: str, hrefs: list[str]) -> dict[str, tuple[str, str]]:
        """The iCalendar text of the objects named, in one request: {href key: (ETag, text)}."""
        if not hrefs:
            return {}
        body = _MULTIGET.format(hrefs="".join(f"<d:href>{escape(h)}</d:href>" for h in hrefs))
        answer = self.request(calendar_url, "REPORT", body,
                              {"Content-Type": "application/xml; charset=utf-8"})
        if answer.status == 404:
            raise CalendarGoneError(calendar_url)
        self._expect(answer, 207)
        return {href_key(r.findtext(f"{DAV}href") or ""): (
            r.findtext(f".//{DAV}getetag") or "", r.findtext(f".//{CALDAV}calendar-data") or "")
            for r in answer.tree.iter(f"{DAV}response")}

    def put(self, calendar_url: str, href: str, text: str, etag: str | None) -> str | None:
        """Create (``etag`` None) or replace the object; returns its new ETag if the server says."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        answer = self.request(urljoin(calendar_url, href), "PUT", text, headers)
        if answer.status == 412:
            raise ChangedMeanwhileError(href)
        self._expect(answer, 200, 201, 204)
        return answer.headers.get("ETag") or None

    def delete(self, calendar_url: str, href: str, etag: str) -> None:
        headers = {"If-Match": etag} if etag else {}
        answer = self.request(urljoin(calendar_url, href), "DELETE", "", headers)
        if answer.status == 412:
            raise ChangedMeanwhileError(href)
        if answer.status != 404:  # already gone is what we wanted
            self._expect(answer, 200, 202, 204)

    def _expect(self, answer: Any, *statuses: int) -> None:
        if answer.status not in statuses:
            raise PublishError(QT_TRANSLATE_NOOP(
                "delegate_app", "The calendar server answered {status}."),
                status=f"{answer.status} {answer.reason or ''}".rstrip())
