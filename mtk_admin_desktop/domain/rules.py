"""The guideline's rules (shared/RULES.md) by id, each with a title and the guideline's own words.

Findings name their rule; the UI shows the quote beside the finding so people learn the rule. The
quotes are written here in English and translated in the catalogues: the bokmål catalogue carries the
guideline's original wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text

_CTX = "Rules"


@dataclass(frozen=True)
class Rule:
    """One numbered rule: id, short title, and the guideline's words."""

    id: str
    title: str
    quote: str

    def title_text(self) -> Text:
        return Text(_CTX, self.title)

    def quote_text(self) -> Text:
        return Text(_CTX, self.quote)


_RULES = [
    Rule("R1", QT_TRANSLATE_NOOP("Rules", "The municipality's accounts"),
         QT_TRANSLATE_NOOP("Rules", "The municipality's accounts: the website, the Facebook main page "
                                    "and the Facebook pages of units and departments.")),
    Rule("R2", QT_TRANSLATE_NOOP("Rules", "Website counterpart"),
         QT_TRANSLATE_NOOP("Rules", "Information posted on Facebook shall as a main rule always also be "
                                    "posted as a news item on the website. This also applies the other "
                                    "way round.")),
    Rule("R3", QT_TRANSLATE_NOOP("Rules", "Editorial responsibility"),
         QT_TRANSLATE_NOOP("Rules", "Every public channel on behalf of Midt-Telemark kommune is in "
                                    "principle under the editorial responsibility of the chief municipal "
                                    "executive; the head of Communication and Service is web editor.")),
    Rule("R4", QT_TRANSLATE_NOOP("Rules", "Monthly review"),
         QT_TRANSLATE_NOOP("Rules", "Feel free to review your pages once a month.")),
    Rule("R5", QT_TRANSLATE_NOOP("Rules", "Access and changes"),
         QT_TRANSLATE_NOOP("Rules", "If you want access, contact the service office by e-mail or phone "
                                    "(35 05 90 00, post@mt.kommune.no).")),
    Rule("R6", QT_TRANSLATE_NOOP("Rules", "One main page"),
         QT_TRANSLATE_NOOP("Rules", "The municipality communicates first of all through the main page.")),
    Rule("R7.1", QT_TRANSLATE_NOOP("Rules", "Main administrator"),
         QT_TRANSLATE_NOOP("Rules", "The page must have a main administrator.")),
    Rule("R7.2", QT_TRANSLATE_NOOP("Rules", "Notice to the service office"),
         QT_TRANSLATE_NOOP("Rules", "Send an e-mail to post@mt.kommune.no saying that the page has been "
                                    "created, what it is called and who is main administrator.")),
    Rule("R7.3", QT_TRANSLATE_NOOP("Rules", "Purpose and target group"),
         QT_TRANSLATE_NOOP("Rules", "Define the purpose of the page: who is your target group, who does it "
                                    "speak to?")),
    Rule("R7.4", QT_TRANSLATE_NOOP("Rules", "Activity plan"),
         QT_TRANSLATE_NOOP("Rules", "Have a plan for activity: what is to be published, how often and by "
                                    "whom.")),
    Rule("R7.5", QT_TRANSLATE_NOOP("Rules", "Follow up activity"),
         QT_TRANSLATE_NOOP("Rules", "Posts that break the law or the guideline shall be documented, "
                                    "removed and archived in the archive system.")),
    Rule("R7.6", QT_TRANSLATE_NOOP("Rules", "Send on to Communication"),
         QT_TRANSLATE_NOOP("Rules", "Consider whether the material should be sent on to the municipality's "
                                    "communication department if it could interest more residents.")),
    Rule("R7.7", QT_TRANSLATE_NOOP("Rules", "Visual profile"),
         QT_TRANSLATE_NOOP("Rules", "Use the municipality's logo and colours according to the visual "
                                    "profile.")),
    Rule("R8", QT_TRANSLATE_NOOP("Rules", "On behalf of the chief executive"),
         QT_TRANSLATE_NOOP("Rules", "Comments and remarks from main administrators, administrators and "
                                    "editors are made on behalf of the chief municipal executive, also "
                                    "on unit pages.")),
    Rule("R9", QT_TRANSLATE_NOOP("Rules", "Administrator duties"),
         QT_TRANSLATE_NOOP("Rules", "As administrator you are responsible for privacy, information security, "
                                    "archiving, rights to images and illustrations, and universal design.")),
    Rule("R10", QT_TRANSLATE_NOOP("Rules", "Who may publish"),
         QT_TRANSLATE_NOOP("Rules", "Only appointed main administrators, administrators and editors shall "
                                    "publish, reply and comment on behalf of the unit.")),
    Rule("R11", QT_TRANSLATE_NOOP("Rules", "Number of news items"),
         QT_TRANSLATE_NOOP("Rules", "On the municipality's main Facebook page, as a main rule no more "
                                    "than 7-10 news items a week (two per working day), including film "
                                    "and picture news.")),
    Rule("R12", QT_TRANSLATE_NOOP("Rules", "Universal design"),
         QT_TRANSLATE_NOOP("Rules", "Everything published must be correct with regard to the law on "
                                    "universal design of ICT.")),
    Rule("R12.1", QT_TRANSLATE_NOOP("Rules", "Alternative text"),
         QT_TRANSLATE_NOOP("Rules", "Images need an alternative text that describes them.")),
    Rule("R12.2", QT_TRANSLATE_NOOP("Rules", "Text in images"),
         QT_TRANSLATE_NOOP("Rules", "Avoid text in images; text in an image must also be in the "
                                    "alternative text or the post.")),
    Rule("R12.3", QT_TRANSLATE_NOOP("Rules", "Captions and transcripts"),
         QT_TRANSLATE_NOOP("Rules", "Pre-recorded video must be captioned, and audio needs a text "
                                    "alternative.")),
    Rule("R12.4", QT_TRANSLATE_NOOP("Rules", "Link text"),
         QT_TRANSLATE_NOOP("Rules", "Link text must say where the link goes.")),
    Rule("R12.5", QT_TRANSLATE_NOOP("Rules", "Emoji"),
         QT_TRANSLATE_NOOP("Rules", "Screen readers read emoji aloud: use few, and not inside sentences.")),
    Rule("R12.6", QT_TRANSLATE_NOOP("Rules", "Hashtags"),
         QT_TRANSLATE_NOOP("Rules", "Hashtags of several words are read better with a capital letter for "
                                    "each word (CamelCase).")),
    Rule("R12.7", QT_TRANSLATE_NOOP("Rules", "Linked documents"),
         QT_TRANSLATE_NOOP("Rules", "Documents linked from posts must be universally designed too.")),
    Rule("R13", QT_TRANSLATE_NOOP("Rules", "Deleting comments"),
         QT_TRANSLATE_NOOP("Rules", "Deleting comments should only be done in extraordinary cases, if "
                                    "they contain personal attacks, name third parties or break "
                                    "Norwegian law. The main administrator deletes and follows up. "
                                    "Deleted posts shall be archived.")),
    Rule("R14", QT_TRANSLATE_NOOP("Rules", "Archiving"),
         QT_TRANSLATE_NOOP("Rules", "Posts meant as case processing or that have documentation value must be "
                                    "archived.")),
    Rule("R15", QT_TRANSLATE_NOOP("Rules", "No case processing"),
         QT_TRANSLATE_NOOP("Rules", "There shall NOT be case processing on social media. Remember the "
                                    "duty of confidentiality!")),
    Rule("R16", QT_TRANSLATE_NOOP("Rules", "Crisis"),
         QT_TRANSLATE_NOOP("Rules", "In a crisis, communication shall go through the municipality's crisis "
                                    "management.")),
    Rule("R17", QT_TRANSLATE_NOOP("Rules", "Clearance"),
         QT_TRANSLATE_NOOP("Rules", "Never create pages or groups on social media on behalf of Midt-Telemark "
                                    "kommune without clearing it with the administration.")),
    Rule("R18", QT_TRANSLATE_NOOP("Rules", "Closed groups"),
         QT_TRANSLATE_NOOP("Rules", "Closed groups of more than 20-30 people are legally public groups.")),
    Rule("R19", QT_TRANSLATE_NOOP("Rules", "TikTok and Telegram"),
         QT_TRANSLATE_NOOP("Rules", "In Midt-Telemark kommune it is forbidden to install and use the "
                                    "apps TikTok and Telegram on phones that are the municipality's "
                                    "property, and for work information on private phones.")),
    Rule("R20", QT_TRANSLATE_NOOP("Rules", "Private use"),
         QT_TRANSLATE_NOOP("Rules", "Think through whether what you write can have unintended "
                                    "consequences for yourself or the municipality.")),
]

RULES: dict[str, Rule] = {r.id: r for r in _RULES}


def rule(rule_id: str) -> Rule:
    """The rule with this id; a sub-rule without its own entry falls back to its parent (R12.9 → R12)."""
    if rule_id in RULES:
        return RULES[rule_id]
    parent = rule_id.split(".")[0]
    return RULES[parent]


def rule_quote(rule_id: str) -> Text:
    """The guideline's words for a rule, as translatable text."""
    return rule(rule_id).quote_text()
