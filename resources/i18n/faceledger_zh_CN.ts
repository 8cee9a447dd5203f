<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="64"/>
        <source>FaceLedger case bundles (%1);;All files (*)</source>
        <translation>人脸账本案件包 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="69"/>
        <source>Profiles</source>
        <translation>当事人资料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="70"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="71"/>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="72"/>
        <source>Requests and letters</source>
        <translation>请求与函件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="73"/>
        <source>Timeline entries</source>
        <translation>时间线条目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="93"/>
        <source>Profile</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="95"/>
        <source>All profiles</source>
        <translation>全部当事人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="137"/>
        <source>Export case bundle</source>
        <translation>导出案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="142"/>
        <source>The %n selected record(s)</source>
        <translation>选中的 %n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="144"/>
        <source>Every record of this profile:</source>
        <translation>此当事人的全部记录：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="161"/>
        <source>Redact for sharing</source>
        <translation>脱敏后分享</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="163"/>
        <source>Removes GPS and other picture metadata, withholds files that cannot be cleaned and the letter PDFs, shortens the complainant&apos;s name (张某) and drops ID numbers and contacts.</source>
        <translation>删除 GPS 等图片元数据，不导出无法清理的文件和函件 PDF，把当事人姓名缩写为“张某”，并去掉身份证号和联系方式。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="175"/>
        <source>The bundle has its own passphrase, not the vault&apos;s. Give it to the recipient another way (in person, by phone), never with the file.</source>
        <translation>案件包有自己的密码，不是账本的密码。请通过其他方式（当面、电话）告诉接收方，切勿与文件一起发送。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="190"/>
        <location filename="../../ui/pages/case_tools.py" line="341"/>
        <source>Bundle passphrase</source>
        <translation>案件包密码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="191"/>
        <source>Repeat it</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="194"/>
        <source>Export…</source>
        <translation>导出…</translation>
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
        <translation>案件包包含哪些内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="218"/>
        <source>Choose what goes into the bundle.</source>
        <translation>请选择要放进案件包的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="222"/>
        <source>The bundle passphrase needs at least %1 characters.</source>
        <translation>案件包密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="230"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="267"/>
        <source>Save case bundle</source>
        <translation>保存案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="287"/>
        <source>Case bundle written: %1 (%n record(s)).</source>
        <translation>案件包已写入：%1（%n 条记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="290"/>
        <source>Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.</source>
        <translation>脱敏时未包含 %n 个无法清理的文件或函件 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="301"/>
        <source>Writing the case bundle…</source>
        <translation>正在写入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="323"/>
        <location filename="../../ui/pages/case_tools.py" line="498"/>
        <source>Import case bundle</source>
        <translation>导入案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="331"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="344"/>
        <source>Records already in this vault are not duplicated. If anything in the bundle is wrong, nothing is imported.</source>
        <translation>账本中已有的记录不会重复导入。案件包中只要有任何问题，就什么都不导入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="368"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="369"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="370"/>
        <source>Already present (skipped)</source>
        <translation>已存在（跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="391"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="411"/>
        <source>Enter the bundle passphrase.</source>
        <translation>请输入案件包密码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="420"/>
        <source>Checking and importing…</source>
        <translation>正在检查并导入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="430"/>
        <source>Importing the case bundle…</source>
        <translation>正在导入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="455"/>
        <source>Imported: %n new item(s).</source>
        <translation>已导入：新增 %n 项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="456"/>
        <source>The sender redacted this bundle.</source>
        <translation>发送方已对此案件包做了脱敏处理。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="472"/>
        <source>%n conflict(s): the vault already holds a different version; yours was kept.</source>
        <translation>%n 处冲突：账本中已有不同的版本，已保留你原有的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="481"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="484"/>
        <source>%n evidence file(s) were withheld by the sender&apos;s redaction.</source>
        <translation>发送方脱敏时未包含 %n 个证据文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="490"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="526"/>
        <source>Save case dossier</source>
        <translation>保存案件材料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="528"/>
        <location filename="../../ui/pages/case_tools.py" line="565"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="545"/>
        <source>Case dossier written: %1 (%n evidence file(s) indexed).</source>
        <translation>案件材料已写入：%1（已列出 %n 个证据文件）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="551"/>
        <source>Writing the case dossier…</source>
        <translation>正在写入案件材料…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="559"/>
        <source>Save anonymised statistics (CSV)</source>
        <translation>保存匿名统计（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="561"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="563"/>
        <source>Save anonymised statistics report (PDF)</source>
        <translation>保存匿名统计报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="587"/>
        <source>Anonymised statistics written: %1 (%n record(s); no names, contacts or places).</source>
        <translation>匿名统计已写入：%1（%n 条记录；不含姓名、联系方式或地点）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="597"/>
        <source>Writing anonymised statistics…</source>
        <translation>正在写入匿名统计…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="616"/>
        <location filename="../../ui/pages/case_tools.py" line="655"/>
        <source>Write a request letter</source>
        <translation>写请求函</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="617"/>
        <source>Write a letter about the selected record</source>
        <translation>为选中的记录写一封函件</translation>
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
        <translation>导出案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="623"/>
        <source>Import case bundle…</source>
        <translation>导入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="652"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="658"/>
        <source>Export dossier PDF…</source>
        <translation>导出案件材料 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="726"/>
        <source>Export anonymised…</source>
        <translation>导出匿名统计…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="728"/>
        <source>Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, place names or notes; small groups are merged.</source>
        <translation>涵盖全部当事人的数字，可以公开：不含姓名、联系方式、身份证号、住址、地点名称或备注；人数很少的类别会被合并。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="735"/>
        <source>Anonymised statistics (CSV)…</source>
        <translation>匿名统计（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="736"/>
        <source>Anonymised report (PDF)…</source>
        <translation>匿名统计报告（PDF）…</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../../ui/clipboard.py" line="143"/>
        <source>Clipboard clears in %n second(s)</source>
        <translation>剪贴板将在 %n 秒后清除</translation>
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
        <translation>复制详细信息</translation>
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
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="187"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="101"/>
        <source>and %n more</source>
        <translation>以及另外 %n 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="102"/>
        <source>FaceLedger: a reply is due</source>
        <translation>人脸账本：有答复到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="188"/>
        <source>Handler</source>
        <translation>处理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="189"/>
        <source>Requests</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="190"/>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="191"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="277"/>
        <source>Nothing is due this week.</source>
        <translation>本周没有需要处理的事项。</translation>
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
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="325"/>
        <source>%n request(s) need action this week</source>
        <translation>本周有 %n 件请求需要处理</translation>
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
        <translation>密码不对。请检查键盘输入法和大写锁定键。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>The vault file is damaged and cannot be opened. You can open the latest backup.</source>
        <translation>账本文件已损坏，无法打开。可以打开最近的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>There is no vault file at this place.</source>
        <translation>这个位置没有账本文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>A file already exists there. Choose another name or place.</source>
        <translation>那里已经有一个文件。请换一个名称或位置。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>The vault is locked. Unlock it first; nothing was saved.</source>
        <translation>账本已锁定。请先解锁；没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>This vault is already open in another FaceLedger window.</source>
        <translation>这个账本已在另一个人脸账本窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>This vault was made by a newer FaceLedger. Please update the app.</source>
        <translation>这个账本由更新版本的人脸账本创建。请更新本软件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Recent changes are missing from the vault file. Open the latest backup.</source>
        <translation>账本文件缺少最近的更改。请打开最近的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>The disk is full. Nothing was changed; free some space and retry.</source>
        <translation>磁盘已满。没有做任何更改；请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>Some answers are not valid. Check the marked field.</source>
        <translation>有些回答不符合要求。请检查标出的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>This input is not valid. Check the marked field.</source>
        <translation>输入内容不符合要求。请检查标出的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>This item no longer exists.</source>
        <translation>这一项已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>A citation names an article the rule library does not have; nothing was written.</source>
        <translation>引用的条文不在法规库中；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>There is no official text of this article to quote; it can only be cited.</source>
        <translation>这一条没有可供引述的官方文本，只能按条号引用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>The rule library could not be loaded.</source>
        <translation>无法载入法规库。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>The letter cannot be written with these choices.</source>
        <translation>按这些选项无法生成函件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>This status change is not possible at this point.</source>
        <translation>目前不能改成这个状态。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>The official holiday calendar does not cover this year yet; no due date was guessed.</source>
        <translation>官方节假日安排尚未覆盖这一年；没有推测截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Wrong bundle passphrase. Ask the sender for it; nothing was imported.</source>
        <translation>案件包密码不对。请向发送者索取；没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>The case bundle was altered or damaged after it was made. Nothing was imported; ask the sender to send it again.</source>
        <translation>案件包在生成后被改动或已损坏。没有导入任何内容；请让发送者重新发送。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>The case bundle is larger than FaceLedger accepts. Nothing was changed.</source>
        <translation>案件包超过了人脸账本接受的大小。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>The case bundle opened but its contents are not valid. Nothing was imported.</source>
        <translation>案件包可以打开，但内容不符合要求。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>This case bundle, or a newer one of the same case, was already imported. Nothing was changed.</source>
        <translation>这个案件包，或同一案件更新的案件包，已经导入过。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>The case bundle was refused.</source>
        <translation>案件包被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>The update server could not be reached or did not answer properly. The rules in use stay in use.</source>
        <translation>无法连接更新服务器，或服务器没有正确回应。继续使用当前的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>The update pack was refused: it is not signed by a trusted key or its files do not match. The rules in use stay in use.</source>
        <translation>更新包被拒绝：它没有受信任密钥的签名，或文件不一致。继续使用当前的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>The server offers rules that are not newer than the ones in use; refused (no rollback).</source>
        <translation>服务器提供的法规不比当前使用的更新；已拒绝（不允许回退）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="147"/>
        <source>The update pack has expired or is dated in the future. Check this computer&apos;s date; the rules in use stay in use.</source>
        <translation>更新包已过期，或日期在未来。请检查这台电脑的日期；继续使用当前的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The update was cancelled. Nothing was changed.</source>
        <translation>更新已取消。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>The update was refused; the installed rules stay in use.</source>
        <translation>更新被拒绝；继续使用已安装的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>The vault could not be used.</source>
        <translation>无法使用这个账本。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="156"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>The file could not be read or written.</source>
        <translation>无法读取或写入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>出了点问题。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>FaceLedger</source>
        <translation>人脸账本</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="201"/>
        <source>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</source>
        <translation>人脸账本遇到了意外问题，你的账本没有因此改变。如果再次出现，请附上下面的详细信息报告问题（其中不含个人信息）。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="287"/>
        <source>Add to the timeline</source>
        <translation>添加到时间线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="302"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="309"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="311"/>
        <source>What they said, who you spoke to…</source>
        <translation>对方怎么说、与谁沟通……</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="313"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="314"/>
        <source>Attach scan or screenshot…</source>
        <translation>附上扫描件或截图…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="315"/>
        <location filename="../../ui/pages/requests_page.py" line="350"/>
        <source>No file attached</source>
        <translation>未附文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="322"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="329"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="330"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="340"/>
        <source>Attach the reply</source>
        <translation>附上对方答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="342"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>扫描件和截图 (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="343"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="139"/>
        <source>%n byte(s)</source>
        <translation>%n 字节</translation>
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
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="181"/>
        <source>Photos of the gate, the sign (or where it is missing), the consent screen. Drop files here or add them.</source>
        <translation>闸机、提示牌（或本该有提示牌的位置）、同意界面的照片。把文件拖到这里，或点击添加。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="206"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="208"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="210"/>
        <source>Export a copy…</source>
        <translation>导出副本…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="212"/>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="214"/>
        <source>For an evidence list: the hash proves the file was not changed.</source>
        <translation>用于证据清单：哈希值可以证明文件没有被改动。</translation>
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
        <translation>拍摄时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="282"/>
        <source>unknown (no date in the file)</source>
        <translation>未知（文件中没有日期）</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="286"/>
        <source>Added: %1</source>
        <translation>添加时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="288"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="291"/>
        <source>The picture is too large to show safely; it is kept as it is.</source>
        <translation>图片太大，无法安全显示；文件按原样保存。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="297"/>
        <source>The picture cannot be read (damaged or incomplete).</source>
        <translation>无法读取图片（已损坏或不完整）。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="313"/>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="315"/>
        <source>Pictures and documents</source>
        <translation>图片和文档</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="317"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="327"/>
        <source>Reading files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="354"/>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="355"/>
        <source>Remove this item from the record when you save? It cannot be undone.</source>
        <translation>保存时从记录中移除这一项？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="359"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="390"/>
        <source>The picture cannot be shown.</source>
        <translation>无法显示这张图片。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="408"/>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="413"/>
        <source>A copy was saved. It is not encrypted: keep it safe.</source>
        <translation>副本已保存。副本没有加密，请妥善保管。</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="150"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../ui/facts_labels.py" line="16"/>
        <source>Residential compound</source>
        <translation>住宅小区</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="17"/>
        <source>Hotel</source>
        <translation>酒店宾馆</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="18"/>
        <source>Shopping mall</source>
        <translation>商场</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="19"/>
        <source>Shop or supermarket</source>
        <translation>商店或超市</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="20"/>
        <source>Property sales office</source>
        <translation>售楼处</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="21"/>
        <source>Gym or sports venue</source>
        <translation>健身房或体育场馆</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="22"/>
        <source>School or campus</source>
        <translation>学校或校园</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="23"/>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="24"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="25"/>
        <source>Station, airport or metro</source>
        <translation>车站、机场或地铁</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="26"/>
        <source>Tourist site or park</source>
        <translation>景区或公园</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="27"/>
        <source>Hospital or clinic</source>
        <translation>医院或诊所</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="28"/>
        <source>Government service hall</source>
        <translation>政务服务大厅</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="29"/>
        <source>Entertainment venue</source>
        <translation>娱乐场所</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="30"/>
        <source>Mobile app or website</source>
        <translation>手机应用或网站</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="31"/>
        <source>Street or public place</source>
        <translation>街道或公共场所</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="32"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="37"/>
        <source>Mainland China</source>
        <translation>中国内地</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="37"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="42"/>
        <source>Property management company</source>
        <translation>物业服务企业</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="43"/>
        <source>A business</source>
        <translation>商家或企业</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="44"/>
        <source>My employer</source>
        <translation>我的用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="45"/>
        <source>A school</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="46"/>
        <source>A government body</source>
        <translation>国家机关</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="47"/>
        <source>An app operator</source>
        <translation>应用运营者</translation>
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
        <translation>刷脸开门的闸机或门禁</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="55"/>
        <source>A check-in or registration terminal</source>
        <translation>入住或登记终端</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="56"/>
        <source>A camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="57"/>
        <source>A pay-by-face terminal</source>
        <translation>刷脸支付终端</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="58"/>
        <source>Face check in an app</source>
        <translation>应用里的人脸验证</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="59"/>
        <source>A self-service kiosk</source>
        <translation>自助服务机</translation>
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
        <translation>核验身份</translation>
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
        <translation>营销或客流分析</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="72"/>
        <source>Security</source>
        <translation>安全防范</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="73"/>
        <source>They did not say</source>
        <translation>对方没有说明</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="79"/>
        <source>Compared my face with one stored photo (1:1)</source>
        <translation>与一张存档照片比对（1:1）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="80"/>
        <source>Searched my face among many people (1:N)</source>
        <translation>在很多人中检索我的脸（1:N）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="81"/>
        <source>Only guessed age, gender or mood</source>
        <translation>只分析年龄、性别或情绪</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="88"/>
        <source>No, there was no sign</source>
        <translation>没有，没有任何提示</translation>
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
        <translation>没有，没人问过我</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="98"/>
        <source>They took entering or using it as agreement</source>
        <translation>把进入或使用当作同意</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="99"/>
        <source>It was buried in general terms</source>
        <translation>夹在一般条款里</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="100"/>
        <source>I had to agree, or be refused</source>
        <translation>不同意就不让用</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="101"/>
        <source>Yes, a separate agreement just for my face</source>
        <translation>有，专门就人脸单独征得同意</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="108"/>
        <source>No, there was no other way</source>
        <translation>不能，没有别的方式</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="109"/>
        <source>I asked for another way and was refused</source>
        <translation>我要求换别的方式，被拒绝了</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="110"/>
        <source>Yes, another way was offered</source>
        <translation>能，提供了别的方式</translation>
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
        <translation>没有特别之处</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="126"/>
        <source>Unlimited time, or consent that cannot be withdrawn</source>
        <translation>无限期，或同意不可撤回</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="127"/>
        <source>They changed the terms on their own</source>
        <translation>对方单方面修改了条款</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="186"/>
        <source>Where did this happen?</source>
        <translation>这件事发生在哪里？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="187"/>
        <source>When was your face first taken?</source>
        <translation>第一次采集你的人脸是什么时候？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="188"/>
        <source>When did you last see it still in use?</source>
        <translation>最近一次看到仍在使用是什么时候？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="189"/>
        <source>What kind of place or service was it?</source>
        <translation>是什么样的场所或服务？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="190"/>
        <source>What is the place called?</source>
        <translation>场所叫什么名字？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="191"/>
        <source>Which city?</source>
        <translation>在哪个城市？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="192"/>
        <source>Address of the place</source>
        <translation>场所地址</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="193"/>
        <source>Who runs it? (full name of the company or body)</source>
        <translation>由谁管理？（公司或机构全称）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="194"/>
        <source>What kind of organisation is that?</source>
        <translation>这是什么性质的单位？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="195"/>
        <source>Its unified social credit code (if you know it)</source>
        <translation>统一社会信用代码（如果知道）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="196"/>
        <source>Its address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="197"/>
        <source>Its email</source>
        <translation>单位邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="198"/>
        <source>Its phone number</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="199"/>
        <source>Its personal information protection officer</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="200"/>
        <source>How was your face taken?</source>
        <translation>人脸是怎么被采集的？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="201"/>
        <source>What did they say it was for?</source>
        <translation>对方说用来做什么？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="202"/>
        <source>What did the system do with your face?</source>
        <translation>系统用你的人脸做了什么？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="203"/>
        <source>Was there a sign telling you about face recognition?</source>
        <translation>有没有提示牌告诉你这里使用人脸识别？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="204"/>
        <source>Did anyone ask you separately to agree to using your face?</source>
        <translation>有没有单独问你是否同意使用人脸？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="205"/>
        <source>Could you use a card, code or ID instead?</source>
        <translation>能不能刷卡、扫码或用证件代替？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="206"/>
        <source>Were you refused when you did not want to use your face?</source>
        <translation>不愿意刷脸时，是否被拒绝提供服务？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="209"/>
        <source>Was it inside a hotel room, bathroom, changing room or toilet?</source>
        <translation>设备是否装在酒店客房、浴室、更衣室或卫生间里？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="210"/>
        <source>Was the person whose face was taken under 14?</source>
        <translation>被采集人脸的人是否不满十四周岁？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="211"/>
        <source>Was your face sent off the device, e.g. to a server?</source>
        <translation>人脸是否被传出设备，例如传到服务器？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="212"/>
        <source>Was it shared with or sold to others?</source>
        <translation>是否被提供给他人或出售？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="213"/>
        <source>Was it leaked?</source>
        <translation>是否发生了泄露？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="214"/>
        <source>Did the terms say anything unusual about your face data?</source>
        <translation>条款对人脸信息有没有特别的规定？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="215"/>
        <source>Is it over between you (moved out, membership ended, left the job)?</source>
        <translation>你们之间的关系是否已经结束（已搬走、会员到期、已离职）？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="218"/>
        <source>Did you ever agree to it, even once?</source>
        <translation>你是否曾经同意过，哪怕一次？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="219"/>
        <source>Was it used as credit information?</source>
        <translation>是否被当作信用信息使用？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="220"/>
        <source>Anything else the letter should say (optional)</source>
        <translation>函件中还应写明的情况（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="221"/>
        <source>Private notes (never put in letters)</source>
        <translation>私人备注（不会写进函件）</translation>
    </message>
</context>
<context>
    <name>GroundsPanel</name>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="28"/>
        <source>Your rights here</source>
        <translation>你在这里的权利</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="42"/>
        <source>Answer the questions on the left; what applies appears here.</source>
        <translation>回答左边的问题，适用的规定会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="62"/>
        <source>From these answers, no specific problem stands out yet. The general rules below still apply.</source>
        <translation>根据目前的回答，还看不出具体问题。下面的一般规定仍然适用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="87"/>
        <source>You can ask for:</source>
        <translation>你可以要求：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="95"/>
        <source>%n working day(s)</source>
        <translation>%n 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="97"/>
        <source>%n day(s)</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="101"/>
        <source>Reply expected within:</source>
        <translation>要求答复期限：</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="142"/>
        <location filename="../../ui/composer/composer_dialog.py" line="349"/>
        <source>Write a letter</source>
        <translation>写信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="167"/>
        <source>What you ask for</source>
        <translation>您的请求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="193"/>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="194"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="195"/>
        <source>Reply within</source>
        <translation>答复期限</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="207"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
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
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="238"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="239"/>
        <source>Copy e-mail text</source>
        <translation>复制邮件正文</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="240"/>
        <source>Open in mail app</source>
        <translation>用邮件程序打开</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="241"/>
        <source>Save .eml…</source>
        <translation>保存 .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="242"/>
        <source>Mark as sent…</source>
        <translation>标记为已发出…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="244"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="297"/>
        <source>(the handler&apos;s name is not recorded)</source>
        <translation>（未记录处理者名称）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="323"/>
        <location filename="../../ui/composer/composer_dialog.py" line="466"/>
        <source>working days</source>
        <translation>个工作日</translation>
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
        <translation>根据本记录的事实，法规建议提出此项请求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="357"/>
        <source>Follow-up to %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="362"/>
        <source>Write a follow-up letter</source>
        <translation>写跟进信函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="407"/>
        <source>Choose at least one request.</source>
        <translation>请至少选择一项请求。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="460"/>
        <source>no reply period in this letter</source>
        <translation>本函未设答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="470"/>
        <source>Reference: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="472"/>
        <source>Fill in by hand before sending: %1</source>
        <translation>发出前请手工填写：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="473"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="500"/>
        <source>Export the letter as PDF</source>
        <translation>将信函导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="502"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="509"/>
        <source>Save as e-mail (.eml)</source>
        <translation>保存为邮件 (.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="511"/>
        <source>E-mail message (*.eml)</source>
        <translation>邮件文件 (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="522"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="531"/>
        <source>The e-mail text is copied. The clipboard is cleared after a while.</source>
        <translation>邮件正文已复制。剪贴板稍后会自动清空。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="544"/>
        <source>[The letter is longer than a mail link can carry: paste the copied text here.]</source>
        <translation>【信函太长，邮件链接放不下：请在此粘贴已复制的正文。】</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="564"/>
        <source>No mail app answered. Copy the e-mail text or save an .eml file.</source>
        <translation>没有邮件程序响应。请复制邮件正文，或保存为 .eml 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="643"/>
        <source>Kept as sent. You will find it under Requests with its due date.</source>
        <translation>已按原样保存为已发出。可在“请求”中查看其答复期限。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Letters you send about your records will be listed here, with their status and replies. This part of FaceLedger is not finished in this version.</source>
        <translation>你就记录寄出的函件会列在这里，附带状态和答复。本版本中这一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Replies that are due or overdue will be shown here, counted in working days. This part of FaceLedger is not finished in this version.</source>
        <translation>到期或逾期未答复的请求会显示在这里，按工作日计算。本版本中这一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Rules</source>
        <translation>法规</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Charts of your records and of how handlers answer will be shown here. This part of FaceLedger is not finished in this version.</source>
        <translation>你的记录和处理者答复情况的图表会显示在这里。本版本中这一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即锁定账本（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>FaceLedger</source>
        <translation>人脸账本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>This is the latest backup. Unlock it with the passphrase the vault had when the backup was made. The damaged file is left as it is.</source>
        <translation>这是最近的备份。请用备份当时账本的密码解锁。损坏的文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="581"/>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="582"/>
        <source>A record has changes that were not saved. They will be lost. Continue anyway?</source>
        <translation>有一条记录的更改尚未保存，继续将丢失这些更改。仍要继续吗？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
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
        <translation>标记为已发出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="46"/>
        <source>The letter %1 is kept in the vault exactly as it is now.</source>
        <translation>信函 %1 将按当前内容原样保存在账本中。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="61"/>
        <source>e.g. the EMS number on the receipt</source>
        <translation>例如邮寄凭条上的 EMS 单号</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="62"/>
        <source>Tracking number</source>
        <translation>邮件单号</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="65"/>
        <source>Optional: post office, e-mail address used…</source>
        <translation>可选：邮局、所用邮箱地址……</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="67"/>
        <source>Sent by</source>
        <translation>发出方式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="68"/>
        <source>Date sent</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="70"/>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>关闭这条消息</translation>
    </message>
</context>
<context>
    <name>MissingChanges</name>
    <message>
        <location filename="../../ui/missing_changes.py" line="26"/>
        <source>%n recent change(s) made on this computer are missing from this vault file. A lost or damaged write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open your latest backup; or continue with the file as it is.</source>
        <translation>在这台电脑上做过的最近 %n 处更改在此账本文件中找不到了。原因可能是预写日志丢失或损坏，或者这是文件的旧副本。要找回这些更改，请锁定后打开最新的备份；也可以按现状继续使用这个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/missing_changes.py" line="48"/>
        <source>Continue with this file</source>
        <translation>继续使用这个文件</translation>
    </message>
    <message>
        <location filename="../../ui/missing_changes.py" line="61"/>
        <source>Continuing with this file. The missing changes will not be reported again.</source>
        <translation>继续使用这个文件。缺失的更改不会再提示。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="38"/>
        <location filename="../../ui/composer/pdf_preview.py" line="63"/>
        <source>No preview yet.</source>
        <translation>暂无预览。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/pdf_preview.py" line="65"/>
        <source>The preview could not be shown.</source>
        <translation>无法显示预览。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="49"/>
        <source>New profile</source>
        <translation>新建身份资料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="51"/>
        <source>Edit profile</source>
        <translation>编辑身份资料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="59"/>
        <source>Only if your letters need it</source>
        <translation>仅在函件需要时填写</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="67"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="68"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="69"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="70"/>
        <source>Address for letters</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="71"/>
        <source>ID number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="77"/>
        <source>Kept encrypted in the vault. Used only in letters you write.</source>
        <translation>加密保存在账本中，只用于你写的函件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="85"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="106"/>
        <source>A name is needed.</source>
        <translation>请填写姓名。</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/record_editor.py" line="284"/>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="286"/>
        <source>Edit record</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="301"/>
        <source>No profile</source>
        <translation>不关联身份资料</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="302"/>
        <source>Whose record is this (for letters)</source>
        <translation>这是谁的记录（用于函件）</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="324"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="326"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="330"/>
        <source>Delete record…</source>
        <translation>删除记录…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="332"/>
        <source>Write a letter…</source>
        <translation>写函件…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="334"/>
        <source>Write a deletion or consent-withdrawal letter about this record</source>
        <translation>就这条记录写一封要求删除或撤回同意的函件</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="340"/>
        <source>Profile:</source>
        <translation>身份资料：</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="409"/>
        <source>Correct the marked answer to see your rights.</source>
        <translation>改正标出的回答后即可看到你的权利。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="426"/>
        <source>This code is not valid: check the 18 characters (the last one is a check character).</source>
        <translation>代码无效：请核对这 18 位字符（最后一位是校验码）。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="431"/>
        <source>This date cannot be before the first time.</source>
        <translation>这个日期不能早于第一次采集的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="433"/>
        <source>Enter a real date.</source>
        <translation>请输入有效的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="434"/>
        <source>This answer is not valid.</source>
        <translation>这个回答不符合要求。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="465"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="492"/>
        <source>Save your changes first: the letter is written from the saved record.</source>
        <translation>请先保存更改：函件根据已保存的记录生成。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="507"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="508"/>
        <source>Delete this record and all its evidence from the vault? This cannot be undone. A record that letters were sent about cannot be deleted.</source>
        <translation>从账本中删除这条记录及其全部证据？此操作无法撤销。已经就其寄出函件的记录不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="513"/>
        <source>Delete</source>
        <translation>删除</translation>
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
        <translation>时间和地点</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="76"/>
        <source>e.g. 阳光花园小区 north gate</source>
        <translation>例如：阳光花园小区北门</translation>
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
        <translation>例如：某某物业服务有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="83"/>
        <source>18 characters, on their licence or website</source>
        <translation>18 位，见营业执照或官网</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="89"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="98"/>
        <source>What else you know</source>
        <translation>你还知道的情况</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="109"/>
        <source>Notes</source>
        <translation>备注</translation>
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
        <translation>之后也见过：</translation>
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
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="265"/>
        <source>Kind of place</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="266"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="267"/>
        <source>Handler</source>
        <translation>处理者</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="268"/>
        <source>What is wrong</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="289"/>
        <source>(could not be loaded)</source>
        <translation>（无法载入）</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/pages/records_page.py" line="91"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="96"/>
        <source>New record…</source>
        <translation>新建记录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="105"/>
        <source>Search places, handlers, notes…</source>
        <translation>搜索场所、处理者、备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="107"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="110"/>
        <source>All kinds of places</source>
        <translation>所有场所类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="114"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="117"/>
        <source>With an open request</source>
        <translation>有未结请求</translation>
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
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="208"/>
        <source>%n record(s) found</source>
        <translation>找到 %n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="210"/>
        <source>%n record(s)</source>
        <translation>共 %n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="214"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>没有匹配的记录。试试少输入几个字，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="216"/>
        <source>No records yet.
Add the first place where your face was taken: “New record…”.</source>
        <translation>还没有记录。
点击“新建记录…”，记下第一个采集你人脸的地方。</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="418"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="431"/>
        <source>Write reminder letter…</source>
        <translation>写催告函…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="432"/>
        <source>Write complaint letter…</source>
        <translation>写投诉信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="433"/>
        <source>Add reply…</source>
        <translation>添加答复…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="434"/>
        <source>Set outcome…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="435"/>
        <source>Delivered…</source>
        <translation>已送达…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="436"/>
        <source>Complaint filed…</source>
        <translation>已投诉…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="437"/>
        <source>Close request</source>
        <translation>结束请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="438"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="470"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="505"/>
        <source>Choose a request to see its timeline.</source>
        <translation>选择一项请求以查看其时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="516"/>
        <source>, tracking number %1</source>
        <translation>，单号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="519"/>
        <source>Asked for: %1
Status: %2
Sent: %3 by %4%5</source>
        <translation>请求事项：%1
状态：%2
发出：%3，方式：%4%5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="528"/>
        <source>No due date yet (not sent).</source>
        <translation>尚无答复期限（未发出）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="531"/>
        <source>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</source>
        <translation>暂时无法计算答复期限：尚未安装该年度的官方节假日安排。本软件不作推测。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="539"/>
        <source>Reply due: %1 (%2)</source>
        <translation>答复期限：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="586"/>
        <source>Add the reply</source>
        <translation>添加对方答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="594"/>
        <source>Set the outcome</source>
        <translation>记录处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="648"/>
        <source>Send the letter, then mark it sent.</source>
        <translation>发出信函后，请标记为已发出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="649"/>
        <source>Waiting for the reply, due %1.</source>
        <translation>等待答复，期限为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="651"/>
        <source>Record the reply (attach it) or the outcome when it comes.</source>
        <translation>收到答复后请记录（附上答复）或记录处理结果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="653"/>
        <source>Record the delivery date if you know it (postal tracking, read receipt).</source>
        <translation>如知道送达日期，请记录（邮件查询、已读回执）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="655"/>
        <source>The reply was due on %1: a reminder letter can be written.</source>
        <translation>答复期限 %1 已过：可以写催告函。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="658"/>
        <source>Reminder sent; a complaint is suggested after %1.</source>
        <translation>已发催告函；建议在 %1 之后投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="660"/>
        <source>No reply 30 days after sending: a complaint letter can be written.</source>
        <translation>发函 30 日后仍未答复：可以写投诉信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="662"/>
        <source>The statutory period ended on %1 without a reply: a complaint can be written.</source>
        <translation>法定期限已于 %1 届满且未获答复：可以写投诉信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="666"/>
        <source>The handler refused: a complaint letter can be written from the timeline.</source>
        <translation>对方已拒绝：可以根据时间线写投诉信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="668"/>
        <source>Only partly complied: remind them of the rest, or complain.</source>
        <translation>对方仅部分照办：可催告其余部分，或投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="670"/>
        <source>Record what the reply means: complied, partly complied or refused.</source>
        <translation>请记录答复的结果：已照办、部分照办或拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="672"/>
        <source>Complied. Close the request when you are done.</source>
        <translation>对方已照办。处理完毕后可结束此请求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="674"/>
        <source>Complaint filed: record the answer when it comes.</source>
        <translation>已投诉：收到答复后请记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="676"/>
        <source>The due date is unknown until the holiday calendar is updated.</source>
        <translation>节假日安排更新之前，答复期限无法确定。</translation>
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
        <translation>删除人脸信息</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="21"/>
        <source>Offer another way in</source>
        <translation>提供其他验证方式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="22"/>
        <source>Access and copy</source>
        <translation>查阅、复制</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="23"/>
        <source>Explain the processing</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="24"/>
        <source>Complaint to a regulator</source>
        <translation>向监管部门投诉</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="25"/>
        <source>Reminder</source>
        <translation>催告函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="26"/>
        <source>Data access request (PDPO s18)</source>
        <translation>查阅资料要求（《个人资料（私隐）条例》第18条）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="27"/>
        <source>Erasure (PDPO s26, DPP2)</source>
        <translation>删除资料（第26条、保障资料第2原则）</translation>
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
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="40"/>
        <location filename="../../ui/composer/labels.py" line="55"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="41"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="42"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="43"/>
        <source>Complied</source>
        <translation>已照办</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="44"/>
        <source>Partly complied</source>
        <translation>部分照办</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="45"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="46"/>
        <location filename="../../ui/composer/labels.py" line="61"/>
        <source>Complaint filed</source>
        <translation>已投诉</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="47"/>
        <location filename="../../ui/composer/labels.py" line="62"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="54"/>
        <source>Letter sent</source>
        <translation>信函已发出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="56"/>
        <source>Reply received</source>
        <translation>收到答复</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="57"/>
        <source>Outcome: complied</source>
        <translation>结果：已照办</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="58"/>
        <source>Outcome: partly complied</source>
        <translation>结果：部分照办</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="59"/>
        <source>Outcome: refused</source>
        <translation>结果：拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="60"/>
        <source>Reminder sent</source>
        <translation>已发催告函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="63"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="70"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="71"/>
        <source>Registered mail</source>
        <translation>挂号信／EMS</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="72"/>
        <source>In person</source>
        <translation>当面递交</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="73"/>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="74"/>
        <source>In the app</source>
        <translation>应用内</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="75"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="82"/>
        <source>Residential compound</source>
        <translation>住宅小区</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="83"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="84"/>
        <source>Shopping mall</source>
        <translation>商场</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="85"/>
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="86"/>
        <source>Property sales office</source>
        <translation>售楼处</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="87"/>
        <source>Gym or sports venue</source>
        <translation>健身房或体育场馆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="88"/>
        <source>School or campus</source>
        <translation>学校或校园</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="89"/>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="90"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="91"/>
        <source>Station or airport</source>
        <translation>车站或机场</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="92"/>
        <source>Tourist site</source>
        <translation>景区</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="93"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="94"/>
        <source>Government service</source>
        <translation>政务服务</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="95"/>
        <source>Entertainment venue</source>
        <translation>娱乐场所</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="96"/>
        <source>Mobile app</source>
        <translation>手机应用</translation>
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
        <translation>无答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="134"/>
        <source>Not awaiting a reply</source>
        <translation>无需等待答复</translation>
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
        <translation>还剩 %n 天</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="215"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="216"/>
        <source>Handler</source>
        <translation>处理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="217"/>
        <source>Requests</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="218"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="219"/>
        <source>Sent</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="220"/>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="221"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="233"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="242"/>
        <source>(handler not named)</source>
        <translation>（未记录处理者）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="691"/>
        <source>All requests</source>
        <translation>全部请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="692"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="719"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="720"/>
        <source>Due date</source>
        <translation>按答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="721"/>
        <source>Date sent</source>
        <translation>按发出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="723"/>
        <source>Export due dates (.ics)…</source>
        <translation>导出答复期限 (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="724"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="727"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="729"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="836"/>
        <source>%n request(s)</source>
        <translation>共 %n 件请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="884"/>
        <source>Export due dates</source>
        <translation>导出答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="886"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="900"/>
        <source>%n due date(s) exported to the calendar file.</source>
        <translation>已将 %n 个答复期限导出到日历文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="905"/>
        <source>Exporting due dates…</source>
        <translation>正在导出答复期限…</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="37"/>
        <source>checked against the official text</source>
        <translation>已与官方文本核对</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="38"/>
        <source>from a secondary source; check before relying on it</source>
        <translation>来自二手来源；使用前请核实</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="39"/>
        <source>not verified</source>
        <translation>未经核实</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="48"/>
        <source>Rules</source>
        <translation>法规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="61"/>
        <source>Search the rules, e.g. 单独同意 or consent</source>
        <translation>搜索法规，例如：单独同意</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="100"/>
        <source>Rule library %1, as of %2</source>
        <translation>法规库 %1，截至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="106"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="209"/>
        <source>Issued by: %1</source>
        <translation>发布机关：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="212"/>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="216"/>
        <source>In force since: %1</source>
        <translation>施行日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="218"/>
        <source>In force for every date the app handles</source>
        <translation>适用于本软件处理的所有日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="222"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="227"/>
        <source>%n article(s) in the library.</source>
        <translation>本软件收录了其中 %n 条。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="248"/>
        <source>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</source>
        <translation>本软件未收录这一条的官方文本，只按条号引用；请查阅官方发布的文本。</translation>
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
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="126"/>
        <source>Language and locking</source>
        <translation>语言和锁定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="129"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="134"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="138"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="139"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="141"/>
        <source>Lock after being idle for</source>
        <translation>闲置多久后锁定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143"/>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>屏幕锁定或电脑休眠时锁定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="151"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="153"/>
        <source>Clear copied text after</source>
        <translation>复制的内容多久后清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="156"/>
        <source>Vault and backups</source>
        <translation>账本和备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="162"/>
        <source>Vault file</source>
        <translation>账本文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="167"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="172"/>
        <source>Backups go to</source>
        <translation>备份位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="173"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="178"/>
        <source>Profiles (who the letters are from)</source>
        <translation>身份资料（函件的署名人）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="181"/>
        <source>Name, contact and address used in letters. They are stored encrypted in the vault, not in the settings file. Groups can keep one profile per person they help.</source>
        <translation>函件中使用的姓名、联系方式和地址。它们加密保存在账本中，不在设置文件里。公益组织可以为每位求助者各建一份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="196"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="198"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="200"/>
        <location filename="../../ui/pages/settings_page.py" line="337"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="257"/>
        <source>Where should backups go?</source>
        <translation>备份保存到哪里？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="274"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="279"/>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并验证：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="300"/>
        <source>No profile yet.</source>
        <translation>还没有身份资料。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="333"/>
        <source>Delete profile</source>
        <translation>删除身份资料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="334"/>
        <source>Delete this profile? Its records and requests stay, without a name attached.</source>
        <translation>删除这份身份资料？相关的记录和请求会保留，只是不再关联姓名。</translation>
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
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="79"/>
        <source>Show or hide the passphrase</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="149"/>
        <source>Unlock your vault</source>
        <translation>解锁你的账本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="150"/>
        <source>Your records are encrypted in this file:</source>
        <translation>你的记录加密保存在这个文件中：</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="154"/>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="159"/>
        <location filename="../../ui/start_screen.py" line="160"/>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="163"/>
        <source>Create a new vault…</source>
        <translation>新建账本…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="165"/>
        <location filename="../../ui/start_screen.py" line="193"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="181"/>
        <source>Type your passphrase first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="193"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="206"/>
        <source>Create your vault</source>
        <translation>新建你的账本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="209"/>
        <source>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</source>
        <translation>你记录的一切——场所、照片、函件——都加密保存在这台电脑上的一个文件里。除非你要求，任何内容都不会离开这台电脑。</translation>
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
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="236"/>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="249"/>
        <source>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>重要提示：如果忘记这个密码，任何人都无法再打开你的账本——你自己不能，我们也不能。密码无法重置。请把它写下来，放在安全的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="259"/>
        <source>I already have a vault…</source>
        <translation>我已有账本…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="261"/>
        <location filename="../../ui/start_screen.py" line="344"/>
        <source>Create vault</source>
        <translation>创建账本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="276"/>
        <source>Where should the vault file live?</source>
        <translation>账本文件保存在哪里？</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="278"/>
        <location filename="../../ui/start_screen.py" line="426"/>
        <source>FaceLedger vault</source>
        <translation>人脸账本文件</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="298"/>
        <source>Use a sentence only you know: several words, or a short line of Chinese.</source>
        <translation>用一句只有你知道的话：几个词，或一小句中文。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="301"/>
        <source>Weak: easy to guess. Make it longer.</source>
        <translation>弱：容易被猜到。请加长。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="302"/>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>一般：再加几个字会难猜得多。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="305"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="306"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="316"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>密码至少需要 %n 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="325"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>两次输入的密码不一致。请重新输入。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="344"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="364"/>
        <source>FaceLedger</source>
        <translation>人脸账本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="371"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="372"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="424"/>
        <source>Open a vault file</source>
        <translation>打开账本文件</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="428"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="454"/>
        <source>Open the latest backup</source>
        <translation>打开最近的备份</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="459"/>
        <source>No backup of this vault was found.</source>
        <translation>没有找到这个账本的备份。</translation>
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
        <translation>（未记录处理者）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="139"/>
        <source>Recalculate</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="140"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="141"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="200"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="216"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="238"/>
        <source>Cancelled. The figures shown are from the last complete count.</source>
        <translation>已取消。当前显示的是上一次完整统计的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="257"/>
        <source>%n record(s)</source>
        <translation>共 %n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="258"/>
        <source>%n request(s)</source>
        <translation>共 %n 件请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="262"/>
        <source>%n answered</source>
        <translation>%n 件已获答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="263"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="266"/>
        <source>Records by place type</source>
        <translation>按场所类型统计记录</translation>
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
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="271"/>
        <source>Records by city</source>
        <translation>按城市统计记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="291"/>
        <source>No records yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="319"/>
        <source>Requests by outcome</source>
        <translation>请求的处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="321"/>
        <source>No requests yet.</source>
        <translation>尚无请求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="338"/>
        <source>Median days to first reply, by handler</source>
        <translation>各处理者首次答复所需天数（中位数）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="342"/>
        <source>%n handler(s) have not answered yet</source>
        <translation>%n 个处理者尚未答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="344"/>
        <source>No replies recorded yet.</source>
        <translation>尚未记录任何答复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="354"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="371"/>
        <source>Calendar days from sending</source>
        <translation>自发函起的自然日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="382"/>
        <source>Export figures</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="384"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="396"/>
        <source>The file could not be written.</source>
        <translation>无法写入该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="398"/>
        <source>Figures exported.</source>
        <translation>统计数据已导出。</translation>
    </message>
</context>
<context>
    <name>UpdateSettings</name>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="76"/>
        <source>Rule updates</source>
        <translation>法规更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="82"/>
        <source>Off unless you turn it on. FaceLedger then contacts only the address below, and only when you press “Check now”. Packs are accepted only if signed by a trusted key and newer than the rules in use; if anything is wrong, the rules you have stay in use.</source>
        <translation>默认关闭。开启后，人脸账本只会在你按“立即检查”时联系下面这个地址。只接受由受信任密钥签名、且比正在使用的法规更新的更新包；任何一项不对，都继续使用现有法规。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="95"/>
        <source>Use signed rule updates from this address</source>
        <translation>使用来自此地址的已签名法规更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="100"/>
        <source>Update address</source>
        <translation>更新地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="101"/>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="115"/>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="116"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="117"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="135"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="136"/>
        <source>Rules in use</source>
        <translation>正在使用的法规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="137"/>
        <source>Built into the app</source>
        <translation>应用内置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="138"/>
        <source>Installed pack</source>
        <translation>已安装的更新包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="139"/>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="140"/>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="142"/>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="168"/>
        <source>This address cannot be used. It must start with https:// and name a server.</source>
        <translation>无法使用此地址。地址必须以 https:// 开头并包含服务器名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="192"/>
        <source>Enter the https:// address of the update server first.</source>
        <translation>请先输入更新服务器的 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="224"/>
        <source>%1 (from an update pack)</source>
        <translation>%1（来自更新包）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="228"/>
        <source>%1 (built into the app)</source>
        <translation>%1（应用内置）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="233"/>
        <source>%1, installed %2</source>
        <translation>%1，安装于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="238"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="244"/>
        <source>The installed pack is not used (it failed a check); the rules built into the app are used.</source>
        <translation>已安装的更新包未被使用（未通过检查），正在使用应用内置的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="255"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="257"/>
        <source>refused or failed</source>
        <translation>被拒绝或失败</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="261"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="266"/>
        <source>Turn updates on first.</source>
        <translation>请先开启更新。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="293"/>
        <source>Checking for a newer rule pack…</source>
        <translation>正在检查是否有更新的法规包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="302"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="312"/>
        <source>Version %1 is available from %2, signed by %3 (key %4). It passed every check.</source>
        <translation>%2 提供了版本 %1，由 %3 签名（密钥 %4），已通过全部检查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="325"/>
        <source>Up to date: version %1 is in use.</source>
        <translation>已是最新：正在使用版本 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="337"/>
        <source>Cancelled. Nothing was changed; the rules in use stay in use.</source>
        <translation>已取消。没有任何更改，继续使用现有法规。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="350"/>
        <source>Installing version %1…</source>
        <translation>正在安装版本 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="364"/>
        <source>Version %1 is installed and in use.</source>
        <translation>版本 %1 已安装并正在使用。</translation>
    </message>
</context>
</TS>
