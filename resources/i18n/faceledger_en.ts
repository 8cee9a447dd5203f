<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Clipboard</name>
    <message numerus="yes">
        <location filename="../../ui/clipboard.py" line="114"/>
        <source>Clipboard clears in %n second(s)</source>
        <translation>
            <numerusform>Clipboard clears in %n second</numerusform>
            <numerusform>Clipboard clears in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="48"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/due_page.py" line="99"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/due_page.py" line="100"/>
        <source>FaceLedger: a reply is due</source>
        <translation>
            <numerusform>FaceLedger: a reply is due</numerusform>
            <numerusform>FaceLedger: replies are due</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="101"/>
        <source>Due or overdue: %1</source>
        <translation>Due or overdue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="253"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="185"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="186"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="187"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="188"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="189"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="275"/>
        <source>Nothing is due this week.</source>
        <translation>Nothing is due this week.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="131"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="132"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="133"/>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/due_page.py" line="322"/>
        <source>%n request(s) need action this week</source>
        <translation>
            <numerusform>%n request needs action this week</numerusform>
            <numerusform>%n requests need action this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/due_page.py" line="323"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>Wrong passphrase. Check the keyboard layout and Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>The vault file is damaged and cannot be opened. You can open the latest backup.</source>
        <translation>The vault file is damaged and cannot be opened. You can open the latest backup.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>There is no vault file at this place.</source>
        <translation>There is no vault file at this place.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>A file already exists there. Choose another name or place.</source>
        <translation>A file already exists there. Choose another name or place.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>The vault is locked. Unlock it first; nothing was saved.</source>
        <translation>The vault is locked. Unlock it first; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>This vault is already open in another FaceLedger window.</source>
        <translation>This vault is already open in another FaceLedger window.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>This vault was made by a newer FaceLedger. Please update the app.</source>
        <translation>This vault was made by a newer FaceLedger. Please update the app.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Recent changes are missing from the vault file. Open the latest backup.</source>
        <translation>Recent changes are missing from the vault file. Open the latest backup.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>The disk is full. Nothing was changed; free some space and retry.</source>
        <translation>The disk is full. Nothing was changed; free some space and retry.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>Some answers are not valid. Check the marked field.</source>
        <translation>Some answers are not valid. Check the marked field.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>This input is not valid. Check the marked field.</source>
        <translation>This input is not valid. Check the marked field.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>This item no longer exists.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>The rule library could not be loaded.</source>
        <translation>The rule library could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>The letter cannot be written with these choices.</source>
        <translation>The letter cannot be written with these choices.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>This status change is not possible at this point.</source>
        <translation>This status change is not possible at this point.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>The official holiday calendar does not cover this year yet; no due date was guessed.</source>
        <translation>The official holiday calendar does not cover this year yet; no due date was guessed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The case bundle was refused.</source>
        <translation>The case bundle was refused.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>The update was refused; the installed rules stay in use.</source>
        <translation>The update was refused; the installed rules stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>The vault could not be used.</source>
        <translation>The vault could not be used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>The operation could not be completed.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>The file could not be read or written.</source>
        <translation>The file could not be read or written.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>FaceLedger</source>
        <translation>FaceLedger</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</source>
        <translation>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="284"/>
        <source>Add to the timeline</source>
        <translation>Add to the timeline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="299"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="306"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="308"/>
        <source>What they said, who you spoke to…</source>
        <translation>What they said, who you spoke to…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="310"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="311"/>
        <source>Attach scan or screenshot…</source>
        <translation>Attach scan or screenshot…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="312"/>
        <location filename="../../ui/pages/requests_page.py" line="347"/>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="319"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="326"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="327"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="337"/>
        <source>Attach the reply</source>
        <translation>Attach the reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="339"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="340"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <location filename="../../ui/evidence_panel.py" line="139"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="141"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="142"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="176"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="181"/>
        <source>Photos of the gate, the sign (or where it is missing), the consent screen. Drop files here or add them.</source>
        <translation>Photos of the gate, the sign (or where it is missing), the consent screen. Drop files here or add them.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="206"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="208"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="210"/>
        <source>Export a copy…</source>
        <translation>Export a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="212"/>
        <source>Copy SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="214"/>
        <source>For an evidence list: the hash proves the file was not changed.</source>
        <translation>For an evidence list: the hash proves the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="217"/>
        <location filename="../../ui/evidence_panel.py" line="358"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="280"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="281"/>
        <source>Taken: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="282"/>
        <source>unknown (no date in the file)</source>
        <translation>unknown (no date in the file)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="286"/>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="288"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="291"/>
        <source>The picture is too large to show safely; it is kept as it is.</source>
        <translation>The picture is too large to show safely; it is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="297"/>
        <source>The picture cannot be read (damaged or incomplete).</source>
        <translation>The picture cannot be read (damaged or incomplete).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="313"/>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="315"/>
        <source>Pictures and documents</source>
        <translation>Pictures and documents</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="317"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="327"/>
        <source>Reading files…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="354"/>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="355"/>
        <source>Remove this item from the record when you save? It cannot be undone.</source>
        <translation>Remove this item from the record when you save? It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="359"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="390"/>
        <source>The picture cannot be shown.</source>
        <translation>The picture cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="408"/>
        <source>Export a copy</source>
        <translation>Export a copy</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="413"/>
        <source>A copy was saved. It is not encrypted: keep it safe.</source>
        <translation>A copy was saved. It is not encrypted: keep it safe.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="150"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../ui/facts_labels.py" line="16"/>
        <source>Residential compound</source>
        <translation>Residential compound</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="17"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="18"/>
        <source>Shopping mall</source>
        <translation>Shopping mall</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="19"/>
        <source>Shop or supermarket</source>
        <translation>Shop or supermarket</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="20"/>
        <source>Property sales office</source>
        <translation>Property sales office</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="21"/>
        <source>Gym or sports venue</source>
        <translation>Gym or sports venue</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="22"/>
        <source>School or campus</source>
        <translation>School or campus</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="23"/>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="24"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="25"/>
        <source>Station, airport or metro</source>
        <translation>Station, airport or metro</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="26"/>
        <source>Tourist site or park</source>
        <translation>Tourist site or park</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="27"/>
        <source>Hospital or clinic</source>
        <translation>Hospital or clinic</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="28"/>
        <source>Government service hall</source>
        <translation>Government service hall</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="29"/>
        <source>Entertainment venue</source>
        <translation>Entertainment venue</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="30"/>
        <source>Mobile app or website</source>
        <translation>Mobile app or website</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="31"/>
        <source>Street or public place</source>
        <translation>Street or public place</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="32"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="37"/>
        <source>Mainland China</source>
        <translation>Mainland China</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="37"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="42"/>
        <source>Property management company</source>
        <translation>Property management company</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="43"/>
        <source>A business</source>
        <translation>A business</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="44"/>
        <source>My employer</source>
        <translation>My employer</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="45"/>
        <source>A school</source>
        <translation>A school</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="46"/>
        <source>A government body</source>
        <translation>A government body</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="47"/>
        <source>An app operator</source>
        <translation>An app operator</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="48"/>
        <location filename="../../ui/facts_labels.py" line="61"/>
        <location filename="../../ui/facts_labels.py" line="82"/>
        <location filename="../../ui/facts_labels.py" line="91"/>
        <location filename="../../ui/facts_labels.py" line="102"/>
        <location filename="../../ui/facts_labels.py" line="111"/>
        <location filename="../../ui/facts_labels.py" line="119"/>
        <location filename="../../ui/facts_labels.py" line="128"/>
        <location filename="../../ui/facts_labels.py" line="135"/>
        <source>I don&apos;t know</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="54"/>
        <source>A gate or door that opens by face</source>
        <translation>A gate or door that opens by face</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="55"/>
        <source>A check-in or registration terminal</source>
        <translation>A check-in or registration terminal</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="56"/>
        <source>A camera</source>
        <translation>A camera</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="57"/>
        <source>A pay-by-face terminal</source>
        <translation>A pay-by-face terminal</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="58"/>
        <source>Face check in an app</source>
        <translation>Face check in an app</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="59"/>
        <source>A self-service kiosk</source>
        <translation>A self-service kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="60"/>
        <source>Some other way</source>
        <translation>Some other way</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="67"/>
        <source>To let people in or out</source>
        <translation>To let people in or out</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="68"/>
        <source>To check who I am</source>
        <translation>To check who I am</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="69"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="70"/>
        <source>To record attendance</source>
        <translation>To record attendance</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="71"/>
        <source>Marketing or customer analysis</source>
        <translation>Marketing or customer analysis</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="72"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="73"/>
        <source>They did not say</source>
        <translation>They did not say</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="79"/>
        <source>Compared my face with one stored photo (1:1)</source>
        <translation>Compared my face with one stored photo (1:1)</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="80"/>
        <source>Searched my face among many people (1:N)</source>
        <translation>Searched my face among many people (1:N)</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="81"/>
        <source>Only guessed age, gender or mood</source>
        <translation>Only guessed age, gender or mood</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="88"/>
        <source>No, there was no sign</source>
        <translation>No, there was no sign</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="89"/>
        <source>There was one, but it was unclear or hard to see</source>
        <translation>There was one, but it was unclear or hard to see</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="90"/>
        <source>Yes, a clear sign</source>
        <translation>Yes, a clear sign</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="97"/>
        <source>No, nobody asked me</source>
        <translation>No, nobody asked me</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="98"/>
        <source>They took entering or using it as agreement</source>
        <translation>They took entering or using it as agreement</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="99"/>
        <source>It was buried in general terms</source>
        <translation>It was buried in general terms</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="100"/>
        <source>I had to agree, or be refused</source>
        <translation>I had to agree, or be refused</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="101"/>
        <source>Yes, a separate agreement just for my face</source>
        <translation>Yes, a separate agreement just for my face</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="108"/>
        <source>No, there was no other way</source>
        <translation>No, there was no other way</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="109"/>
        <source>I asked for another way and was refused</source>
        <translation>I asked for another way and was refused</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="110"/>
        <source>Yes, another way was offered</source>
        <translation>Yes, another way was offered</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="117"/>
        <location filename="../../ui/facts_labels.py" line="136"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="118"/>
        <location filename="../../ui/facts_labels.py" line="137"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="125"/>
        <source>Nothing unusual</source>
        <translation>Nothing unusual</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="126"/>
        <source>Unlimited time, or consent that cannot be withdrawn</source>
        <translation>Unlimited time, or consent that cannot be withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="127"/>
        <source>They changed the terms on their own</source>
        <translation>They changed the terms on their own</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="186"/>
        <source>Where did this happen?</source>
        <translation>Where did this happen?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="187"/>
        <source>When was your face first taken?</source>
        <translation>When was your face first taken?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="188"/>
        <source>When did you last see it still in use?</source>
        <translation>When did you last see it still in use?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="189"/>
        <source>What kind of place or service was it?</source>
        <translation>What kind of place or service was it?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="190"/>
        <source>What is the place called?</source>
        <translation>What is the place called?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="191"/>
        <source>Which city?</source>
        <translation>Which city?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="192"/>
        <source>Address of the place</source>
        <translation>Address of the place</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="193"/>
        <source>Who runs it? (full name of the company or body)</source>
        <translation>Who runs it? (full name of the company or body)</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="194"/>
        <source>What kind of organisation is that?</source>
        <translation>What kind of organisation is that?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="195"/>
        <source>Its unified social credit code (if you know it)</source>
        <translation>Its unified social credit code (if you know it)</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="196"/>
        <source>Its address</source>
        <translation>Its address</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="197"/>
        <source>Its email</source>
        <translation>Its email</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="198"/>
        <source>Its phone number</source>
        <translation>Its phone number</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="199"/>
        <source>Its personal information protection officer</source>
        <translation>Its personal information protection officer</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="200"/>
        <source>How was your face taken?</source>
        <translation>How was your face taken?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="201"/>
        <source>What did they say it was for?</source>
        <translation>What did they say it was for?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="202"/>
        <source>What did the system do with your face?</source>
        <translation>What did the system do with your face?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="203"/>
        <source>Was there a sign telling you about face recognition?</source>
        <translation>Was there a sign telling you about face recognition?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="204"/>
        <source>Did anyone ask you separately to agree to using your face?</source>
        <translation>Did anyone ask you separately to agree to using your face?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="205"/>
        <source>Could you use a card, code or ID instead?</source>
        <translation>Could you use a card, code or ID instead?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="206"/>
        <source>Were you refused when you did not want to use your face?</source>
        <translation>Were you refused when you did not want to use your face?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="209"/>
        <source>Was it inside a hotel room, bathroom, changing room or toilet?</source>
        <translation>Was it inside a hotel room, bathroom, changing room or toilet?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="210"/>
        <source>Was the person whose face was taken under 14?</source>
        <translation>Was the person whose face was taken under 14?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="211"/>
        <source>Was your face sent off the device, e.g. to a server?</source>
        <translation>Was your face sent off the device, e.g. to a server?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="212"/>
        <source>Was it shared with or sold to others?</source>
        <translation>Was it shared with or sold to others?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="213"/>
        <source>Was it leaked?</source>
        <translation>Was it leaked?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="214"/>
        <source>Did the terms say anything unusual about your face data?</source>
        <translation>Did the terms say anything unusual about your face data?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="215"/>
        <source>Is it over between you (moved out, membership ended, left the job)?</source>
        <translation>Is it over between you (moved out, membership ended, left the job)?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="218"/>
        <source>Did you ever agree to it, even once?</source>
        <translation>Did you ever agree to it, even once?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="219"/>
        <source>Was it used as credit information?</source>
        <translation>Was it used as credit information?</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="220"/>
        <source>Anything else the letter should say (optional)</source>
        <translation>Anything else the letter should say (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="221"/>
        <source>Private notes (never put in letters)</source>
        <translation>Private notes (never put in letters)</translation>
    </message>
</context>
<context>
    <name>GroundsPanel</name>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="28"/>
        <source>Your rights here</source>
        <translation>Your rights here</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="42"/>
        <source>Answer the questions on the left; what applies appears here.</source>
        <translation>Answer the questions on the left; what applies appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="62"/>
        <source>From these answers, no specific problem stands out yet. The general rules below still apply.</source>
        <translation>From these answers, no specific problem stands out yet. The general rules below still apply.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="87"/>
        <source>You can ask for:</source>
        <translation>You can ask for:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/grounds_panel.py" line="94"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/grounds_panel.py" line="96"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="100"/>
        <source>Reply expected within:</source>
        <translation>Reply expected within:</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="142"/>
        <location filename="../../ui/composer/composer_dialog.py" line="350"/>
        <source>Write a letter</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="168"/>
        <source>What you ask for</source>
        <translation>What you ask for</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="194"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="195"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="196"/>
        <source>Reply within</source>
        <translation>Reply within</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="197"/>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="200"/>
        <source>From (you)</source>
        <translation>From (you)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="206"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="207"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="208"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="209"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="230"/>
        <source>Preparing the letter…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="238"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="239"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="240"/>
        <source>Copy e-mail text</source>
        <translation>Copy e-mail text</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="241"/>
        <source>Open in mail app</source>
        <translation>Open in mail app</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="242"/>
        <source>Save .eml…</source>
        <translation>Save .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="243"/>
        <source>Mark as sent…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="245"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="298"/>
        <source>(the handler&apos;s name is not recorded)</source>
        <translation>(the handler&apos;s name is not recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="324"/>
        <location filename="../../ui/composer/composer_dialog.py" line="467"/>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="325"/>
        <location filename="../../ui/composer/composer_dialog.py" line="468"/>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="328"/>
        <source>set by law</source>
        <translation>set by law</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="342"/>
        <source>Suggested by the rules for this record</source>
        <translation>Suggested by the rules for this record</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="358"/>
        <source>Follow-up to %1</source>
        <translation>Follow-up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="363"/>
        <source>Write a follow-up letter</source>
        <translation>Write a follow-up letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="408"/>
        <source>Choose at least one request.</source>
        <translation>Choose at least one request.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="461"/>
        <source>no reply period in this letter</source>
        <translation>no reply period in this letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="471"/>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="473"/>
        <source>Fill in by hand before sending: %1</source>
        <translation>Fill in by hand before sending: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="474"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="501"/>
        <source>Export the letter as PDF</source>
        <translation>Export the letter as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="503"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="510"/>
        <source>Save as e-mail (.eml)</source>
        <translation>Save as e-mail (.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="512"/>
        <source>E-mail message (*.eml)</source>
        <translation>E-mail message (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="523"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="532"/>
        <source>The e-mail text is copied. The clipboard is cleared after a while.</source>
        <translation>The e-mail text is copied. The clipboard is cleared after a while.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="545"/>
        <source>[The letter is longer than a mail link can carry: paste the copied text here.]</source>
        <translation>[The letter is longer than a mail link can carry: paste the copied text here.]</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="565"/>
        <source>No mail app answered. Copy the e-mail text or save an .eml file.</source>
        <translation>No mail app answered. Copy the e-mail text or save an .eml file.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="644"/>
        <source>Kept as sent. You will find it under Requests with its due date.</source>
        <translation>Kept as sent. You will find it under Requests with its due date.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Letters you send about your records will be listed here, with their status and replies. This part of FaceLedger is not finished in this version.</source>
        <translation>Letters you send about your records will be listed here, with their status and replies. This part of FaceLedger is not finished in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Replies that are due or overdue will be shown here, counted in working days. This part of FaceLedger is not finished in this version.</source>
        <translation>Replies that are due or overdue will be shown here, counted in working days. This part of FaceLedger is not finished in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Charts of your records and of how handlers answer will be shown here. This part of FaceLedger is not finished in this version.</source>
        <translation>Charts of your records and of how handlers answer will be shown here. This part of FaceLedger is not finished in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>FaceLedger</source>
        <translation>FaceLedger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>This is the latest backup. Unlock it with the passphrase the vault had when the backup was made. The damaged file is left as it is.</source>
        <translation>This is the latest backup. Unlock it with the passphrase the vault had when the backup was made. The damaged file is left as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="578"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="579"/>
        <source>A record has changes that were not saved. They will be lost. Continue anyway?</source>
        <translation>A record has changes that were not saved. They will be lost. Continue anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="583"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="584"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="44"/>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="74"/>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="46"/>
        <source>The letter %1 is kept in the vault exactly as it is now.</source>
        <translation>The letter %1 is kept in the vault exactly as it is now.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="61"/>
        <source>e.g. the EMS number on the receipt</source>
        <translation>e.g. the EMS number on the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="62"/>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="65"/>
        <source>Optional: post office, e-mail address used…</source>
        <translation>Optional: post office, e-mail address used…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="67"/>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="68"/>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="70"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="50"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="29"/>
        <location filename="../../ui/composer/pdf_preview.py" line="52"/>
        <source>No preview yet.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="60"/>
        <source>The preview could not be shown.</source>
        <translation>The preview could not be shown.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="49"/>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="51"/>
        <source>Edit profile</source>
        <translation>Edit profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="59"/>
        <source>Only if your letters need it</source>
        <translation>Only if your letters need it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="67"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="68"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="69"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="70"/>
        <source>Address for letters</source>
        <translation>Address for letters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="71"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="77"/>
        <source>Kept encrypted in the vault. Used only in letters you write.</source>
        <translation>Kept encrypted in the vault. Used only in letters you write.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="85"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="106"/>
        <source>A name is needed.</source>
        <translation>A name is needed.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/record_editor.py" line="282"/>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="284"/>
        <source>Edit record</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="299"/>
        <source>No profile</source>
        <translation>No profile</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="300"/>
        <source>Whose record is this (for letters)</source>
        <translation>Whose record is this (for letters)</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="322"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="324"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="329"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="396"/>
        <source>Correct the marked answer to see your rights.</source>
        <translation>Correct the marked answer to see your rights.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="413"/>
        <source>This code is not valid: check the 18 characters (the last one is a check character).</source>
        <translation>This code is not valid: check the 18 characters (the last one is a check character).</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="418"/>
        <source>This date cannot be before the first time.</source>
        <translation>This date cannot be before the first time.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="420"/>
        <source>Enter a real date.</source>
        <translation>Enter a real date.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="421"/>
        <source>This answer is not valid.</source>
        <translation>This answer is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="452"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_editor.py" line="70"/>
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="75"/>
        <source>e.g. 阳光花园小区 north gate</source>
        <translation>e.g. 阳光花园小区 north gate</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="76"/>
        <source>e.g. 杭州</source>
        <translation>e.g. 杭州</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="79"/>
        <source>Who runs it</source>
        <translation>Who runs it</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="80"/>
        <source>e.g. 某某物业服务有限公司</source>
        <translation>e.g. 某某物业服务有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="82"/>
        <source>18 characters, on their licence or website</source>
        <translation>18 characters, on their licence or website</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="88"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="97"/>
        <source>What else you know</source>
        <translation>What else you know</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="108"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="148"/>
        <location filename="../../ui/record_editor.py" line="156"/>
        <source>— not answered —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="157"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="158"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="159"/>
        <source>I don&apos;t know</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="186"/>
        <source>Seen later too:</source>
        <translation>Seen later too:</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="261"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="262"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="263"/>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="264"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="265"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="266"/>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="287"/>
        <source>(could not be loaded)</source>
        <translation>(could not be loaded)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/pages/records_page.py" line="91"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="96"/>
        <source>New record…</source>
        <translation>New record…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="105"/>
        <source>Search places, handlers, notes…</source>
        <translation>Search places, handlers, notes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="107"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="110"/>
        <source>All kinds of places</source>
        <translation>All kinds of places</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="114"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="117"/>
        <source>With an open request</source>
        <translation>With an open request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="119"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="120"/>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="181"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/records_page.py" line="202"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/records_page.py" line="204"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="208"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>Nothing matches. Try fewer words or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="210"/>
        <source>No records yet.
Add the first place where your face was taken: “New record…”.</source>
        <translation>No records yet.
Add the first place where your face was taken: “New record…”.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="412"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="413"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="414"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="415"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="428"/>
        <source>Write reminder letter…</source>
        <translation>Write reminder letter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="429"/>
        <source>Write complaint letter…</source>
        <translation>Write complaint letter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="430"/>
        <source>Add reply…</source>
        <translation>Add reply…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="431"/>
        <source>Set outcome…</source>
        <translation>Set outcome…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="432"/>
        <source>Delivered…</source>
        <translation>Delivered…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="433"/>
        <source>Complaint filed…</source>
        <translation>Complaint filed…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="434"/>
        <source>Close request</source>
        <translation>Close request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="435"/>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="467"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="502"/>
        <source>Choose a request to see its timeline.</source>
        <translation>Choose a request to see its timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="513"/>
        <source>, tracking number %1</source>
        <translation>, tracking number %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="516"/>
        <source>Asked for: %1
Status: %2
Sent: %3 by %4%5</source>
        <translation>Asked for: %1
Status: %2
Sent: %3 by %4%5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="525"/>
        <source>No due date yet (not sent).</source>
        <translation>No due date yet (not sent).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="528"/>
        <source>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</source>
        <translation>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="536"/>
        <source>Reply due: %1 (%2)</source>
        <translation>Reply due: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="583"/>
        <source>Add the reply</source>
        <translation>Add the reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="591"/>
        <source>Set the outcome</source>
        <translation>Set the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="645"/>
        <source>Send the letter, then mark it sent.</source>
        <translation>Send the letter, then mark it sent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="646"/>
        <source>Waiting for the reply, due %1.</source>
        <translation>Waiting for the reply, due %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="648"/>
        <source>Record the reply (attach it) or the outcome when it comes.</source>
        <translation>Record the reply (attach it) or the outcome when it comes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="650"/>
        <source>Record the delivery date if you know it (postal tracking, read receipt).</source>
        <translation>Record the delivery date if you know it (postal tracking, read receipt).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="652"/>
        <source>The reply was due on %1: a reminder letter can be written.</source>
        <translation>The reply was due on %1: a reminder letter can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="655"/>
        <source>Reminder sent; a complaint is suggested after %1.</source>
        <translation>Reminder sent; a complaint is suggested after %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="657"/>
        <source>No reply 30 days after sending: a complaint letter can be written.</source>
        <translation>No reply 30 days after sending: a complaint letter can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="659"/>
        <source>The statutory period ended on %1 without a reply: a complaint can be written.</source>
        <translation>The statutory period ended on %1 without a reply: a complaint can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="663"/>
        <source>The handler refused: a complaint letter can be written from the timeline.</source>
        <translation>The handler refused: a complaint letter can be written from the timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="665"/>
        <source>Only partly complied: remind them of the rest, or complain.</source>
        <translation>Only partly complied: remind them of the rest, or complain.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="667"/>
        <source>Record what the reply means: complied, partly complied or refused.</source>
        <translation>Record what the reply means: complied, partly complied or refused.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="669"/>
        <source>Complied. Close the request when you are done.</source>
        <translation>Complied. Close the request when you are done.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="671"/>
        <source>Complaint filed: record the answer when it comes.</source>
        <translation>Complaint filed: record the answer when it comes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="673"/>
        <source>The due date is unknown until the holiday calendar is updated.</source>
        <translation>The due date is unknown until the holiday calendar is updated.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../ui/composer/labels.py" line="19"/>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="20"/>
        <source>Delete my face data</source>
        <translation>Delete my face data</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="21"/>
        <source>Offer another way in</source>
        <translation>Offer another way in</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="22"/>
        <source>Access and copy</source>
        <translation>Access and copy</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="23"/>
        <source>Explain the processing</source>
        <translation>Explain the processing</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="24"/>
        <source>Complaint to a regulator</source>
        <translation>Complaint to a regulator</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="25"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="26"/>
        <source>Data access request (PDPO s18)</source>
        <translation>Data access request (PDPO s18)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="27"/>
        <source>Erasure (PDPO s26, DPP2)</source>
        <translation>Erasure (PDPO s26, DPP2)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="33"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="38"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="39"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="40"/>
        <location filename="../../ui/composer/labels.py" line="55"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="41"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="42"/>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="43"/>
        <source>Complied</source>
        <translation>Complied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="44"/>
        <source>Partly complied</source>
        <translation>Partly complied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="45"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="46"/>
        <location filename="../../ui/composer/labels.py" line="61"/>
        <source>Complaint filed</source>
        <translation>Complaint filed</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="47"/>
        <location filename="../../ui/composer/labels.py" line="62"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="54"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="56"/>
        <source>Reply received</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="57"/>
        <source>Outcome: complied</source>
        <translation>Outcome: complied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="58"/>
        <source>Outcome: partly complied</source>
        <translation>Outcome: partly complied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="59"/>
        <source>Outcome: refused</source>
        <translation>Outcome: refused</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="60"/>
        <source>Reminder sent</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="63"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="70"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="71"/>
        <source>Registered mail</source>
        <translation>Registered mail</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="72"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="73"/>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="74"/>
        <source>In the app</source>
        <translation>In the app</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="75"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="82"/>
        <source>Residential compound</source>
        <translation>Residential compound</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="83"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="84"/>
        <source>Shopping mall</source>
        <translation>Shopping mall</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="85"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="86"/>
        <source>Property sales office</source>
        <translation>Property sales office</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="87"/>
        <source>Gym or sports venue</source>
        <translation>Gym or sports venue</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="88"/>
        <source>School or campus</source>
        <translation>School or campus</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="89"/>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="90"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="91"/>
        <source>Station or airport</source>
        <translation>Station or airport</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="92"/>
        <source>Tourist site</source>
        <translation>Tourist site</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="93"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="94"/>
        <source>Government service</source>
        <translation>Government service</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="95"/>
        <source>Entertainment venue</source>
        <translation>Entertainment venue</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="96"/>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="97"/>
        <source>Public street</source>
        <translation>Public street</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="98"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="132"/>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="134"/>
        <source>Not awaiting a reply</source>
        <translation>Not awaiting a reply</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/labels.py" line="137"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="140"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/labels.py" line="143"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="212"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="213"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="214"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="215"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="216"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="217"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="218"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="230"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="239"/>
        <source>(handler not named)</source>
        <translation>(handler not named)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="688"/>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="689"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="716"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="717"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="718"/>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="720"/>
        <source>Export due dates (.ics)…</source>
        <translation>Export due dates (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="721"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="724"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="726"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/requests_page.py" line="821"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="869"/>
        <source>Export due dates</source>
        <translation>Export due dates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="871"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/requests_page.py" line="885"/>
        <source>%n due date(s) exported to the calendar file.</source>
        <translation>
            <numerusform>%n due date exported to the calendar file.</numerusform>
            <numerusform>%n due dates exported to the calendar file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="890"/>
        <source>Exporting due dates…</source>
        <translation>Exporting due dates…</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="37"/>
        <source>checked against the official text</source>
        <translation>checked against the official text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="38"/>
        <source>from a secondary source; check before relying on it</source>
        <translation>from a secondary source; check before relying on it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="39"/>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="48"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="61"/>
        <source>Search the rules, e.g. 单独同意 or consent</source>
        <translation>Search the rules, e.g. 单独同意 or consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="100"/>
        <source>Rule library %1, as of %2</source>
        <translation>Rule library %1, as of %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="106"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="209"/>
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="212"/>
        <source>Document number: %1</source>
        <translation>Document number: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="216"/>
        <source>In force since: %1</source>
        <translation>In force since: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="218"/>
        <source>In force for every date the app handles</source>
        <translation>In force for every date the app handles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="222"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/rules_page.py" line="228"/>
        <source>%n article(s) in the library.</source>
        <translation>
            <numerusform>%n article in the library.</numerusform>
            <numerusform>%n articles in the library.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="250"/>
        <source>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</source>
        <translation>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="261"/>
        <source>Summary in English</source>
        <translation>Summary in English</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="118"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="126"/>
        <source>Language and locking</source>
        <translation>Language and locking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="129"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="134"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="138"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="139"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="141"/>
        <source>Lock after being idle for</source>
        <translation>Lock after being idle for</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143"/>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Lock when the screen locks or the computer sleeps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="151"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="153"/>
        <source>Clear copied text after</source>
        <translation>Clear copied text after</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="156"/>
        <source>Vault and backups</source>
        <translation>Vault and backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="162"/>
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="167"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="172"/>
        <source>Backups go to</source>
        <translation>Backups go to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="173"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="178"/>
        <source>Profiles (who the letters are from)</source>
        <translation>Profiles (who the letters are from)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="181"/>
        <source>Name, contact and address used in letters. They are stored encrypted in the vault, not in the settings file. Groups can keep one profile per person they help.</source>
        <translation>Name, contact and address used in letters. They are stored encrypted in the vault, not in the settings file. Groups can keep one profile per person they help.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="196"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="198"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="200"/>
        <location filename="../../ui/pages/settings_page.py" line="333"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="253"/>
        <source>Where should backups go?</source>
        <translation>Where should backups go?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="270"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="275"/>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="296"/>
        <source>No profile yet.</source>
        <translation>No profile yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="329"/>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="330"/>
        <source>Delete this profile? Its records and requests stay, without a name attached.</source>
        <translation>Delete this profile? Its records and requests stay, without a name attached.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="334"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="75"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="76"/>
        <source>Show or hide the passphrase</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="122"/>
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="123"/>
        <source>Your records are encrypted in this file:</source>
        <translation>Your records are encrypted in this file:</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="127"/>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="132"/>
        <location filename="../../ui/start_screen.py" line="133"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="139"/>
        <source>Create a new vault…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="144"/>
        <location filename="../../ui/start_screen.py" line="181"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="169"/>
        <source>Type your passphrase first.</source>
        <translation>Type your passphrase first.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="181"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="194"/>
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="197"/>
        <source>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</source>
        <translation>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="208"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="213"/>
        <location filename="../../ui/start_screen.py" line="214"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="224"/>
        <location filename="../../ui/start_screen.py" line="225"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="250"/>
        <source>I already have a vault…</source>
        <translation>I already have a vault…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="255"/>
        <location filename="../../ui/start_screen.py" line="347"/>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="279"/>
        <source>Where should the vault file live?</source>
        <translation>Where should the vault file live?</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="281"/>
        <location filename="../../ui/start_screen.py" line="429"/>
        <source>FaceLedger vault</source>
        <translation>FaceLedger vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="301"/>
        <source>Use a sentence only you know: several words, or a short line of Chinese.</source>
        <translation>Use a sentence only you know: several words, or a short line of Chinese.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="304"/>
        <source>Weak: easy to guess. Make it longer.</source>
        <translation>Weak: easy to guess. Make it longer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="305"/>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>Fair: a few more words would make it much harder to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="308"/>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="309"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_screen.py" line="319"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="328"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="347"/>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="367"/>
        <source>FaceLedger</source>
        <translation>FaceLedger</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="374"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="375"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="427"/>
        <source>Open a vault file</source>
        <translation>Open a vault file</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="431"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="457"/>
        <source>Open the latest backup</source>
        <translation>Open the latest backup</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="462"/>
        <source>No backup of this vault was found.</source>
        <translation>No backup of this vault was found.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="106"/>
        <source>(no city)</source>
        <translation>(no city)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="110"/>
        <source>(handler not named)</source>
        <translation>(handler not named)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="139"/>
        <source>Recalculate</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="140"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="141"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="197"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="213"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="235"/>
        <source>Cancelled. The figures shown are from the last complete count.</source>
        <translation>Cancelled. The figures shown are from the last complete count.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics_page.py" line="253"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics_page.py" line="254"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics_page.py" line="255"/>
        <source>%n answered</source>
        <translation>
            <numerusform>%n answered</numerusform>
            <numerusform>%n answered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="256"/>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="259"/>
        <source>Records by place type</source>
        <translation>Records by place type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="260"/>
        <location filename="../../ui/pages/statistics_page.py" line="265"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="262"/>
        <location filename="../../ui/pages/statistics_page.py" line="267"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="264"/>
        <source>Records by city</source>
        <translation>Records by city</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="284"/>
        <source>No records yet.</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="312"/>
        <source>Requests by outcome</source>
        <translation>Requests by outcome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="314"/>
        <source>No requests yet.</source>
        <translation>No requests yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="331"/>
        <source>Median days to first reply, by handler</source>
        <translation>Median days to first reply, by handler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics_page.py" line="335"/>
        <source>%n handler(s) have not answered yet</source>
        <translation>
            <numerusform>%n handler has not answered yet</numerusform>
            <numerusform>%n handlers have not answered yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="337"/>
        <source>No replies recorded yet.</source>
        <translation>No replies recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="347"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="364"/>
        <source>Calendar days from sending</source>
        <translation>Calendar days from sending</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="375"/>
        <source>Export figures</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="377"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="389"/>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="391"/>
        <source>Figures exported.</source>
        <translation>Figures exported.</translation>
    </message>
</context>
</TS>
