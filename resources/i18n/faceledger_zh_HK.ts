<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="64"/>
        <source>FaceLedger case bundles (%1);;All files (*)</source>
        <translation>人臉帳本案件包 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="69"/>
        <source>Profiles</source>
        <translation>當事人資料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="70"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="71"/>
        <source>Evidence files</source>
        <translation>證據檔案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="72"/>
        <source>Requests and letters</source>
        <translation>請求與函件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="73"/>
        <source>Timeline entries</source>
        <translation>時間線項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="93"/>
        <source>Profile</source>
        <translation>當事人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="95"/>
        <source>All profiles</source>
        <translation>全部當事人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="137"/>
        <source>Export case bundle</source>
        <translation>匯出案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="142"/>
        <source>The %n selected record(s)</source>
        <translation>已選的 %n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="144"/>
        <source>Every record of this profile:</source>
        <translation>此當事人的全部記錄：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="161"/>
        <source>Redact for sharing</source>
        <translation>遮蔽敏感資料後分享</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="163"/>
        <source>Removes GPS and other picture metadata, withholds files that cannot be cleaned and the letter PDFs, shortens the complainant&apos;s name (张某) and drops ID numbers and contacts.</source>
        <translation>刪除 GPS 等圖片元數據，不匯出無法清理的檔案和函件 PDF，把當事人姓名縮寫為「張某」，並刪去身份證號碼和聯絡方式。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="175"/>
        <source>The bundle has its own passphrase, not the vault&apos;s. Give it to the recipient another way (in person, by phone), never with the file.</source>
        <translation>案件包有自己的密碼，不是帳本的密碼。請透過其他方式（當面、電話）告訴接收方，切勿與檔案一起傳送。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="190"/>
        <location filename="../../ui/pages/case_tools.py" line="341"/>
        <source>Bundle passphrase</source>
        <translation>案件包密碼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="191"/>
        <source>Repeat it</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="194"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="196"/>
        <location filename="../../ui/pages/case_tools.py" line="394"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="200"/>
        <source>What goes into the bundle</source>
        <translation>案件包包含哪些內容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="218"/>
        <source>Choose what goes into the bundle.</source>
        <translation>請選擇要放進案件包的內容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="222"/>
        <source>The bundle passphrase needs at least %1 characters.</source>
        <translation>案件包密碼最少需要 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="230"/>
        <source>The two passphrases are not the same.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="267"/>
        <source>Save case bundle</source>
        <translation>儲存案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="287"/>
        <source>Case bundle written: %1 (%n record(s)).</source>
        <translation>案件包已寫入：%1（%n 條記錄）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="290"/>
        <source>Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.</source>
        <translation>遮蔽資料時未包含 %n 個無法清理的檔案或函件 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="301"/>
        <source>Writing the case bundle…</source>
        <translation>正在寫入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="323"/>
        <location filename="../../ui/pages/case_tools.py" line="498"/>
        <source>Import case bundle</source>
        <translation>匯入案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="331"/>
        <source>File: %1</source>
        <translation>檔案：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="344"/>
        <source>Records already in this vault are not duplicated. If anything in the bundle is wrong, nothing is imported.</source>
        <translation>帳本中已有的記錄不會重複匯入。案件包中只要有任何問題，就甚麼都不匯入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="368"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="369"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="370"/>
        <source>Already present (skipped)</source>
        <translation>已存在（略過）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="391"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="411"/>
        <source>Enter the bundle passphrase.</source>
        <translation>請輸入案件包密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="420"/>
        <source>Checking and importing…</source>
        <translation>正在檢查並匯入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="430"/>
        <source>Importing the case bundle…</source>
        <translation>正在匯入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="455"/>
        <source>Imported: %n new item(s).</source>
        <translation>已匯入：新增 %n 項。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="456"/>
        <source>The sender redacted this bundle.</source>
        <translation>發送方已對此案件包遮蔽敏感資料。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="472"/>
        <source>%n conflict(s): the vault already holds a different version; yours was kept.</source>
        <translation>%n 處衝突：帳本中已有不同的版本，已保留你原有的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="481"/>
        <source>No conflicts.</source>
        <translation>沒有衝突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="484"/>
        <source>%n evidence file(s) were withheld by the sender&apos;s redaction.</source>
        <translation>發送方遮蔽資料時未包含 %n 個證據檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="490"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="526"/>
        <source>Save case dossier</source>
        <translation>儲存案件材料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="528"/>
        <location filename="../../ui/pages/case_tools.py" line="565"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="545"/>
        <source>Case dossier written: %1 (%n evidence file(s) indexed).</source>
        <translation>案件材料已寫入：%1（已列出 %n 個證據檔案）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="551"/>
        <source>Writing the case dossier…</source>
        <translation>正在寫入案件材料…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="559"/>
        <source>Save anonymised statistics (CSV)</source>
        <translation>儲存匿名統計（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="561"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="563"/>
        <source>Save anonymised statistics report (PDF)</source>
        <translation>儲存匿名統計報告（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="587"/>
        <source>Anonymised statistics written: %1 (%n record(s); no names, contacts or places).</source>
        <translation>匿名統計已寫入：%1（%n 條記錄；不含姓名、聯絡方式或地點）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="597"/>
        <source>Writing anonymised statistics…</source>
        <translation>正在寫入匿名統計…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="616"/>
        <location filename="../../ui/pages/case_tools.py" line="655"/>
        <source>Write a request letter</source>
        <translation>寫請求函</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="617"/>
        <source>Write a letter about the selected record</source>
        <translation>為已選的記錄寫一封函件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="619"/>
        <source>Case bundles</source>
        <translation>案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="621"/>
        <location filename="../../ui/pages/case_tools.py" line="662"/>
        <source>Export case bundle…</source>
        <translation>匯出案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="623"/>
        <source>Import case bundle…</source>
        <translation>匯入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="652"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="658"/>
        <source>Export dossier PDF…</source>
        <translation>匯出案件材料 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="726"/>
        <source>Export anonymised…</source>
        <translation>匯出匿名統計…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="728"/>
        <source>Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, place names or notes; small groups are merged.</source>
        <translation>涵蓋全部當事人的數字，可以公開：不含姓名、聯絡方式、身份證號碼、住址、地點名稱或備註；人數很少的類別會被合併。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="735"/>
        <source>Anonymised statistics (CSV)…</source>
        <translation>匿名統計（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="736"/>
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
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>Copy details</source>
        <translation>複製詳細資料</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../ui/pages/due_page.py" line="103"/>
        <source>Due or overdue: %1</source>
        <translation>已到期或逾期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="255"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="187"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="101"/>
        <source>and %n more</source>
        <translation>以及另外 %n 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="102"/>
        <source>FaceLedger: a reply is due</source>
        <translation>人臉帳本：有回覆到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="188"/>
        <source>Handler</source>
        <translation>處理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="189"/>
        <source>Requests</source>
        <translation>請求事項</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="190"/>
        <source>Due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="191"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="277"/>
        <source>Nothing is due this week.</source>
        <translation>本週沒有需要處理的事項。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="133"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="134"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="135"/>
        <source>Due this week</source>
        <translation>本週到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="325"/>
        <source>%n request(s) need action this week</source>
        <translation>本週有 %n 件請求需要處理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="326"/>
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
        <translation>帳本檔案已損壞，無法開啓。可以開啓最近的備份。</translation>
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
        <translation>這個帳本已在另一個人臉帳本視窗中開啓。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>This vault was made by a newer FaceLedger. Please update the app.</source>
        <translation>這個帳本由更新版本的人臉帳本建立。請更新本程式。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Recent changes are missing from the vault file. Open the latest backup.</source>
        <translation>帳本檔案缺少最近的更改。請開啓最近的備份。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>The disk is full. Nothing was changed; free some space and retry.</source>
        <translation>磁碟已滿。沒有做任何更改；請騰出空間後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>Some answers are not valid. Check the marked field.</source>
        <translation>有些回答不符合要求。請檢查標出的項目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>This input is not valid. Check the marked field.</source>
        <translation>輸入內容不符合要求。請檢查標出的項目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>This item no longer exists.</source>
        <translation>這一項已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>A citation names an article the rule library does not have; nothing was written.</source>
        <translation>引用的條文不在法規庫中；沒有寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>There is no official text of this article to quote; it can only be cited.</source>
        <translation>這一條沒有可供引述的官方文本，只能按條號引用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>The rule library could not be loaded.</source>
        <translation>無法載入法規庫。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The letter cannot be written with these choices.</source>
        <translation>按這些選項無法生成函件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>This status change is not possible at this point.</source>
        <translation>目前不能改成這個狀態。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>The official holiday calendar does not cover this year yet; no due date was guessed.</source>
        <translation>官方節假日安排尚未覆蓋這一年；沒有推測截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Wrong bundle passphrase. Ask the sender for it; nothing was imported.</source>
        <translation>案件包密碼不對。請向發送者索取；沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The case bundle was altered or damaged after it was made. Nothing was imported; ask the sender to send it again.</source>
        <translation>案件包在生成後被改動或已損壞。沒有匯入任何內容；請讓發送者重新發送。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>The case bundle is larger than FaceLedger accepts. Nothing was changed.</source>
        <translation>案件包超過了人臉帳本接受的大小。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>The case bundle opened but its contents are not valid. Nothing was imported.</source>
        <translation>案件包可以開啓，但內容不符合要求。沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>This case bundle, or a newer one of the same case, was already imported. Nothing was changed.</source>
        <translation>這個案件包，或同一案件更新的案件包，已經匯入過。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>The case bundle was refused.</source>
        <translation>案件包被拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The update server could not be reached or did not answer properly. The rules in use stay in use.</source>
        <translation>無法連接更新伺服器，或伺服器沒有正確回應。繼續使用當前的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>The update pack was refused: it is not signed by a trusted key or its files do not match. The rules in use stay in use.</source>
        <translation>更新包被拒絕：它沒有受信任密鑰的簽名，或檔案不一致。繼續使用當前的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The server offers rules that are not newer than the ones in use; refused (no rollback).</source>
        <translation>伺服器提供的法規不比當前使用的更新；已拒絕（不允許回退）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="147"/>
        <source>The update pack has expired or is dated in the future. Check this computer&apos;s date; the rules in use stay in use.</source>
        <translation>更新包已過期，或日期在未來。請檢查這台電腦的日期；繼續使用當前的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The update was cancelled. Nothing was changed.</source>
        <translation>更新已取消。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>The update was refused; the installed rules stay in use.</source>
        <translation>更新被拒絕；繼續使用已安裝的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>The vault could not be used.</source>
        <translation>無法使用這個帳本。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>The file could not be read or written.</source>
        <translation>無法讀取或寫入檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>出了點問題。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>FaceLedger</source>
        <translation>人臉帳本</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>Something went wrong</source>
        <translation>出了點問題</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</source>
        <translation>人臉帳本遇到了意外問題，你的帳本沒有因此改變。如果再次出現，請附上下面的詳細資料報告問題（其中不含個人資訊）。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="287"/>
        <source>Add to the timeline</source>
        <translation>添加到時間線</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="302"/>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="309"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="311"/>
        <source>What they said, who you spoke to…</source>
        <translation>對方怎麼説、與誰溝通……</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="313"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="314"/>
        <source>Attach scan or screenshot…</source>
        <translation>附上掃描件或截圖…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="315"/>
        <location filename="../../ui/pages/requests_page.py" line="350"/>
        <source>No file attached</source>
        <translation>未附檔案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="322"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="329"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="330"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="340"/>
        <source>Attach the reply</source>
        <translation>附上對方回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="342"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>掃描件和截圖 (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="343"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="139"/>
        <source>%n byte(s)</source>
        <translation>%n 字節</translation>
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
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="181"/>
        <source>Photos of the gate, the sign (or where it is missing), the consent screen. Drop files here or add them.</source>
        <translation>閘機、提示牌（或本該有提示牌的位置）、同意介面的照片。把檔案拖到這裏，或按加入。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="206"/>
        <source>Add files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="208"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="210"/>
        <source>Export a copy…</source>
        <translation>匯出副本…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="212"/>
        <source>Copy SHA-256</source>
        <translation>複製 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="214"/>
        <source>For an evidence list: the hash proves the file was not changed.</source>
        <translation>用於證據清單：雜湊值可以證明檔案沒有被改動。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="217"/>
        <location filename="../../ui/evidence_panel.py" line="358"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="280"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="281"/>
        <source>Taken: %1</source>
        <translation>拍攝時間：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="282"/>
        <source>unknown (no date in the file)</source>
        <translation>未知（檔案中沒有日期）</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="286"/>
        <source>Added: %1</source>
        <translation>加入時間：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="288"/>
        <source>Not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="291"/>
        <source>The picture is too large to show safely; it is kept as it is.</source>
        <translation>圖片太大，無法安全顯示；檔案按原樣儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="297"/>
        <source>The picture cannot be read (damaged or incomplete).</source>
        <translation>無法讀取圖片（已損壞或不完整）。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="313"/>
        <source>Add evidence</source>
        <translation>加入證據</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="315"/>
        <source>Pictures and documents</source>
        <translation>圖片和文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="317"/>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="327"/>
        <source>Reading files…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="354"/>
        <source>Remove evidence</source>
        <translation>移除證據</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="355"/>
        <source>Remove this item from the record when you save? It cannot be undone.</source>
        <translation>儲存時從記錄中移除這一項？此操作無法撤銷。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="359"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="390"/>
        <source>The picture cannot be shown.</source>
        <translation>無法顯示這張圖片。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="408"/>
        <source>Export a copy</source>
        <translation>匯出副本</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="413"/>
        <source>A copy was saved. It is not encrypted: keep it safe.</source>
        <translation>副本已儲存。副本沒有加密，請妥善保管。</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="150"/>
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
        <translation>營銷或客流分析</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="72"/>
        <source>Security</source>
        <translation>安全防範</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="73"/>
        <source>They did not say</source>
        <translation>對方沒有説明</translation>
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
        <translation>第一次採集你的人臉是什麼時候？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="188"/>
        <source>When did you last see it still in use?</source>
        <translation>最近一次看到仍在使用是什麼時候？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="189"/>
        <source>What kind of place or service was it?</source>
        <translation>是什麼樣的場所或服務？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="190"/>
        <source>What is the place called?</source>
        <translation>場所叫什麼名字？</translation>
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
        <translation>這是什麼性質的單位？</translation>
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
        <translation>個人信息保護負責人</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="200"/>
        <source>How was your face taken?</source>
        <translation>人臉是怎麼被採集的？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="201"/>
        <source>What did they say it was for?</source>
        <translation>對方説用來做什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="202"/>
        <source>What did the system do with your face?</source>
        <translation>系統用你的人臉做了什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="203"/>
        <source>Was there a sign telling you about face recognition?</source>
        <translation>有沒有提示牌告訴你這裏使用人臉識別？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="204"/>
        <source>Did anyone ask you separately to agree to using your face?</source>
        <translation>有沒有單獨問你是否同意使用人臉？</translation>
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
        <translation>被採集人臉的人是否不滿十四周歲？</translation>
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
        <translation>條款對人臉資訊有沒有特別的規定？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="215"/>
        <source>Is it over between you (moved out, membership ended, left the job)?</source>
        <translation>你們之間的關係是否已經結束（已搬走、會員到期、已離職）？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="218"/>
        <source>Did you ever agree to it, even once?</source>
        <translation>你是否曾經同意過，哪怕一次？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="219"/>
        <source>Was it used as credit information?</source>
        <translation>是否被當作信用信息使用？</translation>
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
        <location filename="../../ui/widgets/grounds_panel.py" line="28"/>
        <source>Your rights here</source>
        <translation>你在這裏的權利</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="42"/>
        <source>Answer the questions on the left; what applies appears here.</source>
        <translation>回答左邊的問題，適用的規定會顯示在這裏。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="62"/>
        <source>From these answers, no specific problem stands out yet. The general rules below still apply.</source>
        <translation>根據目前的回答，還看不出具體問題。下面的一般規定仍然適用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="87"/>
        <source>You can ask for:</source>
        <translation>你可以要求：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="95"/>
        <source>%n working day(s)</source>
        <translation>%n 個工作天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="97"/>
        <source>%n day(s)</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="101"/>
        <source>Reply expected within:</source>
        <translation>要求答覆期限：</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="142"/>
        <location filename="../../ui/composer/composer_dialog.py" line="349"/>
        <source>Write a letter</source>
        <translation>寫信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="167"/>
        <source>What you ask for</source>
        <translation>您的請求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="193"/>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="194"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="195"/>
        <source>Reply within</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="196"/>
        <source>Letter date</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="199"/>
        <source>From (you)</source>
        <translation>寄件人（您）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="205"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="206"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="207"/>
        <source>E-mail</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="208"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="229"/>
        <source>Preparing the letter…</source>
        <translation>正在生成信函…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="237"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="238"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="239"/>
        <source>Copy e-mail text</source>
        <translation>複製電郵內文</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="240"/>
        <source>Open in mail app</source>
        <translation>用電郵程式打開</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="241"/>
        <source>Save .eml…</source>
        <translation>儲存 .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="242"/>
        <source>Mark as sent…</source>
        <translation>標記為已發出…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="244"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="297"/>
        <source>(the handler&apos;s name is not recorded)</source>
        <translation>（未記錄處理者名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="323"/>
        <location filename="../../ui/composer/composer_dialog.py" line="466"/>
        <source>working days</source>
        <translation>個工作日</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="324"/>
        <location filename="../../ui/composer/composer_dialog.py" line="467"/>
        <source>calendar days</source>
        <translation>日（自然日）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="327"/>
        <source>set by law</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="341"/>
        <source>Suggested by the rules for this record</source>
        <translation>根據本記錄的事實，法規建議提出此項請求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="357"/>
        <source>Follow-up to %1</source>
        <translation>跟進 %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="362"/>
        <source>Write a follow-up letter</source>
        <translation>寫跟進信函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="407"/>
        <source>Choose at least one request.</source>
        <translation>請至少選擇一項請求。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="460"/>
        <source>no reply period in this letter</source>
        <translation>本函未設回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="470"/>
        <source>Reference: %1</source>
        <translation>編號：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="472"/>
        <source>Fill in by hand before sending: %1</source>
        <translation>發出前請手工填寫：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="473"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="500"/>
        <source>Export the letter as PDF</source>
        <translation>將信函匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="502"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="509"/>
        <source>Save as e-mail (.eml)</source>
        <translation>儲存為電郵 (.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="511"/>
        <source>E-mail message (*.eml)</source>
        <translation>電郵檔案 (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="522"/>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="531"/>
        <source>The e-mail text is copied. The clipboard is cleared after a while.</source>
        <translation>電郵內文已複製。剪貼簿稍後會自動清空。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="544"/>
        <source>[The letter is longer than a mail link can carry: paste the copied text here.]</source>
        <translation>【信函太長，電郵連結放不下：請在此貼上已複製的正文。】</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="564"/>
        <source>No mail app answered. Copy the e-mail text or save an .eml file.</source>
        <translation>沒有電郵程式響應。請複製電郵內文，或儲存為 .eml 檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="643"/>
        <source>Kept as sent. You will find it under Requests with its due date.</source>
        <translation>已按原樣儲存為已發出。可在“請求”中查看其回覆期限。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Letters you send about your records will be listed here, with their status and replies. This part of FaceLedger is not finished in this version.</source>
        <translation>你就記錄寄出的函件會列在這裏，附帶狀態和答覆。本版本中這一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Due</source>
        <translation>待辦</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Replies that are due or overdue will be shown here, counted in working days. This part of FaceLedger is not finished in this version.</source>
        <translation>到期或逾期未答覆的請求會顯示在這裏，按工作日計算。本版本中這一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Rules</source>
        <translation>法規</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Charts of your records and of how handlers answer will be shown here. This part of FaceLedger is not finished in this version.</source>
        <translation>你的記錄和處理者答覆情況的圖表會顯示在這裏。本版本中這一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即鎖定帳本（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>FaceLedger</source>
        <translation>人臉帳本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>The settings could not be saved.</source>
        <translation>無法儲存設定。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>This is the latest backup. Unlock it with the passphrase the vault had when the backup was made. The damaged file is left as it is.</source>
        <translation>這是最近的備份。請用備份當時帳本的密碼解鎖。損壞的檔案保持原樣。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="581"/>
        <source>Unsaved changes</source>
        <translation>有未儲存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="582"/>
        <source>A record has changes that were not saved. They will be lost. Continue anyway?</source>
        <translation>有一條記錄的更改尚未儲存，繼續將丟失這些更改。仍要繼續嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>Discard changes</source>
        <translation>放棄更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="587"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="44"/>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="74"/>
        <source>Mark as sent</source>
        <translation>標記為已發出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="46"/>
        <source>The letter %1 is kept in the vault exactly as it is now.</source>
        <translation>信函 %1 將按當前內容原樣儲存在帳本中。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="61"/>
        <source>e.g. the EMS number on the receipt</source>
        <translation>例如郵寄憑條上的掛號編號</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="62"/>
        <source>Tracking number</source>
        <translation>掛號編號</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="65"/>
        <source>Optional: post office, e-mail address used…</source>
        <translation>可選：郵局、所用電郵地址……</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="67"/>
        <source>Sent by</source>
        <translation>發出方式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="68"/>
        <source>Date sent</source>
        <translation>發出日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="70"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/message_banner.py" line="50"/>
        <source>Close this message</source>
        <translation>關閉這條消息</translation>
    </message>
</context>
<context>
    <name>MissingChanges</name>
    <message>
        <location filename="../../ui/missing_changes.py" line="26"/>
        <source>%n recent change(s) made on this computer are missing from this vault file. A lost or damaged write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open your latest backup; or continue with the file as it is.</source>
        <translation>在這部電腦上做過的最近 %n 處更改在此帳本檔案中找不到了。原因可能是預寫日誌遺失或損壞，或者這是檔案的舊副本。要取回這些更改，請鎖定後開啟最新的備份；也可以按現狀繼續使用這個檔案。</translation>
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
        <translation>加密儲存在帳本中，只用於你寫的函件。</translation>
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
        <location filename="../../ui/record_editor.py" line="284"/>
        <source>New record</source>
        <translation>建立記錄</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="286"/>
        <source>Edit record</source>
        <translation>編輯記錄</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="301"/>
        <source>No profile</source>
        <translation>不關聯身份資料</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="302"/>
        <source>Whose record is this (for letters)</source>
        <translation>這是誰的記錄（用於函件）</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="324"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="326"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="330"/>
        <source>Delete record…</source>
        <translation>刪除記錄…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="332"/>
        <source>Write a letter…</source>
        <translation>寫函件…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="334"/>
        <source>Write a deletion or consent-withdrawal letter about this record</source>
        <translation>就這條記錄寫一封要求刪除或撤回同意的函件</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="340"/>
        <source>Profile:</source>
        <translation>身份資料：</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="409"/>
        <source>Correct the marked answer to see your rights.</source>
        <translation>改正標出的回答後即可看到你的權利。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="426"/>
        <source>This code is not valid: check the 18 characters (the last one is a check character).</source>
        <translation>代碼無效：請核對這 18 位字符（最後一位是校驗碼）。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="431"/>
        <source>This date cannot be before the first time.</source>
        <translation>這個日期不能早於第一次採集的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="433"/>
        <source>Enter a real date.</source>
        <translation>請輸入有效的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="434"/>
        <source>This answer is not valid.</source>
        <translation>這個回答不符合要求。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="465"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="492"/>
        <source>Save your changes first: the letter is written from the saved record.</source>
        <translation>請先儲存更改：函件根據已儲存的記錄生成。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="507"/>
        <source>Delete record</source>
        <translation>刪除記錄</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="508"/>
        <source>Delete this record and all its evidence from the vault? This cannot be undone. A record that letters were sent about cannot be deleted.</source>
        <translation>從帳本中刪除這條記錄及其全部證據？此操作無法撤銷。已經就其寄出函件的記錄不能刪除。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="513"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="514"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_editor.py" line="71"/>
        <source>Where and when</source>
        <translation>時間和地點</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="76"/>
        <source>e.g. 阳光花园小区 north gate</source>
        <translation>例如：陽光花園小區北門</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="77"/>
        <source>e.g. 杭州</source>
        <translation>例如：杭州</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="80"/>
        <source>Who runs it</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="81"/>
        <source>e.g. 某某物业服务有限公司</source>
        <translation>例如：某某物業服務有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="83"/>
        <source>18 characters, on their licence or website</source>
        <translation>18 位，見營業執照或官網</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="89"/>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="98"/>
        <source>What else you know</source>
        <translation>你還知道的情況</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="109"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="149"/>
        <location filename="../../ui/record_editor.py" line="157"/>
        <source>— not answered —</source>
        <translation>— 未回答 —</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="158"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="159"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="160"/>
        <source>I don&apos;t know</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="187"/>
        <source>Seen later too:</source>
        <translation>之後也見過：</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="263"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="264"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="265"/>
        <source>Kind of place</source>
        <translation>場所類型</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="266"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="267"/>
        <source>Handler</source>
        <translation>處理者</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="268"/>
        <source>What is wrong</source>
        <translation>存在的問題</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="289"/>
        <source>(could not be loaded)</source>
        <translation>（無法載入）</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/pages/records_page.py" line="91"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="96"/>
        <source>New record…</source>
        <translation>建立記錄…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="105"/>
        <source>Search places, handlers, notes…</source>
        <translation>搜尋場所、處理者、備註…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="107"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="110"/>
        <source>All kinds of places</source>
        <translation>所有場所類型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="114"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="117"/>
        <source>With an open request</source>
        <translation>有未結請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="119"/>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="120"/>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="181"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="208"/>
        <source>%n record(s) found</source>
        <translation>找到 %n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="210"/>
        <source>%n record(s)</source>
        <translation>共 %n 條記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="214"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>沒有匹配的記錄。試試少輸入幾個字，或清除篩選條件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="216"/>
        <source>No records yet.
Add the first place where your face was taken: “New record…”.</source>
        <translation>還沒有記錄。
按“建立記錄…”，記下第一個採集你人臉的地方。</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="415"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="416"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="417"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="418"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="431"/>
        <source>Write reminder letter…</source>
        <translation>寫催辦信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="432"/>
        <source>Write complaint letter…</source>
        <translation>寫投訴信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="433"/>
        <source>Add reply…</source>
        <translation>添加回覆…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="434"/>
        <source>Set outcome…</source>
        <translation>記錄結果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="435"/>
        <source>Delivered…</source>
        <translation>已送達…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="436"/>
        <source>Complaint filed…</source>
        <translation>已投訴…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="437"/>
        <source>Close request</source>
        <translation>結束請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="438"/>
        <source>Add note…</source>
        <translation>添加備註…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="470"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="505"/>
        <source>Choose a request to see its timeline.</source>
        <translation>選擇一項請求以查看其時間線。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="516"/>
        <source>, tracking number %1</source>
        <translation>，編號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="519"/>
        <source>Asked for: %1
Status: %2
Sent: %3 by %4%5</source>
        <translation>請求事項：%1
狀態：%2
發出：%3，方式：%4%5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="528"/>
        <source>No due date yet (not sent).</source>
        <translation>尚無回覆期限（未發出）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="531"/>
        <source>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</source>
        <translation>暫時無法計算回覆期限：尚未安裝該年度的官方節假日安排。本程式不作推測。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="539"/>
        <source>Reply due: %1 (%2)</source>
        <translation>回覆期限：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="586"/>
        <source>Add the reply</source>
        <translation>添加對方回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="594"/>
        <source>Set the outcome</source>
        <translation>記錄處理結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="648"/>
        <source>Send the letter, then mark it sent.</source>
        <translation>發出信函後，請標記為已發出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="649"/>
        <source>Waiting for the reply, due %1.</source>
        <translation>等待回覆，期限為 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="651"/>
        <source>Record the reply (attach it) or the outcome when it comes.</source>
        <translation>收到回覆後請記錄（附上回覆）或記錄處理結果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="653"/>
        <source>Record the delivery date if you know it (postal tracking, read receipt).</source>
        <translation>如知道送達日期，請記錄（郵件追蹤、已讀回執）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="655"/>
        <source>The reply was due on %1: a reminder letter can be written.</source>
        <translation>回覆期限 %1 已過：可以寫催辦信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="658"/>
        <source>Reminder sent; a complaint is suggested after %1.</source>
        <translation>已發催辦信；建議在 %1 之後投訴。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="660"/>
        <source>No reply 30 days after sending: a complaint letter can be written.</source>
        <translation>發函 30 日後仍未回覆：可以寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="662"/>
        <source>The statutory period ended on %1 without a reply: a complaint can be written.</source>
        <translation>法定期限已於 %1 屆滿且未獲回覆：可以寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="666"/>
        <source>The handler refused: a complaint letter can be written from the timeline.</source>
        <translation>對方已拒絕：可以根據時間線寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="668"/>
        <source>Only partly complied: remind them of the rest, or complain.</source>
        <translation>對方僅部分照辦：可催告其餘部分，或投訴。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="670"/>
        <source>Record what the reply means: complied, partly complied or refused.</source>
        <translation>請記錄回覆的結果：已照辦、部分照辦或拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="672"/>
        <source>Complied. Close the request when you are done.</source>
        <translation>對方已照辦。處理完畢後可結束此請求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="674"/>
        <source>Complaint filed: record the answer when it comes.</source>
        <translation>已投訴：收到回覆後請記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="676"/>
        <source>The due date is unknown until the holiday calendar is updated.</source>
        <translation>節假日安排更新之前，回覆期限無法確定。</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../ui/composer/labels.py" line="19"/>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="20"/>
        <source>Delete my face data</source>
        <translation>刪除人臉資料</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="21"/>
        <source>Offer another way in</source>
        <translation>提供其他驗證方式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="22"/>
        <source>Access and copy</source>
        <translation>查閲、複製</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="23"/>
        <source>Explain the processing</source>
        <translation>解釋説明</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="24"/>
        <source>Complaint to a regulator</source>
        <translation>向監管部門投訴</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="25"/>
        <source>Reminder</source>
        <translation>催辦信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="26"/>
        <source>Data access request (PDPO s18)</source>
        <translation>查閲資料要求（《個人資料（私隱）條例》第18條）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="27"/>
        <source>Erasure (PDPO s26, DPP2)</source>
        <translation>刪除資料（第26條、保障資料第2原則）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="33"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="38"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="39"/>
        <source>Sent</source>
        <translation>已發出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="40"/>
        <location filename="../../ui/composer/labels.py" line="55"/>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="41"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="42"/>
        <source>Replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="43"/>
        <source>Complied</source>
        <translation>已照辦</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="44"/>
        <source>Partly complied</source>
        <translation>部分照辦</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="45"/>
        <source>Refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="46"/>
        <location filename="../../ui/composer/labels.py" line="61"/>
        <source>Complaint filed</source>
        <translation>已投訴</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="47"/>
        <location filename="../../ui/composer/labels.py" line="62"/>
        <source>Closed</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="54"/>
        <source>Letter sent</source>
        <translation>信函已發出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="56"/>
        <source>Reply received</source>
        <translation>收到回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="57"/>
        <source>Outcome: complied</source>
        <translation>結果：已照辦</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="58"/>
        <source>Outcome: partly complied</source>
        <translation>結果：部分照辦</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="59"/>
        <source>Outcome: refused</source>
        <translation>結果：拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="60"/>
        <source>Reminder sent</source>
        <translation>已發催辦信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="63"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="70"/>
        <source>E-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="71"/>
        <source>Registered mail</source>
        <translation>掛號郵件</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="72"/>
        <source>In person</source>
        <translation>當面遞交</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="73"/>
        <source>Web form</source>
        <translation>網頁表單</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="74"/>
        <source>In the app</source>
        <translation>應用程式內</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="75"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="82"/>
        <source>Residential compound</source>
        <translation>住宅屋苑</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="83"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="84"/>
        <source>Shopping mall</source>
        <translation>商場</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="85"/>
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="86"/>
        <source>Property sales office</source>
        <translation>售樓處</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="87"/>
        <source>Gym or sports venue</source>
        <translation>健身房或體育場館</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="88"/>
        <source>School or campus</source>
        <translation>學校或校園</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="89"/>
        <source>Workplace</source>
        <translation>工作場所</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="90"/>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="91"/>
        <source>Station or airport</source>
        <translation>車站或機場</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="92"/>
        <source>Tourist site</source>
        <translation>景區</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="93"/>
        <source>Hospital</source>
        <translation>醫院</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="94"/>
        <source>Government service</source>
        <translation>政務服務</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="95"/>
        <source>Entertainment venue</source>
        <translation>娛樂場所</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="96"/>
        <source>Mobile app</source>
        <translation>手機應用程式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="97"/>
        <source>Public street</source>
        <translation>公共街道</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="98"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="132"/>
        <source>No due date</source>
        <translation>無回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="134"/>
        <source>Not awaiting a reply</source>
        <translation>無需等待回覆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="137"/>
        <source>Overdue by %n day(s)</source>
        <translation>已逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="140"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="143"/>
        <source>%n day(s) left</source>
        <translation>還剩 %n 天</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="215"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="216"/>
        <source>Handler</source>
        <translation>處理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="217"/>
        <source>Requests</source>
        <translation>請求事項</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="218"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="219"/>
        <source>Sent</source>
        <translation>發出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="220"/>
        <source>Due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="221"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="233"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="242"/>
        <source>(handler not named)</source>
        <translation>（未記錄處理者）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="691"/>
        <source>All requests</source>
        <translation>全部請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="692"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="719"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="720"/>
        <source>Due date</source>
        <translation>按回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="721"/>
        <source>Date sent</source>
        <translation>按發出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="723"/>
        <source>Export due dates (.ics)…</source>
        <translation>匯出回覆期限 (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="724"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="727"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="729"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="836"/>
        <source>%n request(s)</source>
        <translation>共 %n 件請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="884"/>
        <source>Export due dates</source>
        <translation>匯出回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="886"/>
        <source>Calendar files (*.ics)</source>
        <translation>日曆檔案 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="900"/>
        <source>%n due date(s) exported to the calendar file.</source>
        <translation>已將 %n 個回覆期限匯出到日曆檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="905"/>
        <source>Exporting due dates…</source>
        <translation>正在匯出回覆期限…</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="37"/>
        <source>checked against the official text</source>
        <translation>已與官方文本核對</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="38"/>
        <source>from a secondary source; check before relying on it</source>
        <translation>來自二手來源；使用前請核實</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="39"/>
        <source>not verified</source>
        <translation>未經核實</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="48"/>
        <source>Rules</source>
        <translation>法規</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="61"/>
        <source>Search the rules, e.g. 单独同意 or consent</source>
        <translation>搜尋法規，例如：单独同意（內地法規用簡體字）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="100"/>
        <source>Rule library %1, as of %2</source>
        <translation>法規庫 %1，截至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="106"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="209"/>
        <source>Issued by: %1</source>
        <translation>發佈機關：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="212"/>
        <source>Document number: %1</source>
        <translation>文號：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="216"/>
        <source>In force since: %1</source>
        <translation>施行日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="218"/>
        <source>In force for every date the app handles</source>
        <translation>適用於本程式處理的所有日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="222"/>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="227"/>
        <source>%n article(s) in the library.</source>
        <translation>本程式收錄了其中 %n 條。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="248"/>
        <source>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</source>
        <translation>本程式未收錄這一條的官方文本，只按條號引用；請查閲官方發佈的文本。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="259"/>
        <source>Summary in English</source>
        <translation>英文摘要</translation>
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
        <location filename="../../ui/pages/settings_page.py" line="337"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="257"/>
        <source>Where should backups go?</source>
        <translation>備份儲存到哪裏？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="274"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="279"/>
        <source>Backup written and verified: %1</source>
        <translation>備份已寫入並驗證：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="300"/>
        <source>No profile yet.</source>
        <translation>還沒有身份資料。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="333"/>
        <source>Delete profile</source>
        <translation>刪除身份資料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="334"/>
        <source>Delete this profile? Its records and requests stay, without a name attached.</source>
        <translation>刪除這份身份資料？相關的記錄和請求會保留，只是不再關聯姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="338"/>
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
        <translation>解鎖你的帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="150"/>
        <source>Your records are encrypted in this file:</source>
        <translation>你的記錄加密儲存在這個檔案中：</translation>
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
        <translation>建立你的帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="209"/>
        <source>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</source>
        <translation>你記錄的一切——場所、照片、函件——都加密儲存在這台電腦上的一個檔案裏。除非你要求，任何內容都不會離開這台電腦。</translation>
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
        <location filename="../../ui/start_screen.py" line="249"/>
        <source>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>重要提示：如果忘記這個密碼，任何人都無法再開啓你的帳本——你自己不能，我們也不能。密碼無法重置。請把它寫下來，放在安全的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="259"/>
        <source>I already have a vault…</source>
        <translation>我已有帳本…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="261"/>
        <location filename="../../ui/start_screen.py" line="344"/>
        <source>Create vault</source>
        <translation>建立帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="276"/>
        <source>Where should the vault file live?</source>
        <translation>帳本檔案儲存在哪裏？</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="278"/>
        <location filename="../../ui/start_screen.py" line="426"/>
        <source>FaceLedger vault</source>
        <translation>人臉帳本檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="298"/>
        <source>Use a sentence only you know: several words, or a short line of Chinese.</source>
        <translation>用一句只有你知道的話：幾個詞，或一小句中文。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="301"/>
        <source>Weak: easy to guess. Make it longer.</source>
        <translation>弱：容易被猜到。請加長。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="302"/>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>一般：再加幾個字會難猜得多。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="305"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="306"/>
        <source>Strong.</source>
        <translation>強。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="316"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>密碼至少需要 %n 個字符。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="325"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>兩次輸入的密碼不一致。請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="344"/>
        <source>Creating…</source>
        <translation>正在建立…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="364"/>
        <source>FaceLedger</source>
        <translation>人臉帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="371"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="372"/>
        <source>System language</source>
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="424"/>
        <source>Open a vault file</source>
        <translation>開啓帳本檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="428"/>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="454"/>
        <source>Open the latest backup</source>
        <translation>開啓最近的備份</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="459"/>
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
        <location filename="../../ui/pages/statistics_page.py" line="291"/>
        <source>No records yet.</source>
        <translation>尚無記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="319"/>
        <source>Requests by outcome</source>
        <translation>請求的處理結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="321"/>
        <source>No requests yet.</source>
        <translation>尚無請求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="338"/>
        <source>Median days to first reply, by handler</source>
        <translation>各處理者首次回覆所需天數（中位數）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="342"/>
        <source>%n handler(s) have not answered yet</source>
        <translation>%n 個處理者尚未回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="344"/>
        <source>No replies recorded yet.</source>
        <translation>尚未記錄任何回覆。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="354"/>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="371"/>
        <source>Calendar days from sending</source>
        <translation>自發函起的自然日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="382"/>
        <source>Export figures</source>
        <translation>匯出統計數據</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="384"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="396"/>
        <source>The file could not be written.</source>
        <translation>無法寫入該檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="398"/>
        <source>Figures exported.</source>
        <translation>統計數據已匯出。</translation>
    </message>
</context>
<context>
    <name>UpdateSettings</name>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="76"/>
        <source>Rule updates</source>
        <translation>法規更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="82"/>
        <source>Off unless you turn it on. FaceLedger then contacts only the address below, and only when you press “Check now”. Packs are accepted only if signed by a trusted key and newer than the rules in use; if anything is wrong, the rules you have stay in use.</source>
        <translation>預設關閉。開啟後，人臉帳本只會在你按「立即檢查」時聯絡下面這個地址。只接受由受信任金鑰簽署、且比正在使用的法規更新的更新包；任何一項不對，都繼續使用現有法規。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="95"/>
        <source>Use signed rule updates from this address</source>
        <translation>使用來自此地址的已簽署法規更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="100"/>
        <source>Update address</source>
        <translation>更新地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="101"/>
        <source>Save address</source>
        <translation>儲存地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="115"/>
        <source>Check now</source>
        <translation>立即檢查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="116"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="117"/>
        <source>Install</source>
        <translation>安裝</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="135"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="136"/>
        <source>Rules in use</source>
        <translation>正在使用的法規</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="137"/>
        <source>Built into the app</source>
        <translation>應用程式內置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="138"/>
        <source>Installed pack</source>
        <translation>已安裝的更新包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="139"/>
        <source>Publisher</source>
        <translation>發佈者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="140"/>
        <source>Signing key</source>
        <translation>簽署金鑰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="142"/>
        <source>Last check</source>
        <translation>上次檢查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="168"/>
        <source>This address cannot be used. It must start with https:// and name a server.</source>
        <translation>無法使用此地址。地址必須以 https:// 開頭並包含伺服器名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="192"/>
        <source>Enter the https:// address of the update server first.</source>
        <translation>請先輸入更新伺服器的 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="224"/>
        <source>%1 (from an update pack)</source>
        <translation>%1（來自更新包）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="228"/>
        <source>%1 (built into the app)</source>
        <translation>%1（應用程式內置）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="233"/>
        <source>%1, installed %2</source>
        <translation>%1，安裝於 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="238"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="244"/>
        <source>The installed pack is not used (it failed a check); the rules built into the app are used.</source>
        <translation>已安裝的更新包未被使用（未通過檢查），正在使用應用程式內置的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="255"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="257"/>
        <source>refused or failed</source>
        <translation>被拒絕或失敗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="261"/>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="266"/>
        <source>Turn updates on first.</source>
        <translation>請先開啟更新。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="293"/>
        <source>Checking for a newer rule pack…</source>
        <translation>正在檢查是否有更新的法規包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="302"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="312"/>
        <source>Version %1 is available from %2, signed by %3 (key %4). It passed every check.</source>
        <translation>%2 提供了版本 %1，由 %3 簽署（金鑰 %4），已通過全部檢查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="325"/>
        <source>Up to date: version %1 is in use.</source>
        <translation>已是最新：正在使用版本 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="337"/>
        <source>Cancelled. Nothing was changed; the rules in use stay in use.</source>
        <translation>已取消。沒有任何更改，繼續使用現有法規。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="350"/>
        <source>Installing version %1…</source>
        <translation>正在安裝版本 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="364"/>
        <source>Version %1 is installed and in use.</source>
        <translation>版本 %1 已安裝並正在使用。</translation>
    </message>
</context>
</TS>
