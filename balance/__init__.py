"""Partner Balance: the time, money and energy you and your partners put in."""

__version__ = "0.1.0"
