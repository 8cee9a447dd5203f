<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundleSettings</name>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="123"/>
        <source>This key cannot be used: %1</source>
        <translation>This key cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="133"/>
        <source>Public key of %1</source>
        <translation>Public key of %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="139"/>
        <source>QR code of the public key</source>
        <translation>QR code of the public key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="141"/>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="150"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="158"/>
        <source>Anyone may have this public key. When someone adds it, read the fingerprint out to them so they know the key really is yours.</source>
        <translation>Anyone may have this public key. When someone adds it, read the fingerprint out to them so they know the key really is yours.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="174"/>
        <source>Add a group&apos;s public key</source>
        <translation>Add a group&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="177"/>
        <source>Paste the key here (it starts with age1)</source>
        <translation>Paste the key here (it starts with age1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="181"/>
        <source>From a key file or QR image…</source>
        <translation>From a key file or QR image…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="193"/>
        <source>I read these digits out with the group and they match</source>
        <translation>I read these digits out with the group and they match</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="202"/>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="204"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="205"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="208"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="210"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="217"/>
        <source>Call the group (a number you already know, not one sent with the key) and compare the fingerprint digit by digit. If a single digit differs, the key was swapped on the way: do not add it.</source>
        <translation>Call the group (a number you already know, not one sent with the key) and compare the fingerprint digit by digit. If a single digit differs, the key was swapped on the way: do not add it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="269"/>
        <source>Open a key file or QR image</source>
        <translation>Open a key file or QR image</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="271"/>
        <source>Keys and QR images (*.pub *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Keys and QR images (*.pub *.txt *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="278"/>
        <source>Paste a public key or choose a key file first.</source>
        <translation>Paste a public key or choose a key file first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="282"/>
        <source>Give the group a name.</source>
        <translation>Give the group a name.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="288"/>
        <source>Compare the fingerprint with the group first, then tick the box.</source>
        <translation>Compare the fingerprint with the group first, then tick the box.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="303"/>
        <source>Case bundles</source>
        <translation>Case bundles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="69"/>
        <source>This is a SECRET key (AGE-SECRET-KEY-…). It must never be shared or sent; ask the group for its PUBLIC key, which starts with age1.</source>
        <translation>This is a SECRET key (AGE-SECRET-KEY-…). It must never be shared or sent; ask the group for its PUBLIC key, which starts with age1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="74"/>
        <source>This is an SSH key. A group key starts with age1.</source>
        <translation>This is an SSH key. A group key starts with age1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="75"/>
        <source>This is a rule-update signing key (ed25519:…), not a group key.</source>
        <translation>This is a rule-update signing key (ed25519:…), not a group key.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="78"/>
        <source>This key mixes capital and small letters, so it was changed. Copy it again.</source>
        <translation>This key mixes capital and small letters, so it was changed. Copy it again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="81"/>
        <source>This is not a group key. A group key starts with age1 and has 62 characters.</source>
        <translation>This is not a group key. A group key starts with age1 and has 62 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="84"/>
        <source>This is an age key of another kind (a plugin or post-quantum key). FaceLedger uses keys that start with age1 followed by 58 letters and digits.</source>
        <translation>This is an age key of another kind (a plugin or post-quantum key). FaceLedger uses keys that start with age1 followed by 58 letters and digits.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="89"/>
        <source>This key is cut short. Copy the whole line (62 characters).</source>
        <translation>This key is cut short. Copy the whole line (62 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="90"/>
        <source>This is longer than one key. Copy exactly one key.</source>
        <translation>This is longer than one key. Copy exactly one key.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="91"/>
        <source>This key has a typo or was damaged (its check digits do not match). Copy it again.</source>
        <translation>This key has a typo or was damaged (its check digits do not match). Copy it again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="95"/>
        <source>This is not a key.</source>
        <translation>This is not a key.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="96"/>
        <source>No public key found. A group key is one line starting with age1.</source>
        <translation>No public key found. A group key is one line starting with age1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="99"/>
        <source>This holds several different keys. Add them one at a time.</source>
        <translation>This holds several different keys. Add them one at a time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="100"/>
        <source>The image is too large to be a QR code picture.</source>
        <translation>The image is too large to be a QR code picture.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="101"/>
        <source>The image cannot be read (damaged, or not an image).</source>
        <translation>The image cannot be read (damaged, or not an image).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="104"/>
        <source>No QR code was found in this image. Photograph it straight on and well lit.</source>
        <translation>No QR code was found in this image. Photograph it straight on and well lit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="107"/>
        <source>This image holds more than one QR code. Crop it to the group&apos;s key.</source>
        <translation>This image holds more than one QR code. Crop it to the group&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="110"/>
        <source>The file cannot be opened.</source>
        <translation>The file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="111"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="112"/>
        <source>This is an encrypted file (a case bundle?), not a key.</source>
        <translation>This is an encrypted file (a case bundle?), not a key.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="115"/>
        <source>The file is too large to be a key file.</source>
        <translation>The file is too large to be a key file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="116"/>
        <source>This file is neither a key file nor a QR code image.</source>
        <translation>This file is neither a key file nor a QR code image.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="117"/>
        <source>This key is already among the groups you send cases to.</source>
        <translation>This key is already among the groups you send cases to.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="120"/>
        <source>This is one of this vault&apos;s own keys; it need not be added.</source>
        <translation>This is one of this vault&apos;s own keys; it need not be added.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="121"/>
        <source>Give the key a name.</source>
        <translation>Give the key a name.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="312"/>
        <location filename="../../ui/pages/bundle_settings.py" line="328"/>
        <source>Your keys (for receiving cases)</source>
        <translation>Your keys (for receiving cases)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="317"/>
        <source>For a group that receives cases: publish the public key (text, file or QR code); residents seal their cases to it and only this vault can open them. The secret half never leaves the vault.</source>
        <translation>For a group that receives cases: publish the public key (text, file or QR code); residents seal their cases to it and only this vault can open them. The secret half never leaves the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="331"/>
        <source>Group name, e.g. 某某公益</source>
        <translation>Group name, e.g. 某某公益</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="332"/>
        <source>Create key</source>
        <translation>Create key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="334"/>
        <source>Show QR code</source>
        <translation>Show QR code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="336"/>
        <source>Save public key…</source>
        <translation>Save public key…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="338"/>
        <source>Save QR code…</source>
        <translation>Save QR code…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="340"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="342"/>
        <source>Stop offering this key after making a new one; it still opens old bundles.</source>
        <translation>Stop offering this key after making a new one; it still opens old bundles.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="356"/>
        <location filename="../../ui/pages/bundle_settings.py" line="369"/>
        <source>Groups you send cases to</source>
        <translation>Groups you send cases to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="359"/>
        <source>Public keys of the groups you trust. A case exported &quot;for a group&quot; can be opened only by that group.</source>
        <translation>Public keys of the groups you trust. A case exported &quot;for a group&quot; can be opened only by that group.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="371"/>
        <source>Add a group&apos;s key…</source>
        <translation>Add a group&apos;s key…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="373"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="408"/>
        <source>(retired: still opens old bundles)</source>
        <translation>(retired: still opens old bundles)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="450"/>
        <source>Type the group&apos;s name first.</source>
        <translation>Type the group&apos;s name first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="458"/>
        <source>Key created for %1. Fingerprint: %2</source>
        <translation>Key created for %1. Fingerprint: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="484"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="487"/>
        <source>Public key files (*.pub *.txt)</source>
        <translation>Public key files (*.pub *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="490"/>
        <source>Save public key</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="501"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="510"/>
        <source>Retire key</source>
        <translation>Retire key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="511"/>
        <source>Retire %1? It will no longer be offered; bundles already sealed to it still open here.</source>
        <translation>Retire %1? It will no longer be offered; bundles already sealed to it still open here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="531"/>
        <source>%1 added. Cases you export for this group open only there.</source>
        <translation>%1 added. Cases you export for this group open only there.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="548"/>
        <source>Remove group</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="549"/>
        <source>Remove %1 from the groups you send cases to?</source>
        <translation>Remove %1 from the groups you send cases to?</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="80"/>
        <source>FaceLedger case bundles (%1);;All files (*)</source>
        <translation>FaceLedger case bundles (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="85"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="86"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="87"/>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="88"/>
        <source>Requests and letters</source>
        <translation>Requests and letters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="89"/>
        <source>Timeline entries</source>
        <translation>Timeline entries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="109"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="111"/>
        <source>All profiles</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="167"/>
        <source>Export case bundle</source>
        <translation>Export case bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="172"/>
        <source>The %n selected record(s)</source>
        <translation>The %n selected record(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="174"/>
        <source>Every record of this profile:</source>
        <translation>Every record of this profile:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="191"/>
        <source>Redact for sharing</source>
        <translation>Redact for sharing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="193"/>
        <source>Removes GPS and other picture metadata, withholds files that cannot be cleaned and the letter PDFs, shortens the complainant&apos;s name (张某) and drops ID numbers and contacts.</source>
        <translation>Removes GPS and other picture metadata, withholds files that cannot be cleaned and the letter PDFs, shortens the complainant&apos;s name (张某) and drops ID numbers and contacts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="203"/>
        <source>For a group (recommended)</source>
        <translation>For a group (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="205"/>
        <source>Groups that can open the bundle</source>
        <translation>Groups that can open the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="209"/>
        <source>%1 (your own key, to reopen it yourself)</source>
        <translation>%1 (your own key, to reopen it yourself)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="222"/>
        <source>Only the groups you tick can open the file: no passphrase to pass on. Add a group&apos;s public key in Settings → Case bundles.</source>
        <translation>Only the groups you tick can open the file: no passphrase to pass on. Add a group&apos;s public key in Settings → Case bundles.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="228"/>
        <source>No group keys yet. Add a group&apos;s public key in Settings → Case bundles, or use a passphrase below.</source>
        <translation>No group keys yet. Add a group&apos;s public key in Settings → Case bundles, or use a passphrase below.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="237"/>
        <source>With a passphrase</source>
        <translation>With a passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="249"/>
        <source>The bundle has its own passphrase, not the vault&apos;s. Give it to the recipient another way (in person, by phone), never with the file.</source>
        <translation>The bundle has its own passphrase, not the vault&apos;s. Give it to the recipient another way (in person, by phone), never with the file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="264"/>
        <location filename="../../ui/pages/case_tools.py" line="467"/>
        <source>Bundle passphrase</source>
        <translation>Bundle passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="265"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="268"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="270"/>
        <location filename="../../ui/pages/case_tools.py" line="524"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="274"/>
        <source>What goes into the bundle</source>
        <translation>What goes into the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="280"/>
        <source>Who can open it</source>
        <translation>Who can open it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="322"/>
        <source>Choose what goes into the bundle.</source>
        <translation>Choose what goes into the bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="326"/>
        <source>Tick at least one group.</source>
        <translation>Tick at least one group.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="332"/>
        <source>The bundle passphrase needs at least %1 characters.</source>
        <translation>The bundle passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="340"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="381"/>
        <source>Save case bundle</source>
        <translation>Save case bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="409"/>
        <source>Case bundle written: %1 (%n record(s)).</source>
        <translation>Case bundle written: %1 (%n record(s)).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="412"/>
        <source>Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.</source>
        <translation>Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="423"/>
        <source>Writing the case bundle…</source>
        <translation>Writing the case bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="445"/>
        <location filename="../../ui/pages/case_tools.py" line="683"/>
        <source>Import case bundle</source>
        <translation>Import case bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="453"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="470"/>
        <source>Records already in this vault are not duplicated. If anything in the bundle is wrong, nothing is imported.</source>
        <translation>Records already in this vault are not duplicated. If anything in the bundle is wrong, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="497"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="498"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="499"/>
        <source>Already present (skipped)</source>
        <translation>Already present (skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="521"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="553"/>
        <source>Sealed to a group&apos;s public key (%n recipient(s)). This vault&apos;s group keys will open it; no passphrase is needed.</source>
        <translation>Sealed to a group&apos;s public key (%n recipient(s)). This vault&apos;s group keys will open it; no passphrase is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="563"/>
        <location filename="../../ui/pages/case_tools.py" line="675"/>
        <source>Sealed with a passphrase (older FaceLedger format).</source>
        <translation>Sealed with a passphrase (older FaceLedger format).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="566"/>
        <location filename="../../ui/pages/case_tools.py" line="674"/>
        <source>Sealed with a passphrase.</source>
        <translation>Sealed with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="573"/>
        <source>Enter the bundle passphrase.</source>
        <translation>Enter the bundle passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="582"/>
        <source>Checking and importing…</source>
        <translation>Checking and importing…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="592"/>
        <source>Importing the case bundle…</source>
        <translation>Importing the case bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="617"/>
        <source>Imported: %n new item(s).</source>
        <translation>Imported: %n new item(s).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="618"/>
        <source>The sender redacted this bundle.</source>
        <translation>The sender redacted this bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="635"/>
        <source>%n conflict(s): the vault already holds a different version; yours was kept.</source>
        <translation>%n conflict(s): the vault already holds a different version; yours was kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="644"/>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="647"/>
        <source>%n evidence file(s) [was|were] withheld by the sender&apos;s redaction.</source>
        <translation>%n evidence file(s) [was|were] withheld by the sender&apos;s redaction.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="657"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="666"/>
        <source>Sealed to your group key %1 (fingerprint %2).</source>
        <translation>Sealed to your group key %1 (fingerprint %2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="671"/>
        <source>It can also be opened by %n other key(s).</source>
        <translation>It can also be opened by %n other key(s).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="711"/>
        <source>Save case dossier</source>
        <translation>Save case dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="713"/>
        <location filename="../../ui/pages/case_tools.py" line="750"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="730"/>
        <source>Case dossier written: %1 (%n evidence file(s) indexed).</source>
        <translation>Case dossier written: %1 (%n evidence file(s) indexed).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="736"/>
        <source>Writing the case dossier…</source>
        <translation>Writing the case dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="744"/>
        <source>Save anonymised statistics (CSV)</source>
        <translation>Save anonymised statistics (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="746"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="748"/>
        <source>Save anonymised statistics report (PDF)</source>
        <translation>Save anonymised statistics report (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="773"/>
        <source>Anonymised statistics written: %1 (%n record(s); no names, contacts or places).</source>
        <translation>Anonymised statistics written: %1 (%n record(s); no names, contacts or places).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="783"/>
        <source>Writing anonymised statistics…</source>
        <translation>Writing anonymised statistics…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="802"/>
        <location filename="../../ui/pages/case_tools.py" line="841"/>
        <source>Write a request letter</source>
        <translation>Write a request letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="803"/>
        <source>Write a letter about the selected record</source>
        <translation>Write a letter about the selected record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="805"/>
        <source>Case bundles</source>
        <translation>Case bundles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="807"/>
        <location filename="../../ui/pages/case_tools.py" line="848"/>
        <source>Export case bundle…</source>
        <translation>Export case bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="809"/>
        <source>Import case bundle…</source>
        <translation>Import case bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="838"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="844"/>
        <source>Export dossier PDF…</source>
        <translation>Export dossier PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="912"/>
        <source>Export anonymised…</source>
        <translation>Export anonymised…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="914"/>
        <source>Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, place names or notes; small groups are merged.</source>
        <translation>Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, place names or notes; small groups are merged.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="921"/>
        <source>Anonymised statistics (CSV)…</source>
        <translation>Anonymised statistics (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="922"/>
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
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="65"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="93"/>
        <source>YYYY-MM-DD, e.g. 2026-12-01</source>
        <translation>YYYY-MM-DD, e.g. 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="99"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Choose the date on a calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="100"/>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="205"/>
        <source>Enter a date, for example 2026-12-01.</source>
        <translation>Enter a date, for example 2026-12-01.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="207"/>
        <source>“%1” is not a date FaceLedger can read. Type it as 2026-12-01, 20261201 or 2026/12/1.</source>
        <translation>“%1” is not a date FaceLedger can read. Type it as 2026-12-01, 20261201 or 2026/12/1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="212"/>
        <source>There is no day “%1”: check the month and the day.</source>
        <translation>There is no day “%1”: check the month and the day.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="221"/>
        <source>%1 is in the future. Enter the day it happened.</source>
        <translation>%1 is in the future. Enter the day it happened.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="224"/>
        <source>%1 is after %2, the latest date allowed here.</source>
        <translation>%1 is after %2, the latest date allowed here.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="229"/>
        <source>%1 is before %2, the earliest date allowed here.</source>
        <translation>%1 is before %2, the earliest date allowed here.</translation>
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
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="142"/>
        <source>FaceLedger never writes over a vault, its backups, a device or a folder. Choose another file name.</source>
        <translation>FaceLedger never writes over a vault, its backups, a device or a folder. Choose another file name.</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../ui/pages/due_page.py" line="104"/>
        <source>Due or overdue: %1</source>
        <translation>Due or overdue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="264"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="196"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="102"/>
        <source>and %n more</source>
        <translation>and %n more</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="103"/>
        <source>FaceLedger: a reply is due</source>
        <translation>FaceLedger: a reply is due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="199"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="200"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="286"/>
        <source>Nothing is due this week.</source>
        <translation>Nothing is due this week.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="142"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="143"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="144"/>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="197"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="198"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="334"/>
        <source>%n request(s) [needs|need] action this week</source>
        <translation>%n request(s) [needs|need] action this week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="335"/>
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
        <location filename="../../ui/errors.py" line="71"/>
        <source>A letter cannot be exported or marked sent without the sender&apos;s name and a postal address or e-mail for the reply. Add them under “From (you)” or in Settings.</source>
        <translation>A letter cannot be exported or marked sent without the sender&apos;s name and a postal address or e-mail for the reply. Add them under “From (you)” or in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>A file with this name already exists. Choose another name, or confirm that it may be replaced.</source>
        <translation>A file with this name already exists. Choose another name, or confirm that it may be replaced.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>FaceLedger will not write there: it is the vault itself, one of its backups or logs, a folder or a device. Choose another file; nothing was written.</source>
        <translation>FaceLedger will not write there: it is the vault itself, one of its backups or logs, a folder or a device. Choose another file; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>This date cannot be right (it is not a real day, or outside the possible range). Type it again; nothing was changed.</source>
        <translation>This date cannot be right (it is not a real day, or outside the possible range). Type it again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>This file cannot be attached as evidence (it is empty, too large, a folder or unreadable). Nothing was attached.</source>
        <translation>This file cannot be attached as evidence (it is empty, too large, a folder or unreadable). Nothing was attached.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>A letter needs the date, the kind of place, the place and who collected the face. Answer the marked question first.</source>
        <translation>A letter needs the date, the kind of place, the place and who collected the face. Answer the marked question first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>A file FaceLedger needs is missing from this installation. Reinstall FaceLedger; nothing was changed.</source>
        <translation>A file FaceLedger needs is missing from this installation. Reinstall FaceLedger; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>This is not a group&apos;s public key that FaceLedger can use (it starts with age1).</source>
        <translation>This is not a group&apos;s public key that FaceLedger can use (it starts with age1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Some answers are not valid. Check the marked field.</source>
        <translation>Some answers are not valid. Check the marked field.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>This input is not valid. Check the marked field.</source>
        <translation>This input is not valid. Check the marked field.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>This item no longer exists.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>A citation names an article the rule library does not have; nothing was written.</source>
        <translation>A citation names an article the rule library does not have; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>There is no official text of this article to quote; it can only be cited.</source>
        <translation>There is no official text of this article to quote; it can only be cited.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>The rule library could not be loaded.</source>
        <translation>The rule library could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>The letter cannot be written with these choices.</source>
        <translation>The letter cannot be written with these choices.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>This status change is not possible at this point.</source>
        <translation>This status change is not possible at this point.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>The official holiday calendar does not cover this year yet; no due date was guessed.</source>
        <translation>The official holiday calendar does not cover this year yet; no due date was guessed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>Wrong bundle passphrase. Ask the sender for it; nothing was imported.</source>
        <translation>Wrong bundle passphrase. Ask the sender for it; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>The case bundle was altered or damaged after it was made. Nothing was imported; ask the sender to send it again.</source>
        <translation>The case bundle was altered or damaged after it was made. Nothing was imported; ask the sender to send it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The case bundle is larger than FaceLedger accepts. Nothing was changed.</source>
        <translation>The case bundle is larger than FaceLedger accepts. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The case bundle opened but its contents are not valid. Nothing was imported.</source>
        <translation>The case bundle opened but its contents are not valid. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>This case bundle, or a newer one of the same case, was already imported. Nothing was changed.</source>
        <translation>This case bundle, or a newer one of the same case, was already imported. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>This case bundle is sealed to another group&apos;s key; none of this vault&apos;s group keys opens it. Nothing was imported.</source>
        <translation>This case bundle is sealed to another group&apos;s key; none of this vault&apos;s group keys opens it. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>The case bundle was refused.</source>
        <translation>The case bundle was refused.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>The update server could not be reached or did not answer properly. The rules in use stay in use.</source>
        <translation>The update server could not be reached or did not answer properly. The rules in use stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="187"/>
        <source>The update pack was refused: it is not signed by a trusted key or its files do not match. The rules in use stay in use.</source>
        <translation>The update pack was refused: it is not signed by a trusted key or its files do not match. The rules in use stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>The server offers rules that are not newer than the ones in use; refused (no rollback).</source>
        <translation>The server offers rules that are not newer than the ones in use; refused (no rollback).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202"/>
        <source>The update pack has expired or is dated in the future. Check this computer&apos;s date; the rules in use stay in use.</source>
        <translation>The update pack has expired or is dated in the future. Check this computer&apos;s date; the rules in use stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>The update was cancelled. Nothing was changed.</source>
        <translation>The update was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>The update was refused; the installed rules stay in use.</source>
        <translation>The update was refused; the installed rules stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>The vault could not be used.</source>
        <translation>The vault could not be used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="212"/>
        <source>The operation could not be completed.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="213"/>
        <source>The file could not be read or written.</source>
        <translation>The file could not be read or written.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="250"/>
        <source>FaceLedger</source>
        <translation>FaceLedger</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="255"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="256"/>
        <source>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</source>
        <translation>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="297"/>
        <source>Add to the timeline</source>
        <translation>Add to the timeline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="312"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="314"/>
        <location filename="../../ui/pages/requests_page.py" line="323"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="316"/>
        <source>%1 is in the future: enter the day it happened.</source>
        <translation>%1 is in the future: enter the day it happened.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="321"/>
        <source>%1 is before %2, the date of the last step of this request.</source>
        <translation>%1 is before %2, the date of the last step of this request.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="325"/>
        <source>What they said, who you spoke to…</source>
        <translation>What they said, who you spoke to…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="327"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="328"/>
        <source>Attach scan or screenshot…</source>
        <translation>Attach scan or screenshot…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="329"/>
        <location filename="../../ui/pages/requests_page.py" line="364"/>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="336"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="343"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="344"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="354"/>
        <source>Attach the reply</source>
        <translation>Attach the reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="356"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="357"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="124"/>
        <source>“%1” was not added: the file is empty (0 bytes).</source>
        <translation>“%1” was not added: the file is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="125"/>
        <source>“%1” was not added: it is larger than %2 MB, the limit for one file.</source>
        <translation>“%1” was not added: it is larger than %2 MB, the limit for one file.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="128"/>
        <source>“%1” was not added: the file no longer exists.</source>
        <translation>“%1” was not added: the file no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="129"/>
        <source>“%1” was not added: it is a folder. Choose the files inside it.</source>
        <translation>“%1” was not added: it is a folder. Choose the files inside it.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="132"/>
        <source>“%1” was not added: it cannot be read (check that you may open it).</source>
        <translation>“%1” was not added: it cannot be read (check that you may open it).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="163"/>
        <source>%n byte(s)</source>
        <translation>%n byte(s)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="165"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="166"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="200"/>
        <location filename="../../ui/evidence_panel.py" line="215"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="205"/>
        <source>Photos of the gate, the sign (or where it is missing), the consent screen. Drop files here or add them.</source>
        <translation>Photos of the gate, the sign (or where it is missing), the consent screen. Drop files here or add them.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="231"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="233"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="235"/>
        <source>Export a copy…</source>
        <translation>Export a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="237"/>
        <source>Copy SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="239"/>
        <source>For an evidence list: the hash proves the file was not changed.</source>
        <translation>For an evidence list: the hash proves the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="242"/>
        <location filename="../../ui/evidence_panel.py" line="389"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="305"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="306"/>
        <source>Taken: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="307"/>
        <source>unknown (no date in the file)</source>
        <translation>unknown (no date in the file)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="311"/>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="313"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="316"/>
        <source>The picture is too large to show safely; it is kept as it is.</source>
        <translation>The picture is too large to show safely; it is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="322"/>
        <source>The picture cannot be read (damaged or incomplete).</source>
        <translation>The picture cannot be read (damaged or incomplete).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="338"/>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="340"/>
        <source>Pictures and documents</source>
        <translation>Pictures and documents</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="342"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="352"/>
        <source>Reading files…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="385"/>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="386"/>
        <source>Remove this item from the record when you save? It cannot be undone.</source>
        <translation>Remove this item from the record when you save? It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="390"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="421"/>
        <source>The picture cannot be shown.</source>
        <translation>The picture cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="439"/>
        <source>Export a copy</source>
        <translation>Export a copy</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="444"/>
        <source>A copy was saved. It is not encrypted: keep it safe.</source>
        <translation>A copy was saved. It is not encrypted: keep it safe.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="174"/>
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
        <location filename="../../ui/widgets/grounds_panel.py" line="29"/>
        <location filename="../../ui/widgets/grounds_panel.py" line="34"/>
        <source>Your rights here</source>
        <translation>Your rights here</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="44"/>
        <source>Answer the questions on the left; what applies appears here.</source>
        <translation>Answer the questions on the left; what applies appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="64"/>
        <source>From these answers, no specific problem stands out yet. The general rules below still apply.</source>
        <translation>From these answers, no specific problem stands out yet. The general rules below still apply.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="90"/>
        <source>You can ask for:</source>
        <translation>You can ask for:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="98"/>
        <source>%n working day(s)</source>
        <translation>%n working day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="100"/>
        <source>%n day(s)</source>
        <translation>%n day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="104"/>
        <source>Reply expected within:</source>
        <translation>Reply expected within:</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="155"/>
        <location filename="../../ui/composer/composer_dialog.py" line="403"/>
        <source>Write a letter</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="180"/>
        <source>What you ask for</source>
        <translation>What you ask for</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="212"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="217"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="192"/>
        <location filename="../../ui/composer/composer_dialog.py" line="218"/>
        <source>Reply within</source>
        <translation>Reply within</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="200"/>
        <location filename="../../ui/composer/composer_dialog.py" line="219"/>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="210"/>
        <location filename="../../ui/composer/composer_dialog.py" line="213"/>
        <source>Complain to</source>
        <translation>Complain to</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="222"/>
        <source>From (you)</source>
        <translation>From (you)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="228"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="229"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="230"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="231"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="234"/>
        <source>Use for all my letters (change it later in Settings)</source>
        <translation>Use for all my letters (change it later in Settings)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="240"/>
        <source>Print as a blank form to fill in by hand</source>
        <translation>Print as a blank form to fill in by hand</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="266"/>
        <source>Preparing the letter…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="274"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="275"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="276"/>
        <source>Copy e-mail text</source>
        <translation>Copy e-mail text</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="277"/>
        <source>Open in mail app</source>
        <translation>Open in mail app</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="278"/>
        <source>Save .eml…</source>
        <translation>Save .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="279"/>
        <source>Mark as sent…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="281"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="340"/>
        <source>The letter date %1 is before the day the record says the face collection was last seen (%2). A letter cannot report what happened after it was written: date the letter %2 or later, or correct the record&apos;s last-seen date.</source>
        <translation>The letter date %1 is before the day the record says the face collection was last seen (%2). A letter cannot report what happened after it was written: date the letter %2 or later, or correct the record&apos;s last-seen date.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="347"/>
        <source>(the handler&apos;s name is not recorded)</source>
        <translation>(the handler&apos;s name is not recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="359"/>
        <source>From (you) — asked once</source>
        <translation>From (you) — asked once</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="377"/>
        <location filename="../../ui/composer/composer_dialog.py" line="572"/>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="378"/>
        <location filename="../../ui/composer/composer_dialog.py" line="573"/>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="381"/>
        <source>set by law</source>
        <translation>set by law</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="395"/>
        <source>Suggested by the rules for this record</source>
        <translation>Suggested by the rules for this record</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="411"/>
        <source>Follow-up to %1</source>
        <translation>Follow-up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="416"/>
        <source>Write a follow-up letter</source>
        <translation>Write a follow-up letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="423"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="472"/>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="473"/>
        <source>a postal address or e-mail for the reply</source>
        <translation>a postal address or e-mail for the reply</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="475"/>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="476"/>
        <source>This letter cannot be exported or marked sent without %1: fill them in under “From (you)”.</source>
        <translation>This letter cannot be exported or marked sent without %1: fill them in under “From (you)”.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="508"/>
        <source>Choose at least one request.</source>
        <translation>Choose at least one request.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="566"/>
        <source>no reply period in this letter</source>
        <translation>no reply period in this letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="576"/>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="578"/>
        <source>Fill in by hand before sending: %1</source>
        <translation>Fill in by hand before sending: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="579"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="607"/>
        <source>Export the letter as PDF</source>
        <translation>Export the letter as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="609"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="622"/>
        <source>Save as e-mail (.eml)</source>
        <translation>Save as e-mail (.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="624"/>
        <source>E-mail message (*.eml)</source>
        <translation>E-mail message (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="637"/>
        <source>The letter is still being updated. Try again in a moment.</source>
        <translation>The letter is still being updated. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="702"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="711"/>
        <source>The e-mail text is copied. The clipboard is cleared after a while.</source>
        <translation>The e-mail text is copied. The clipboard is cleared after a while.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="724"/>
        <source>[The letter is longer than a mail link can carry: paste the copied text here.]</source>
        <translation>[The letter is longer than a mail link can carry: paste the copied text here.]</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="744"/>
        <source>No mail app answered. Copy the e-mail text or save an .eml file.</source>
        <translation>No mail app answered. Copy the e-mail text or save an .eml file.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="820"/>
        <source>Kept as sent. You will find it under Requests with its due date.</source>
        <translation>Kept as sent. You will find it under Requests with its due date.</translation>
    </message>
</context>
<context>
    <name>LocationField</name>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="51"/>
        <source>Choose the place</source>
        <translation>Choose the place</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="54"/>
        <source>Name, pinyin or code, e.g. 朝阳 or 110105</source>
        <translation>Name, pinyin or code, e.g. 朝阳 or 110105</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="56"/>
        <source>Search places</source>
        <translation>Search places</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="58"/>
        <source>Places found</source>
        <translation>Places found</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="103"/>
        <location filename="../../ui/widgets/location_field.py" line="107"/>
        <source>Place on the map</source>
        <translation>Place on the map</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="115"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="116"/>
        <source>Choose the city or district yourself</source>
        <translation>Choose the city or district yourself</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="118"/>
        <source>Read it from the city and address</source>
        <translation>Read it from the city and address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="120"/>
        <source>Use a photo&apos;s position…</source>
        <translation>Use a photo&apos;s position…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="122"/>
        <source>Only with your agreement; the position never leaves this vault</source>
        <translation>Only with your agreement; the position never leaves this vault</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="127"/>
        <source>Remove the precise position</source>
        <translation>Remove the precise position</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="210"/>
        <source>your choice, saved with the record</source>
        <translation>your choice, saved with the record</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="213"/>
        <source>your correction</source>
        <translation>your correction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="216"/>
        <source>read from the city and address</source>
        <translation>read from the city and address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="223"/>
        <source>Not recognised: the record is not on the map. Choose the place.</source>
        <translation>Not recognised: the record is not on the map. Choose the place.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="228"/>
        <source>Or did you mean: %1</source>
        <translation>Or did you mean: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="236"/>
        <source>A photo&apos;s precise position is kept in this vault with your agreement (%1). It is never exported.</source>
        <translation>A photo&apos;s precise position is kept in this vault with your agreement (%1). It is never exported.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="280"/>
        <source>None of this record&apos;s saved photos has a GPS position.</source>
        <translation>None of this record&apos;s saved photos has a GPS position.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="287"/>
        <source>Keep the photo&apos;s position?</source>
        <translation>Keep the photo&apos;s position?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="288"/>
        <source>The photo “%1” records where it was taken. FaceLedger can keep this precise position in your encrypted vault to suggest the district. It is never put in case bundles, statistics or map exports, and you can remove it at any time. Keep it?</source>
        <translation>The photo “%1” records where it was taken. FaceLedger can keep this precise position in your encrypted vault to suggest the district. It is never put in case bundles, statistics or map exports, and you can remove it at any time. Keep it?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="294"/>
        <source>Keep the position</source>
        <translation>Keep the position</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="295"/>
        <source>Don&apos;t keep it</source>
        <translation>Don&apos;t keep it</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Letters you send about your records will be listed here, with their status and replies. This part of FaceLedger is not finished in this version.</source>
        <translation>Letters you send about your records will be listed here, with their status and replies. This part of FaceLedger is not finished in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Replies that are due or overdue will be shown here, counted in working days. This part of FaceLedger is not finished in this version.</source>
        <translation>Replies that are due or overdue will be shown here, counted in working days. This part of FaceLedger is not finished in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Charts of your records and of how handlers answer will be shown here. This part of FaceLedger is not finished in this version.</source>
        <translation>Charts of your records and of how handlers answer will be shown here. This part of FaceLedger is not finished in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Loc&amp;k</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>FaceLedger</source>
        <translation>FaceLedger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>This is the latest backup. Unlock it with the passphrase the vault had when the backup was made. The damaged file is left as it is.</source>
        <translation>This is the latest backup. Unlock it with the passphrase the vault had when the backup was made. The damaged file is left as it is.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/pages/map_page.py" line="47"/>
        <source>No request sent</source>
        <translation>No request sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="48"/>
        <source>Waiting for a reply</source>
        <translation>Waiting for a reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="49"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="50"/>
        <source>Complied</source>
        <translation>Complied</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="51"/>
        <source>Refused or partly</source>
        <translation>Refused or partly</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="65"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="70"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="73"/>
        <source>PNG image…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="74"/>
        <source>SVG drawing…</source>
        <translation>SVG drawing…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="75"/>
        <source>PDF document…</source>
        <translation>PDF document…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="86"/>
        <source>Search places, handlers, notes…</source>
        <translation>Search places, handlers, notes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="88"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="90"/>
        <source>All kinds of places</source>
        <translation>All kinds of places</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="93"/>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="95"/>
        <location filename="../../ui/pages/map_page.py" line="98"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="99"/>
        <source>With an open request</source>
        <translation>With an open request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="104"/>
        <source>By city</source>
        <translation>By city</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="105"/>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="106"/>
        <source>By province</source>
        <translation>By province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="107"/>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="109"/>
        <source>Colour: request state</source>
        <translation>Colour: request state</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="110"/>
        <source>Colour: main ground</source>
        <translation>Colour: main ground</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="111"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="123"/>
        <source>Map of the records</source>
        <translation>Map of the records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="125"/>
        <source>Dots at the places of your records. Arrow keys move, plus and minus zoom, 0 fits, N and P step through the places, Enter shows the records of the selected place.</source>
        <translation>Dots at the places of your records. Arrow keys move, plus and minus zoom, 0 fits, N and P step through the places, Enter shows the records of the selected place.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="131"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="139"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="139"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="141"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="162"/>
        <source>Dots sit at the seats of cities and districts, never at a record&apos;s own position; their area grows with the number of records. No boundary lines are drawn. Scroll or press +/− to zoom, drag or use the arrow keys to move, 0 to see everything.</source>
        <translation>Dots sit at the seats of cities and districts, never at a record&apos;s own position; their area grows with the number of records. No boundary lines are drawn. Scroll or press +/− to zoom, drag or use the arrow keys to move, 0 to see everything.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="227"/>
        <source>No specific ground</source>
        <translation>No specific ground</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="228"/>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="251"/>
        <source>%n record(s)</source>
        <translation>%n record(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="254"/>
        <source>Most often: %1</source>
        <translation>Most often: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="261"/>
        <source>No record matches these filters.</source>
        <translation>No record matches these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="263"/>
        <source>No records yet. Records appear here by the city you enter.</source>
        <translation>No records yet. Records appear here by the city you enter.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="266"/>
        <source>None of these records has a recognised place. Check their city fields.</source>
        <translation>None of these records has a recognised place. Check their city fields.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="272"/>
        <source>%n record(s) on the map</source>
        <translation>%n record(s) on the map</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="275"/>
        <source>%n record(s) without a recognised place</source>
        <translation>%n record(s) without a recognised place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="278"/>
        <source>checking the grounds of every record…</source>
        <translation>checking the grounds of every record…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="333"/>
        <source>Where faces were collected: %n record(s)</source>
        <translation>Where faces were collected: %n record(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="334"/>
        <source>Dots sit at the seats of administrative units, area proportional to the number of records; no boundary lines are drawn.</source>
        <translation>Dots sit at the seats of administrative units, area proportional to the number of records; no boundary lines are drawn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="348"/>
        <source>faceledger-map</source>
        <translation>faceledger-map</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="350"/>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="362"/>
        <source>Map saved: %1</source>
        <translation>Map saved: %1</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="45"/>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="77"/>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="47"/>
        <source>The letter %1 is kept in the vault exactly as it is now.</source>
        <translation>The letter %1 is kept in the vault exactly as it is now.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="58"/>
        <source>%1 is in the future: enter the day the letter was sent.</source>
        <translation>%1 is in the future: enter the day the letter was sent.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="64"/>
        <source>e.g. the EMS number on the receipt</source>
        <translation>e.g. the EMS number on the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="65"/>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="68"/>
        <source>Optional: post office, e-mail address used…</source>
        <translation>Optional: post office, e-mail address used…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="70"/>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="60"/>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="71"/>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="73"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="54"/>
        <location filename="../../ui/widgets/message_banner.py" line="55"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="82"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="83"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="84"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>MissingChanges</name>
    <message>
        <location filename="../../ui/missing_changes.py" line="26"/>
        <source>This vault has %n fewer change(s) than last seen on this computer. A lost or damaged write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open your latest backup; or continue with the file as it is. This warning stays until you choose.</source>
        <translation>This vault has %n fewer change(s) than last seen on this computer. A lost or damaged write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open your latest backup; or continue with the file as it is. This warning stays until you choose.</translation>
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
        <location filename="../../ui/record_editor.py" line="341"/>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="343"/>
        <source>Edit record</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="363"/>
        <source>No profile</source>
        <translation>No profile</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="364"/>
        <location filename="../../ui/record_editor.py" line="367"/>
        <source>Whose record is this (for letters)</source>
        <translation>Whose record is this (for letters)</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="394"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="403"/>
        <source>Write a deletion or consent-withdrawal letter about this record</source>
        <translation>Write a deletion or consent-withdrawal letter about this record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="365"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="391"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="392"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="399"/>
        <source>&amp;Delete record…</source>
        <translation>&amp;Delete record…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="401"/>
        <source>Write a &amp;letter…</source>
        <translation>Write a &amp;letter…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="409"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="487"/>
        <source>Enter the date and choose the kind of place to see your rights.</source>
        <translation>Enter the date and choose the kind of place to see your rights.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="495"/>
        <source>Correct the marked answer to see your rights.</source>
        <translation>Correct the marked answer to see your rights.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="513"/>
        <source>Enter the date it happened.</source>
        <translation>Enter the date it happened.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="514"/>
        <source>Choose the kind of place.</source>
        <translation>Choose the kind of place.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="515"/>
        <source>Enter the place (its name or address) or who runs it.</source>
        <translation>Enter the place (its name or address) or who runs it.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="517"/>
        <source>This code is not valid: check the 18 characters (the last one is a check character).</source>
        <translation>This code is not valid: check the 18 characters (the last one is a check character).</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="522"/>
        <source>This date cannot be before the first time.</source>
        <translation>This date cannot be before the first time.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="524"/>
        <source>Enter a real date.</source>
        <translation>Enter a real date.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="525"/>
        <source>This answer is not valid.</source>
        <translation>This answer is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="552"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="553"/>
        <source>This record has changes that are not saved yet. Do you want to save them?</source>
        <translation>This record has changes that are not saved yet. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="604"/>
        <source>These are the answers you had not saved when the vault locked. Save them to keep them.</source>
        <translation>These are the answers you had not saved when the vault locked. Save them to keep them.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="609"/>
        <source>Files that were not saved and must be added again: %1</source>
        <translation>Files that were not saved and must be added again: %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="638"/>
        <source>Correct the marked date: it was not saved.</source>
        <translation>Correct the marked date: it was not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="649"/>
        <source>Not saved yet: a record needs the date, the kind of place, and the place or who runs it.</source>
        <translation>Not saved yet: a record needs the date, the kind of place, and the place or who runs it.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="674"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="706"/>
        <source>Save your changes first: the letter is written from the saved record.</source>
        <translation>Save your changes first: the letter is written from the saved record.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="721"/>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="722"/>
        <source>Delete this record and all its evidence from the vault? This cannot be undone. A record that letters were sent about cannot be deleted.</source>
        <translation>Delete this record and all its evidence from the vault? This cannot be undone. A record that letters were sent about cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="727"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="728"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_editor.py" line="78"/>
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="87"/>
        <source>e.g. 阳光花园小区 north gate</source>
        <translation>e.g. 阳光花园小区 north gate</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="88"/>
        <source>e.g. 杭州</source>
        <translation>e.g. 杭州</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="91"/>
        <source>Who runs it</source>
        <translation>Who runs it</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="92"/>
        <source>e.g. 某某物业服务有限公司</source>
        <translation>e.g. 某某物业服务有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="94"/>
        <source>18 characters, on their licence or website</source>
        <translation>18 characters, on their licence or website</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="100"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="109"/>
        <source>What else you know</source>
        <translation>What else you know</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="120"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="172"/>
        <source>— choose one —</source>
        <translation>— choose one —</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="174"/>
        <location filename="../../ui/record_editor.py" line="182"/>
        <source>— not answered —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="183"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="184"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="185"/>
        <source>I don&apos;t know</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="204"/>
        <source>%1 is in the future. Enter the day it happened.</source>
        <translation>%1 is in the future. Enter the day it happened.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="212"/>
        <source>Type the date as 2026-12-01, 20261201 or 2026/12/1, or press Alt+Down for a calendar.</source>
        <translation>Type the date as 2026-12-01, 20261201 or 2026/12/1, or press Alt+Down for a calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="220"/>
        <source>%1 is before the first time (%2): the last time cannot come first.</source>
        <translation>%1 is before the first time (%2): the last time cannot come first.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="266"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="267"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="268"/>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="269"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="270"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="271"/>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="292"/>
        <source>(could not be loaded)</source>
        <translation>(could not be loaded)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/pages/records_page.py" line="94"/>
        <location filename="../../ui/pages/records_page.py" line="140"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="99"/>
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="100"/>
        <source>Add a place where your face was taken (Ctrl+N)</source>
        <translation>Add a place where your face was taken (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="109"/>
        <source>Search places, handlers, notes…</source>
        <translation>Search places, handlers, notes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="111"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="113"/>
        <source>Search places, handlers, notes… (Ctrl+F)</source>
        <translation>Search places, handlers, notes… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="117"/>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="118"/>
        <source>All kinds of places</source>
        <translation>All kinds of places</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="122"/>
        <location filename="../../ui/pages/records_page.py" line="125"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="126"/>
        <source>With an open request</source>
        <translation>With an open request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="128"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="129"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="130"/>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="198"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="226"/>
        <source>%n record(s) found</source>
        <translation>%n record(s) found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="228"/>
        <source>%n record(s)</source>
        <translation>%n record(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="232"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>Nothing matches. Try fewer words or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="234"/>
        <source>No records yet.
Add the first place where your face was taken: “New record…”.</source>
        <translation>No records yet.
Add the first place where your face was taken: “New record…”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="298"/>
        <source>Showing the %n record(s) at %1 chosen on the map.</source>
        <translation>Showing the %n record(s) at %1 chosen on the map.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="302"/>
        <source>Show all records</source>
        <translation>Show all records</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="55"/>
        <source>Complied (no proof given)</source>
        <translation>Complied (no proof given)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="56"/>
        <source>Complied, with proof</source>
        <translation>Complied, with proof</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="57"/>
        <source>Did only part of it</source>
        <translation>Did only part of it</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="58"/>
        <source>Refused, giving a reason</source>
        <translation>Refused, giving a reason</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="59"/>
        <source>Refused without a reason</source>
        <translation>Refused without a reason</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="60"/>
        <source>Asked for an ID copy or more personal data</source>
        <translation>Asked for an ID copy or more personal data</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="61"/>
        <source>Asked for a fee</source>
        <translation>Asked for a fee</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="62"/>
        <source>Said deletion is technically impossible</source>
        <translation>Said deletion is technically impossible</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="63"/>
        <source>Asked you to come in person</source>
        <translation>Asked you to come in person</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="64"/>
        <source>Did not answer the request</source>
        <translation>Did not answer the request</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="137"/>
        <source>Record the reply</source>
        <translation>Record the reply</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="139"/>
        <source>Reply to %1 · %2</source>
        <translation>Reply to %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="150"/>
        <source>What does the reply say?</source>
        <translation>What does the reply say?</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="161"/>
        <location filename="../../ui/composer/reply_dialog.py" line="184"/>
        <source>Date of the reply</source>
        <translation>Date of the reply</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="163"/>
        <source>%1 is in the future: enter the day it came.</source>
        <translation>%1 is in the future: enter the day it came.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="168"/>
        <source>%1 is before %2, the date of the last step of this request.</source>
        <translation>%1 is before %2, the date of the last step of this request.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="172"/>
        <source>In a few words: the reason they gave, the fee they asked for…</source>
        <translation>In a few words: the reason they gave, the fee they asked for…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="176"/>
        <source>Attach the reply…</source>
        <translation>Attach the reply…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="177"/>
        <location filename="../../ui/composer/reply_dialog.py" line="361"/>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="185"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="186"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="203"/>
        <source>The proposed answer letter</source>
        <translation>The proposed answer letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="208"/>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="209"/>
        <source>The answer letter FaceLedger proposes</source>
        <translation>The answer letter FaceLedger proposes</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="227"/>
        <source>Write the answer letter after saving</source>
        <translation>Write the answer letter after saving</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="232"/>
        <source>Save the reply</source>
        <translation>Save the reply</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="233"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="265"/>
        <source>Choose what the reply says: FaceLedger then shows what it means and the answer the law supports.</source>
        <translation>Choose what the reply says: FaceLedger then shows what it means and the answer the law supports.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="283"/>
        <source>Also record the outcome: %1</source>
        <translation>Also record the outcome: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="304"/>
        <source>The law has no rule on this, and FaceLedger does not invent one: the answer asks for the basis in writing and cites no article.</source>
        <translation>The law has no rule on this, and FaceLedger does not invent one: the answer asks for the basis in writing and cites no article.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="313"/>
        <source>The answer cites:</source>
        <translation>The answer cites:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="317"/>
        <source>No answer letter is needed for this reply.</source>
        <translation>No answer letter is needed for this reply.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="350"/>
        <source>Attach the reply</source>
        <translation>Attach the reply</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="352"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="354"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="435"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="436"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="437"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="438"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="455"/>
        <source>Letters of this case, step by step</source>
        <translation>Letters of this case, step by step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="458"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="459"/>
        <location filename="../../ui/pages/requests_page.py" line="475"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="460"/>
        <location filename="../../ui/pages/requests_page.py" line="476"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="461"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="462"/>
        <source>Due / answer</source>
        <translation>Due / answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="473"/>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="474"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="480"/>
        <source>Open letter</source>
        <translation>Open letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="481"/>
        <location filename="../../ui/pages/requests_page.py" line="741"/>
        <source>Export letter as sent…</source>
        <translation>Export letter as sent…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="488"/>
        <source>Write reminder letter…</source>
        <translation>Write reminder letter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="489"/>
        <source>Write complaint letter…</source>
        <translation>Write complaint letter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="490"/>
        <source>Add reply…</source>
        <translation>Add reply…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="491"/>
        <source>Set outcome…</source>
        <translation>Set outcome…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="492"/>
        <source>Delivered…</source>
        <translation>Delivered…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="493"/>
        <source>Complaint filed…</source>
        <translation>Complaint filed…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="494"/>
        <source>Close request</source>
        <translation>Close request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="495"/>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="497"/>
        <source>Answer letter…</source>
        <translation>Answer letter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="532"/>
        <source>Steps of this case</source>
        <translation>Steps of this case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="687"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="954"/>
        <source>The due date %1 is an estimate: an update pack with that year&apos;s official holiday schedule makes it exact.</source>
        <translation>The due date %1 is an estimate: an update pack with that year&apos;s official holiday schedule makes it exact.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="432"/>
        <location filename="../../ui/pages/requests_page.py" line="534"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="470"/>
        <location filename="../../ui/pages/requests_page.py" line="536"/>
        <source>Letters as sent</source>
        <translation>Letters as sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="587"/>
        <source>Choose a request to see its timeline.</source>
        <translation>Choose a request to see its timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="601"/>
        <source>, tracking number %1</source>
        <translation>, tracking number %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="604"/>
        <source>Asked for: %1
Status: %2
Sent: %3 by %4%5</source>
        <translation>Asked for: %1
Status: %2
Sent: %3 by %4%5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="618"/>
        <source>%1 answered on %2.</source>
        <translation>%1 answered on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="622"/>
        <source>No due date yet (not sent).</source>
        <translation>No due date yet (not sent).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="625"/>
        <source>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</source>
        <translation>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="633"/>
        <source>Follow up with %3 on: %1 (%2); no law sets this date.</source>
        <translation>Follow up with %3 on: %1 (%2); no law sets this date.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="635"/>
        <source>%3 must decide by: %1 (%2)</source>
        <translation>%3 must decide by: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="637"/>
        <source>Reply to the reminder due: %1 (%2)</source>
        <translation>Reply to the reminder due: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="639"/>
        <source>Reply due: %1 (%2)</source>
        <translation>Reply due: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="133"/>
        <location filename="../../ui/pages/requests_page.py" line="256"/>
        <location filename="../../ui/pages/requests_page.py" line="642"/>
        <source>%1 (estimated)</source>
        <translation>%1 (estimated)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="654"/>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="656"/>
        <source>answered %1</source>
        <translation>answered %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="661"/>
        <source>(follow-up, not statutory)</source>
        <translation>(follow-up, not statutory)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="736"/>
        <source>Letter %1 as sent</source>
        <translation>Letter %1 as sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="758"/>
        <source>Export the letter as sent</source>
        <translation>Export the letter as sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="759"/>
        <location filename="../../ui/pages/requests_page.py" line="832"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="769"/>
        <location filename="../../ui/pages/requests_page.py" line="849"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="831"/>
        <source>Save the answer letter</source>
        <translation>Save the answer letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="860"/>
        <source>Set the outcome</source>
        <translation>Set the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="924"/>
        <source>Send the letter, then mark it sent.</source>
        <translation>Send the letter, then mark it sent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="925"/>
        <source>Waiting for the reply, due %1.</source>
        <translation>Waiting for the reply, due %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="927"/>
        <source>Record the reply (attach it) or the outcome when it comes.</source>
        <translation>Record the reply (attach it) or the outcome when it comes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="929"/>
        <source>Record the delivery date if you know it (postal tracking, read receipt).</source>
        <translation>Record the delivery date if you know it (postal tracking, read receipt).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="931"/>
        <source>The reply was due on %1: a reminder letter can be written.</source>
        <translation>The reply was due on %1: a reminder letter can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="934"/>
        <source>Reminder sent; a complaint is suggested after %1.</source>
        <translation>Reminder sent; a complaint is suggested after %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="936"/>
        <source>No reply 30 days after sending: a complaint letter can be written.</source>
        <translation>No reply 30 days after sending: a complaint letter can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="938"/>
        <source>The statutory period ended on %1 without a reply: a complaint can be written.</source>
        <translation>The statutory period ended on %1 without a reply: a complaint can be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="942"/>
        <source>The handler refused: a complaint letter can be written from the timeline.</source>
        <translation>The handler refused: a complaint letter can be written from the timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="944"/>
        <source>Only partly complied: remind them of the rest, or complain.</source>
        <translation>Only partly complied: remind them of the rest, or complain.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="946"/>
        <source>Record what the reply means: complied, partly complied or refused.</source>
        <translation>Record what the reply means: complied, partly complied or refused.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="948"/>
        <source>Complied. Close the request when you are done.</source>
        <translation>Complied. Close the request when you are done.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="950"/>
        <source>Complaint filed: record the answer when it comes.</source>
        <translation>Complaint filed: record the answer when it comes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="952"/>
        <source>The due date is unknown until the holiday calendar is updated.</source>
        <translation>The due date is unknown until the holiday calendar is updated.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../ui/composer/labels.py" line="20"/>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="21"/>
        <source>Delete my face data</source>
        <translation>Delete my face data</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="22"/>
        <source>Offer another way in</source>
        <translation>Offer another way in</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="23"/>
        <source>Access and copy</source>
        <translation>Access and copy</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="24"/>
        <source>Explain the processing</source>
        <translation>Explain the processing</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="25"/>
        <source>Complaint to a regulator</source>
        <translation>Complaint to a regulator</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="26"/>
        <location filename="../../ui/composer/labels.py" line="59"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="27"/>
        <source>Data access request (PDPO s18)</source>
        <translation>Data access request (PDPO s18)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="28"/>
        <source>Erasure (PDPO s26, DPP2)</source>
        <translation>Erasure (PDPO s26, DPP2)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="34"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="39"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="40"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="41"/>
        <location filename="../../ui/composer/labels.py" line="69"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="42"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="43"/>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="44"/>
        <source>Complied</source>
        <translation>Complied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="45"/>
        <source>Partly complied</source>
        <translation>Partly complied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="46"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="47"/>
        <location filename="../../ui/composer/labels.py" line="75"/>
        <source>Complaint filed</source>
        <translation>Complaint filed</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="48"/>
        <location filename="../../ui/composer/labels.py" line="76"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="50"/>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="58"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="60"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="61"/>
        <source>Police report</source>
        <translation>Police report</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="68"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="70"/>
        <source>Reply received</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="71"/>
        <source>Outcome: complied</source>
        <translation>Outcome: complied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="72"/>
        <source>Outcome: partly complied</source>
        <translation>Outcome: partly complied</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="73"/>
        <source>Outcome: refused</source>
        <translation>Outcome: refused</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="74"/>
        <source>Reminder sent</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="77"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="85"/>
        <source>Registered mail</source>
        <translation>Registered mail</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="86"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="87"/>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="88"/>
        <source>In the app</source>
        <translation>In the app</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="89"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="96"/>
        <source>Residential compound</source>
        <translation>Residential compound</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="97"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="98"/>
        <source>Shopping mall</source>
        <translation>Shopping mall</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="99"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="100"/>
        <source>Property sales office</source>
        <translation>Property sales office</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="101"/>
        <source>Gym or sports venue</source>
        <translation>Gym or sports venue</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="102"/>
        <source>School or campus</source>
        <translation>School or campus</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="103"/>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="104"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="105"/>
        <source>Station or airport</source>
        <translation>Station or airport</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="106"/>
        <source>Tourist site</source>
        <translation>Tourist site</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="107"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="108"/>
        <source>Government service</source>
        <translation>Government service</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="109"/>
        <source>Entertainment venue</source>
        <translation>Entertainment venue</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="110"/>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="111"/>
        <source>Public street</source>
        <translation>Public street</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="112"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="128"/>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="129"/>
        <source>your phone number</source>
        <translation>your phone number</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="130"/>
        <source>your postal address</source>
        <translation>your postal address</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="131"/>
        <source>the handler&apos;s full legal name</source>
        <translation>the handler&apos;s full legal name</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="132"/>
        <source>the handler&apos;s address</source>
        <translation>the handler&apos;s address</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="133"/>
        <source>the authority that takes the complaint</source>
        <translation>the authority that takes the complaint</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="135"/>
        <source>a detail marked 【…】 in the letter</source>
        <translation>a detail marked 【…】 in the letter</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="166"/>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="168"/>
        <source>Not awaiting a reply</source>
        <translation>Not awaiting a reply</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="171"/>
        <source>Overdue by %n day(s)</source>
        <translation>Overdue by %n day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="174"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="177"/>
        <source>%n day(s) left</source>
        <translation>%n day(s) left</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="221"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="222"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="223"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="224"/>
        <location filename="../../ui/pages/requests_page.py" line="1018"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="225"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="226"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="227"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="228"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="240"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="251"/>
        <source>(handler not named)</source>
        <translation>(handler not named)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="970"/>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="971"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="998"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="999"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1000"/>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1002"/>
        <source>Export due dates (.ics)…</source>
        <translation>Export due dates (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1003"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1006"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1008"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1135"/>
        <source>%n request(s)</source>
        <translation>%n request(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1183"/>
        <source>Export due dates</source>
        <translation>Export due dates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1185"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1199"/>
        <source>%n due date(s) exported to the calendar file.</source>
        <translation>%n due date(s) exported to the calendar file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1204"/>
        <source>Exporting due dates…</source>
        <translation>Exporting due dates…</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="38"/>
        <source>checked against the official text</source>
        <translation>checked against the official text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="39"/>
        <source>from a secondary source; check before relying on it</source>
        <translation>from a secondary source; check before relying on it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="40"/>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="49"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="62"/>
        <source>Search the rules, e.g. 单独同意 or consent</source>
        <translation>Search the rules, e.g. 单独同意 or consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="64"/>
        <source>Search the rules</source>
        <translation>Search the rules</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="70"/>
        <source>Laws and articles</source>
        <translation>Laws and articles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="74"/>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="104"/>
        <source>Rule library %1, as of %2</source>
        <translation>Rule library %1, as of %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="110"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="213"/>
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="216"/>
        <source>Document number: %1</source>
        <translation>Document number: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="220"/>
        <source>In force since: %1</source>
        <translation>In force since: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="222"/>
        <source>In force for every date the app handles</source>
        <translation>In force for every date the app handles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="226"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="231"/>
        <source>%n article(s) in the library.</source>
        <translation>%n article(s) in the library.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="252"/>
        <source>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</source>
        <translation>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="263"/>
        <source>Summary in English</source>
        <translation>Summary in English</translation>
    </message>
</context>
<context>
    <name>SenderSettings</name>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="26"/>
        <source>Sender (who writes your letters)</source>
        <translation>Sender (who writes your letters)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="30"/>
        <source>Used in every new letter and carried by its reminders and complaints. A letter cannot be exported or marked sent without a name and a postal address or e-mail for the reply.</source>
        <translation>Used in every new letter and carried by its reminders and complaints. A letter cannot be exported or marked sent without a name and a postal address or e-mail for the reply.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="42"/>
        <location filename="../../ui/pages/sender_settings.py" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="43"/>
        <source>Save sender</source>
        <translation>Save sender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="44"/>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="51"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="52"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="53"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="90"/>
        <source>Sender saved.</source>
        <translation>Sender saved.</translation>
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
        <location filename="../../ui/pages/settings_page.py" line="345"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="265"/>
        <source>Where should backups go?</source>
        <translation>Where should backups go?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="282"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="287"/>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="308"/>
        <source>No profile yet.</source>
        <translation>No profile yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="341"/>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="342"/>
        <source>Delete this profile? Its records and requests stay, without a name attached.</source>
        <translation>Delete this profile? Its records and requests stay, without a name attached.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="346"/>
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
        <location filename="../../ui/start_screen.py" line="251"/>
        <source>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="261"/>
        <source>I already have a vault…</source>
        <translation>I already have a vault…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="263"/>
        <location filename="../../ui/start_screen.py" line="346"/>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="278"/>
        <source>Where should the vault file live?</source>
        <translation>Where should the vault file live?</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="280"/>
        <location filename="../../ui/start_screen.py" line="428"/>
        <source>FaceLedger vault</source>
        <translation>FaceLedger vault</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="300"/>
        <source>Use a sentence only you know: several words, or a short line of Chinese.</source>
        <translation>Use a sentence only you know: several words, or a short line of Chinese.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="303"/>
        <source>Weak: easy to guess. Make it longer.</source>
        <translation>Weak: easy to guess. Make it longer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="304"/>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>Fair: a few more words would make it much harder to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="307"/>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="308"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="318"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>The passphrase needs at least %n characters.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="327"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="346"/>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="366"/>
        <source>FaceLedger</source>
        <translation>FaceLedger</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="373"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="374"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="426"/>
        <source>Open a vault file</source>
        <translation>Open a vault file</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="430"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="456"/>
        <source>Open the latest backup</source>
        <translation>Open the latest backup</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="461"/>
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
        <location filename="../../ui/pages/statistics_page.py" line="292"/>
        <source>No records yet.</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="321"/>
        <source>Requests by outcome</source>
        <translation>Requests by outcome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="323"/>
        <source>No requests yet.</source>
        <translation>No requests yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="341"/>
        <source>Median days to first reply, by handler</source>
        <translation>Median days to first reply, by handler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="345"/>
        <source>%n handler(s) [has|have] not answered yet</source>
        <translation>%n handler(s) [has|have] not answered yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="349"/>
        <source>No replies recorded yet.</source>
        <translation>No replies recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="360"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="377"/>
        <source>Calendar days from sending</source>
        <translation>Calendar days from sending</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="388"/>
        <source>Export figures</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="390"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="402"/>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="404"/>
        <source>Figures exported.</source>
        <translation>Figures exported.</translation>
    </message>
</context>
<context>
    <name>UpdateSettings</name>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="77"/>
        <source>Rule updates</source>
        <translation>Rule updates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="83"/>
        <source>Off unless you turn it on. FaceLedger then contacts only the address below, and only when you press “Check now”. Packs are accepted only if signed by a trusted key and newer than the rules in use; if anything is wrong, the rules you have stay in use.</source>
        <translation>Off unless you turn it on. FaceLedger then contacts only the address below, and only when you press “Check now”. Packs are accepted only if signed by a trusted key and newer than the rules in use; if anything is wrong, the rules you have stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="96"/>
        <source>Use signed rule updates from this address</source>
        <translation>Use signed rule updates from this address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="101"/>
        <source>Update address</source>
        <translation>Update address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="102"/>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="116"/>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="117"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="118"/>
        <source>Install</source>
        <translation>Install</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="136"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="137"/>
        <source>Rules in use</source>
        <translation>Rules in use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="138"/>
        <source>Built into the app</source>
        <translation>Built into the app</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="139"/>
        <source>Installed pack</source>
        <translation>Installed pack</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="140"/>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="141"/>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="143"/>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="169"/>
        <source>This address cannot be used. It must start with https:// and name a server.</source>
        <translation>This address cannot be used. It must start with https:// and name a server.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="193"/>
        <source>Enter the https:// address of the update server first.</source>
        <translation>Enter the https:// address of the update server first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="225"/>
        <source>%1 (from an update pack)</source>
        <translation>%1 (from an update pack)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="229"/>
        <source>%1 (built into the app)</source>
        <translation>%1 (built into the app)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="234"/>
        <source>%1, installed %2</source>
        <translation>%1, installed %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="239"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="245"/>
        <source>The installed pack is not used (it failed a check); the rules built into the app are used.</source>
        <translation>The installed pack is not used (it failed a check); the rules built into the app are used.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="256"/>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="258"/>
        <source>refused or failed</source>
        <translation>refused or failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="262"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="267"/>
        <source>Turn updates on first.</source>
        <translation>Turn updates on first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="294"/>
        <source>Checking for a newer rule pack…</source>
        <translation>Checking for a newer rule pack…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="303"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="313"/>
        <source>Version %1 is available from %2, signed by %3 (key %4). It passed every check.</source>
        <translation>Version %1 is available from %2, signed by %3 (key %4). It passed every check.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="326"/>
        <source>Up to date: version %1 is in use.</source>
        <translation>Up to date: version %1 is in use.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="338"/>
        <source>Cancelled. Nothing was changed; the rules in use stay in use.</source>
        <translation>Cancelled. Nothing was changed; the rules in use stay in use.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="351"/>
        <source>Installing version %1…</source>
        <translation>Installing version %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="379"/>
        <source>Version %1 is installed and in use.</source>
        <translation>Version %1 is installed and in use.</translation>
    </message>
</context>
</TS>
