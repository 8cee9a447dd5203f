<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>Clipboard</name>
    <message numerus="yes">
        <location filename="../../ui/clipboard.py" line="114"/>
        <source>Clipboard clears in %n second(s)</source>
        <translation>
            <numerusform>剪貼簿將在 %n 秒後清除</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../ui/pages/due_page.py" line="99"/>
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/due_page.py" line="100"/>
        <source>FaceLedger: a reply is due</source>
        <translation>
            <numerusform>人臉賬本：有 %n 件請求到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="101"/>
        <source>Due or overdue: %1</source>
        <translation>已到期或逾期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="253"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="185"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="186"/>
        <source>Handler</source>
        <translation>處理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="187"/>
        <source>Requests</source>
        <translation>請求事項</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="188"/>
        <source>Due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="189"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="275"/>
        <source>Nothing is due this week.</source>
        <translation>本週沒有需要處理的事項。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="131"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="132"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="133"/>
        <source>Due this week</source>
        <translation>本週到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/due_page.py" line="322"/>
        <source>%n request(s) need action this week</source>
        <translation>
            <numerusform>本週有 %n 件請求需要處理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/due_page.py" line="323"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件已逾期</numerusform>
        </translation>
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
        <location filename="../../ui/errors.py" line="72"/>
        <source>The rule library could not be loaded.</source>
        <translation>無法載入法規庫。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>The letter cannot be written with these choices.</source>
        <translation>按這些選項無法生成函件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>This status change is not possible at this point.</source>
        <translation>目前不能改成這個狀態。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>The official holiday calendar does not cover this year yet; no due date was guessed.</source>
        <translation>官方節假日安排尚未覆蓋這一年；沒有推測截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The case bundle was refused.</source>
        <translation>案件包被拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>The update was refused; the installed rules stay in use.</source>
        <translation>更新被拒絕；繼續使用已安裝的法規。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>The vault could not be used.</source>
        <translation>無法使用這個帳本。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>The file could not be read or written.</source>
        <translation>無法讀取或寫入檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>出了點問題。沒有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>FaceLedger</source>
        <translation>人臉帳本</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>Something went wrong</source>
        <translation>出了點問題</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</source>
        <translation>人臉帳本遇到了意外問題，你的帳本沒有因此改變。如果再次出現，請附上下面的詳細資料報告問題（其中不含個人資訊）。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="284"/>
        <source>Add to the timeline</source>
        <translation>添加到時間線</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="299"/>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="306"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="308"/>
        <source>What they said, who you spoke to…</source>
        <translation>對方怎麼説、與誰溝通……</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="310"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="311"/>
        <source>Attach scan or screenshot…</source>
        <translation>附上掃描件或截圖…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="312"/>
        <location filename="../../ui/pages/requests_page.py" line="347"/>
        <source>No file attached</source>
        <translation>未附檔案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="319"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="326"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="327"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="337"/>
        <source>Attach the reply</source>
        <translation>附上對方回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="339"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>掃描件和截圖 (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="340"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <location filename="../../ui/evidence_panel.py" line="139"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字節</numerusform>
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
    <message numerus="yes">
        <location filename="../../ui/widgets/grounds_panel.py" line="94"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 個工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/grounds_panel.py" line="96"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="100"/>
        <source>Reply expected within:</source>
        <translation>要求答覆期限：</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="142"/>
        <location filename="../../ui/composer/composer_dialog.py" line="350"/>
        <source>Write a letter</source>
        <translation>寫信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="168"/>
        <source>What you ask for</source>
        <translation>您的請求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="194"/>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="195"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="196"/>
        <source>Reply within</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="197"/>
        <source>Letter date</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="200"/>
        <source>From (you)</source>
        <translation>寄件人（您）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="206"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="207"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="208"/>
        <source>E-mail</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="209"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="230"/>
        <source>Preparing the letter…</source>
        <translation>正在生成信函…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="238"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="239"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="240"/>
        <source>Copy e-mail text</source>
        <translation>複製電郵內文</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="241"/>
        <source>Open in mail app</source>
        <translation>用電郵程式打開</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="242"/>
        <source>Save .eml…</source>
        <translation>儲存 .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="243"/>
        <source>Mark as sent…</source>
        <translation>標記為已發出…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="245"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="298"/>
        <source>(the handler&apos;s name is not recorded)</source>
        <translation>（未記錄處理者名稱）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="324"/>
        <location filename="../../ui/composer/composer_dialog.py" line="467"/>
        <source>working days</source>
        <translation>個工作日</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="325"/>
        <location filename="../../ui/composer/composer_dialog.py" line="468"/>
        <source>calendar days</source>
        <translation>日（自然日）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="328"/>
        <source>set by law</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="342"/>
        <source>Suggested by the rules for this record</source>
        <translation>根據本記錄的事實，法規建議提出此項請求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="358"/>
        <source>Follow-up to %1</source>
        <translation>跟進 %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="363"/>
        <source>Write a follow-up letter</source>
        <translation>寫跟進信函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="408"/>
        <source>Choose at least one request.</source>
        <translation>請至少選擇一項請求。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="461"/>
        <source>no reply period in this letter</source>
        <translation>本函未設回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="471"/>
        <source>Reference: %1</source>
        <translation>編號：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="473"/>
        <source>Fill in by hand before sending: %1</source>
        <translation>發出前請手工填寫：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="474"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="501"/>
        <source>Export the letter as PDF</source>
        <translation>將信函匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="503"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="510"/>
        <source>Save as e-mail (.eml)</source>
        <translation>儲存為電郵 (.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="512"/>
        <source>E-mail message (*.eml)</source>
        <translation>電郵檔案 (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="523"/>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="532"/>
        <source>The e-mail text is copied. The clipboard is cleared after a while.</source>
        <translation>電郵內文已複製。剪貼簿稍後會自動清空。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="545"/>
        <source>[The letter is longer than a mail link can carry: paste the copied text here.]</source>
        <translation>【信函太長，電郵連結放不下：請在此貼上已複製的正文。】</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="565"/>
        <source>No mail app answered. Copy the e-mail text or save an .eml file.</source>
        <translation>沒有電郵程式響應。請複製電郵內文，或儲存為 .eml 檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="644"/>
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
        <location filename="../../ui/main_window.py" line="578"/>
        <source>Unsaved changes</source>
        <translation>有未儲存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="579"/>
        <source>A record has changes that were not saved. They will be lost. Continue anyway?</source>
        <translation>有一條記錄的更改尚未儲存，繼續將丟失這些更改。仍要繼續嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="583"/>
        <source>Discard changes</source>
        <translation>放棄更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="584"/>
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
        <translation>信函 %1 將按當前內容原樣儲存在保險庫中。</translation>
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
    <name>PdfPreviewWidget</name>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="29"/>
        <location filename="../../ui/composer/pdf_preview.py" line="52"/>
        <source>No preview yet.</source>
        <translation>暫無預覽。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="60"/>
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
        <location filename="../../ui/record_editor.py" line="282"/>
        <source>New record</source>
        <translation>建立記錄</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="284"/>
        <source>Edit record</source>
        <translation>編輯記錄</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="299"/>
        <source>No profile</source>
        <translation>不關聯身份資料</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="300"/>
        <source>Whose record is this (for letters)</source>
        <translation>這是誰的記錄（用於函件）</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="322"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="324"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="329"/>
        <source>Profile:</source>
        <translation>身份資料：</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="396"/>
        <source>Correct the marked answer to see your rights.</source>
        <translation>改正標出的回答後即可看到你的權利。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="413"/>
        <source>This code is not valid: check the 18 characters (the last one is a check character).</source>
        <translation>代碼無效：請核對這 18 位字符（最後一位是校驗碼）。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="418"/>
        <source>This date cannot be before the first time.</source>
        <translation>這個日期不能早於第一次採集的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="420"/>
        <source>Enter a real date.</source>
        <translation>請輸入有效的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="421"/>
        <source>This answer is not valid.</source>
        <translation>這個回答不符合要求。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="452"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_editor.py" line="70"/>
        <source>Where and when</source>
        <translation>時間和地點</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="75"/>
        <source>e.g. 阳光花园小区 north gate</source>
        <translation>例如：陽光花園小區北門</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="76"/>
        <source>e.g. 杭州</source>
        <translation>例如：杭州</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="79"/>
        <source>Who runs it</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="80"/>
        <source>e.g. 某某物业服务有限公司</source>
        <translation>例如：某某物業服務有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="82"/>
        <source>18 characters, on their licence or website</source>
        <translation>18 位，見營業執照或官網</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="88"/>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="97"/>
        <source>What else you know</source>
        <translation>你還知道的情況</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="108"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="148"/>
        <location filename="../../ui/record_editor.py" line="156"/>
        <source>— not answered —</source>
        <translation>— 未回答 —</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="157"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="158"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="159"/>
        <source>I don&apos;t know</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="186"/>
        <source>Seen later too:</source>
        <translation>之後也見過：</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="261"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="262"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="263"/>
        <source>Kind of place</source>
        <translation>場所類型</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="264"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="265"/>
        <source>Handler</source>
        <translation>處理者</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="266"/>
        <source>What is wrong</source>
        <translation>存在的問題</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="287"/>
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
    <message numerus="yes">
        <location filename="../../ui/pages/records_page.py" line="202"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>找到 %n 條記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/records_page.py" line="204"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 條記錄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="208"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>沒有匹配的記錄。試試少輸入幾個字，或清除篩選條件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="210"/>
        <source>No records yet.
Add the first place where your face was taken: “New record…”.</source>
        <translation>還沒有記錄。
按“建立記錄…”，記下第一個採集你人臉的地方。</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="412"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="413"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="414"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="415"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="428"/>
        <source>Write reminder letter…</source>
        <translation>寫催辦信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="429"/>
        <source>Write complaint letter…</source>
        <translation>寫投訴信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="430"/>
        <source>Add reply…</source>
        <translation>添加回覆…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="431"/>
        <source>Set outcome…</source>
        <translation>記錄結果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="432"/>
        <source>Delivered…</source>
        <translation>已送達…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="433"/>
        <source>Complaint filed…</source>
        <translation>已投訴…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="434"/>
        <source>Close request</source>
        <translation>結束請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="435"/>
        <source>Add note…</source>
        <translation>添加備註…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="467"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="502"/>
        <source>Choose a request to see its timeline.</source>
        <translation>選擇一項請求以查看其時間線。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="513"/>
        <source>, tracking number %1</source>
        <translation>，編號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="516"/>
        <source>Asked for: %1
Status: %2
Sent: %3 by %4%5</source>
        <translation>請求事項：%1
狀態：%2
發出：%3，方式：%4%5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="525"/>
        <source>No due date yet (not sent).</source>
        <translation>尚無回覆期限（未發出）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="528"/>
        <source>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</source>
        <translation>暫時無法計算回覆期限：尚未安裝該年度的官方節假日安排。本程式不作推測。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="536"/>
        <source>Reply due: %1 (%2)</source>
        <translation>回覆期限：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="583"/>
        <source>Add the reply</source>
        <translation>添加對方回覆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="591"/>
        <source>Set the outcome</source>
        <translation>記錄處理結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="645"/>
        <source>Send the letter, then mark it sent.</source>
        <translation>發出信函後，請標記為已發出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="646"/>
        <source>Waiting for the reply, due %1.</source>
        <translation>等待回覆，期限為 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="648"/>
        <source>Record the reply (attach it) or the outcome when it comes.</source>
        <translation>收到回覆後請記錄（附上回覆）或記錄處理結果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="650"/>
        <source>Record the delivery date if you know it (postal tracking, read receipt).</source>
        <translation>如知道送達日期，請記錄（郵件追蹤、已讀回執）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="652"/>
        <source>The reply was due on %1: a reminder letter can be written.</source>
        <translation>回覆期限 %1 已過：可以寫催辦信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="655"/>
        <source>Reminder sent; a complaint is suggested after %1.</source>
        <translation>已發催辦信；建議在 %1 之後投訴。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="657"/>
        <source>No reply 30 days after sending: a complaint letter can be written.</source>
        <translation>發函 30 日後仍未回覆：可以寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="659"/>
        <source>The statutory period ended on %1 without a reply: a complaint can be written.</source>
        <translation>法定期限已於 %1 屆滿且未獲回覆：可以寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="663"/>
        <source>The handler refused: a complaint letter can be written from the timeline.</source>
        <translation>對方已拒絕：可以根據時間線寫投訴信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="665"/>
        <source>Only partly complied: remind them of the rest, or complain.</source>
        <translation>對方僅部分照辦：可催告其餘部分，或投訴。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="667"/>
        <source>Record what the reply means: complied, partly complied or refused.</source>
        <translation>請記錄回覆的結果：已照辦、部分照辦或拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="669"/>
        <source>Complied. Close the request when you are done.</source>
        <translation>對方已照辦。處理完畢後可結束此請求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="671"/>
        <source>Complaint filed: record the answer when it comes.</source>
        <translation>已投訴：收到回覆後請記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="673"/>
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
    <message numerus="yes">
        <location filename="../../ui/composer/labels.py" line="137"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="140"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/labels.py" line="143"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>還剩 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="212"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="213"/>
        <source>Handler</source>
        <translation>處理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="214"/>
        <source>Requests</source>
        <translation>請求事項</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="215"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="216"/>
        <source>Sent</source>
        <translation>發出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="217"/>
        <source>Due</source>
        <translation>回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="218"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="230"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="239"/>
        <source>(handler not named)</source>
        <translation>（未記錄處理者）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="688"/>
        <source>All requests</source>
        <translation>全部請求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="689"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="716"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="717"/>
        <source>Due date</source>
        <translation>按回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="718"/>
        <source>Date sent</source>
        <translation>按發出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="720"/>
        <source>Export due dates (.ics)…</source>
        <translation>匯出回覆期限 (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="721"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="724"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="726"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/requests_page.py" line="821"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>共 %n 件請求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="869"/>
        <source>Export due dates</source>
        <translation>匯出回覆期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="871"/>
        <source>Calendar files (*.ics)</source>
        <translation>日曆檔案 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/requests_page.py" line="885"/>
        <source>%n due date(s) exported to the calendar file.</source>
        <translation>
            <numerusform>已將 %n 個回覆期限匯出到日曆檔案。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="890"/>
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
        <translation>搜尋法規，例如：單獨同意</translation>
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
    <message numerus="yes">
        <location filename="../../ui/pages/rules_page.py" line="228"/>
        <source>%n article(s) in the library.</source>
        <translation>
            <numerusform>法規庫收錄 %n 條。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="250"/>
        <source>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</source>
        <translation>本程式未收錄這一條的官方文本，只按條號引用；請查閲官方發佈的文本。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="261"/>
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
        <location filename="../../ui/pages/settings_page.py" line="333"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="253"/>
        <source>Where should backups go?</source>
        <translation>備份儲存到哪裏？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="270"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="275"/>
        <source>Backup written and verified: %1</source>
        <translation>備份已寫入並驗證：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="296"/>
        <source>No profile yet.</source>
        <translation>還沒有身份資料。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="329"/>
        <source>Delete profile</source>
        <translation>刪除身份資料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="330"/>
        <source>Delete this profile? Its records and requests stay, without a name attached.</source>
        <translation>刪除這份身份資料？相關的記錄和請求會保留，只是不再關聯姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="334"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="75"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="76"/>
        <source>Show or hide the passphrase</source>
        <translation>顯示或隱藏密碼</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="122"/>
        <source>Unlock your vault</source>
        <translation>解鎖你的帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="123"/>
        <source>Your records are encrypted in this file:</source>
        <translation>你的記錄加密儲存在這個檔案中：</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="127"/>
        <source>Choose another file…</source>
        <translation>選擇其他檔案…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="132"/>
        <location filename="../../ui/start_screen.py" line="133"/>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="139"/>
        <source>Create a new vault…</source>
        <translation>建立帳本…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="144"/>
        <location filename="../../ui/start_screen.py" line="181"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="169"/>
        <source>Type your passphrase first.</source>
        <translation>請先輸入密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="181"/>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="194"/>
        <source>Create your vault</source>
        <translation>建立你的帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="197"/>
        <source>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</source>
        <translation>你記錄的一切——場所、照片、函件——都加密儲存在這台電腦上的一個檔案裏。除非你要求，任何內容都不會離開這台電腦。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="208"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="213"/>
        <location filename="../../ui/start_screen.py" line="214"/>
        <source>New passphrase</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="224"/>
        <location filename="../../ui/start_screen.py" line="225"/>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>重要提示：如果忘記這個密碼，任何人都無法再開啓你的帳本——你自己不能，我們也不能。密碼無法重置。請把它寫下來，放在安全的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="250"/>
        <source>I already have a vault…</source>
        <translation>我已有帳本…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="255"/>
        <location filename="../../ui/start_screen.py" line="347"/>
        <source>Create vault</source>
        <translation>建立帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="279"/>
        <source>Where should the vault file live?</source>
        <translation>帳本檔案儲存在哪裏？</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="281"/>
        <location filename="../../ui/start_screen.py" line="429"/>
        <source>FaceLedger vault</source>
        <translation>人臉帳本檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="301"/>
        <source>Use a sentence only you know: several words, or a short line of Chinese.</source>
        <translation>用一句只有你知道的話：幾個詞，或一小句中文。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="304"/>
        <source>Weak: easy to guess. Make it longer.</source>
        <translation>弱：容易被猜到。請加長。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="305"/>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>一般：再加幾個字會難猜得多。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="308"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="309"/>
        <source>Strong.</source>
        <translation>強。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_screen.py" line="319"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>密碼至少需要 %n 個字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="328"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>兩次輸入的密碼不一致。請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="347"/>
        <source>Creating…</source>
        <translation>正在建立…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="367"/>
        <source>FaceLedger</source>
        <translation>人臉帳本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="374"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="375"/>
        <source>System language</source>
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="427"/>
        <source>Open a vault file</source>
        <translation>開啓帳本檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="431"/>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="457"/>
        <source>Open the latest backup</source>
        <translation>開啓最近的備份</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="462"/>
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
        <location filename="../../ui/pages/statistics_page.py" line="197"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="213"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="235"/>
        <source>Cancelled. The figures shown are from the last complete count.</source>
        <translation>已取消。當前顯示的是上一次完整統計的數據。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics_page.py" line="253"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 條記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics_page.py" line="254"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件請求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics_page.py" line="255"/>
        <source>%n answered</source>
        <translation>
            <numerusform>%n 件已獲回覆</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="256"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="259"/>
        <source>Records by place type</source>
        <translation>按場所類型統計記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="260"/>
        <location filename="../../ui/pages/statistics_page.py" line="265"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="262"/>
        <location filename="../../ui/pages/statistics_page.py" line="267"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="264"/>
        <source>Records by city</source>
        <translation>按城市統計記錄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="284"/>
        <source>No records yet.</source>
        <translation>尚無記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="312"/>
        <source>Requests by outcome</source>
        <translation>請求的處理結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="314"/>
        <source>No requests yet.</source>
        <translation>尚無請求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="331"/>
        <source>Median days to first reply, by handler</source>
        <translation>各處理者首次回覆所需天數（中位數）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics_page.py" line="335"/>
        <source>%n handler(s) have not answered yet</source>
        <translation>
            <numerusform>%n 個處理者尚未回覆</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="337"/>
        <source>No replies recorded yet.</source>
        <translation>尚未記錄任何回覆。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="347"/>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="364"/>
        <source>Calendar days from sending</source>
        <translation>自發函起的自然日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="375"/>
        <source>Export figures</source>
        <translation>匯出統計數據</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="377"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="389"/>
        <source>The file could not be written.</source>
        <translation>無法寫入該檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="391"/>
        <source>Figures exported.</source>
        <translation>統計數據已匯出。</translation>
    </message>
</context>
</TS>
