"""Authentication backend that refuses logins of locked-out accounts and addresses."""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' check, for logins that come with a request.

    Every login form passes the request; code that authenticates without one (the test
    client's `login`, management commands) is no login attempt from the network, and axes
    would refuse it outright.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
