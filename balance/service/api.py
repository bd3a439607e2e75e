"""The one object both faces hold: every use case on one database."""

from __future__ import annotations

from balance.service.directory import DirectoryOps
from balance.service.talks import TalkOps
from balance.service.transfer import TransferOps
from balance.service.values import ValueOps


class Service(DirectoryOps, TalkOps, TransferOps, ValueOps):
    """The operations both faces offer, on one database."""
