"""Nobody reaches anything without logging in: every URL sends an anonymous visitor to the login page."""

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

from measures.models import Event, Operation, YearLock
from programmes.models import LegalInstrument, MemberState, Programme
from tests.urlwalk import walk_urls

# The only URLs an anonymous visitor may use, each for a reason:
EXEMPT_NAMES = {
    "admin:login",  # the login page itself
    "login",  # the site's login page
    "logout",  # logging out shows or changes nothing of the data
    "set_language",  # the login page's language switch: sets a cookie, shows nothing
}


def _login_paths() -> set[str]:
    return {reverse("admin:login"), resolve_url(settings.LOGIN_URL)}


def _protected_urls():
    return [
        url
        for url in walk_urls()
        if url.name not in EXEMPT_NAMES and not url.path.startswith("/" + settings.STATIC_URL.lstrip("/"))
    ]


def _ends_at_login(response) -> bool:
    return bool(response.redirect_chain) and response.request["PATH_INFO"] in _login_paths()


def _anonymous_leaks(client, urls) -> list[str]:
    leaks = []
    for url in urls:
        response = client.get(url.path, follow=True)
        if response.status_code == 405:
            # POST-only endpoints: the POST must be refused too.
            response = client.post(url.path, follow=True)
        if not _ends_at_login(response):
            leaks.append(f"{url}: {response.status_code}, ended at {response.request['PATH_INFO']}")
    return leaks


@pytest.mark.django_db
def test_every_url_redirects_anonymous_visitors_to_login(client):
    """Each page and endpoint, with plausible keys, answers an anonymous visitor with the login page."""
    urls = _protected_urls()
    assert len(urls) > 50, "the walk found too few URLs: is the admin still included?"
    assert _anonymous_leaks(client, urls) == []


@pytest.mark.django_db
@pytest.mark.urls("tests.urls_with_public_page")
def test_a_page_without_login_is_reported(client):
    """The walk catches a page that forgot its login check, with its path and name."""
    leaks = _anonymous_leaks(client, _protected_urls())
    assert leaks == ["/public/1/ (forgot-login): 200, ended at /public/1/"]


@pytest.mark.django_db
def test_the_walk_covers_every_application():
    """The walk reaches the admin pages of every project app, so new pages cannot slip past it."""
    paths = {url.path for url in walk_urls()}
    for model in (MemberState, Programme, LegalInstrument, Operation, Event, YearLock):
        assert f"/admin/{model._meta.app_label}/{model._meta.model_name}/" in paths
    assert "/admin/measures/result/1/change/" in paths
    assert "/admin/measures/result/1/history/1/" in paths


def test_the_login_page_is_reachable_anonymously(client, db):
    """The one page an anonymous visitor gets is the login page (without a redirect loop)."""
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
