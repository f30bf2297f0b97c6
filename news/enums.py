from django.db import models
from django.utils.translation import gettext_lazy as _


class Sector(models.TextChoices):
    """Sectors an agreement (MoU, exchange of notes) can cover; used as a news filter."""

    GOVERNMENT = "government", _("E-government and digital")
    WATER = "water", _("Water supply and sanitation")
    TRANSPORT = "transport", _("Roads, ports and transport")
    ENERGY = "energy", _("Energy")
    FINANCE = "finance", _("Finance and payments")
    LABOUR = "labour", _("Labour and vocational training")
    EDUCATION = "education", _("Education and scholarships")
    MINE_ACTION = "mine_action", _("Mine action")
    OTHER = "other", _("Other")
