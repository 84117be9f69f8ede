"""Site pages of the reporting round: the secretariat's completeness grid and its downloads; mail settings."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Profile
from accounts.policy import can_follow_round
from accounts.services import profile_set_reminders
from core.years import FIRST_YEAR, LAST_YEAR
from measures.rounds import current_round, round_grid
from measures.rounds_export import grid_csv, grid_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _grid_or_404(request: HttpRequest, year: int):
    if not can_follow_round(request.user):
        raise PermissionDenied
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404(_("No reporting round is recorded for %(year)s.") % {"year": year})
    # Every year has a round: one not opened yet has the default expectations and no deadline.
    return round_grid(year)


@login_required
def round_current(request: HttpRequest) -> HttpResponse:
    if not can_follow_round(request.user):
        raise PermissionDenied
    reporting_round = current_round()
    if reporting_round is None:
        return render(request, "portal/round_detail.html", {"grid": None})
    return redirect("portal:round_detail", year=reporting_round.year)


@login_required
def round_detail(request: HttpRequest, year: int) -> HttpResponse:
    grid = _grid_or_404(request, year)
    return render(
        request,
        "portal/round_detail.html",
        {"grid": grid, "rows": grid.rows(), "counts": grid.counts(), "missing": grid.missing_reporters()},
    )


@login_required
def round_csv(request: HttpRequest, year: int) -> HttpResponse:
    grid = _grid_or_404(request, year)
    response = HttpResponse(grid_csv(grid), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="round-{year}.csv"'
    return response


@login_required
def round_xlsx(request: HttpRequest, year: int) -> HttpResponse:
    grid = _grid_or_404(request, year)
    response = HttpResponse(grid_xlsx(grid), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="round-{year}.xlsx"'
    return response


class MailSettingsForm(forms.Form):
    reminders = forms.BooleanField(
        label=gettext_lazy("Mail me reminders before a round's deadline while results of mine are missing"),
        required=False,
    )


@login_required
def account_settings(request: HttpRequest) -> HttpResponse:
    profile = Profile.objects.filter(user=request.user).first()
    if request.method == "POST":
        form = MailSettingsForm(request.POST)
        if form.is_valid():
            profile_set_reminders(user=request.user, reminders=form.cleaned_data["reminders"])
            messages.success(request, _("Your mail settings are saved."))
            return redirect("portal:account_settings")
    else:
        form = MailSettingsForm(initial={"reminders": profile.reminders if profile else True})
    return render(request, "portal/account_settings.html", {"form": form})
