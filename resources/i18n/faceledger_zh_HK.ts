<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>BundleSettings</name>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="123"/>
        <source>This key cannot be used: %1</source>
        <translation>這個密鑰不能使用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="133"/>
        <source>Public key of %1</source>
        <translation>%1 的公鑰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="139"/>
        <source>QR code of the public key</source>
        <translation>公鑰 QR 碼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="141"/>
        <source>Fingerprint: %1</source>
        <translation>指紋：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="150"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="158"/>
        <source>Anyone may have this public key. When someone adds it, read the fingerprint out to them so they know the key really is yours.</source>
        <translation>公鑰可以公開給任何人。有人加入它時，請把指紋讀給對方聽，讓對方確認這把鑰匙確實是您的。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="174"/>
        <source>Add a group&apos;s public key</source>
        <translation>加入團體的公鑰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="177"/>
        <source>Paste the key here (it starts with age1)</source>
        <translation>把公鑰貼上到這裏（以 age1 開頭）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="181"/>
        <source>From a key file or QR image…</source>
        <translation>從密鑰檔案或 QR 碼圖片讀取…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="193"/>
        <source>I read these digits out with the group and they match</source>
        <translation>我已和該團體逐位核對這些數字，完全一致</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="202"/>
        <source>Public key</source>
        <translation>公鑰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="204"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="205"/>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="208"/>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="210"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="217"/>
        <source>Call the group (a number you already know, not one sent with the key) and compare the fingerprint digit by digit. If a single digit differs, the key was swapped on the way: do not add it.</source>
        <translation>請致電該團體（用您原本就知道的號碼，不要用隨公鑰一起發來的號碼），逐位核對指紋。只要有一位不同，就表示公鑰在傳遞途中被調換了：請不要加入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="269"/>
        <source>Open a key file or QR image</source>
        <translation>開啟密鑰檔案或 QR 碼圖片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="271"/>
        <source>Keys and QR images (*.pub *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>公鑰和 QR 碼圖片 (*.pub *.txt *.png *.jpg *.jpeg);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="278"/>
        <source>Paste a public key or choose a key file first.</source>
        <translation>請先貼上公鑰或選擇密鑰檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="282"/>
        <source>Give the group a name.</source>
        <translation>請填寫團體名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="288"/>
        <source>Compare the fingerprint with the group first, then tick the box.</source>
        <translation>請先和該團體核對指紋，再勾選確認。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="303"/>
        <source>Case bundles</source>
        <translation>案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="69"/>
        <source>This is a SECRET key (AGE-SECRET-KEY-…). It must never be shared or sent; ask the group for its PUBLIC key, which starts with age1.</source>
        <translation>這是私鑰（AGE-SECRET-KEY-…），絕不能分享或發送。請向該團體索取以 age1 開頭的公鑰。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="74"/>
        <source>This is an SSH key. A group key starts with age1.</source>
        <translation>這是 SSH 密鑰。團體公鑰以 age1 開頭。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="75"/>
        <source>This is a rule-update signing key (ed25519:…), not a group key.</source>
        <translation>這是法規更新的簽署密鑰（ed25519:…），不是團體公鑰。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="78"/>
        <source>This key mixes capital and small letters, so it was changed. Copy it again.</source>
        <translation>這個公鑰大小寫混雜，表示已被改動。請重新複製。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="81"/>
        <source>This is not a group key. A group key starts with age1 and has 62 characters.</source>
        <translation>這不是團體公鑰。團體公鑰以 age1 開頭，共 62 個字元。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="84"/>
        <source>This is an age key of another kind (a plugin or post-quantum key). FaceLedger uses keys that start with age1 followed by 58 letters and digits.</source>
        <translation>這是另一種 age 密鑰（外掛或後量子密鑰）。人臉帳本使用以 age1 開頭、後接 58 個字母和數字的公鑰。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="89"/>
        <source>This key is cut short. Copy the whole line (62 characters).</source>
        <translation>這個公鑰不完整。請複製整行（62 個字元）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="90"/>
        <source>This is longer than one key. Copy exactly one key.</source>
        <translation>內容比一個公鑰長。請只複製一個公鑰。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="91"/>
        <source>This key has a typo or was damaged (its check digits do not match). Copy it again.</source>
        <translation>這個公鑰有錯字或已損壞（校驗碼不符）。請重新複製。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="95"/>
        <source>This is not a key.</source>
        <translation>這不是公鑰。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="96"/>
        <source>No public key found. A group key is one line starting with age1.</source>
        <translation>找不到公鑰。團體公鑰是以 age1 開頭的一行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="99"/>
        <source>This holds several different keys. Add them one at a time.</source>
        <translation>這裏有多個不同的公鑰。請逐個加入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="100"/>
        <source>The image is too large to be a QR code picture.</source>
        <translation>圖片太大，不像是 QR 碼圖片。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="101"/>
        <source>The image cannot be read (damaged, or not an image).</source>
        <translation>無法讀取圖片（已損壞或不是圖片）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="104"/>
        <source>No QR code was found in this image. Photograph it straight on and well lit.</source>
        <translation>圖片中找不到 QR 碼。請正對 QR 碼、在光線充足處拍攝。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="107"/>
        <source>This image holds more than one QR code. Crop it to the group&apos;s key.</source>
        <translation>圖片中有多個 QR 碼。請裁剪到只剩該團體的公鑰。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="110"/>
        <source>The file cannot be opened.</source>
        <translation>無法開啟這個檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="111"/>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="112"/>
        <source>This is an encrypted file (a case bundle?), not a key.</source>
        <translation>這是加密檔案（案件包？），不是公鑰。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="115"/>
        <source>The file is too large to be a key file.</source>
        <translation>檔案太大，不是公鑰檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="116"/>
        <source>This file is neither a key file nor a QR code image.</source>
        <translation>這個檔案既不是公鑰檔案，也不是 QR 碼圖片。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="117"/>
        <source>This key is already among the groups you send cases to.</source>
        <translation>這個公鑰已經在您發送案件的團體中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="120"/>
        <source>This is one of this vault&apos;s own keys; it need not be added.</source>
        <translation>這是本帳本自己的密鑰，不需要加入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="121"/>
        <source>Give the key a name.</source>
        <translation>請為密鑰命名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="312"/>
        <location filename="../../ui/pages/bundle_settings.py" line="328"/>
        <source>Your keys (for receiving cases)</source>
        <translation>您的密鑰（用於接收案件）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="317"/>
        <source>For a group that receives cases: publish the public key (text, file or QR code); residents seal their cases to it and only this vault can open them. The secret half never leaves the vault.</source>
        <translation>供接收案件的團體使用：公佈公鑰（文字、檔案或 QR 碼），居民用它加密案件，只有這個帳本能開啟。私鑰始終保存在帳本裏，不會離開。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="331"/>
        <source>Group name, e.g. 某某公益</source>
        <translation>團體名稱，例如 某某公益</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="332"/>
        <source>Create key</source>
        <translation>產生密鑰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="334"/>
        <source>Show QR code</source>
        <translation>顯示 QR 碼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="336"/>
        <source>Save public key…</source>
        <translation>儲存公鑰…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="338"/>
        <source>Save QR code…</source>
        <translation>儲存 QR 碼…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="340"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="342"/>
        <source>Stop offering this key after making a new one; it still opens old bundles.</source>
        <translation>換用新密鑰後停止提供這把密鑰；它仍能開啟以前的案件包。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="356"/>
        <location filename="../../ui/pages/bundle_settings.py" line="369"/>
        <source>Groups you send cases to</source>
        <translation>您發送案件的團體</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="359"/>
        <source>Public keys of the groups you trust. A case exported &quot;for a group&quot; can be opened only by that group.</source>
        <translation>您信任的團體的公鑰。「發給團體」匯出的案件只有該團體能開啟。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="371"/>
        <source>Add a group&apos;s key…</source>
        <translation>加入團體公鑰…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="373"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="408"/>
        <source>(retired: still opens old bundles)</source>
        <translation>（已停用：仍能開啟以前的案件包）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="450"/>
        <source>Type the group&apos;s name first.</source>
        <translation>請先輸入團體名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="458"/>
        <source>Key created for %1. Fingerprint: %2</source>
        <translation>已為 %1 產生密鑰。指紋：%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="484"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="487"/>
        <source>Public key files (*.pub *.txt)</source>
        <translation>公鑰檔案 (*.pub *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="490"/>
        <source>Save public key</source>
        <translation>儲存公鑰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="501"/>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="510"/>
        <source>Retire key</source>
        <translation>停用密鑰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="511"/>
        <source>Retire %1? It will no longer be offered; bundles already sealed to it still open here.</source>
        <translation>停用 %1？以後不再提供這把密鑰；已經用它加密的案件包在這裏仍能開啟。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="531"/>
        <source>%1 added. Cases you export for this group open only there.</source>
        <translation>已加入 %1。您發給這個團體的案件只有它能開啟。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="548"/>
        <source>Remove group</source>
        <translation>移除團體</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="549"/>
        <source>Remove %1 from the groups you send cases to?</source>
        <translation>把 %1 從您發送案件的團體中移除？</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="80"/>
        <source>FaceLedger case bundles (%1);;All files (*)</source>
        <translation>人臉帳本案件包 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="85"/>
        <source>Profiles</source>
        <translation>當事人資料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="86"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="87"/>
        <source>Evidence files</source>
        <translation>證據檔案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="88"/>
        <source>Requests and letters</source>
        <translation>請求與函件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="89"/>
        <source>Timeline entries</source>
        <translation>時間線項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="109"/>
        <source>Profile</source>
        <translation>當事人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="111"/>
        <source>All profiles</source>
        <translation>全部當事人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="167"/>
        <source>Export case bundle</source>
        <translation>匯出案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="172"/>
        <source>The %n selected record(s)</source>
        <translation>已選的 %n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="174"/>
        <source>Every record of this profile:</source>
        <translation>此當事人的全部記錄：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="191"/>
        <source>Redact for sharing</source>
        <translation>遮蔽敏感資料後分享</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="193"/>
        <source>Removes GPS and other picture metadata, withholds files that cannot be cleaned and the letter PDFs, shortens the complainant&apos;s name (张某) and drops ID numbers and contacts.</source>
        <translation>刪除 GPS 等圖片元數據，不匯出無法清理的檔案和函件 PDF，把當事人姓名縮寫為「張某」，並刪去身份證號碼和聯絡方式。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="203"/>
        <source>For a group (recommended)</source>
        <translation>發給團體（建議）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="205"/>
        <source>Groups that can open the bundle</source>
        <translation>能開啟案件包的團體</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="209"/>
        <source>%1 (your own key, to reopen it yourself)</source>
        <translation>%1（您自己的密鑰，方便自己再開啟）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="222"/>
        <source>Only the groups you tick can open the file: no passphrase to pass on. Add a group&apos;s public key in Settings → Case bundles.</source>
        <translation>只有您勾選的團體能開啟這個檔案，不需要另外傳遞密碼。團體的公鑰在「設定 → 案件包」中加入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="228"/>
        <source>No group keys yet. Add a group&apos;s public key in Settings → Case bundles, or use a passphrase below.</source>
        <translation>還沒有團體公鑰。請在「設定 → 案件包」中加入，或在下面使用密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="237"/>
        <source>With a passphrase</source>
        <translation>使用密碼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="249"/>
        <source>The bundle has its own passphrase, not the vault&apos;s. Give it to the recipient another way (in person, by phone), never with the file.</source>
        <translation>案件包有自己的密碼，不是帳本的密碼。請透過其他方式（當面、電話）告訴接收方，切勿與檔案一起傳送。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="264"/>
        <location filename="../../ui/pages/case_tools.py" line="467"/>
        <source>Bundle passphrase</source>
        <translation>案件包密碼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="265"/>
        <source>Repeat it</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="268"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="270"/>
        <location filename="../../ui/pages/case_tools.py" line="524"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="274"/>
        <source>What goes into the bundle</source>
        <translation>案件包包含哪些內容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="280"/>
        <source>Who can open it</source>
        <translation>誰能開啟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="322"/>
        <source>Choose what goes into the bundle.</source>
        <translation>請選擇要放進案件包的內容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="326"/>
        <source>Tick at least one group.</source>
        <translation>請至少勾選一個團體。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="332"/>
        <source>The bundle passphrase needs at least %1 characters.</source>
        <translation>案件包密碼最少需要 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="340"/>
        <source>The two passphrases are not the same.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="381"/>
        <source>Save case bundle</source>
        <translation>儲存案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="409"/>
        <source>Case bundle written: %1 (%n record(s)).</source>
        <translation>案件包已寫入：%1（%n 條記錄）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="412"/>
        <source>Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.</source>
        <translation>遮蔽資料時未包含 %n 個無法清理的檔案或函件 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="423"/>
        <source>Writing the case bundle…</source>
        <translation>正在寫入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="445"/>
        <location filename="../../ui/pages/case_tools.py" line="683"/>
        <source>Import case bundle</source>
        <translation>匯入案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="453"/>
        <source>File: %1</source>
        <translation>檔案：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="470"/>
        <source>Records already in this vault are not duplicated. If anything in the bundle is wrong, nothing is imported.</source>
        <translation>帳本中已有的記錄不會重複匯入。案件包中只要有任何問題，就甚麼都不匯入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="497"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="498"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="499"/>
        <source>Already present (skipped)</source>
        <translation>已存在（略過）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="521"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="553"/>
        <source>Sealed to a group&apos;s public key (%n recipient(s)). This vault&apos;s group keys will open it; no passphrase is needed.</source>
        <translation>已用團體公鑰加密（%n 個接收方）。將用本帳本的團體密鑰開啟，不需要密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="563"/>
        <location filename="../../ui/pages/case_tools.py" line="675"/>
        <source>Sealed with a passphrase (older FaceLedger format).</source>
        <translation>用密碼加密（FaceLedger 舊格式）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="566"/>
        <location filename="../../ui/pages/case_tools.py" line="674"/>
        <source>Sealed with a passphrase.</source>
        <translation>用密碼加密。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="573"/>
        <source>Enter the bundle passphrase.</source>
        <translation>請輸入案件包密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="582"/>
        <source>Checking and importing…</source>
        <translation>正在檢查並匯入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="592"/>
        <source>Importing the case bundle…</source>
        <translation>正在匯入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="617"/>
        <source>Imported: %n new item(s).</source>
        <translation>已匯入：新增 %n 項。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="618"/>
        <source>The sender redacted this bundle.</source>
        <translation>發送方已對此案件包遮蔽敏感資料。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="635"/>
        <source>%n conflict(s): the vault already holds a different version; yours was kept.</source>
        <translation>%n 處衝突：帳本中已有不同的版本，已保留您原有的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="644"/>
        <source>No conflicts.</source>
        <translation>沒有衝突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="647"/>
        <source>%n evidence file(s) [was|were] withheld by the sender&apos;s redaction.</source>
        <translation>發送方遮蔽資料時未包含 %n 個證據檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="657"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="666"/>
        <source>Sealed to your group key %1 (fingerprint %2).</source>
        <translation>發給您的團體密鑰 %1（指紋 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="671"/>
        <source>It can also be opened by %n other key(s).</source>
        <translation>另外還有 %n 把密鑰也能開啟。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="711"/>
        <source>Save case dossier</source>
        <translation>儲存案件材料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="713"/>
        <location filename="../../ui/pages/case_tools.py" line="750"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="730"/>
        <source>Case dossier written: %1 (%n evidence file(s) indexed).</source>
        <translation>案件材料已寫入：%1（已列出 %n 個證據檔案）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="736"/>
        <source>Writing the case dossier…</source>
        <translation>正在寫入案件材料…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="744"/>
        <source>Save anonymised statistics (CSV)</source>
        <translation>儲存匿名統計（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="746"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="748"/>
        <source>Save anonymised statistics report (PDF)</source>
        <translation>儲存匿名統計報告（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="773"/>
        <source>Anonymised statistics written: %1 (%n record(s); no names, contacts or places).</source>
        <translation>匿名統計已寫入：%1（%n 條記錄；不含姓名、聯絡方式或地點）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="783"/>
        <source>Writing anonymised statistics…</source>
        <translation>正在寫入匿名統計…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="802"/>
        <location filename="../../ui/pages/case_tools.py" line="841"/>
        <source>Write a request letter</source>
        <translation>寫請求函</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="803"/>
        <source>Write a letter about the selected record</source>
        <translation>為已選的記錄寫一封函件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="805"/>
        <source>Case bundles</source>
        <translation>案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="807"/>
        <location filename="../../ui/pages/case_tools.py" line="848"/>
        <source>Export case bundle…</source>
        <translation>匯出案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="809"/>
        <source>Import case bundle…</source>
        <translation>匯入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="838"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="844"/>
        <source>Export dossier PDF…</source>
        <translation>匯出案件材料 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="912"/>
        <source>Export anonymised…</source>
        <translation>匯出匿名統計…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="914"/>
        <source>Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, place names or notes; small groups are merged.</source>
        <translation>涵蓋全部當事人的數字，可以公開：不含姓名、聯絡方式、身份證號碼、住址、地點名稱或備註；人數很少的類別會被合併。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="921"/>
        <source>Anonymised statistics (CSV)…</source>
        <translation>匿名統計（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="922"/>
        <source>Anonymised report (PDF)…</source>
        <translation>匿名統計報告（PDF）…</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../../ui/clipboard.py" line="143"/>
        <source>Clipboard clears in %n second(s)</source>
        <translation>剪貼簿將在 %n 秒後清除</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="65"/>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="93"/>
        <source>YYYY-MM-DD, e.g. 2026-12-01</source>
        <translation>年-月-日，例如 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="99"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>在日曆上選擇日期（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="100"/>
        <source>Open the calendar</source>
        <translation>開啟日曆</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="205"/>
        <source>Enter a date, for example 2026-12-01.</source>
        <translation>請輸入日期，例如 2026-12-01。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="207"/>
        <source>“%1” is not a date FaceLedger can read. Type it as 2026-12-01, 20261201 or 2026/12/1.</source>
        <translation>無法識別「%1」這個日期。請按 2026-12-01、20261201 或 2026/12/1 的格式輸入。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="212"/>
        <source>There is no day “%1”: check the month and the day.</source>
        <translation>沒有「%1」這一天：請檢查月份和日子。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="221"/>
        <source>%1 is in the future. Enter the day it happened.</source>
        <translation>%1 還未到。請輸入事情發生的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="224"/>
        <source>%1 is after %2, the latest date allowed here.</source>
        <translation>%1 遲於 %2，這裏最遲只可填 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="229"/>
        <source>%1 is before %2, the earliest date allowed here.</source>
        <translation>%1 早於 %2，這裏最早只可填 %2。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="48"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>&amp;Discard changes</source>
        <translation>放棄更改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>Copy details</source>
        <translation>複製詳細資料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="142"/>
        <source>FaceLedger never writes over a vault, its backups, a device or a folder. Choose another file name.</source>
        <translation>FaceLedger 從不覆蓋帳本檔案、帳本備份、裝置或資料夾。請換一個檔案名稱。</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../ui/pages/due_page.py" line="104"/>
        <source>Due or overdue: %1</source>
        <translation>已到期或逾期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="264"/>
        <source>Refresh</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="196"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="102"/>
        <source>and %n more</source>
        <translation>以及另外 %n 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="103"/>
        <source>FaceLedger: a reply is due</source>
        <translation>人臉帳本：有回覆到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="199"/>
        <source>Due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="200"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="286"/>
        <source>Nothing is due this week.</source>
        <translation>本週沒有需要處理的事項。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="142"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="143"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="144"/>
        <source>Due this week</source>
        <translation>本週到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="197"/>
        <source>Recipient</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="198"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="334"/>
        <source>%n request(s) [needs|need] action this week</source>
        <translation>本週有 %n 件請求需要處理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="335"/>
        <source>%n overdue</source>
        <translation>%n 件已逾期</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>密碼不對。請檢查鍵盤輸入法和大寫鎖定鍵。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>The vault file is damaged and cannot be opened. You can open the latest backup.</source>
        <translation>帳本檔案已損壞，無法開啟。可以開啟最近的備份。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>There is no vault file at this place.</source>
        <translation>這個位置沒有帳本檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>A file already exists there. Choose another name or place.</source>
        <translation>那裏已經有一個檔案。請換一個名稱或位置。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>The vault is locked. Unlock it first; nothing was saved.</source>
        <translation>帳本已鎖定。請先解鎖；沒有儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>This vault is already open in another FaceLedger window.</source>
        <translation>這個帳本已在另一個人臉帳本視窗中開啟。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>This vault was made by a newer FaceLedger. Please update the app.</source>
        <translation>這個帳本由更新版本的人臉帳本建立。請更新本程式。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Recent changes are missing from the vault file. Open the latest backup.</source>
        <translation>帳本檔案缺少最近的更改。請開啟最近的備份。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>The disk is full. Nothing was changed; free some space and retry.</source>
        <translation>磁碟已滿。沒有做任何更改；請騰出空間後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>A letter cannot be exported or marked sent without the sender&apos;s name and a postal address or e-mail for the reply. Add them under “From (you)” or in Settings.</source>
        <translation>沒有寄件人姓名及用於回覆的通訊地址或電郵地址，信件不能匯出或標記為已寄出。請在「寄件人（您）」或設定中填寫。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>A file with this name already exists. Choose another name, or confirm that it may be replaced.</source>
        <translation>已有同名檔案。請換一個名稱，或確認可以取代它。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>FaceLedger will not write there: it is the vault itself, one of its backups or logs, a folder or a device. Choose another file; nothing was written.</source>
        <translation>人臉帳本不會寫入該位置：它是保險庫本身、其備份或日誌、資料夾或裝置。請選擇其他檔案；未寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>This date cannot be right (it is not a real day, or outside the possible range). Type it again; nothing was changed.</source>
        <translation>這個日期不可能正確（不是真實存在的日期，或超出可能的範圍）。請重新輸入；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>This file cannot be attached as evidence (it is empty, too large, a folder or unreadable). Nothing was attached.</source>
        <translation>此檔案不能作為證據附上（檔案為空、過大、是資料夾或無法讀取）。未附上任何檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>A letter needs the date, the kind of place, the place and who collected the face. Answer the marked question first.</source>
        <translation>函件需要日期、場所類型、場所名稱和收集人臉的一方。請先回答標出的問題。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>A file FaceLedger needs is missing from this installation. Reinstall FaceLedger; nothing was changed.</source>
        <translation>此安裝缺少人臉帳本所需的檔案。請重新安裝人臉帳本；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>This is not a group&apos;s public key that FaceLedger can use (it starts with age1).</source>
        <translation>這不是人臉帳本能使用的團體公鑰（公鑰以 age1 開頭）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Some answers are not valid. Check the marked field.</source>
        <translation>有些回答不符合要求。請檢查標出的項目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>This input is not valid. Check the marked field.</source>
        <translation>輸入內容不符合要求。請檢查標出的項目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>This item no longer exists.</source>
        <translation>這一項已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>A citation names an article the rule library does not have; nothing was written.</source>
        <translation>引用的條文不在法規庫中；沒有寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>There is no official text of this article to quote; it can only be cited.</source>
        <translation>這一條沒有可供引述的官方文本，只能按條號引用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>The rule library could not be loaded.</source>
        <translation>無法載入法規庫。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>The letter cannot be written with these choices.</source>
        <translation>按這些選項無法生成函件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>This status change is not possible at this point.</source>
        <translation>目前不能改成這個狀態。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>The official holiday calendar does not cover this year yet; no due date was guessed.</source>
        <translation>官方節假日安排尚未覆蓋這一年；沒有推測截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>Wrong bundle passphrase. Ask the sender for it; nothing was imported.</source>
        <translation>案件包密碼不對。請向發送者索取；沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>The case bundle was altered or damaged after it was made. Nothing was imported; ask the sender to send it again.</source>
        <translation>案件包在生成後被改動或已損壞。沒有匯入任何內容；請讓發送者重新發送。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The case bundle is larger than FaceLedger accepts. Nothing was changed.</source>
        <translation>案件包超過了人臉帳本接受的大小。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The case bundle opened but its contents are not valid. Nothing was imported.</source>
        <translation>案件包可以開啟，但內容不符合要求。沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>This case bundle, or a newer one of the same case, was already imported. Nothing was changed.</source>
        <translation>這個案件包，或同一案件更新的案件包，已經匯入過。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>This case bundle is sealed to another group&apos;s key; none of this vault&apos;s group keys opens it. Nothing was imported.</source>
        <translation>這個案件包是發給其他團體的密鑰的，本帳本的團體密鑰都開不了它。沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>The case bundle was refused.</source>
        <translation>案件包被拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>The update server could not be reached or did not answer properly. The rules in use stay in use.</source>
        <translation>無法連接更新伺服器，或伺服器沒有正確回應。繼續使用當前的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="187"/>
        <source>The update pack was refused: it is not signed by a trusted key or its files do not match. The rules in use stay in use.</source>
        <translation>更新包被拒絕：它沒有受信任密鑰的簽名，或檔案不一致。繼續使用當前的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>The server offers rules that are not newer than the ones in use; refused (no rollback).</source>
        <translation>伺服器提供的法規不比當前使用的更新；已拒絕（不允許回退）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202"/>
        <source>The update pack has expired or is dated in the future. Check this computer&apos;s date; the rules in use stay in use.</source>
        <translation>更新包已過期，或日期在未來。請檢查這台電腦的日期；繼續使用當前的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>The update was cancelled. Nothing was changed.</source>
        <translation>更新已取消。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>The update was refused; the installed rules stay in use.</source>
        <translation>更新被拒絕；繼續使用已安裝的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>The vault could not be used.</source>
        <translation>無法使用這個帳本。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="212"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="213"/>
        <source>The file could not be read or written.</source>
        <translation>無法讀取或寫入檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>出了點問題。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="250"/>
        <source>FaceLedger</source>
        <translation>人臉帳本</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="255"/>
        <source>Something went wrong</source>
        <translation>出了點問題</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="256"/>
        <source>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</source>
        <translation>人臉帳本遇到了意外問題，您的帳本沒有因此改變。如果再次出現，請附上下面的詳細資料報告問題（其中不含個人資料）。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="297"/>
        <source>Add to the timeline</source>
        <translation>添加到時間線</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="312"/>
        <source>What happened</source>
        <translation>發生了甚麼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="314"/>
        <location filename="../../ui/pages/requests_page.py" line="323"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="316"/>
        <source>%1 is in the future: enter the day it happened.</source>
        <translation>%1 還未到：請輸入事情發生的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="321"/>
        <source>%1 is before %2, the date of the last step of this request.</source>
        <translation>%1 早於本請求上一步的日期 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="325"/>
        <source>What they said, who you spoke to…</source>
        <translation>對方怎麼說、與誰溝通……</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="327"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="328"/>
        <source>Attach scan or screenshot…</source>
        <translation>附上掃描件或截圖…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="329"/>
        <location filename="../../ui/pages/requests_page.py" line="364"/>
        <source>No file attached</source>
        <translation>未附檔案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="336"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="343"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="344"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="354"/>
        <source>Attach the reply</source>
        <translation>附上對方回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="356"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>掃描件和截圖 (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="357"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="124"/>
        <source>“%1” was not added: the file is empty (0 bytes).</source>
        <translation>未加入「%1」：檔案為空（0 位元組）。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="125"/>
        <source>“%1” was not added: it is larger than %2 MB, the limit for one file.</source>
        <translation>未加入「%1」：檔案超過單個檔案上限 %2 MB。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="128"/>
        <source>“%1” was not added: the file no longer exists.</source>
        <translation>未加入「%1」：檔案已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="129"/>
        <source>“%1” was not added: it is a folder. Choose the files inside it.</source>
        <translation>未加入「%1」：這是一個資料夾。請選擇其中的檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="132"/>
        <source>“%1” was not added: it cannot be read (check that you may open it).</source>
        <translation>未加入「%1」：無法讀取（請檢查您是否有權開啟它）。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="163"/>
        <source>%n byte(s)</source>
        <translation>%n 字節</translation>
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
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="205"/>
        <source>Photos of the gate, the sign (or where it is missing), the consent screen. Drop files here or add them.</source>
        <translation>閘機、提示牌（或本該有提示牌的位置）、同意介面的照片。把檔案拖到這裏，或按加入。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="231"/>
        <source>Add files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="233"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="235"/>
        <source>Export a copy…</source>
        <translation>匯出副本…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="237"/>
        <source>Copy SHA-256</source>
        <translation>複製 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="239"/>
        <source>For an evidence list: the hash proves the file was not changed.</source>
        <translation>用於證據清單：雜湊值可以證明檔案沒有被改動。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="242"/>
        <location filename="../../ui/evidence_panel.py" line="389"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="305"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="306"/>
        <source>Taken: %1</source>
        <translation>拍攝時間：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="307"/>
        <source>unknown (no date in the file)</source>
        <translation>未知（檔案中沒有日期）</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="311"/>
        <source>Added: %1</source>
        <translation>加入時間：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="313"/>
        <source>Not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="316"/>
        <source>The picture is too large to show safely; it is kept as it is.</source>
        <translation>圖片太大，無法安全顯示；檔案按原樣儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="322"/>
        <source>The picture cannot be read (damaged or incomplete).</source>
        <translation>無法讀取圖片（已損壞或不完整）。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="338"/>
        <source>Add evidence</source>
        <translation>加入證據</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="340"/>
        <source>Pictures and documents</source>
        <translation>圖片和文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="342"/>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="352"/>
        <source>Reading files…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="385"/>
        <source>Remove evidence</source>
        <translation>移除證據</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="386"/>
        <source>Remove this item from the record when you save? It cannot be undone.</source>
        <translation>儲存時從記錄中移除這一項？此操作無法撤銷。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="390"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="421"/>
        <source>The picture cannot be shown.</source>
        <translation>無法顯示這張圖片。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="439"/>
        <source>Export a copy</source>
        <translation>匯出副本</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="444"/>
        <source>A copy was saved. It is not encrypted: keep it safe.</source>
        <translation>副本已儲存。副本沒有加密，請妥善保管。</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="174"/>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../ui/facts_labels.py" line="16"/>
        <source>Residential compound</source>
        <translation>住宅屋苑</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="17"/>
        <source>Hotel</source>
        <translation>酒店賓館</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="18"/>
        <source>Shopping mall</source>
        <translation>商場</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="19"/>
        <source>Shop or supermarket</source>
        <translation>商店或超市</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="20"/>
        <source>Property sales office</source>
        <translation>售樓處</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="21"/>
        <source>Gym or sports venue</source>
        <translation>健身房或體育場館</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="22"/>
        <source>School or campus</source>
        <translation>學校或校園</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="23"/>
        <source>Workplace</source>
        <translation>工作單位</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="24"/>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="25"/>
        <source>Station, airport or metro</source>
        <translation>車站、機場或地鐵</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="26"/>
        <source>Tourist site or park</source>
        <translation>景點或公園</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="27"/>
        <source>Hospital or clinic</source>
        <translation>醫院或診所</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="28"/>
        <source>Government service hall</source>
        <translation>政府服務中心</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="29"/>
        <source>Entertainment venue</source>
        <translation>娛樂場所</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="30"/>
        <source>Mobile app or website</source>
        <translation>手機應用程式或網站</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="31"/>
        <source>Street or public place</source>
        <translation>街道或公共場所</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="32"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="37"/>
        <source>Mainland China</source>
        <translation>中國內地</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="37"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="42"/>
        <source>Property management company</source>
        <translation>物業管理公司</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="43"/>
        <source>A business</source>
        <translation>商家或企業</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="44"/>
        <source>My employer</source>
        <translation>我的僱主</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="45"/>
        <source>A school</source>
        <translation>學校</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="46"/>
        <source>A government body</source>
        <translation>國家機關</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="47"/>
        <source>An app operator</source>
        <translation>應用程式營運者</translation>
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
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="54"/>
        <source>A gate or door that opens by face</source>
        <translation>刷臉開門的閘機或門禁</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="55"/>
        <source>A check-in or registration terminal</source>
        <translation>入住或登記終端</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="56"/>
        <source>A camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="57"/>
        <source>A pay-by-face terminal</source>
        <translation>刷臉支付終端</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="58"/>
        <source>Face check in an app</source>
        <translation>應用程式內的人臉驗證</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="59"/>
        <source>A self-service kiosk</source>
        <translation>自助服務機</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="60"/>
        <source>Some other way</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="67"/>
        <source>To let people in or out</source>
        <translation>出入管理</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="68"/>
        <source>To check who I am</source>
        <translation>核驗身份</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="69"/>
        <source>To pay</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="70"/>
        <source>To record attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="71"/>
        <source>Marketing or customer analysis</source>
        <translation>市場推廣或客流分析</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="72"/>
        <source>Security</source>
        <translation>安全防範</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="73"/>
        <source>They did not say</source>
        <translation>對方沒有說明</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="79"/>
        <source>Compared my face with one stored photo (1:1)</source>
        <translation>與一張存檔照片比對（1:1）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="80"/>
        <source>Searched my face among many people (1:N)</source>
        <translation>在很多人中檢索我的臉（1:N）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="81"/>
        <source>Only guessed age, gender or mood</source>
        <translation>只分析年齡、性別或情緒</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="88"/>
        <source>No, there was no sign</source>
        <translation>沒有，沒有任何提示</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="89"/>
        <source>There was one, but it was unclear or hard to see</source>
        <translation>有，但不清楚或不容易看到</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="90"/>
        <source>Yes, a clear sign</source>
        <translation>有，提示很醒目</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="97"/>
        <source>No, nobody asked me</source>
        <translation>沒有，沒人問過我</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="98"/>
        <source>They took entering or using it as agreement</source>
        <translation>把進入或使用當作同意</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="99"/>
        <source>It was buried in general terms</source>
        <translation>夾在一般條款裏</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="100"/>
        <source>I had to agree, or be refused</source>
        <translation>不同意就不讓用</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="101"/>
        <source>Yes, a separate agreement just for my face</source>
        <translation>有，專門就人臉單獨徵得同意</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="108"/>
        <source>No, there was no other way</source>
        <translation>不能，沒有別的方式</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="109"/>
        <source>I asked for another way and was refused</source>
        <translation>我要求換別的方式，被拒絕了</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="110"/>
        <source>Yes, another way was offered</source>
        <translation>能，提供了別的方式</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="117"/>
        <location filename="../../ui/facts_labels.py" line="136"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="118"/>
        <location filename="../../ui/facts_labels.py" line="137"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="125"/>
        <source>Nothing unusual</source>
        <translation>沒有特別之處</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="126"/>
        <source>Unlimited time, or consent that cannot be withdrawn</source>
        <translation>無限期，或同意不可撤回</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="127"/>
        <source>They changed the terms on their own</source>
        <translation>對方單方面修改了條款</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="186"/>
        <source>Where did this happen?</source>
        <translation>這件事發生在哪裏？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="187"/>
        <source>When was your face first taken?</source>
        <translation>第一次採集您的人臉是甚麼時候？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="188"/>
        <source>When did you last see it still in use?</source>
        <translation>最近一次看到仍在使用是甚麼時候？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="189"/>
        <source>What kind of place or service was it?</source>
        <translation>是甚麼樣的場所或服務？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="190"/>
        <source>What is the place called?</source>
        <translation>場所叫甚麼名字？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="191"/>
        <source>Which city?</source>
        <translation>在哪個城市？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="192"/>
        <source>Address of the place</source>
        <translation>場所地址</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="193"/>
        <source>Who runs it? (full name of the company or body)</source>
        <translation>由誰管理？（公司或機構全稱）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="194"/>
        <source>What kind of organisation is that?</source>
        <translation>這是甚麼性質的機構？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="195"/>
        <source>Its unified social credit code (if you know it)</source>
        <translation>統一社會信用代碼（如果知道）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="196"/>
        <source>Its address</source>
        <translation>單位地址</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="197"/>
        <source>Its email</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="198"/>
        <source>Its phone number</source>
        <translation>單位電話</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="199"/>
        <source>Its personal information protection officer</source>
        <translation>個人資料保護負責人</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="200"/>
        <source>How was your face taken?</source>
        <translation>人臉是怎麼被採集的？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="201"/>
        <source>What did they say it was for?</source>
        <translation>對方說用來做甚麼？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="202"/>
        <source>What did the system do with your face?</source>
        <translation>系統用您的人臉做了甚麼？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="203"/>
        <source>Was there a sign telling you about face recognition?</source>
        <translation>有沒有提示牌告訴您這裏使用人臉識別？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="204"/>
        <source>Did anyone ask you separately to agree to using your face?</source>
        <translation>有沒有單獨問您是否同意使用人臉？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="205"/>
        <source>Could you use a card, code or ID instead?</source>
        <translation>能不能刷卡、掃碼或用證件代替？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="206"/>
        <source>Were you refused when you did not want to use your face?</source>
        <translation>不願意刷臉時，是否被拒絕提供服務？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="209"/>
        <source>Was it inside a hotel room, bathroom, changing room or toilet?</source>
        <translation>設備是否裝在酒店客房、浴室、更衣室或衞生間裏？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="210"/>
        <source>Was the person whose face was taken under 14?</source>
        <translation>被採集人臉的人是否未滿十四歲？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="211"/>
        <source>Was your face sent off the device, e.g. to a server?</source>
        <translation>人臉是否被傳出設備，例如傳到伺服器？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="212"/>
        <source>Was it shared with or sold to others?</source>
        <translation>是否被提供給他人或出售？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="213"/>
        <source>Was it leaked?</source>
        <translation>是否發生了泄露？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="214"/>
        <source>Did the terms say anything unusual about your face data?</source>
        <translation>條款對人臉資料有沒有特別的規定？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="215"/>
        <source>Is it over between you (moved out, membership ended, left the job)?</source>
        <translation>您與對方的關係是否已經結束（已搬走、會員到期、已離職）？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="218"/>
        <source>Did you ever agree to it, even once?</source>
        <translation>您是否曾經同意過，哪怕一次？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="219"/>
        <source>Was it used as credit information?</source>
        <translation>是否被當作信用資料使用？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="220"/>
        <source>Anything else the letter should say (optional)</source>
        <translation>函件中還應寫明的情況（可選）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="221"/>
        <source>Private notes (never put in letters)</source>
        <translation>私人備註（不會寫進函件）</translation>
    </message>
</context>
<context>
    <name>GroundsPanel</name>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="29"/>
        <location filename="../../ui/widgets/grounds_panel.py" line="34"/>
        <source>Your rights here</source>
        <translation>您在這裏的權利</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="44"/>
        <source>Answer the questions on the left; what applies appears here.</source>
        <translation>回答左邊的問題，適用的規定會顯示在這裏。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="64"/>
        <source>From these answers, no specific problem stands out yet. The general rules below still apply.</source>
        <translation>根據目前的回答，還看不出具體問題。下面的一般規定仍然適用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="90"/>
        <source>You can ask for:</source>
        <translation>您可以要求：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="98"/>
        <source>%n working day(s)</source>
        <translation>%n 個工作天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="100"/>
        <source>%n day(s)</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="104"/>
        <source>Reply expected within:</source>
        <translation>要求答覆期限：</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="155"/>
        <location filename="../../ui/composer/composer_dialog.py" line="403"/>
        <source>Write a letter</source>
        <translation>寫信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="180"/>
        <source>What you ask for</source>
        <translation>您的請求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="212"/>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="217"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="192"/>
        <location filename="../../ui/composer/composer_dialog.py" line="218"/>
        <source>Reply within</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="200"/>
        <location filename="../../ui/composer/composer_dialog.py" line="219"/>
        <source>Letter date</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="210"/>
        <location filename="../../ui/composer/composer_dialog.py" line="213"/>
        <source>Complain to</source>
        <translation>投訴對象</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="222"/>
        <source>From (you)</source>
        <translation>寄件人（您）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="228"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="229"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="230"/>
        <source>E-mail</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="231"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="234"/>
        <source>Use for all my letters (change it later in Settings)</source>
        <translation>用於我以後的所有信件（可在設定中修改）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="240"/>
        <source>Print as a blank form to fill in by hand</source>
        <translation>列印為空白表格，由本人親手填寫</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="266"/>
        <source>Preparing the letter…</source>
        <translation>正在生成信函…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="274"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="275"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="276"/>
        <source>Copy e-mail text</source>
        <translation>複製電郵內文</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="277"/>
        <source>Open in mail app</source>
        <translation>用電郵程式打開</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="278"/>
        <source>Save .eml…</source>
        <translation>儲存 .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="279"/>
        <source>Mark as sent…</source>
        <translation>標記為已發出…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="281"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="340"/>
        <source>The letter date %1 is before the day the record says the face collection was last seen (%2). A letter cannot report what happened after it was written: date the letter %2 or later, or correct the record&apos;s last-seen date.</source>
        <translation>信件日期 %1 早於記錄中最後一次發現收集人臉的日期（%2）。信件不能陳述寫信之後發生的事：請將信件日期定為 %2 或之後，或更正記錄中的「最後發現日期」。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="347"/>
        <source>(the handler&apos;s name is not recorded)</source>
        <translation>（未記錄處理者名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="359"/>
        <source>From (you) — asked once</source>
        <translation>寄件人（您）——只需填寫一次</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="377"/>
        <location filename="../../ui/composer/composer_dialog.py" line="572"/>
        <source>working days</source>
        <translation>個工作日</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="378"/>
        <location filename="../../ui/composer/composer_dialog.py" line="573"/>
        <source>calendar days</source>
        <translation>日（自然日）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="381"/>
        <source>set by law</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="395"/>
        <source>Suggested by the rules for this record</source>
        <translation>根據本記錄的事實，法規建議提出此項請求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="411"/>
        <source>Follow-up to %1</source>
        <translation>跟進 %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="416"/>
        <source>Write a follow-up letter</source>
        <translation>寫跟進信函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="423"/>
        <source>%1 (suggested)</source>
        <translation>%1（建議）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="472"/>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="473"/>
        <source>a postal address or e-mail for the reply</source>
        <translation>用於回覆的通訊地址或電郵地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="475"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="476"/>
        <source>This letter cannot be exported or marked sent without %1: fill them in under “From (you)”.</source>
        <translation>缺少%1，此信件不能匯出或標記為已寄出：請在「寄件人（您）」中填寫。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="508"/>
        <source>Choose at least one request.</source>
        <translation>請至少選擇一項請求。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="566"/>
        <source>no reply period in this letter</source>
        <translation>本函未設回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="576"/>
        <source>Reference: %1</source>
        <translation>編號：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="578"/>
        <source>Fill in by hand before sending: %1</source>
        <translation>發出前請手工填寫：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="579"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="607"/>
        <source>Export the letter as PDF</source>
        <translation>將信函匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="609"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="622"/>
        <source>Save as e-mail (.eml)</source>
        <translation>儲存為電郵 (.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="624"/>
        <source>E-mail message (*.eml)</source>
        <translation>電郵檔案 (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="637"/>
        <source>The letter is still being updated. Try again in a moment.</source>
        <translation>信件仍在更新，請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="702"/>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="711"/>
        <source>The e-mail text is copied. The clipboard is cleared after a while.</source>
        <translation>電郵內文已複製。剪貼簿稍後會自動清空。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="724"/>
        <source>[The letter is longer than a mail link can carry: paste the copied text here.]</source>
        <translation>【信函太長，電郵連結放不下：請在此貼上已複製的正文。】</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="744"/>
        <source>No mail app answered. Copy the e-mail text or save an .eml file.</source>
        <translation>沒有電郵程式響應。請複製電郵內文，或儲存為 .eml 檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="820"/>
        <source>Kept as sent. You will find it under Requests with its due date.</source>
        <translation>已按原樣儲存為已發出。可在「請求」中查看其回覆期限。</translation>
    </message>
</context>
<context>
    <name>LocationField</name>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="51"/>
        <source>Choose the place</source>
        <translation>選擇地點</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="54"/>
        <source>Name, pinyin or code, e.g. 朝阳 or 110105</source>
        <translation>名稱、拼音或代碼，例如 朝陽 或 110105</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="56"/>
        <source>Search places</source>
        <translation>搜尋地點</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="58"/>
        <source>Places found</source>
        <translation>找到的地點</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="103"/>
        <location filename="../../ui/widgets/location_field.py" line="107"/>
        <source>Place on the map</source>
        <translation>地圖上的位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="115"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="116"/>
        <source>Choose the city or district yourself</source>
        <translation>由您自行選擇城市或地區</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="118"/>
        <source>Read it from the city and address</source>
        <translation>按城市和地址自動識別</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="120"/>
        <source>Use a photo&apos;s position…</source>
        <translation>使用相片中的位置…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="122"/>
        <source>Only with your agreement; the position never leaves this vault</source>
        <translation>須經您同意；該位置不會離開本帳本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="127"/>
        <source>Remove the precise position</source>
        <translation>刪除精確位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="210"/>
        <source>your choice, saved with the record</source>
        <translation>您的選擇，儲存記錄時生效</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="213"/>
        <source>your correction</source>
        <translation>您的更正</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="216"/>
        <source>read from the city and address</source>
        <translation>根據城市和地址識別</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="223"/>
        <source>Not recognised: the record is not on the map. Choose the place.</source>
        <translation>未能識別：這條記錄不在地圖上。請選擇地點。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="228"/>
        <source>Or did you mean: %1</source>
        <translation>您是否指：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="236"/>
        <source>A photo&apos;s precise position is kept in this vault with your agreement (%1). It is never exported.</source>
        <translation>經您同意（%1），相片的精確位置保存在本帳本中，永不匯出。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="280"/>
        <source>None of this record&apos;s saved photos has a GPS position.</source>
        <translation>這條記錄已儲存的相片都沒有 GPS 位置。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="287"/>
        <source>Keep the photo&apos;s position?</source>
        <translation>保存相片中的位置？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="288"/>
        <source>The photo “%1” records where it was taken. FaceLedger can keep this precise position in your encrypted vault to suggest the district. It is never put in case bundles, statistics or map exports, and you can remove it at any time. Keep it?</source>
        <translation>相片「%1」記錄了拍攝地點。人臉帳本可以把這個精確位置保存在您加密的帳本中，用來建議所在地區。它永遠不會放進案件包、統計或匯出的地圖，您可以隨時刪除。要保存嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="294"/>
        <source>Keep the position</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="295"/>
        <source>Don&apos;t keep it</source>
        <translation>不保存</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Map</source>
        <translation>地圖</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Letters you send about your records will be listed here, with their status and replies. This part of FaceLedger is not finished in this version.</source>
        <translation>您就記錄寄出的函件會列在這裏，附帶狀態和答覆。本版本中這一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Due</source>
        <translation>待辦</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Replies that are due or overdue will be shown here, counted in working days. This part of FaceLedger is not finished in this version.</source>
        <translation>到期或逾期未答覆的請求會顯示在這裏，按工作日計算。本版本中這一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Rules</source>
        <translation>法規</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Charts of your records and of how handlers answer will be shown here. This part of FaceLedger is not finished in this version.</source>
        <translation>您的記錄和處理者答覆情況的圖表會顯示在這裏。本版本中這一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Loc&amp;k</source>
        <translation>鎖定(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即鎖定帳本（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>FaceLedger</source>
        <translation>人臉帳本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>The settings could not be saved.</source>
        <translation>無法儲存設定。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>This is the latest backup. Unlock it with the passphrase the vault had when the backup was made. The damaged file is left as it is.</source>
        <translation>這是最近的備份。請用備份當時帳本的密碼解鎖。損壞的檔案保持原樣。</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/pages/map_page.py" line="47"/>
        <source>No request sent</source>
        <translation>未發請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="48"/>
        <source>Waiting for a reply</source>
        <translation>等待回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="49"/>
        <source>Overdue</source>
        <translation>逾期未覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="50"/>
        <source>Complied</source>
        <translation>已按要求處理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="51"/>
        <source>Refused or partly</source>
        <translation>拒絕或部分處理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="65"/>
        <source>Map</source>
        <translation>地圖</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="70"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="73"/>
        <source>PNG image…</source>
        <translation>PNG 圖片…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="74"/>
        <source>SVG drawing…</source>
        <translation>SVG 向量圖…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="75"/>
        <source>PDF document…</source>
        <translation>PDF 文件…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="86"/>
        <source>Search places, handlers, notes…</source>
        <translation>搜尋場所、處理者、備註…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="88"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="90"/>
        <source>All kinds of places</source>
        <translation>所有場所類型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="93"/>
        <source>Kind of place</source>
        <translation>場所類型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="95"/>
        <location filename="../../ui/pages/map_page.py" line="98"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="99"/>
        <source>With an open request</source>
        <translation>有未完結請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="104"/>
        <source>By city</source>
        <translation>按城市</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="105"/>
        <source>By district</source>
        <translation>按地區</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="106"/>
        <source>By province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="107"/>
        <source>Group by</source>
        <translation>分組方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="109"/>
        <source>Colour: request state</source>
        <translation>顏色：請求狀態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="110"/>
        <source>Colour: main ground</source>
        <translation>顏色：主要理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="111"/>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="123"/>
        <source>Map of the records</source>
        <translation>記錄地圖</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="125"/>
        <source>Dots at the places of your records. Arrow keys move, plus and minus zoom, 0 fits, N and P step through the places, Enter shows the records of the selected place.</source>
        <translation>圓點表示您記錄的地點。方向鍵移動，加號和減號縮放，0 顯示全部，N 和 P 逐個選擇地點，Enter 鍵顯示所選地點的記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="131"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="139"/>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="139"/>
        <source>Records</source>
        <translation>記錄數</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="141"/>
        <source>Places</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="162"/>
        <source>Dots sit at the seats of cities and districts, never at a record&apos;s own position; their area grows with the number of records. No boundary lines are drawn. Scroll or press +/− to zoom, drag or use the arrow keys to move, 0 to see everything.</source>
        <translation>圓點位於城市和地區的政府駐地，而不是任何記錄的實際位置；面積隨記錄數增大。地圖不繪製任何邊界線。捲動滑鼠滾輪或按 +/− 縮放，拖動或用方向鍵移動，按 0 顯示全部。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="227"/>
        <source>No specific ground</source>
        <translation>無特別理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="228"/>
        <source>Not checked yet</source>
        <translation>尚未檢查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="251"/>
        <source>%n record(s)</source>
        <translation>%n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="254"/>
        <source>Most often: %1</source>
        <translation>最常見：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="261"/>
        <source>No record matches these filters.</source>
        <translation>沒有符合這些篩選條件的記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="263"/>
        <source>No records yet. Records appear here by the city you enter.</source>
        <translation>還沒有記錄。記錄會按您填寫的城市顯示在這裏。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="266"/>
        <source>None of these records has a recognised place. Check their city fields.</source>
        <translation>這些記錄都沒有可識別的地點。請檢查它們的城市欄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="272"/>
        <source>%n record(s) on the map</source>
        <translation>地圖上有 %n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="275"/>
        <source>%n record(s) without a recognised place</source>
        <translation>%n 條記錄沒有可識別的地點</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="278"/>
        <source>checking the grounds of every record…</source>
        <translation>正在檢查每條記錄的理由…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="333"/>
        <source>Where faces were collected: %n record(s)</source>
        <translation>人臉資料收集地點：%n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="334"/>
        <source>Dots sit at the seats of administrative units, area proportional to the number of records; no boundary lines are drawn.</source>
        <translation>圓點位於行政區劃的政府駐地，面積與記錄數成正比；不繪製任何邊界線。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="348"/>
        <source>faceledger-map</source>
        <translation>人臉帳本-地圖</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="350"/>
        <source>Export the map</source>
        <translation>匯出地圖</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="362"/>
        <source>Map saved: %1</source>
        <translation>地圖已儲存：%1</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="45"/>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="77"/>
        <source>Mark as sent</source>
        <translation>標記為已發出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="47"/>
        <source>The letter %1 is kept in the vault exactly as it is now.</source>
        <translation>信函 %1 將按當前內容原樣儲存在帳本中。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="58"/>
        <source>%1 is in the future: enter the day the letter was sent.</source>
        <translation>%1 還未到：請輸入函件寄出的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="64"/>
        <source>e.g. the EMS number on the receipt</source>
        <translation>例如郵寄憑條上的掛號編號</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="65"/>
        <source>Tracking number</source>
        <translation>掛號編號</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="68"/>
        <source>Optional: post office, e-mail address used…</source>
        <translation>可選：郵局、所用電郵地址……</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="70"/>
        <source>Sent by</source>
        <translation>發出方式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="60"/>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="71"/>
        <source>Date sent</source>
        <translation>發出日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="73"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="54"/>
        <location filename="../../ui/widgets/message_banner.py" line="55"/>
        <source>Close this message</source>
        <translation>關閉這條消息</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="82"/>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="83"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="84"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>MissingChanges</name>
    <message>
        <location filename="../../ui/missing_changes.py" line="26"/>
        <source>This vault has %n fewer change(s) than last seen on this computer. A lost or damaged write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open your latest backup; or continue with the file as it is. This warning stays until you choose.</source>
        <translation>此帳本比這部電腦上次所見少了 %n 項更改。預寫記錄遺失或損壞，或使用了較舊的檔案副本，都可能造成這種情況。如需取回，請鎖定後開啟您最新的備份；或按現狀繼續使用此檔案。在您作出選擇之前，此提示會一直顯示。</translation>
    </message>
    <message>
        <location filename="../../ui/missing_changes.py" line="48"/>
        <source>Continue with this file</source>
        <translation>繼續使用這個檔案</translation>
    </message>
    <message>
        <location filename="../../ui/missing_changes.py" line="61"/>
        <source>Continuing with this file. The missing changes will not be reported again.</source>
        <translation>繼續使用這個檔案。缺失的更改不會再提示。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="38"/>
        <location filename="../../ui/composer/pdf_preview.py" line="63"/>
        <source>No preview yet.</source>
        <translation>暫無預覽。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="65"/>
        <source>The preview could not be shown.</source>
        <translation>無法顯示預覽。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="49"/>
        <source>New profile</source>
        <translation>建立身份資料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="51"/>
        <source>Edit profile</source>
        <translation>編輯身份資料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="59"/>
        <source>Only if your letters need it</source>
        <translation>僅在函件需要時填寫</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="67"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="68"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="69"/>
        <source>Email</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="70"/>
        <source>Address for letters</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="71"/>
        <source>ID number</source>
        <translation>身份證明文件號碼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="77"/>
        <source>Kept encrypted in the vault. Used only in letters you write.</source>
        <translation>加密儲存在帳本中，只用於您寫的函件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="85"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="106"/>
        <source>A name is needed.</source>
        <translation>請填寫姓名。</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/record_editor.py" line="341"/>
        <source>New record</source>
        <translation>建立記錄</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="343"/>
        <source>Edit record</source>
        <translation>編輯記錄</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="363"/>
        <source>No profile</source>
        <translation>不關聯身份資料</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="364"/>
        <location filename="../../ui/record_editor.py" line="367"/>
        <source>Whose record is this (for letters)</source>
        <translation>這是誰的記錄（用於函件）</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="394"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="403"/>
        <source>Write a deletion or consent-withdrawal letter about this record</source>
        <translation>就這條記錄寫一封要求刪除或撤回同意的函件</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="365"/>
        <source>Profile</source>
        <translation>當事人</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="391"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="392"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>儲存記錄（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="399"/>
        <source>&amp;Delete record…</source>
        <translation>刪除記錄(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="401"/>
        <source>Write a &amp;letter…</source>
        <translation>寫函件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="409"/>
        <source>&amp;Profile:</source>
        <translation>當事人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="487"/>
        <source>Enter the date and choose the kind of place to see your rights.</source>
        <translation>填寫日期並選擇場所類型後，即可看到您的權利。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="495"/>
        <source>Correct the marked answer to see your rights.</source>
        <translation>改正標出的回答後即可看到您的權利。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="513"/>
        <source>Enter the date it happened.</source>
        <translation>請填寫發生的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="514"/>
        <source>Choose the kind of place.</source>
        <translation>請選擇場所類型。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="515"/>
        <source>Enter the place (its name or address) or who runs it.</source>
        <translation>請填寫場所（名稱或地址）或管理它的機構。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="517"/>
        <source>This code is not valid: check the 18 characters (the last one is a check character).</source>
        <translation>代碼無效：請核對這 18 位字符（最後一位是校驗碼）。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="522"/>
        <source>This date cannot be before the first time.</source>
        <translation>這個日期不能早於第一次採集的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="524"/>
        <source>Enter a real date.</source>
        <translation>請輸入有效的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="525"/>
        <source>This answer is not valid.</source>
        <translation>這個回答不符合要求。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="552"/>
        <source>Unsaved changes</source>
        <translation>有未儲存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="553"/>
        <source>This record has changes that are not saved yet. Do you want to save them?</source>
        <translation>這項記錄有尚未儲存的更改。要儲存嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="604"/>
        <source>These are the answers you had not saved when the vault locked. Save them to keep them.</source>
        <translation>這些是帳本鎖定時您還未儲存的回答。儲存後才會保留。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="609"/>
        <source>Files that were not saved and must be added again: %1</source>
        <translation>以下檔案當時未儲存，需要重新加入：%1</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="638"/>
        <source>Correct the marked date: it was not saved.</source>
        <translation>請改正標出的日期：記錄尚未儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="649"/>
        <source>Not saved yet: a record needs the date, the kind of place, and the place or who runs it.</source>
        <translation>尚未儲存：一項記錄至少需要日期、場所類型，以及場所或管理它的機構。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="674"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="706"/>
        <source>Save your changes first: the letter is written from the saved record.</source>
        <translation>請先儲存更改：函件根據已儲存的記錄生成。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="721"/>
        <source>Delete record</source>
        <translation>刪除記錄</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="722"/>
        <source>Delete this record and all its evidence from the vault? This cannot be undone. A record that letters were sent about cannot be deleted.</source>
        <translation>從帳本中刪除這條記錄及其全部證據？此操作無法撤銷。已經就其寄出函件的記錄不能刪除。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="727"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="728"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_editor.py" line="78"/>
        <source>Where and when</source>
        <translation>時間和地點</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="87"/>
        <source>e.g. 阳光花园小区 north gate</source>
        <translation>例如：陽光花園屋苑北門</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="88"/>
        <source>e.g. 杭州</source>
        <translation>例如：杭州</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="91"/>
        <source>Who runs it</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="92"/>
        <source>e.g. 某某物业服务有限公司</source>
        <translation>例如：某某物業服務有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="94"/>
        <source>18 characters, on their licence or website</source>
        <translation>18 位，見營業執照或官網</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="100"/>
        <source>What happened</source>
        <translation>發生了甚麼</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="109"/>
        <source>What else you know</source>
        <translation>您還知道的情況</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="120"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="172"/>
        <source>— choose one —</source>
        <translation>— 請選擇 —</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="174"/>
        <location filename="../../ui/record_editor.py" line="182"/>
        <source>— not answered —</source>
        <translation>— 未回答 —</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="183"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="184"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="185"/>
        <source>I don&apos;t know</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="204"/>
        <source>%1 is in the future. Enter the day it happened.</source>
        <translation>%1 還未到。請輸入事情發生的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="212"/>
        <source>Type the date as 2026-12-01, 20261201 or 2026/12/1, or press Alt+Down for a calendar.</source>
        <translation>可輸入 2026-12-01、20261201 或 2026/12/1，或按 Alt+↓ 開啟日曆。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="220"/>
        <source>%1 is before the first time (%2): the last time cannot come first.</source>
        <translation>%1 早於第一次的日期（%2）：最近一次不能早於第一次。</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="266"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="267"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="268"/>
        <source>Kind of place</source>
        <translation>場所類型</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="269"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="270"/>
        <source>Handler</source>
        <translation>處理者</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="271"/>
        <source>What is wrong</source>
        <translation>存在的問題</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="292"/>
        <source>(could not be loaded)</source>
        <translation>（無法載入）</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/pages/records_page.py" line="94"/>
        <location filename="../../ui/pages/records_page.py" line="140"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="99"/>
        <source>&amp;New record…</source>
        <translation>建立記錄(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="100"/>
        <source>Add a place where your face was taken (Ctrl+N)</source>
        <translation>記下一個採集您人臉的地方（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="109"/>
        <source>Search places, handlers, notes…</source>
        <translation>搜尋場所、處理者、備註…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="111"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="113"/>
        <source>Search places, handlers, notes… (Ctrl+F)</source>
        <translation>搜尋場所、處理者、備註…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="117"/>
        <source>Kind of place</source>
        <translation>場所類型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="118"/>
        <source>All kinds of places</source>
        <translation>所有場所類型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="122"/>
        <location filename="../../ui/pages/records_page.py" line="125"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="126"/>
        <source>With an open request</source>
        <translation>有未結請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="128"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="129"/>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="130"/>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="198"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="226"/>
        <source>%n record(s) found</source>
        <translation>找到 %n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="228"/>
        <source>%n record(s)</source>
        <translation>共 %n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="232"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>沒有匹配的記錄。試試少輸入幾個字，或清除篩選條件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="234"/>
        <source>No records yet.
Add the first place where your face was taken: “New record…”.</source>
        <translation>還沒有記錄。
按「建立記錄…」，記下第一個採集您人臉的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="298"/>
        <source>Showing the %n record(s) at %1 chosen on the map.</source>
        <translation>正在顯示在地圖上選擇的%1的 %n 條記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="302"/>
        <source>Show all records</source>
        <translation>顯示全部記錄</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="55"/>
        <source>Complied (no proof given)</source>
        <translation>已處理（未提供證明）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="56"/>
        <source>Complied, with proof</source>
        <translation>已處理，並提供了證明</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="57"/>
        <source>Did only part of it</source>
        <translation>只處理了一部分</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="58"/>
        <source>Refused, giving a reason</source>
        <translation>拒絕，並說明了理由</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="59"/>
        <source>Refused without a reason</source>
        <translation>拒絕，未說明理由</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="60"/>
        <source>Asked for an ID copy or more personal data</source>
        <translation>要求提供身份證副本或更多個人資料</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="61"/>
        <source>Asked for a fee</source>
        <translation>要求收費</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="62"/>
        <source>Said deletion is technically impossible</source>
        <translation>稱技術上無法刪除</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="63"/>
        <source>Asked you to come in person</source>
        <translation>要求您親身前往辦理</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="64"/>
        <source>Did not answer the request</source>
        <translation>答非所問，沒有回應要求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="137"/>
        <source>Record the reply</source>
        <translation>記錄回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="139"/>
        <source>Reply to %1 · %2</source>
        <translation>對 %1 的回覆 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="150"/>
        <source>What does the reply say?</source>
        <translation>回覆說了甚麼？</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="161"/>
        <location filename="../../ui/composer/reply_dialog.py" line="184"/>
        <source>Date of the reply</source>
        <translation>回覆日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="163"/>
        <source>%1 is in the future: enter the day it came.</source>
        <translation>%1 是將來的日期：請填寫收到回覆的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="168"/>
        <source>%1 is before %2, the date of the last step of this request.</source>
        <translation>%1 早於 %2，即此要求上一步的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="172"/>
        <source>In a few words: the reason they gave, the fee they asked for…</source>
        <translation>簡要寫下：對方給出的理由、要求的費用……</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="176"/>
        <source>Attach the reply…</source>
        <translation>附上回覆…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="177"/>
        <location filename="../../ui/composer/reply_dialog.py" line="361"/>
        <source>No file attached</source>
        <translation>未附檔案</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="185"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="186"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="203"/>
        <source>The proposed answer letter</source>
        <translation>建議的回覆信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="208"/>
        <source>What it means</source>
        <translation>這代表甚麼</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="209"/>
        <source>The answer letter FaceLedger proposes</source>
        <translation>人臉帳本建議的回覆信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="227"/>
        <source>Write the answer letter after saving</source>
        <translation>儲存後產生回覆信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="232"/>
        <source>Save the reply</source>
        <translation>儲存回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="233"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="265"/>
        <source>Choose what the reply says: FaceLedger then shows what it means and the answer the law supports.</source>
        <translation>請選擇回覆的內容：人臉帳本會說明它代表甚麼，以及法律支持的回覆。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="283"/>
        <source>Also record the outcome: %1</source>
        <translation>同時記錄結果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="304"/>
        <source>The law has no rule on this, and FaceLedger does not invent one: the answer asks for the basis in writing and cites no article.</source>
        <translation>法律對此沒有規定，人臉帳本不會編造規則：回覆信請對方書面說明依據，不引用任何條文。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="313"/>
        <source>The answer cites:</source>
        <translation>回覆信引用：</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="317"/>
        <source>No answer letter is needed for this reply.</source>
        <translation>此回覆無需回覆信。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="350"/>
        <source>Attach the reply</source>
        <translation>附上回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="352"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>掃描檔和截圖 (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="354"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="435"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="436"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="437"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="438"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="455"/>
        <source>Letters of this case, step by step</source>
        <translation>本案函件（按步驟）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="458"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="459"/>
        <location filename="../../ui/pages/requests_page.py" line="475"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="460"/>
        <location filename="../../ui/pages/requests_page.py" line="476"/>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="461"/>
        <source>Sent</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="462"/>
        <source>Due / answer</source>
        <translation>期限 / 回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="473"/>
        <source>Letter date</source>
        <translation>信件日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="474"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="480"/>
        <source>Open letter</source>
        <translation>開啟信件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="481"/>
        <location filename="../../ui/pages/requests_page.py" line="741"/>
        <source>Export letter as sent…</source>
        <translation>按寄出原樣匯出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="488"/>
        <source>Write reminder letter…</source>
        <translation>寫催辦信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="489"/>
        <source>Write complaint letter…</source>
        <translation>寫投訴信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="490"/>
        <source>Add reply…</source>
        <translation>添加回覆…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="491"/>
        <source>Set outcome…</source>
        <translation>記錄結果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="492"/>
        <source>Delivered…</source>
        <translation>已送達…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="493"/>
        <source>Complaint filed…</source>
        <translation>已投訴…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="494"/>
        <source>Close request</source>
        <translation>結束請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="495"/>
        <source>Add note…</source>
        <translation>添加備註…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="497"/>
        <source>Answer letter…</source>
        <translation>回覆信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="532"/>
        <source>Steps of this case</source>
        <translation>本案各步驟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="687"/>
        <source> — %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="954"/>
        <source>The due date %1 is an estimate: an update pack with that year&apos;s official holiday schedule makes it exact.</source>
        <translation>回覆期限 %1 為估算：安裝載有該年度官方假期安排的更新套件後即為準確日期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="432"/>
        <location filename="../../ui/pages/requests_page.py" line="534"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="470"/>
        <location filename="../../ui/pages/requests_page.py" line="536"/>
        <source>Letters as sent</source>
        <translation>已寄出的信件（原樣）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="587"/>
        <source>Choose a request to see its timeline.</source>
        <translation>選擇一項請求以查看其時間線。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="601"/>
        <source>, tracking number %1</source>
        <translation>，編號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="604"/>
        <source>Asked for: %1
Status: %2
Sent: %3 by %4%5</source>
        <translation>請求事項：%1
狀態：%2
發出：%3，方式：%4%5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="618"/>
        <source>%1 answered on %2.</source>
        <translation>%1已於%2獲得回覆。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="622"/>
        <source>No due date yet (not sent).</source>
        <translation>尚無回覆期限（未發出）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="625"/>
        <source>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</source>
        <translation>暫時無法計算回覆期限：尚未安裝該年度的官方節假日安排。本程式不作推測。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="633"/>
        <source>Follow up with %3 on: %1 (%2); no law sets this date.</source>
        <translation>請於%1向%3跟進（%2）；此日期並非法例規定。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="635"/>
        <source>%3 must decide by: %1 (%2)</source>
        <translation>%3應於%1前決定是否受理（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="637"/>
        <source>Reply to the reminder due: %1 (%2)</source>
        <translation>催辦信回覆期限：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="639"/>
        <source>Reply due: %1 (%2)</source>
        <translation>回覆期限：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="133"/>
        <location filename="../../ui/pages/requests_page.py" line="256"/>
        <location filename="../../ui/pages/requests_page.py" line="642"/>
        <source>%1 (estimated)</source>
        <translation>%1（估算）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="654"/>
        <source>not sent yet</source>
        <translation>尚未寄出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="656"/>
        <source>answered %1</source>
        <translation>%1已回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="661"/>
        <source>(follow-up, not statutory)</source>
        <translation>（跟進日期，非法定期限）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="736"/>
        <source>Letter %1 as sent</source>
        <translation>信件%1（寄出原樣）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="758"/>
        <source>Export the letter as sent</source>
        <translation>按寄出原樣匯出信件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="759"/>
        <location filename="../../ui/pages/requests_page.py" line="832"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="769"/>
        <location filename="../../ui/pages/requests_page.py" line="849"/>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="831"/>
        <source>Save the answer letter</source>
        <translation>儲存回覆信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="860"/>
        <source>Set the outcome</source>
        <translation>記錄處理結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="924"/>
        <source>Send the letter, then mark it sent.</source>
        <translation>發出信函後，請標記為已發出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="925"/>
        <source>Waiting for the reply, due %1.</source>
        <translation>等待回覆，期限為 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="927"/>
        <source>Record the reply (attach it) or the outcome when it comes.</source>
        <translation>收到回覆後請記錄（附上回覆）或記錄處理結果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="929"/>
        <source>Record the delivery date if you know it (postal tracking, read receipt).</source>
        <translation>如知道送達日期，請記錄（郵件追蹤、已讀回執）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="931"/>
        <source>The reply was due on %1: a reminder letter can be written.</source>
        <translation>回覆期限 %1 已過：可以寫催辦信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="934"/>
        <source>Reminder sent; a complaint is suggested after %1.</source>
        <translation>已發催辦信；建議在 %1 之後投訴。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="936"/>
        <source>No reply 30 days after sending: a complaint letter can be written.</source>
        <translation>發函 30 日後仍未回覆：可以寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="938"/>
        <source>The statutory period ended on %1 without a reply: a complaint can be written.</source>
        <translation>法定期限已於 %1 屆滿且未獲回覆：可以寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="942"/>
        <source>The handler refused: a complaint letter can be written from the timeline.</source>
        <translation>對方已拒絕：可以根據時間線寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="944"/>
        <source>Only partly complied: remind them of the rest, or complain.</source>
        <translation>對方僅部分照辦：可催告其餘部分，或投訴。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="946"/>
        <source>Record what the reply means: complied, partly complied or refused.</source>
        <translation>請記錄回覆的結果：已照辦、部分照辦或拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="948"/>
        <source>Complied. Close the request when you are done.</source>
        <translation>對方已照辦。處理完畢後可結束此請求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="950"/>
        <source>Complaint filed: record the answer when it comes.</source>
        <translation>已投訴：收到回覆後請記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="952"/>
        <source>The due date is unknown until the holiday calendar is updated.</source>
        <translation>節假日安排更新之前，回覆期限無法確定。</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../ui/composer/labels.py" line="20"/>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="21"/>
        <source>Delete my face data</source>
        <translation>刪除人臉資料</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="22"/>
        <source>Offer another way in</source>
        <translation>提供其他驗證方式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="23"/>
        <source>Access and copy</source>
        <translation>查閱、複製</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="24"/>
        <source>Explain the processing</source>
        <translation>解釋說明</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="25"/>
        <source>Complaint to a regulator</source>
        <translation>向監管部門投訴</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="26"/>
        <location filename="../../ui/composer/labels.py" line="59"/>
        <source>Reminder</source>
        <translation>催辦信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="27"/>
        <source>Data access request (PDPO s18)</source>
        <translation>查閱資料要求（《個人資料（私隱）條例》第18條）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="28"/>
        <source>Erasure (PDPO s26, DPP2)</source>
        <translation>刪除資料（第26條、保障資料第2原則）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="34"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="39"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="40"/>
        <source>Sent</source>
        <translation>已發出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="41"/>
        <location filename="../../ui/composer/labels.py" line="69"/>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="42"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="43"/>
        <source>Replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="44"/>
        <source>Complied</source>
        <translation>已照辦</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="45"/>
        <source>Partly complied</source>
        <translation>部分照辦</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="46"/>
        <source>Refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="47"/>
        <location filename="../../ui/composer/labels.py" line="75"/>
        <source>Complaint filed</source>
        <translation>已投訴</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="48"/>
        <location filename="../../ui/composer/labels.py" line="76"/>
        <source>Closed</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="50"/>
        <source>Follow up</source>
        <translation>需跟進</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="58"/>
        <source>Request</source>
        <translation>要求信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="60"/>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="61"/>
        <source>Police report</source>
        <translation>報案材料</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="68"/>
        <source>Letter sent</source>
        <translation>信函已發出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="70"/>
        <source>Reply received</source>
        <translation>收到回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="71"/>
        <source>Outcome: complied</source>
        <translation>結果：已照辦</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="72"/>
        <source>Outcome: partly complied</source>
        <translation>結果：部分照辦</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="73"/>
        <source>Outcome: refused</source>
        <translation>結果：拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="74"/>
        <source>Reminder sent</source>
        <translation>已發催辦信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="77"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="84"/>
        <source>E-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="85"/>
        <source>Registered mail</source>
        <translation>掛號郵件</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="86"/>
        <source>In person</source>
        <translation>當面遞交</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="87"/>
        <source>Web form</source>
        <translation>網頁表單</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="88"/>
        <source>In the app</source>
        <translation>應用程式內</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="89"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="96"/>
        <source>Residential compound</source>
        <translation>住宅屋苑</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="97"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="98"/>
        <source>Shopping mall</source>
        <translation>商場</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="99"/>
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="100"/>
        <source>Property sales office</source>
        <translation>售樓處</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="101"/>
        <source>Gym or sports venue</source>
        <translation>健身房或體育場館</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="102"/>
        <source>School or campus</source>
        <translation>學校或校園</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="103"/>
        <source>Workplace</source>
        <translation>工作場所</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="104"/>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="105"/>
        <source>Station or airport</source>
        <translation>車站或機場</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="106"/>
        <source>Tourist site</source>
        <translation>景區</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="107"/>
        <source>Hospital</source>
        <translation>醫院</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="108"/>
        <source>Government service</source>
        <translation>政務服務</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="109"/>
        <source>Entertainment venue</source>
        <translation>娛樂場所</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="110"/>
        <source>Mobile app</source>
        <translation>手機應用程式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="111"/>
        <source>Public street</source>
        <translation>公共街道</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="112"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="128"/>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="129"/>
        <source>your phone number</source>
        <translation>您的聯絡電話</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="130"/>
        <source>your postal address</source>
        <translation>您的通訊地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="131"/>
        <source>the handler&apos;s full legal name</source>
        <translation>處理者的法定全名</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="132"/>
        <source>the handler&apos;s address</source>
        <translation>處理者的地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="133"/>
        <source>the authority that takes the complaint</source>
        <translation>受理投訴的部門</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="135"/>
        <source>a detail marked 【…】 in the letter</source>
        <translation>函件中標有【…】的內容</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="166"/>
        <source>No due date</source>
        <translation>無回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="168"/>
        <source>Not awaiting a reply</source>
        <translation>無需等待回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="171"/>
        <source>Overdue by %n day(s)</source>
        <translation>已逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="174"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="177"/>
        <source>%n day(s) left</source>
        <translation>還剩 %n 天</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="221"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="222"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="223"/>
        <source>Recipient</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="224"/>
        <location filename="../../ui/pages/requests_page.py" line="1018"/>
        <source>Requests</source>
        <translation>請求事項</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="225"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="226"/>
        <source>Sent</source>
        <translation>發出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="227"/>
        <source>Due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="228"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="240"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="251"/>
        <source>(handler not named)</source>
        <translation>（未記錄處理者）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="970"/>
        <source>All requests</source>
        <translation>全部請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="971"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="998"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="999"/>
        <source>Due date</source>
        <translation>按回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1000"/>
        <source>Date sent</source>
        <translation>按發出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1002"/>
        <source>Export due dates (.ics)…</source>
        <translation>匯出回覆期限 (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1003"/>
        <source>Refresh</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1006"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1008"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1135"/>
        <source>%n request(s)</source>
        <translation>共 %n 件請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1183"/>
        <source>Export due dates</source>
        <translation>匯出回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1185"/>
        <source>Calendar files (*.ics)</source>
        <translation>日曆檔案 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1199"/>
        <source>%n due date(s) exported to the calendar file.</source>
        <translation>已將 %n 個回覆期限匯出到日曆檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1204"/>
        <source>Exporting due dates…</source>
        <translation>正在匯出回覆期限…</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="38"/>
        <source>checked against the official text</source>
        <translation>已與官方文本核對</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="39"/>
        <source>from a secondary source; check before relying on it</source>
        <translation>來自二手來源；使用前請核實</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="40"/>
        <source>not verified</source>
        <translation>未經核實</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="49"/>
        <source>Rules</source>
        <translation>法規</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="62"/>
        <source>Search the rules, e.g. 单独同意 or consent</source>
        <translation>搜尋法規，例如：单独同意（內地法規用簡體字）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="64"/>
        <source>Search the rules</source>
        <translation>搜尋規則</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="70"/>
        <source>Laws and articles</source>
        <translation>法律與條文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="74"/>
        <source>Article text</source>
        <translation>條文原文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="104"/>
        <source>Rule library %1, as of %2</source>
        <translation>法規庫 %1，截至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="110"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="213"/>
        <source>Issued by: %1</source>
        <translation>發佈機關：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="216"/>
        <source>Document number: %1</source>
        <translation>文號：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="220"/>
        <source>In force since: %1</source>
        <translation>施行日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="222"/>
        <source>In force for every date the app handles</source>
        <translation>適用於本程式處理的所有日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="226"/>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="231"/>
        <source>%n article(s) in the library.</source>
        <translation>本程式收錄了其中 %n 條。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="252"/>
        <source>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</source>
        <translation>本程式未收錄這一條的官方文本，只按條號引用；請查閱官方發佈的文本。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="263"/>
        <source>Summary in English</source>
        <translation>英文摘要</translation>
    </message>
</context>
<context>
    <name>SenderSettings</name>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="26"/>
        <source>Sender (who writes your letters)</source>
        <translation>寄件人（信件署名人）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="30"/>
        <source>Used in every new letter and carried by its reminders and complaints. A letter cannot be exported or marked sent without a name and a postal address or e-mail for the reply.</source>
        <translation>用於每封新信件，並沿用到其催辦信和投訴信。沒有姓名及用於回覆的通訊地址或電郵地址，信件不能匯出或標記為已寄出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="42"/>
        <location filename="../../ui/pages/sender_settings.py" line="50"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="43"/>
        <source>Save sender</source>
        <translation>儲存寄件人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="44"/>
        <source>Forget</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="51"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="52"/>
        <source>E-mail</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="53"/>
        <source>Address</source>
        <translation>通訊地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="90"/>
        <source>Sender saved.</source>
        <translation>寄件人已儲存。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="118"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="126"/>
        <source>Language and locking</source>
        <translation>語言和鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="129"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="134"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="138"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="139"/>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="141"/>
        <source>Lock after being idle for</source>
        <translation>閒置多久後鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143"/>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>螢幕鎖定或電腦休眠時鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="151"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="153"/>
        <source>Clear copied text after</source>
        <translation>複製的內容多久後清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="156"/>
        <source>Vault and backups</source>
        <translation>帳本和備份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="162"/>
        <source>Vault file</source>
        <translation>帳本檔案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="167"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="172"/>
        <source>Backups go to</source>
        <translation>備份位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="173"/>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="178"/>
        <source>Profiles (who the letters are from)</source>
        <translation>身份資料（函件的署名人）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="181"/>
        <source>Name, contact and address used in letters. They are stored encrypted in the vault, not in the settings file. Groups can keep one profile per person they help.</source>
        <translation>函件中使用的姓名、聯繫方式和地址。它們加密儲存在帳本中，不在設定檔案裏。公益組織可以為每位求助者各建一份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="196"/>
        <source>Add…</source>
        <translation>加入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="198"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="200"/>
        <location filename="../../ui/pages/settings_page.py" line="345"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="265"/>
        <source>Where should backups go?</source>
        <translation>備份儲存到哪裏？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="282"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="287"/>
        <source>Backup written and verified: %1</source>
        <translation>備份已寫入並驗證：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="308"/>
        <source>No profile yet.</source>
        <translation>還沒有身份資料。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="341"/>
        <source>Delete profile</source>
        <translation>刪除身份資料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="342"/>
        <source>Delete this profile? Its records and requests stay, without a name attached.</source>
        <translation>刪除這份身份資料？相關的記錄和請求會保留，只是不再關聯姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="346"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="78"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="79"/>
        <source>Show or hide the passphrase</source>
        <translation>顯示或隱藏密碼</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="149"/>
        <source>Unlock your vault</source>
        <translation>解鎖您的帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="150"/>
        <source>Your records are encrypted in this file:</source>
        <translation>您的記錄加密儲存在這個檔案中：</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="154"/>
        <source>Choose another file…</source>
        <translation>選擇其他檔案…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="159"/>
        <location filename="../../ui/start_screen.py" line="160"/>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="163"/>
        <source>Create a new vault…</source>
        <translation>建立帳本…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="165"/>
        <location filename="../../ui/start_screen.py" line="193"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="181"/>
        <source>Type your passphrase first.</source>
        <translation>請先輸入密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="193"/>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="206"/>
        <source>Create your vault</source>
        <translation>建立您的帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="209"/>
        <source>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</source>
        <translation>您記錄的一切——場所、照片、函件——都加密儲存在這台電腦上的一個檔案裏。除非您要求，任何內容都不會離開這台電腦。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="220"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="225"/>
        <location filename="../../ui/start_screen.py" line="226"/>
        <source>New passphrase</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="236"/>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="251"/>
        <source>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>重要提示：如果忘記這個密碼，任何人都無法再開啟您的帳本——您自己不能，我們也不能。密碼無法重置。請把它寫下來，放在安全的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="261"/>
        <source>I already have a vault…</source>
        <translation>我已有帳本…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="263"/>
        <location filename="../../ui/start_screen.py" line="346"/>
        <source>Create vault</source>
        <translation>建立帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="278"/>
        <source>Where should the vault file live?</source>
        <translation>帳本檔案儲存在哪裏？</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="280"/>
        <location filename="../../ui/start_screen.py" line="428"/>
        <source>FaceLedger vault</source>
        <translation>人臉帳本檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="300"/>
        <source>Use a sentence only you know: several words, or a short line of Chinese.</source>
        <translation>用一句只有您知道的話：幾個詞，或一小句中文。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="303"/>
        <source>Weak: easy to guess. Make it longer.</source>
        <translation>弱：容易被猜到。請加長。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="304"/>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>一般：再加幾個字會難猜得多。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="307"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="308"/>
        <source>Strong.</source>
        <translation>強。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="318"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>密碼至少需要 %n 個字符。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="327"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>兩次輸入的密碼不一致。請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="346"/>
        <source>Creating…</source>
        <translation>正在建立…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="366"/>
        <source>FaceLedger</source>
        <translation>人臉帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="373"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="374"/>
        <source>System language</source>
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="426"/>
        <source>Open a vault file</source>
        <translation>開啟帳本檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="430"/>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="456"/>
        <source>Open the latest backup</source>
        <translation>開啟最近的備份</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="461"/>
        <source>No backup of this vault was found.</source>
        <translation>沒有找到這個帳本的備份。</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="106"/>
        <source>(no city)</source>
        <translation>（未填城市）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="110"/>
        <source>(handler not named)</source>
        <translation>（未記錄處理者）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="139"/>
        <source>Recalculate</source>
        <translation>重新統計</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="140"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="141"/>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="200"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="216"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="238"/>
        <source>Cancelled. The figures shown are from the last complete count.</source>
        <translation>已取消。當前顯示的是上一次完整統計的數據。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="257"/>
        <source>%n record(s)</source>
        <translation>共 %n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="258"/>
        <source>%n request(s)</source>
        <translation>共 %n 件請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="262"/>
        <source>%n answered</source>
        <translation>%n 件已獲回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="263"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="266"/>
        <source>Records by place type</source>
        <translation>按場所類型統計記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="267"/>
        <location filename="../../ui/pages/statistics_page.py" line="272"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="269"/>
        <location filename="../../ui/pages/statistics_page.py" line="274"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="271"/>
        <source>Records by city</source>
        <translation>按城市統計記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="292"/>
        <source>No records yet.</source>
        <translation>尚無記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="321"/>
        <source>Requests by outcome</source>
        <translation>請求的處理結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="323"/>
        <source>No requests yet.</source>
        <translation>尚無請求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="341"/>
        <source>Median days to first reply, by handler</source>
        <translation>各處理者首次回覆所需天數（中位數）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="345"/>
        <source>%n handler(s) [has|have] not answered yet</source>
        <translation>%n 個處理者尚未回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="349"/>
        <source>No replies recorded yet.</source>
        <translation>尚未記錄任何回覆。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="360"/>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="377"/>
        <source>Calendar days from sending</source>
        <translation>自發函起的自然日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="388"/>
        <source>Export figures</source>
        <translation>匯出統計數據</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="390"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="402"/>
        <source>The file could not be written.</source>
        <translation>無法寫入該檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="404"/>
        <source>Figures exported.</source>
        <translation>統計數據已匯出。</translation>
    </message>
</context>
<context>
    <name>UpdateSettings</name>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="77"/>
        <source>Rule updates</source>
        <translation>法規更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="83"/>
        <source>Off unless you turn it on. FaceLedger then contacts only the address below, and only when you press “Check now”. Packs are accepted only if signed by a trusted key and newer than the rules in use; if anything is wrong, the rules you have stay in use.</source>
        <translation>預設關閉。開啟後，人臉帳本只會在您按「立即檢查」時聯絡下面這個地址。只接受由受信任金鑰簽署、且比正在使用的法規更新的更新包；任何一項不對，都繼續使用現有法規。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="96"/>
        <source>Use signed rule updates from this address</source>
        <translation>使用來自此地址的已簽署法規更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="101"/>
        <source>Update address</source>
        <translation>更新地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="102"/>
        <source>Save address</source>
        <translation>儲存地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="116"/>
        <source>Check now</source>
        <translation>立即檢查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="118"/>
        <source>Install</source>
        <translation>安裝</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="136"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="137"/>
        <source>Rules in use</source>
        <translation>正在使用的法規</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="138"/>
        <source>Built into the app</source>
        <translation>應用程式內置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="139"/>
        <source>Installed pack</source>
        <translation>已安裝的更新包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="140"/>
        <source>Publisher</source>
        <translation>發佈者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="141"/>
        <source>Signing key</source>
        <translation>簽署金鑰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="143"/>
        <source>Last check</source>
        <translation>上次檢查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="169"/>
        <source>This address cannot be used. It must start with https:// and name a server.</source>
        <translation>無法使用此地址。地址必須以 https:// 開頭並包含伺服器名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="193"/>
        <source>Enter the https:// address of the update server first.</source>
        <translation>請先輸入更新伺服器的 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="225"/>
        <source>%1 (from an update pack)</source>
        <translation>%1（來自更新包）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="229"/>
        <source>%1 (built into the app)</source>
        <translation>%1（應用程式內置）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="234"/>
        <source>%1, installed %2</source>
        <translation>%1，安裝於 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="239"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="245"/>
        <source>The installed pack is not used (it failed a check); the rules built into the app are used.</source>
        <translation>已安裝的更新包未被使用（未通過檢查），正在使用應用程式內置的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="256"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="258"/>
        <source>refused or failed</source>
        <translation>被拒絕或失敗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="262"/>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="267"/>
        <source>Turn updates on first.</source>
        <translation>請先開啟更新。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="294"/>
        <source>Checking for a newer rule pack…</source>
        <translation>正在檢查是否有更新的法規包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="303"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="313"/>
        <source>Version %1 is available from %2, signed by %3 (key %4). It passed every check.</source>
        <translation>%2 提供了版本 %1，由 %3 簽署（金鑰 %4），已通過全部檢查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="326"/>
        <source>Up to date: version %1 is in use.</source>
        <translation>已是最新：正在使用版本 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="338"/>
        <source>Cancelled. Nothing was changed; the rules in use stay in use.</source>
        <translation>已取消。沒有任何更改，繼續使用現有法規。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="351"/>
        <source>Installing version %1…</source>
        <translation>正在安裝版本 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="379"/>
        <source>Version %1 is installed and in use.</source>
        <translation>版本 %1 已安裝並正在使用。</translation>
    </message>
</context>
</TS>
