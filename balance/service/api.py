"""The one object both faces hold: every use case on one database."""

from __future__ import annotations

from balance.service.agreements import AgreementOps
from balance.service.changes import ChangeOps
from balance.service.directory import DirectoryOps
from balance.service.manage import ManageOps
from balance.service.transfer import TransferOps
from balance.service.values import ValueOps


class Service(DirectoryOps, AgreementOps, TransferOps, ChangeOps, ManageOps, ValueOps):
    """The operations both faces offer, on one database."""
