<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The data on this computer was written by a newer version of MTK Admin Desktop. Install the newest version; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Guideline and advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think through whether what you write can have unintended consequences for yourself or the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never create pages or groups on social media on behalf of Midt-Telemark kommune, with or without the municipality&apos;s logo, without clearing it with the administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you join groups or &quot;like&quot; pages on social media, consider whether it can conflict with your role as a municipal employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the duty of confidentiality! We do not process cases on social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything written in closed groups must bear the light of publicity. Closed groups of more than 20-30 people are legally public groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get far by using common sense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is forbidden to install and use TikTok and Telegram on the municipality&apos;s phones, and on private phones with work information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the service office: phone %1, e-mail %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new item on the current tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline and &amp;advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Midt-Telemark kommune&apos;s guideline for social media, as a tool for the people who run the municipality&apos;s pages.&lt;/p&gt;&lt;p&gt;Data: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The municipality&apos;s accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s accounts: the website, the Facebook main page and the Facebook pages of units and departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information posted on Facebook shall as a main rule always also be posted as a news item on the website. This also applies the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editorial responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every public channel on behalf of Midt-Telemark kommune is in principle under the editorial responsibility of the chief municipal executive; the head of Communication and Service is web editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel free to review your pages once a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you want access, contact the service office by e-mail or phone (35 05 90 00, post@mt.kommune.no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One main page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality communicates first of all through the main page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page must have a main administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the service office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an e-mail to post@mt.kommune.no saying that the page has been created, what it is called and who is main administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the purpose of the page: who is your target group, who does it speak to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a plan for activity: what is to be published, how often and by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts that break the law or the guideline shall be documented, removed and archived in the archive system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send on to Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider whether the material should be sent on to the municipality&apos;s communication department if it could interest more residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the municipality&apos;s logo and colours according to the visual profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of the chief executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and remarks from main administrators, administrators and editors are made on behalf of the chief municipal executive, also on unit pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As administrator you are responsible for privacy, information security, archiving, rights to images and illustrations, and universal design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only appointed main administrators, administrators and editors shall publish, reply and comment on behalf of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of news items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the municipality&apos;s main Facebook page, as a main rule no more than 7-10 news items a week (two per working day), including film and picture news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything published must be correct with regard to the law on universal design of ICT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images need an alternative text that describes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid text in images; text in an image must also be in the alternative text or the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions and transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-recorded video must be captioned, and audio needs a text alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link text must say where the link goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen readers read emoji aloud: use few, and not inside sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags of several words are read better with a capital letter for each word (CamelCase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents linked from posts must be universally designed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting comments should only be done in extraordinary cases, if they contain personal attacks, name third parties or break Norwegian law. The main administrator deletes and follows up. Deleted posts shall be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts meant as case processing or that have documentation value must be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There shall NOT be case processing on social media. Remember the duty of confidentiality!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a crisis, communication shall go through the municipality&apos;s crisis management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never create pages or groups on social media on behalf of Midt-Telemark kommune without clearing it with the administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed groups of more than 20-30 people are legally public groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok and Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Midt-Telemark kommune it is forbidden to install and use the apps TikTok and Telegram on phones that are the municipality&apos;s property, and for work information on private phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think through whether what you write can have unintended consequences for yourself or the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief municipal executive (kommunedirektør)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web editor (nettredaktør)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (bokmål unless the computer uses nynorsk or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when the application is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
