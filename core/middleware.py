"""Response headers that hold for every page: nothing a logged-in user sees is kept in a cache."""

from django.utils.cache import add_never_cache_headers


class NoStoreForLoggedInMiddleware:
    """`Cache-Control: no-store` on every response to a logged-in user.

    The pages show unpublished figures and the draft PDFs hold them: neither a shared proxy
    nor the browser's cache (the back button on a shared computer) may keep a copy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response
