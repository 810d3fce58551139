"""Not Alone: an offline desktop companion that helps parents keep their children safe online."""

__version__ = "0.1.0"
APP_NAME = "Not Alone"
APP_ID = "notalone-desktop"
