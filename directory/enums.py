from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    JAPAN = "JP", _("Japan")
    CAMBODIA = "KH", _("Cambodia")
    OTHER = "XX", _("Other country")


class OrganisationKind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry or national government")
    LOCAL_GOVERNMENT = "local_government", _("Prefecture or local government")
    EMBASSY = "embassy", _("Embassy")
    AGENCY = "agency", _("Development agency")
    ASSOCIATION = "association", _("Friendship association or NPO")
    COMPANY = "company", _("Company")
    SCHOOL = "school", _("School or university")
    OTHER = "other", _("Other")
