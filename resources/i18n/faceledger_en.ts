<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="64"/>
        <source>FaceLedger case bundles (%1);;All files (*)</source>
        <translation>FaceLedger case bundles (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="69"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="70"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="71"/>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="72"/>
        <source>Requests and letters</source>
        <translation>Requests and letters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="73"/>
        <source>Timeline entries</source>
        <translation>Timeline entries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="93"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="95"/>
        <source>All profiles</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="137"/>
        <source>Export case bundle</source>
        <translation>Export case bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="142"/>
        <source>The %n selected record(s)</source>
        <translation>The %n selected record(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="144"/>
        <source>Every record of this profile:</source>
        <translation>Every record of this profile:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="161"/>
        <source>Redact for sharing</source>
        <translation>Redact for sharing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="163"/>
        <source>Removes GPS and other picture metadata, withholds files that cannot be cleaned and the letter PDFs, shortens the complainant&apos;s name (张某) and drops ID numbers and contacts.</source>
        <translation>Removes GPS and other picture metadata, withholds files that cannot be cleaned and the letter PDFs, shortens the complainant&apos;s name (张某) and drops ID numbers and contacts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="175"/>
        <source>The bundle has its own passphrase, not the vault&apos;s. Give it to the recipient another way (in person, by phone), never with the file.</source>
        <translation>The bundle has its own passphrase, not the vault&apos;s. Give it to the recipient another way (in person, by phone), never with the file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="190"/>
        <location filename="../../ui/pages/case_tools.py" line="341"/>
        <source>Bundle passphrase</source>
        <translation>Bundle passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="191"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="194"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="196"/>
        <location filename="../../ui/pages/case_tools.py" line="394"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="200"/>
        <source>What goes into the bundle</source>
        <translation>What goes into the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="218"/>
        <source>Choose what goes into the bundle.</source>
        <translation>Choose what goes into the bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="222"/>
        <source>The bundle passphrase needs at least %1 characters.</source>
        <translation>The bundle passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="230"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="267"/>
        <source>Save case bundle</source>
        <translation>Save case bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="287"/>
        <source>Case bundle written: %1 (%n record(s)).</source>
        <translation>Case bundle written: %1 (%n record(s)).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="290"/>
        <source>Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.</source>
        <translation>Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="301"/>
        <source>Writing the case bundle…</source>
        <translation>Writing the case bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="323"/>
        <location filename="../../ui/pages/case_tools.py" line="498"/>
        <source>Import case bundle</source>
        <translation>Import case bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="331"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="344"/>
        <source>Records already in this vault are not duplicated. If anything in the bundle is wrong, nothing is imported.</source>
        <translation>Records already in this vault are not duplicated. If anything in the bundle is wrong, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="368"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="369"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="370"/>
        <source>Already present (skipped)</source>
        <translation>Already present (skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="391"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="411"/>
        <source>Enter the bundle passphrase.</source>
        <translation>Enter the bundle passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="420"/>
        <source>Checking and importing…</source>
        <translation>Checking and importing…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="430"/>
        <source>Importing the case bundle…</source>
        <translation>Importing the case bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="455"/>
        <source>Imported: %n new item(s).</source>
        <translation>Imported: %n new item(s).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="456"/>
        <source>The sender redacted this bundle.</source>
        <translation>The sender redacted this bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="472"/>
        <source>%n conflict(s): the vault already holds a different version; yours was kept.</source>
        <translation>%n conflict(s): the vault already holds a different version; yours was kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="481"/>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="484"/>
        <source>%n evidence file(s) were withheld by the sender&apos;s redaction.</source>
        <translation>%n evidence file(s) were withheld by the sender&apos;s redaction.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="490"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="526"/>
        <source>Save case dossier</source>
        <translation>Save case dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="528"/>
        <location filename="../../ui/pages/case_tools.py" line="565"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="545"/>
        <source>Case dossier written: %1 (%n evidence file(s) indexed).</source>
        <translation>Case dossier written: %1 (%n evidence file(s) indexed).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="551"/>
        <source>Writing the case dossier…</source>
        <translation>Writing the case dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="559"/>
        <source>Save anonymised statistics (CSV)</source>
        <translation>Save anonymised statistics (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="561"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="563"/>
        <source>Save anonymised statistics report (PDF)</source>
        <translation>Save anonymised statistics report (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="587"/>
        <source>Anonymised statistics written: %1 (%n record(s); no names, contacts or places).</source>
        <translation>Anonymised statistics written: %1 (%n record(s); no names, contacts or places).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="597"/>
        <source>Writing anonymised statistics…</source>
        <translation>Writing anonymised statistics…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="616"/>
        <location filename="../../ui/pages/case_tools.py" line="655"/>
        <source>Write a request letter</source>
        <translation>Write a request letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="617"/>
        <source>Write a letter about the selected record</source>
        <translation>Write a letter about the selected record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="619"/>
        <source>Case bundles</source>
        <translation>Case bundles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="621"/>
        <location filename="../../ui/pages/case_tools.py" line="662"/>
        <source>Export case bundle…</source>
        <translation>Export case bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="623"/>
        <source>Import case bundle…</source>
        <translation>Import case bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="652"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="658"/>
        <source>Export dossier PDF…</source>
        <translation>Export dossier PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="726"/>
        <source>Export anonymised…</source>
        <translation>Export anonymised…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="728"/>
        <source>Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, place names or notes; small groups are merged.</source>
        <translation>Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, place names or notes; small groups are merged.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="735"/>
        <source>Anonymised statistics (CSV)…</source>
        <translation>Anonymised statistics (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="736"/>
        <source>Anonymised report (PDF)…</source>
        <translation>Anonymised report (PDF)…</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../../ui/clipboard.py" line="143"/>
        <source>Clipboard clears in %n second(s)</source>
        <translation>Clipboard clears in %n second(s)</translation>
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
    <message>
        <location filename="../../ui/pages/due_page.py" line="103"/>
        <source>Due or overdue: %1</source>
        <translation>Due or overdue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="255"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="187"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="101"/>
        <source>and %n more</source>
        <translation>and %n more</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="102"/>
        <source>FaceLedger: a reply is due</source>
        <translation>FaceLedger: a reply is due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="188"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="189"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="190"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="191"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="277"/>
        <source>Nothing is due this week.</source>
        <translation>Nothing is due this week.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="133"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="134"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="135"/>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="325"/>
        <source>%n request(s) need action this week</source>
        <translation>%n request(s) need action this week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="326"/>
        <source>%n overdue</source>
        <translation>%n overdue</translation>
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
        <location filename="../../ui/errors.py" line="74"/>
        <source>A citation names an article the rule library does not have; nothing was written.</source>
        <translation>A citation names an article the rule library does not have; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>There is no official text of this article to quote; it can only be cited.</source>
        <translation>There is no official text of this article to quote; it can only be cited.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>The rule library could not be loaded.</source>
        <translation>The rule library could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The letter cannot be written with these choices.</source>
        <translation>The letter cannot be written with these choices.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>This status change is not possible at this point.</source>
        <translation>This status change is not possible at this point.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>The official holiday calendar does not cover this year yet; no due date was guessed.</source>
        <translation>The official holiday calendar does not cover this year yet; no due date was guessed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Wrong bundle passphrase. Ask the sender for it; nothing was imported.</source>
        <translation>Wrong bundle passphrase. Ask the sender for it; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The case bundle was altered or damaged after it was made. Nothing was imported; ask the sender to send it again.</source>
        <translation>The case bundle was altered or damaged after it was made. Nothing was imported; ask the sender to send it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>The case bundle is larger than FaceLedger accepts. Nothing was changed.</source>
        <translation>The case bundle is larger than FaceLedger accepts. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>The case bundle opened but its contents are not valid. Nothing was imported.</source>
        <translation>The case bundle opened but its contents are not valid. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>This case bundle, or a newer one of the same case, was already imported. Nothing was changed.</source>
        <translation>This case bundle, or a newer one of the same case, was already imported. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>The case bundle was refused.</source>
        <translation>The case bundle was refused.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The update server could not be reached or did not answer properly. The rules in use stay in use.</source>
        <translation>The update server could not be reached or did not answer properly. The rules in use stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>The update pack was refused: it is not signed by a trusted key or its files do not match. The rules in use stay in use.</source>
        <translation>The update pack was refused: it is not signed by a trusted key or its files do not match. The rules in use stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The server offers rules that are not newer than the ones in use; refused (no rollback).</source>
        <translation>The server offers rules that are not newer than the ones in use; refused (no rollback).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="147"/>
        <source>The update pack has expired or is dated in the future. Check this computer&apos;s date; the rules in use stay in use.</source>
        <translation>The update pack has expired or is dated in the future. Check this computer&apos;s date; the rules in use stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The update was cancelled. Nothing was changed.</source>
        <translation>The update was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>The update was refused; the installed rules stay in use.</source>
        <translation>The update was refused; the installed rules stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>The vault could not be used.</source>
        <translation>The vault could not be used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The operation could not be completed.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>The file could not be read or written.</source>
        <translation>The file could not be read or written.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>FaceLedger</source>
        <translation>FaceLedger</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</source>
        <translation>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="287"/>
        <source>Add to the timeline</source>
        <translation>Add to the timeline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="302"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="309"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="311"/>
        <source>What they said, who you spoke to…</source>
        <translation>What they said, who you spoke to…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="313"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="314"/>
        <source>Attach scan or screenshot…</source>
        <translation>Attach scan or screenshot…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="315"/>
        <location filename="../../ui/pages/requests_page.py" line="350"/>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="322"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="329"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="330"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="340"/>
        <source>Attach the reply</source>
        <translation>Attach the reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="342"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="343"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="139"/>
        <source>%n byte(s)</source>
        <translation>%n byte(s)</translation>
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
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="95"/>
        <source>%n working day(s)</source>
        <translation>%n working day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="97"/>
        <source>%n day(s)</source>
        <translation>%n day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="101"/>
        <source>Reply expected within:</source>
        <translation>Reply expected within:</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="142"/>
        <location filename="../../ui/composer/composer_dialog.py" line="349"/>
        <source>Write a letter</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="167"/>
        <source>What you ask for</source>
        <translation>What you ask for</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="193"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="194"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="195"/>
        <source>Reply within</source>
        <translation>Reply within</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="196"/>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="199"/>
        <source>From (you)</source>
        <translation>From (you)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="205"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="206"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="207"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="208"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="229"/>
        <source>Preparing the letter…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="237"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="238"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="239"/>
        <source>Copy e-mail text</source>
        <translation>Copy e-mail text</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="240"/>
        <source>Open in mail app</source>
        <translation>Open in mail app</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="241"/>
        <source>Save .eml…</source>
        <translation>Save .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="242"/>
        <source>Mark as sent…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="244"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="297"/>
        <source>(the handler&apos;s name is not recorded)</source>
        <translation>(the handler&apos;s name is not recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="323"/>
        <location filename="../../ui/composer/composer_dialog.py" line="466"/>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="324"/>
        <location filename="../../ui/composer/composer_dialog.py" line="467"/>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="327"/>
        <source>set by law</source>
        <translation>set by law</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="341"/>
        <source>Suggested by the rules for this record</source>
        <translation>Suggested by the rules for this record</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="357"/>
        <source>Follow-up to %1</source>
        <translation>Follow-up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="362"/>
        <source>Write a follow-up letter</source>
        <translation>Write a follow-up letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="407"/>
        <source>Choose at least one request.</source>
        <translation>Choose at least one request.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="460"/>
        <source>no reply period in this letter</source>
        <translation>no reply period in this letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="470"/>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="472"/>
        <source>Fill in by hand before sending: %1</source>
        <translation>Fill in by hand before sending: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="473"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="500"/>
        <source>Export the letter as PDF</source>
        <translation>Export the letter as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="502"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="509"/>
        <source>Save as e-mail (.eml)</source>
        <translation>Save as e-mail (.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="511"/>
        <source>E-mail message (*.eml)</source>
        <translation>E-mail message (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="522"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="531"/>
        <source>The e-mail text is copied. The clipboard is cleared after a while.</source>
        <translation>The e-mail text is copied. The clipboard is cleared after a while.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="544"/>
        <source>[The letter is longer than a mail link can carry: paste the copied text here.]</source>
        <translation>[The letter is longer than a mail link can carry: paste the copied text here.]</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="564"/>
        <source>No mail app answered. Copy the e-mail text or save an .eml file.</source>
        <translation>No mail app answered. Copy the e-mail text or save an .eml file.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="643"/>
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
        <location filename="../../ui/main_window.py" line="581"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="582"/>
        <source>A record has changes that were not saved. They will be lost. Continue anyway?</source>
        <translation>A record has changes that were not saved. They will be lost. Continue anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="587"/>
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
    <name>MissingChanges</name>
    <message>
        <location filename="../../ui/missing_changes.py" line="26"/>
        <source>%n recent change(s) made on this computer are missing from this vault file. A lost or damaged write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open your latest backup; or continue with the file as it is.</source>
        <translation>%n recent change(s) made on this computer are missing from this vault file. A lost or damaged write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open your latest backup; or continue with the file as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/missing_changes.py" line="48"/>
        <source>Continue with this file</source>
        <translation>Continue with this file</translation>
    </message>
    <message>
        <location filename="../../ui/missing_changes.py" line="61"/>
        <source>Continuing with this file. The missing changes will not be reported again.</source>
        <translation>Continuing with this file. The missing changes will not be reported again.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="38"/>
        <location filename="../../ui/composer/pdf_preview.py" line="63"/>
        <source>No preview yet.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="65"/>
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
        <location filename="../../ui/record_editor.py" line="284"/>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="286"/>
        <source>Edit record</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="301"/>
        <source>No profile</source>
        <translation>No profile</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="302"/>
        <source>Whose record is this (for letters)</source>
        <translation>Whose record is this (for letters)</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="324"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="326"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="330"/>
        <source>Delete record…</source>
        <translation>Delete record…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="332"/>
        <source>Write a letter…</source>
        <translation>Write a letter…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="334"/>
        <source>Write a deletion or consent-withdrawal letter about this record</source>
        <translation>Write a deletion or consent-withdrawal letter about this record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="340"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="409"/>
        <source>Correct the marked answer to see your rights.</source>
        <translation>Correct the marked answer to see your rights.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="426"/>
        <source>This code is not valid: check the 18 characters (the last one is a check character).</source>
        <translation>This code is not valid: check the 18 characters (the last one is a check character).</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="431"/>
        <source>This date cannot be before the first time.</source>
        <translation>This date cannot be before the first time.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="433"/>
        <source>Enter a real date.</source>
        <translation>Enter a real date.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="434"/>
        <source>This answer is not valid.</source>
        <translation>This answer is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="465"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="492"/>
        <source>Save your changes first: the letter is written from the saved record.</source>
        <translation>Save your changes first: the letter is written from the saved record.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="507"/>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="508"/>
        <source>Delete this record and all its evidence from the vault? This cannot be undone. A record that letters were sent about cannot be deleted.</source>
        <translation>Delete this record and all its evidence from the vault? This cannot be undone. A record that letters were sent about cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="513"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="514"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_editor.py" line="71"/>
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="76"/>
        <source>e.g. 阳光花园小区 north gate</source>
        <translation>e.g. 阳光花园小区 north gate</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="77"/>
        <source>e.g. 杭州</source>
        <translation>e.g. 杭州</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="80"/>
        <source>Who runs it</source>
        <translation>Who runs it</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="81"/>
        <source>e.g. 某某物业服务有限公司</source>
        <translation>e.g. 某某物业服务有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="83"/>
        <source>18 characters, on their licence or website</source>
        <translation>18 characters, on their licence or website</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="89"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="98"/>
        <source>What else you know</source>
        <translation>What else you know</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="109"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="149"/>
        <location filename="../../ui/record_editor.py" line="157"/>
        <source>— not answered —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="158"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="159"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="160"/>
        <source>I don&apos;t know</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="187"/>
        <source>Seen later too:</source>
        <translation>Seen later too:</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="263"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="264"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="265"/>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="266"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="267"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="268"/>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="289"/>
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
    <message>
        <location filename="../../ui/pages/records_page.py" line="208"/>
        <source>%n record(s) found</source>
        <translation>%n record(s) found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="210"/>
        <source>%n record(s)</source>
        <translation>%n record(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="214"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>Nothing matches. Try fewer words or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="216"/>
        <source>No records yet.
Add the first place where your face was taken: “New record…”.</source>
        <translation>No records yet.
Add the first place where your face was taken: “New record…”.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="415"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="416"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="417"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="418"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="431"/>
        <source>Write reminder letter…</source>
        <translation>Write reminder letter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="432"/>
        <source>Write complaint letter…</source>
        <translation>Write complaint letter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="433"/>
        <source>Add reply…</source>
        <translation>Add reply…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="434"/>
        <source>Set outcome…</source>
        <translation>Set outcome…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="435"/>
        <source>Delivered…</source>
        <translation>Delivered…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="436"/>
        <source>Complaint filed…</source>
        <translation>Complaint filed…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="437"/>
        <source>Close request</source>
        <translation>Close request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="438"/>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="470"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="505"/>
        <source>Choose a request to see its timeline.</source>
        <translation>Choose a request to see its timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="516"/>
        <source>, tracking number %1</source>
        <translation>, tracking number %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="519"/>
        <source>Asked for: %1
Status: %2
Sent: %3 by %4%5</source>
        <translation>Asked for: %1
Status: %2
Sent: %3 by %4%5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="528"/>
        <source>No due date yet (not sent).</source>
        <translation>No due date yet (not sent).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="531"/>
        <source>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</source>
        <translation>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="539"/>
        <source>Reply due: %1 (%2)</source>
        <translation>Reply due: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="586"/>
        <source>Add the reply</source>
        <translation>Add the reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="594"/>
        <source>Set the outcome</source>
        <translation>Set the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="648"/>
        <source>Send the letter, then mark it sent.</source>
        <translation>Send the letter, then mark it sent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="649"/>
        <source>Waiting for the reply, due %1.</source>
        <translation>Waiting for the reply, due %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="651"/>
        <source>Record the reply (attach it) or the outcome when it comes.</source>
        <translation>Record the reply (attach it) or the outcome when it comes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="653"/>
        <source>Record the delivery date if you know it (postal tracking, read receipt).</source>
        <translation>Record the delivery date if you know it (postal tracking, read receipt).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="655"/>
        <source>The reply was due on %1: a reminder letter can be written.</source>
        <translation>The reply was due on %1: a reminder letter can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="658"/>
        <source>Reminder sent; a complaint is suggested after %1.</source>
        <translation>Reminder sent; a complaint is suggested after %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="660"/>
        <source>No reply 30 days after sending: a complaint letter can be written.</source>
        <translation>No reply 30 days after sending: a complaint letter can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="662"/>
        <source>The statutory period ended on %1 without a reply: a complaint can be written.</source>
        <translation>The statutory period ended on %1 without a reply: a complaint can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="666"/>
        <source>The handler refused: a complaint letter can be written from the timeline.</source>
        <translation>The handler refused: a complaint letter can be written from the timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="668"/>
        <source>Only partly complied: remind them of the rest, or complain.</source>
        <translation>Only partly complied: remind them of the rest, or complain.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="670"/>
        <source>Record what the reply means: complied, partly complied or refused.</source>
        <translation>Record what the reply means: complied, partly complied or refused.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="672"/>
        <source>Complied. Close the request when you are done.</source>
        <translation>Complied. Close the request when you are done.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="674"/>
        <source>Complaint filed: record the answer when it comes.</source>
        <translation>Complaint filed: record the answer when it comes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="676"/>
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
    <message>
        <location filename="../../ui/composer/labels.py" line="137"/>
        <source>Overdue by %n day(s)</source>
        <translation>Overdue by %n day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="140"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="143"/>
        <source>%n day(s) left</source>
        <translation>%n day(s) left</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="215"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="216"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="217"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="219"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="220"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="221"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="233"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="242"/>
        <source>(handler not named)</source>
        <translation>(handler not named)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="691"/>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="692"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="719"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="720"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="721"/>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="723"/>
        <source>Export due dates (.ics)…</source>
        <translation>Export due dates (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="724"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="727"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="729"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="836"/>
        <source>%n request(s)</source>
        <translation>%n request(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="884"/>
        <source>Export due dates</source>
        <translation>Export due dates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="886"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="900"/>
        <source>%n due date(s) exported to the calendar file.</source>
        <translation>%n due date(s) exported to the calendar file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="905"/>
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
    <message>
        <location filename="../../ui/pages/rules_page.py" line="227"/>
        <source>%n article(s) in the library.</source>
        <translation>%n article(s) in the library.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="248"/>
        <source>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</source>
        <translation>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="259"/>
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
        <location filename="../../ui/pages/settings_page.py" line="337"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="257"/>
        <source>Where should backups go?</source>
        <translation>Where should backups go?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="274"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="279"/>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="300"/>
        <source>No profile yet.</source>
        <translation>No profile yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="333"/>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="334"/>
        <source>Delete this profile? Its records and requests stay, without a name attached.</source>
        <translation>Delete this profile? Its records and requests stay, without a name attached.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="338"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="78"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="79"/>
        <source>Show or hide the passphrase</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="149"/>
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="150"/>
        <source>Your records are encrypted in this file:</source>
        <translation>Your records are encrypted in this file:</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="154"/>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="159"/>
        <location filename="../../ui/start_screen.py" line="160"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="163"/>
        <source>Create a new vault…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="165"/>
        <location filename="../../ui/start_screen.py" line="193"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="181"/>
        <source>Type your passphrase first.</source>
        <translation>Type your passphrase first.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="193"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="206"/>
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="209"/>
        <source>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</source>
        <translation>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="220"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="225"/>
        <location filename="../../ui/start_screen.py" line="226"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="236"/>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="249"/>
        <source>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="259"/>
        <source>I already have a vault…</source>
        <translation>I already have a vault…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="261"/>
        <location filename="../../ui/start_screen.py" line="344"/>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="276"/>
        <source>Where should the vault file live?</source>
        <translation>Where should the vault file live?</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="278"/>
        <location filename="../../ui/start_screen.py" line="426"/>
        <source>FaceLedger vault</source>
        <translation>FaceLedger vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="298"/>
        <source>Use a sentence only you know: several words, or a short line of Chinese.</source>
        <translation>Use a sentence only you know: several words, or a short line of Chinese.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="301"/>
        <source>Weak: easy to guess. Make it longer.</source>
        <translation>Weak: easy to guess. Make it longer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="302"/>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>Fair: a few more words would make it much harder to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="305"/>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="306"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="316"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>The passphrase needs at least %n characters.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="325"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="344"/>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="364"/>
        <source>FaceLedger</source>
        <translation>FaceLedger</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="371"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="372"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="424"/>
        <source>Open a vault file</source>
        <translation>Open a vault file</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="428"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="454"/>
        <source>Open the latest backup</source>
        <translation>Open the latest backup</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="459"/>
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
        <location filename="../../ui/pages/statistics_page.py" line="200"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="216"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="238"/>
        <source>Cancelled. The figures shown are from the last complete count.</source>
        <translation>Cancelled. The figures shown are from the last complete count.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="257"/>
        <source>%n record(s)</source>
        <translation>%n record(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="258"/>
        <source>%n request(s)</source>
        <translation>%n request(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="262"/>
        <source>%n answered</source>
        <translation>%n answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="263"/>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="266"/>
        <source>Records by place type</source>
        <translation>Records by place type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="267"/>
        <location filename="../../ui/pages/statistics_page.py" line="272"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="269"/>
        <location filename="../../ui/pages/statistics_page.py" line="274"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="271"/>
        <source>Records by city</source>
        <translation>Records by city</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="291"/>
        <source>No records yet.</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="319"/>
        <source>Requests by outcome</source>
        <translation>Requests by outcome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="321"/>
        <source>No requests yet.</source>
        <translation>No requests yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="338"/>
        <source>Median days to first reply, by handler</source>
        <translation>Median days to first reply, by handler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="342"/>
        <source>%n handler(s) have not answered yet</source>
        <translation>%n handler(s) have not answered yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="344"/>
        <source>No replies recorded yet.</source>
        <translation>No replies recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="354"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="371"/>
        <source>Calendar days from sending</source>
        <translation>Calendar days from sending</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="382"/>
        <source>Export figures</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="384"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="396"/>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="398"/>
        <source>Figures exported.</source>
        <translation>Figures exported.</translation>
    </message>
</context>
<context>
    <name>UpdateSettings</name>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="76"/>
        <source>Rule updates</source>
        <translation>Rule updates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="82"/>
        <source>Off unless you turn it on. FaceLedger then contacts only the address below, and only when you press “Check now”. Packs are accepted only if signed by a trusted key and newer than the rules in use; if anything is wrong, the rules you have stay in use.</source>
        <translation>Off unless you turn it on. FaceLedger then contacts only the address below, and only when you press “Check now”. Packs are accepted only if signed by a trusted key and newer than the rules in use; if anything is wrong, the rules you have stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="95"/>
        <source>Use signed rule updates from this address</source>
        <translation>Use signed rule updates from this address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="100"/>
        <source>Update address</source>
        <translation>Update address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="101"/>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="115"/>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="117"/>
        <source>Install</source>
        <translation>Install</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="135"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="136"/>
        <source>Rules in use</source>
        <translation>Rules in use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="137"/>
        <source>Built into the app</source>
        <translation>Built into the app</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="138"/>
        <source>Installed pack</source>
        <translation>Installed pack</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="139"/>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="140"/>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="142"/>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="168"/>
        <source>This address cannot be used. It must start with https:// and name a server.</source>
        <translation>This address cannot be used. It must start with https:// and name a server.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="192"/>
        <source>Enter the https:// address of the update server first.</source>
        <translation>Enter the https:// address of the update server first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="224"/>
        <source>%1 (from an update pack)</source>
        <translation>%1 (from an update pack)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="228"/>
        <source>%1 (built into the app)</source>
        <translation>%1 (built into the app)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="233"/>
        <source>%1, installed %2</source>
        <translation>%1, installed %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="238"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="244"/>
        <source>The installed pack is not used (it failed a check); the rules built into the app are used.</source>
        <translation>The installed pack is not used (it failed a check); the rules built into the app are used.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="255"/>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="257"/>
        <source>refused or failed</source>
        <translation>refused or failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="261"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="266"/>
        <source>Turn updates on first.</source>
        <translation>Turn updates on first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="293"/>
        <source>Checking for a newer rule pack…</source>
        <translation>Checking for a newer rule pack…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="302"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="312"/>
        <source>Version %1 is available from %2, signed by %3 (key %4). It passed every check.</source>
        <translation>Version %1 is available from %2, signed by %3 (key %4). It passed every check.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="325"/>
        <source>Up to date: version %1 is in use.</source>
        <translation>Up to date: version %1 is in use.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="337"/>
        <source>Cancelled. Nothing was changed; the rules in use stay in use.</source>
        <translation>Cancelled. Nothing was changed; the rules in use stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="350"/>
        <source>Installing version %1…</source>
        <translation>Installing version %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="364"/>
        <source>Version %1 is installed and in use.</source>
        <translation>Version %1 is installed and in use.</translation>
    </message>
</context>
</TS>
