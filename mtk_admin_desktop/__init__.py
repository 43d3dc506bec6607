"""MTK Admin Desktop: Midt-Telemark kommune's social media guideline as a desktop tool."""

__version__ = "0.1.0"
APP_NAME = "MTK Admin Desktop"
ORG_NAME = "Midt-Telemark kommune"
APP_ID = "mtk-admin-desktop"
