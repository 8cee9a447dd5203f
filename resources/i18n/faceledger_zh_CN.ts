<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BundleSettings</name>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="123"/>
        <source>This key cannot be used: %1</source>
        <translation>这个密钥不能使用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="133"/>
        <source>Public key of %1</source>
        <translation>%1 的公钥</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="139"/>
        <source>QR code of the public key</source>
        <translation>公钥二维码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="141"/>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="150"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="158"/>
        <source>Anyone may have this public key. When someone adds it, read the fingerprint out to them so they know the key really is yours.</source>
        <translation>公钥可以公开给任何人。有人添加它时，请把指纹念给对方听，让对方确认这把钥匙确实是您的。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="174"/>
        <source>Add a group&apos;s public key</source>
        <translation>添加团体的公钥</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="177"/>
        <source>Paste the key here (it starts with age1)</source>
        <translation>把公钥粘贴到这里（以 age1 开头）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="181"/>
        <source>From a key file or QR image…</source>
        <translation>从密钥文件或二维码图片读取…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="193"/>
        <source>I read these digits out with the group and they match</source>
        <translation>我已和该团体逐位核对这些数字，完全一致</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="202"/>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="204"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="205"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="208"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="210"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="217"/>
        <source>Call the group (a number you already know, not one sent with the key) and compare the fingerprint digit by digit. If a single digit differs, the key was swapped on the way: do not add it.</source>
        <translation>请打电话给该团体（用您原本就知道的号码，不要用随公钥一起发来的号码），逐位核对指纹。只要有一位不同，就说明公钥在传递途中被调换了：请不要添加。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="269"/>
        <source>Open a key file or QR image</source>
        <translation>打开密钥文件或二维码图片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="271"/>
        <source>Keys and QR images (*.pub *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>公钥和二维码图片 (*.pub *.txt *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="278"/>
        <source>Paste a public key or choose a key file first.</source>
        <translation>请先粘贴公钥或选择密钥文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="282"/>
        <source>Give the group a name.</source>
        <translation>请填写团体名称。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="288"/>
        <source>Compare the fingerprint with the group first, then tick the box.</source>
        <translation>请先和该团体核对指纹，再勾选确认。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="303"/>
        <source>Case bundles</source>
        <translation>案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="69"/>
        <source>This is a SECRET key (AGE-SECRET-KEY-…). It must never be shared or sent; ask the group for its PUBLIC key, which starts with age1.</source>
        <translation>这是私钥（AGE-SECRET-KEY-…），绝不能分享或发送。请向该团体索取以 age1 开头的公钥。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="74"/>
        <source>This is an SSH key. A group key starts with age1.</source>
        <translation>这是 SSH 密钥。团体公钥以 age1 开头。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="75"/>
        <source>This is a rule-update signing key (ed25519:…), not a group key.</source>
        <translation>这是法规更新的签名密钥（ed25519:…），不是团体公钥。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="78"/>
        <source>This key mixes capital and small letters, so it was changed. Copy it again.</source>
        <translation>这个公钥大小写混杂，说明已被改动。请重新复制。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="81"/>
        <source>This is not a group key. A group key starts with age1 and has 62 characters.</source>
        <translation>这不是团体公钥。团体公钥以 age1 开头，共 62 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="84"/>
        <source>This is an age key of another kind (a plugin or post-quantum key). FaceLedger uses keys that start with age1 followed by 58 letters and digits.</source>
        <translation>这是另一种 age 密钥（插件或后量子密钥）。人脸账本使用以 age1 开头、后接 58 个字母和数字的公钥。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="89"/>
        <source>This key is cut short. Copy the whole line (62 characters).</source>
        <translation>这个公钥不完整。请复制整行（62 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="90"/>
        <source>This is longer than one key. Copy exactly one key.</source>
        <translation>内容比一个公钥长。请只复制一个公钥。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="91"/>
        <source>This key has a typo or was damaged (its check digits do not match). Copy it again.</source>
        <translation>这个公钥有错字或已损坏（校验码不符）。请重新复制。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="95"/>
        <source>This is not a key.</source>
        <translation>这不是公钥。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="96"/>
        <source>No public key found. A group key is one line starting with age1.</source>
        <translation>没有找到公钥。团体公钥是以 age1 开头的一行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="99"/>
        <source>This holds several different keys. Add them one at a time.</source>
        <translation>这里有多个不同的公钥。请逐个添加。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="100"/>
        <source>The image is too large to be a QR code picture.</source>
        <translation>图片太大，不像是二维码图片。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="101"/>
        <source>The image cannot be read (damaged, or not an image).</source>
        <translation>无法读取图片（已损坏或不是图片）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="104"/>
        <source>No QR code was found in this image. Photograph it straight on and well lit.</source>
        <translation>图片中没有找到二维码。请正对二维码、在光线充足处拍摄。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="107"/>
        <source>This image holds more than one QR code. Crop it to the group&apos;s key.</source>
        <translation>图片中有多个二维码。请裁剪到只剩该团体的公钥。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="110"/>
        <source>The file cannot be opened.</source>
        <translation>无法打开这个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="111"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="112"/>
        <source>This is an encrypted file (a case bundle?), not a key.</source>
        <translation>这是加密文件（案件包？），不是公钥。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="115"/>
        <source>The file is too large to be a key file.</source>
        <translation>文件太大，不是公钥文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="116"/>
        <source>This file is neither a key file nor a QR code image.</source>
        <translation>这个文件既不是公钥文件，也不是二维码图片。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="117"/>
        <source>This key is already among the groups you send cases to.</source>
        <translation>这个公钥已经在您发送案件的团体中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="120"/>
        <source>This is one of this vault&apos;s own keys; it need not be added.</source>
        <translation>这是本账本自己的密钥，不需要添加。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="121"/>
        <source>Give the key a name.</source>
        <translation>请给密钥起个名称。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="312"/>
        <location filename="../../ui/pages/bundle_settings.py" line="328"/>
        <source>Your keys (for receiving cases)</source>
        <translation>您的密钥（用于接收案件）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="317"/>
        <source>For a group that receives cases: publish the public key (text, file or QR code); residents seal their cases to it and only this vault can open them. The secret half never leaves the vault.</source>
        <translation>供接收案件的团体使用：公布公钥（文字、文件或二维码），居民用它加密案件，只有这个账本能打开。私钥始终保存在账本里，不会离开。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="331"/>
        <source>Group name, e.g. 某某公益</source>
        <translation>团体名称，例如 某某公益</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="332"/>
        <source>Create key</source>
        <translation>生成密钥</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="334"/>
        <source>Show QR code</source>
        <translation>显示二维码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="336"/>
        <source>Save public key…</source>
        <translation>保存公钥…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="338"/>
        <source>Save QR code…</source>
        <translation>保存二维码…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="340"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="342"/>
        <source>Stop offering this key after making a new one; it still opens old bundles.</source>
        <translation>换用新密钥后停止提供这把密钥；它仍能打开以前的案件包。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="356"/>
        <location filename="../../ui/pages/bundle_settings.py" line="369"/>
        <source>Groups you send cases to</source>
        <translation>您发送案件的团体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="359"/>
        <source>Public keys of the groups you trust. A case exported &quot;for a group&quot; can be opened only by that group.</source>
        <translation>您信任的团体的公钥。“发给团体”导出的案件只有该团体能打开。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="371"/>
        <source>Add a group&apos;s key…</source>
        <translation>添加团体公钥…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="373"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="408"/>
        <source>(retired: still opens old bundles)</source>
        <translation>（已停用：仍能打开以前的案件包）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="450"/>
        <source>Type the group&apos;s name first.</source>
        <translation>请先输入团体名称。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="458"/>
        <source>Key created for %1. Fingerprint: %2</source>
        <translation>已为 %1 生成密钥。指纹：%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="484"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="487"/>
        <source>Public key files (*.pub *.txt)</source>
        <translation>公钥文件 (*.pub *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="490"/>
        <source>Save public key</source>
        <translation>保存公钥</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="501"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="510"/>
        <source>Retire key</source>
        <translation>停用密钥</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="511"/>
        <source>Retire %1? It will no longer be offered; bundles already sealed to it still open here.</source>
        <translation>停用 %1？以后不再提供这把密钥；已经用它加密的案件包在这里仍能打开。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="531"/>
        <source>%1 added. Cases you export for this group open only there.</source>
        <translation>已添加 %1。您发给这个团体的案件只有它能打开。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="548"/>
        <source>Remove group</source>
        <translation>移除团体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bundle_settings.py" line="549"/>
        <source>Remove %1 from the groups you send cases to?</source>
        <translation>把 %1 从您发送案件的团体中移除？</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="80"/>
        <source>FaceLedger case bundles (%1);;All files (*)</source>
        <translation>人脸账本案件包 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="85"/>
        <source>Profiles</source>
        <translation>当事人资料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="86"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="87"/>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="88"/>
        <source>Requests and letters</source>
        <translation>请求与函件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="89"/>
        <source>Timeline entries</source>
        <translation>时间线条目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="109"/>
        <source>Profile</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="111"/>
        <source>All profiles</source>
        <translation>全部当事人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="167"/>
        <source>Export case bundle</source>
        <translation>导出案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="172"/>
        <source>The %n selected record(s)</source>
        <translation>选中的 %n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="174"/>
        <source>Every record of this profile:</source>
        <translation>此当事人的全部记录：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="191"/>
        <source>Redact for sharing</source>
        <translation>脱敏后分享</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="193"/>
        <source>Removes GPS and other picture metadata, withholds files that cannot be cleaned and the letter PDFs, shortens the complainant&apos;s name (张某) and drops ID numbers and contacts.</source>
        <translation>删除 GPS 等图片元数据，不导出无法清理的文件和函件 PDF，把当事人姓名缩写为“张某”，并去掉身份证号和联系方式。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="203"/>
        <source>For a group (recommended)</source>
        <translation>发给团体（推荐）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="205"/>
        <source>Groups that can open the bundle</source>
        <translation>能打开案件包的团体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="209"/>
        <source>%1 (your own key, to reopen it yourself)</source>
        <translation>%1（您自己的密钥，方便自己再打开）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="222"/>
        <source>Only the groups you tick can open the file: no passphrase to pass on. Add a group&apos;s public key in Settings → Case bundles.</source>
        <translation>只有您勾选的团体能打开这个文件，不需要另外传递密码。团体的公钥在“设置 → 案件包”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="228"/>
        <source>No group keys yet. Add a group&apos;s public key in Settings → Case bundles, or use a passphrase below.</source>
        <translation>还没有团体公钥。请在“设置 → 案件包”中添加，或在下面使用密码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="237"/>
        <source>With a passphrase</source>
        <translation>使用密码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="249"/>
        <source>The bundle has its own passphrase, not the vault&apos;s. Give it to the recipient another way (in person, by phone), never with the file.</source>
        <translation>案件包有自己的密码，不是账本的密码。请通过其他方式（当面、电话）告诉接收方，切勿与文件一起发送。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="264"/>
        <location filename="../../ui/pages/case_tools.py" line="467"/>
        <source>Bundle passphrase</source>
        <translation>案件包密码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="265"/>
        <source>Repeat it</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="268"/>
        <source>Export…</source>
        <translation>导出…</translation>
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
        <translation>案件包包含哪些内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="280"/>
        <source>Who can open it</source>
        <translation>谁能打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="322"/>
        <source>Choose what goes into the bundle.</source>
        <translation>请选择要放进案件包的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="326"/>
        <source>Tick at least one group.</source>
        <translation>请至少勾选一个团体。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="332"/>
        <source>The bundle passphrase needs at least %1 characters.</source>
        <translation>案件包密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="340"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="381"/>
        <source>Save case bundle</source>
        <translation>保存案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="409"/>
        <source>Case bundle written: %1 (%n record(s)).</source>
        <translation>案件包已写入：%1（%n 条记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="412"/>
        <source>Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.</source>
        <translation>脱敏时未包含 %n 个无法清理的文件或函件 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="423"/>
        <source>Writing the case bundle…</source>
        <translation>正在写入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="445"/>
        <location filename="../../ui/pages/case_tools.py" line="683"/>
        <source>Import case bundle</source>
        <translation>导入案件包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="453"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="470"/>
        <source>Records already in this vault are not duplicated. If anything in the bundle is wrong, nothing is imported.</source>
        <translation>账本中已有的记录不会重复导入。案件包中只要有任何问题，就什么都不导入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="497"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="498"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="499"/>
        <source>Already present (skipped)</source>
        <translation>已存在（跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="521"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="553"/>
        <source>Sealed to a group&apos;s public key (%n recipient(s)). This vault&apos;s group keys will open it; no passphrase is needed.</source>
        <translation>已用团体公钥加密（%n 个接收方）。将用本账本的团体密钥打开，不需要密码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="563"/>
        <location filename="../../ui/pages/case_tools.py" line="675"/>
        <source>Sealed with a passphrase (older FaceLedger format).</source>
        <translation>用密码加密（FaceLedger 旧格式）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="566"/>
        <location filename="../../ui/pages/case_tools.py" line="674"/>
        <source>Sealed with a passphrase.</source>
        <translation>用密码加密。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="573"/>
        <source>Enter the bundle passphrase.</source>
        <translation>请输入案件包密码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="582"/>
        <source>Checking and importing…</source>
        <translation>正在检查并导入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="592"/>
        <source>Importing the case bundle…</source>
        <translation>正在导入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="617"/>
        <source>Imported: %n new item(s).</source>
        <translation>已导入：新增 %n 项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="618"/>
        <source>The sender redacted this bundle.</source>
        <translation>发送方已对此案件包做了脱敏处理。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="635"/>
        <source>%n conflict(s): the vault already holds a different version; yours was kept.</source>
        <translation>%n 处冲突：账本中已有不同的版本，已保留您原有的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="644"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="647"/>
        <source>%n evidence file(s) [was|were] withheld by the sender&apos;s redaction.</source>
        <translation>发送方脱敏时未包含 %n 个证据文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="657"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="666"/>
        <source>Sealed to your group key %1 (fingerprint %2).</source>
        <translation>发给您的团体密钥 %1（指纹 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="671"/>
        <source>It can also be opened by %n other key(s).</source>
        <translation>另外还有 %n 把密钥也能打开。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="711"/>
        <source>Save case dossier</source>
        <translation>保存案件材料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="713"/>
        <location filename="../../ui/pages/case_tools.py" line="750"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="730"/>
        <source>Case dossier written: %1 (%n evidence file(s) indexed).</source>
        <translation>案件材料已写入：%1（已列出 %n 个证据文件）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="736"/>
        <source>Writing the case dossier…</source>
        <translation>正在写入案件材料…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="744"/>
        <source>Save anonymised statistics (CSV)</source>
        <translation>保存匿名统计（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="746"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="748"/>
        <source>Save anonymised statistics report (PDF)</source>
        <translation>保存匿名统计报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="773"/>
        <source>Anonymised statistics written: %1 (%n record(s); no names, contacts or places).</source>
        <translation>匿名统计已写入：%1（%n 条记录；不含姓名、联系方式或地点）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="783"/>
        <source>Writing anonymised statistics…</source>
        <translation>正在写入匿名统计…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="802"/>
        <location filename="../../ui/pages/case_tools.py" line="841"/>
        <source>Write a request letter</source>
        <translation>写请求函</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="803"/>
        <source>Write a letter about the selected record</source>
        <translation>为选中的记录写一封函件</translation>
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
        <translation>导出案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="809"/>
        <source>Import case bundle…</source>
        <translation>导入案件包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="838"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="844"/>
        <source>Export dossier PDF…</source>
        <translation>导出案件材料 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="912"/>
        <source>Export anonymised…</source>
        <translation>导出匿名统计…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="914"/>
        <source>Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, place names or notes; small groups are merged.</source>
        <translation>涵盖全部当事人的数字，可以公开：不含姓名、联系方式、身份证号、住址、地点名称或备注；人数很少的类别会被合并。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="921"/>
        <source>Anonymised statistics (CSV)…</source>
        <translation>匿名统计（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/case_tools.py" line="922"/>
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
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="65"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="93"/>
        <source>YYYY-MM-DD, e.g. 2026-12-01</source>
        <translation>年-月-日，例如 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="99"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>在日历上选择日期（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="100"/>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="205"/>
        <source>Enter a date, for example 2026-12-01.</source>
        <translation>请输入日期，例如 2026-12-01。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="207"/>
        <source>“%1” is not a date FaceLedger can read. Type it as 2026-12-01, 20261201 or 2026/12/1.</source>
        <translation>无法识别“%1”这个日期。请按 2026-12-01、20261201 或 2026/12/1 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="212"/>
        <source>There is no day “%1”: check the month and the day.</source>
        <translation>没有“%1”这一天：请检查月份和日期。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="221"/>
        <source>%1 is in the future. Enter the day it happened.</source>
        <translation>%1 还没有到。请输入事情发生的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="224"/>
        <source>%1 is after %2, the latest date allowed here.</source>
        <translation>%1 晚于 %2，这里最晚只能填 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="229"/>
        <source>%1 is before %2, the earliest date allowed here.</source>
        <translation>%1 早于 %2，这里最早只能填 %2。</translation>
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
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="142"/>
        <source>FaceLedger never writes over a vault, its backups, a device or a folder. Choose another file name.</source>
        <translation>FaceLedger 从不覆盖账本文件、账本备份、设备或文件夹。请换一个文件名。</translation>
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
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="196"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="102"/>
        <source>and %n more</source>
        <translation>以及另外 %n 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="103"/>
        <source>FaceLedger: a reply is due</source>
        <translation>人脸账本：有答复到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="199"/>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="200"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="286"/>
        <source>Nothing is due this week.</source>
        <translation>本周没有需要处理的事项。</translation>
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
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="197"/>
        <source>Recipient</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="198"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_page.py" line="334"/>
        <source>%n request(s) [needs|need] action this week</source>
        <translation>本周有 %n 件请求需要处理</translation>
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
        <location filename="../../ui/errors.py" line="71"/>
        <source>A letter cannot be exported or marked sent without the sender&apos;s name and a postal address or e-mail for the reply. Add them under “From (you)” or in Settings.</source>
        <translation>没有寄件人姓名及用于答复的通讯地址或电子邮箱，信函不能导出或标记为已发出。请在“寄件人（您）”或设置中填写。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>A file with this name already exists. Choose another name, or confirm that it may be replaced.</source>
        <translation>已有同名文件。请换一个名称，或确认可以替换它。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>FaceLedger will not write there: it is the vault itself, one of its backups or logs, a folder or a device. Choose another file; nothing was written.</source>
        <translation>人脸账本不会写入该位置：它是保险库本身、其备份或日志、文件夹或设备。请选择其他文件；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>This date cannot be right (it is not a real day, or outside the possible range). Type it again; nothing was changed.</source>
        <translation>这个日期不可能正确（不是真实存在的日期，或超出可能的范围）。请重新输入；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>This file cannot be attached as evidence (it is empty, too large, a folder or unreadable). Nothing was attached.</source>
        <translation>此文件不能作为证据附上（文件为空、过大、是文件夹或无法读取）。未附上任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>A letter needs the date, the kind of place, the place and who collected the face. Answer the marked question first.</source>
        <translation>函件需要日期、场所类型、场所名称和采集人脸的一方。请先回答标出的问题。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>A file FaceLedger needs is missing from this installation. Reinstall FaceLedger; nothing was changed.</source>
        <translation>此安装缺少人脸账本所需的文件。请重新安装人脸账本；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>This is not a group&apos;s public key that FaceLedger can use (it starts with age1).</source>
        <translation>这不是人脸账本能使用的团体公钥（公钥以 age1 开头）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Some answers are not valid. Check the marked field.</source>
        <translation>有些回答不符合要求。请检查标出的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>This input is not valid. Check the marked field.</source>
        <translation>输入内容不符合要求。请检查标出的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>This item no longer exists.</source>
        <translation>这一项已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>A citation names an article the rule library does not have; nothing was written.</source>
        <translation>引用的条文不在法规库中；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>There is no official text of this article to quote; it can only be cited.</source>
        <translation>这一条没有可供引述的官方文本，只能按条号引用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="128"/>
        <source>The rule library could not be loaded.</source>
        <translation>无法载入法规库。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>The letter cannot be written with these choices.</source>
        <translation>按这些选项无法生成函件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>This status change is not possible at this point.</source>
        <translation>目前不能改成这个状态。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>The official holiday calendar does not cover this year yet; no due date was guessed.</source>
        <translation>官方节假日安排尚未覆盖这一年；没有推测截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>Wrong bundle passphrase. Ask the sender for it; nothing was imported.</source>
        <translation>案件包密码不对。请向发送者索取；没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="145"/>
        <source>The case bundle was altered or damaged after it was made. Nothing was imported; ask the sender to send it again.</source>
        <translation>案件包在生成后被改动或已损坏。没有导入任何内容；请让发送者重新发送。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>The case bundle is larger than FaceLedger accepts. Nothing was changed.</source>
        <translation>案件包超过了人脸账本接受的大小。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The case bundle opened but its contents are not valid. Nothing was imported.</source>
        <translation>案件包可以打开，但内容不符合要求。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>This case bundle, or a newer one of the same case, was already imported. Nothing was changed.</source>
        <translation>这个案件包，或同一案件更新的案件包，已经导入过。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>This case bundle is sealed to another group&apos;s key; none of this vault&apos;s group keys opens it. Nothing was imported.</source>
        <translation>这个案件包是发给其他团体的密钥的，本账本的团体密钥都打不开它。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>The case bundle was refused.</source>
        <translation>案件包被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>The update server could not be reached or did not answer properly. The rules in use stay in use.</source>
        <translation>无法连接更新服务器，或服务器没有正确回应。继续使用当前的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="187"/>
        <source>The update pack was refused: it is not signed by a trusted key or its files do not match. The rules in use stay in use.</source>
        <translation>更新包被拒绝：它没有受信任密钥的签名，或文件不一致。继续使用当前的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>The server offers rules that are not newer than the ones in use; refused (no rollback).</source>
        <translation>服务器提供的法规不比当前使用的更新；已拒绝（不允许回退）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="202"/>
        <source>The update pack has expired or is dated in the future. Check this computer&apos;s date; the rules in use stay in use.</source>
        <translation>更新包已过期，或日期在未来。请检查这台电脑的日期；继续使用当前的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>The update was cancelled. Nothing was changed.</source>
        <translation>更新已取消。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>The update was refused; the installed rules stay in use.</source>
        <translation>更新被拒绝；继续使用已安装的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>The vault could not be used.</source>
        <translation>无法使用这个账本。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="212"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="213"/>
        <source>The file could not be read or written.</source>
        <translation>无法读取或写入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>出了点问题。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="250"/>
        <source>FaceLedger</source>
        <translation>人脸账本</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="255"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="256"/>
        <source>FaceLedger ran into an unexpected problem. Your vault was not changed by it. If it happens again, please report it with the details below (they contain no personal data).</source>
        <translation>人脸账本遇到了意外问题，您的账本没有因此改变。如果再次出现，请附上下面的详细信息报告问题（其中不含个人信息）。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="297"/>
        <source>Add to the timeline</source>
        <translation>添加到时间线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="312"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
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
        <translation>%1 还没有到：请输入事情发生的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="321"/>
        <source>%1 is before %2, the date of the last step of this request.</source>
        <translation>%1 早于本请求上一步的日期 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="325"/>
        <source>What they said, who you spoke to…</source>
        <translation>对方怎么说、与谁沟通……</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="327"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="328"/>
        <source>Attach scan or screenshot…</source>
        <translation>附上扫描件或截图…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="329"/>
        <location filename="../../ui/pages/requests_page.py" line="364"/>
        <source>No file attached</source>
        <translation>未附文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="336"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="343"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="344"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="354"/>
        <source>Attach the reply</source>
        <translation>附上对方答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="356"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>扫描件和截图 (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="357"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="124"/>
        <source>“%1” was not added: the file is empty (0 bytes).</source>
        <translation>未添加“%1”：文件为空（0 字节）。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="125"/>
        <source>“%1” was not added: it is larger than %2 MB, the limit for one file.</source>
        <translation>未添加“%1”：文件超过单个文件上限 %2 MB。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="128"/>
        <source>“%1” was not added: the file no longer exists.</source>
        <translation>未添加“%1”：文件已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="129"/>
        <source>“%1” was not added: it is a folder. Choose the files inside it.</source>
        <translation>未添加“%1”：这是一个文件夹。请选择其中的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="132"/>
        <source>“%1” was not added: it cannot be read (check that you may open it).</source>
        <translation>未添加“%1”：无法读取（请检查您是否有权打开它）。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="163"/>
        <source>%n byte(s)</source>
        <translation>%n 字节</translation>
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
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="205"/>
        <source>Photos of the gate, the sign (or where it is missing), the consent screen. Drop files here or add them.</source>
        <translation>闸机、提示牌（或本该有提示牌的位置）、同意界面的照片。把文件拖到这里，或点击添加。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="231"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="233"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="235"/>
        <source>Export a copy…</source>
        <translation>导出副本…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="237"/>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="239"/>
        <source>For an evidence list: the hash proves the file was not changed.</source>
        <translation>用于证据清单：哈希值可以证明文件没有被改动。</translation>
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
        <translation>拍摄时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="307"/>
        <source>unknown (no date in the file)</source>
        <translation>未知（文件中没有日期）</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="311"/>
        <source>Added: %1</source>
        <translation>添加时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="313"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="316"/>
        <source>The picture is too large to show safely; it is kept as it is.</source>
        <translation>图片太大，无法安全显示；文件按原样保存。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="322"/>
        <source>The picture cannot be read (damaged or incomplete).</source>
        <translation>无法读取图片（已损坏或不完整）。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="338"/>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="340"/>
        <source>Pictures and documents</source>
        <translation>图片和文档</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="342"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="352"/>
        <source>Reading files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="385"/>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="386"/>
        <source>Remove this item from the record when you save? It cannot be undone.</source>
        <translation>保存时从记录中移除这一项？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="390"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="421"/>
        <source>The picture cannot be shown.</source>
        <translation>无法显示这张图片。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="439"/>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="444"/>
        <source>A copy was saved. It is not encrypted: keep it safe.</source>
        <translation>副本已保存。副本没有加密，请妥善保管。</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="174"/>
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
        <translation>第一次采集您的人脸是什么时候？</translation>
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
        <translation>系统用您的人脸做了什么？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="203"/>
        <source>Was there a sign telling you about face recognition?</source>
        <translation>有没有提示牌告诉您这里使用人脸识别？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="204"/>
        <source>Did anyone ask you separately to agree to using your face?</source>
        <translation>有没有单独问您是否同意使用人脸？</translation>
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
        <translation>您与对方的关系是否已经结束（已搬走、会员到期、已离职）？</translation>
    </message>
    <message>
        <location filename="../../ui/facts_labels.py" line="218"/>
        <source>Did you ever agree to it, even once?</source>
        <translation>您是否曾经同意过，哪怕一次？</translation>
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
        <location filename="../../ui/widgets/grounds_panel.py" line="29"/>
        <location filename="../../ui/widgets/grounds_panel.py" line="34"/>
        <source>Your rights here</source>
        <translation>您在这里的权利</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="44"/>
        <source>Answer the questions on the left; what applies appears here.</source>
        <translation>回答左边的问题，适用的规定会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="64"/>
        <source>From these answers, no specific problem stands out yet. The general rules below still apply.</source>
        <translation>根据目前的回答，还看不出具体问题。下面的一般规定仍然适用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="90"/>
        <source>You can ask for:</source>
        <translation>您可以要求：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="98"/>
        <source>%n working day(s)</source>
        <translation>%n 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="100"/>
        <source>%n day(s)</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grounds_panel.py" line="104"/>
        <source>Reply expected within:</source>
        <translation>要求答复期限：</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="155"/>
        <location filename="../../ui/composer/composer_dialog.py" line="403"/>
        <source>Write a letter</source>
        <translation>写信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="180"/>
        <source>What you ask for</source>
        <translation>您的请求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="212"/>
        <source>To</source>
        <translation>收件方</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="217"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="192"/>
        <location filename="../../ui/composer/composer_dialog.py" line="218"/>
        <source>Reply within</source>
        <translation>答复期限</translation>
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
        <translation>投诉对象</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="230"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="231"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="234"/>
        <source>Use for all my letters (change it later in Settings)</source>
        <translation>用于我以后的所有信函（可在设置中修改）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="240"/>
        <source>Print as a blank form to fill in by hand</source>
        <translation>打印为空白表格，由本人手写填写</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="266"/>
        <source>Preparing the letter…</source>
        <translation>正在生成信函…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="274"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="275"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="276"/>
        <source>Copy e-mail text</source>
        <translation>复制邮件正文</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="277"/>
        <source>Open in mail app</source>
        <translation>用邮件程序打开</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="278"/>
        <source>Save .eml…</source>
        <translation>保存 .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="279"/>
        <source>Mark as sent…</source>
        <translation>标记为已发出…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="281"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="340"/>
        <source>The letter date %1 is before the day the record says the face collection was last seen (%2). A letter cannot report what happened after it was written: date the letter %2 or later, or correct the record&apos;s last-seen date.</source>
        <translation>信函日期 %1 早于记录中最后一次发现人脸采集的日期（%2）。信函不能陈述写信之后发生的事：请将信函日期定为 %2 或之后，或更正记录中的“最后发现日期”。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="347"/>
        <source>(the handler&apos;s name is not recorded)</source>
        <translation>（未记录处理者名称）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="359"/>
        <source>From (you) — asked once</source>
        <translation>寄件人（您）——只需填写一次</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="377"/>
        <location filename="../../ui/composer/composer_dialog.py" line="572"/>
        <source>working days</source>
        <translation>个工作日</translation>
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
        <translation>根据本记录的事实，法规建议提出此项请求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="411"/>
        <source>Follow-up to %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="416"/>
        <source>Write a follow-up letter</source>
        <translation>写跟进信函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="423"/>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="472"/>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="473"/>
        <source>a postal address or e-mail for the reply</source>
        <translation>用于答复的通讯地址或电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="475"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="476"/>
        <source>This letter cannot be exported or marked sent without %1: fill them in under “From (you)”.</source>
        <translation>缺少%1，此信函不能导出或标记为已发出：请在“寄件人（您）”中填写。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="508"/>
        <source>Choose at least one request.</source>
        <translation>请至少选择一项请求。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="566"/>
        <source>no reply period in this letter</source>
        <translation>本函未设答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="576"/>
        <source>Reference: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="578"/>
        <source>Fill in by hand before sending: %1</source>
        <translation>发出前请手工填写：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="579"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="607"/>
        <source>Export the letter as PDF</source>
        <translation>将信函导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="609"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="622"/>
        <source>Save as e-mail (.eml)</source>
        <translation>保存为邮件 (.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="624"/>
        <source>E-mail message (*.eml)</source>
        <translation>邮件文件 (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="637"/>
        <source>The letter is still being updated. Try again in a moment.</source>
        <translation>信函仍在更新，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="702"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="711"/>
        <source>The e-mail text is copied. The clipboard is cleared after a while.</source>
        <translation>邮件正文已复制。剪贴板稍后会自动清空。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="724"/>
        <source>[The letter is longer than a mail link can carry: paste the copied text here.]</source>
        <translation>【信函太长，邮件链接放不下：请在此粘贴已复制的正文。】</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="744"/>
        <source>No mail app answered. Copy the e-mail text or save an .eml file.</source>
        <translation>没有邮件程序响应。请复制邮件正文，或保存为 .eml 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/composer_dialog.py" line="820"/>
        <source>Kept as sent. You will find it under Requests with its due date.</source>
        <translation>已按原样保存为已发出。可在“请求”中查看其答复期限。</translation>
    </message>
</context>
<context>
    <name>LocationField</name>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="51"/>
        <source>Choose the place</source>
        <translation>选择地点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="54"/>
        <source>Name, pinyin or code, e.g. 朝阳 or 110105</source>
        <translation>名称、拼音或代码，例如 朝阳 或 110105</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="56"/>
        <source>Search places</source>
        <translation>搜索地点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="58"/>
        <source>Places found</source>
        <translation>找到的地点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="103"/>
        <location filename="../../ui/widgets/location_field.py" line="107"/>
        <source>Place on the map</source>
        <translation>地图上的位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="115"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="116"/>
        <source>Choose the city or district yourself</source>
        <translation>由您自己选择城市或区县</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="118"/>
        <source>Read it from the city and address</source>
        <translation>按城市和地址自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="120"/>
        <source>Use a photo&apos;s position…</source>
        <translation>使用照片中的位置…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="122"/>
        <source>Only with your agreement; the position never leaves this vault</source>
        <translation>须经您同意；该位置不会离开本账本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="127"/>
        <source>Remove the precise position</source>
        <translation>删除精确位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="210"/>
        <source>your choice, saved with the record</source>
        <translation>您的选择，保存记录时生效</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="213"/>
        <source>your correction</source>
        <translation>您的更正</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="216"/>
        <source>read from the city and address</source>
        <translation>根据城市和地址识别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="223"/>
        <source>Not recognised: the record is not on the map. Choose the place.</source>
        <translation>未能识别：这条记录不在地图上。请选择地点。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="228"/>
        <source>Or did you mean: %1</source>
        <translation>您是不是指：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="236"/>
        <source>A photo&apos;s precise position is kept in this vault with your agreement (%1). It is never exported.</source>
        <translation>经您同意（%1），照片的精确位置保存在本账本中，永不导出。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="280"/>
        <source>None of this record&apos;s saved photos has a GPS position.</source>
        <translation>这条记录已保存的照片都没有 GPS 位置。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="287"/>
        <source>Keep the photo&apos;s position?</source>
        <translation>保存照片中的位置？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/location_field.py" line="288"/>
        <source>The photo “%1” records where it was taken. FaceLedger can keep this precise position in your encrypted vault to suggest the district. It is never put in case bundles, statistics or map exports, and you can remove it at any time. Keep it?</source>
        <translation>照片“%1”记录了拍摄地点。人脸账本可以把这个精确位置保存在您加密的账本中，用来建议所在区县。它永远不会放进案件包、统计或导出的地图，您可以随时删除。要保存吗？</translation>
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
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Letters you send about your records will be listed here, with their status and replies. This part of FaceLedger is not finished in this version.</source>
        <translation>您就记录寄出的函件会列在这里，附带状态和答复。本版本中这一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Replies that are due or overdue will be shown here, counted in working days. This part of FaceLedger is not finished in this version.</source>
        <translation>到期或逾期未答复的请求会显示在这里，按工作日计算。本版本中这一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Rules</source>
        <translation>法规</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Charts of your records and of how handlers answer will be shown here. This part of FaceLedger is not finished in this version.</source>
        <translation>您的记录和处理者答复情况的图表会显示在这里。本版本中这一部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Loc&amp;k</source>
        <translation>锁定(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即锁定账本（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>FaceLedger</source>
        <translation>人脸账本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>This is the latest backup. Unlock it with the passphrase the vault had when the backup was made. The damaged file is left as it is.</source>
        <translation>这是最近的备份。请用备份当时账本的密码解锁。损坏的文件保持原样。</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/pages/map_page.py" line="47"/>
        <source>No request sent</source>
        <translation>未发请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="48"/>
        <source>Waiting for a reply</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="49"/>
        <source>Overdue</source>
        <translation>逾期未复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="50"/>
        <source>Complied</source>
        <translation>已按请求处理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="51"/>
        <source>Refused or partly</source>
        <translation>拒绝或部分处理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="65"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="70"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="73"/>
        <source>PNG image…</source>
        <translation>PNG 图片…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="74"/>
        <source>SVG drawing…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="75"/>
        <source>PDF document…</source>
        <translation>PDF 文件…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="86"/>
        <source>Search places, handlers, notes…</source>
        <translation>搜索场所、处理者、备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="88"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="90"/>
        <source>All kinds of places</source>
        <translation>所有场所类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="93"/>
        <source>Kind of place</source>
        <translation>场所类型</translation>
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
        <translation>有未结请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="104"/>
        <source>By city</source>
        <translation>按城市</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="105"/>
        <source>By district</source>
        <translation>按区县</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="106"/>
        <source>By province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="107"/>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="109"/>
        <source>Colour: request state</source>
        <translation>颜色：请求状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="110"/>
        <source>Colour: main ground</source>
        <translation>颜色：主要理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="111"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="123"/>
        <source>Map of the records</source>
        <translation>记录地图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="125"/>
        <source>Dots at the places of your records. Arrow keys move, plus and minus zoom, 0 fits, N and P step through the places, Enter shows the records of the selected place.</source>
        <translation>圆点表示您记录的地点。方向键移动，加号和减号缩放，0 显示全部，N 和 P 逐个选择地点，回车键显示所选地点的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="131"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="139"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="139"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="141"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="162"/>
        <source>Dots sit at the seats of cities and districts, never at a record&apos;s own position; their area grows with the number of records. No boundary lines are drawn. Scroll or press +/− to zoom, drag or use the arrow keys to move, 0 to see everything.</source>
        <translation>圆点位于城市和区县的政府驻地，而不是任何记录的实际位置；面积随记录数增大。地图不绘制任何边界线。滚动鼠标滚轮或按 +/− 缩放，拖动或用方向键移动，按 0 显示全部。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="227"/>
        <source>No specific ground</source>
        <translation>无特别理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="228"/>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="251"/>
        <source>%n record(s)</source>
        <translation>%n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="254"/>
        <source>Most often: %1</source>
        <translation>最常见：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="261"/>
        <source>No record matches these filters.</source>
        <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="263"/>
        <source>No records yet. Records appear here by the city you enter.</source>
        <translation>还没有记录。记录会按您填写的城市显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="266"/>
        <source>None of these records has a recognised place. Check their city fields.</source>
        <translation>这些记录都没有可识别的地点。请检查它们的城市栏。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="272"/>
        <source>%n record(s) on the map</source>
        <translation>地图上有 %n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="275"/>
        <source>%n record(s) without a recognised place</source>
        <translation>%n 条记录没有可识别的地点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="278"/>
        <source>checking the grounds of every record…</source>
        <translation>正在检查每条记录的理由…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="333"/>
        <source>Where faces were collected: %n record(s)</source>
        <translation>人脸信息采集地点：%n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="334"/>
        <source>Dots sit at the seats of administrative units, area proportional to the number of records; no boundary lines are drawn.</source>
        <translation>圆点位于行政区划的政府驻地，面积与记录数成正比；不绘制任何边界线。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="348"/>
        <source>faceledger-map</source>
        <translation>人脸账本-地图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="350"/>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map_page.py" line="362"/>
        <source>Map saved: %1</source>
        <translation>地图已保存：%1</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="45"/>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="77"/>
        <source>Mark as sent</source>
        <translation>标记为已发出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="47"/>
        <source>The letter %1 is kept in the vault exactly as it is now.</source>
        <translation>信函 %1 将按当前内容原样保存在账本中。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="58"/>
        <source>%1 is in the future: enter the day the letter was sent.</source>
        <translation>%1 还没有到：请输入函件寄出的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="64"/>
        <source>e.g. the EMS number on the receipt</source>
        <translation>例如邮寄凭条上的 EMS 单号</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="65"/>
        <source>Tracking number</source>
        <translation>邮件单号</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="68"/>
        <source>Optional: post office, e-mail address used…</source>
        <translation>可选：邮局、所用邮箱地址……</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="70"/>
        <source>Sent by</source>
        <translation>发出方式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="60"/>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="71"/>
        <source>Date sent</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/mark_sent_dialog.py" line="73"/>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>关闭这条消息</translation>
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
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>MissingChanges</name>
    <message>
        <location filename="../../ui/missing_changes.py" line="26"/>
        <source>This vault has %n fewer change(s) than last seen on this computer. A lost or damaged write-ahead log, or an older copy of the file, can cause this. To get them back, lock and open your latest backup; or continue with the file as it is. This warning stays until you choose.</source>
        <translation>此账本比这台电脑上次所见少了 %n 处更改。预写日志丢失或损坏，或使用了较旧的文件副本，都可能造成这种情况。如需找回，请锁定后打开您最新的备份；或按现状继续使用此文件。在您作出选择之前，此提示会一直显示。</translation>
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
        <translation>加密保存在账本中，只用于您写的函件。</translation>
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
        <location filename="../../ui/record_editor.py" line="341"/>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="343"/>
        <source>Edit record</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="363"/>
        <source>No profile</source>
        <translation>不关联身份资料</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="364"/>
        <location filename="../../ui/record_editor.py" line="367"/>
        <source>Whose record is this (for letters)</source>
        <translation>这是谁的记录（用于函件）</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="394"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="403"/>
        <source>Write a deletion or consent-withdrawal letter about this record</source>
        <translation>就这条记录写一封要求删除或撤回同意的函件</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="365"/>
        <source>Profile</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="391"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="392"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>保存记录（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="399"/>
        <source>&amp;Delete record…</source>
        <translation>删除记录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="401"/>
        <source>Write a &amp;letter…</source>
        <translation>写函件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="409"/>
        <source>&amp;Profile:</source>
        <translation>当事人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="487"/>
        <source>Enter the date and choose the kind of place to see your rights.</source>
        <translation>填写日期并选择场所类型后，即可看到您的权利。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="495"/>
        <source>Correct the marked answer to see your rights.</source>
        <translation>改正标出的回答后即可看到您的权利。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="513"/>
        <source>Enter the date it happened.</source>
        <translation>请填写发生的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="514"/>
        <source>Choose the kind of place.</source>
        <translation>请选择场所类型。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="515"/>
        <source>Enter the place (its name or address) or who runs it.</source>
        <translation>请填写场所（名称或地址）或管理它的单位。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="517"/>
        <source>This code is not valid: check the 18 characters (the last one is a check character).</source>
        <translation>代码无效：请核对这 18 位字符（最后一位是校验码）。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="522"/>
        <source>This date cannot be before the first time.</source>
        <translation>这个日期不能早于第一次采集的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="524"/>
        <source>Enter a real date.</source>
        <translation>请输入有效的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="525"/>
        <source>This answer is not valid.</source>
        <translation>这个回答不符合要求。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="552"/>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="553"/>
        <source>This record has changes that are not saved yet. Do you want to save them?</source>
        <translation>这条记录有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="604"/>
        <source>These are the answers you had not saved when the vault locked. Save them to keep them.</source>
        <translation>这些是账本锁定时您还没有保存的回答。保存后才会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="609"/>
        <source>Files that were not saved and must be added again: %1</source>
        <translation>以下文件当时未保存，需要重新添加：%1</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="638"/>
        <source>Correct the marked date: it was not saved.</source>
        <translation>请改正标出的日期：记录尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="649"/>
        <source>Not saved yet: a record needs the date, the kind of place, and the place or who runs it.</source>
        <translation>尚未保存：一条记录至少需要日期、场所类型，以及场所或管理它的单位。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="674"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="706"/>
        <source>Save your changes first: the letter is written from the saved record.</source>
        <translation>请先保存更改：函件根据已保存的记录生成。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="721"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="722"/>
        <source>Delete this record and all its evidence from the vault? This cannot be undone. A record that letters were sent about cannot be deleted.</source>
        <translation>从账本中删除这条记录及其全部证据？此操作无法撤销。已经就其寄出函件的记录不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="727"/>
        <source>Delete</source>
        <translation>删除</translation>
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
        <translation>时间和地点</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="87"/>
        <source>e.g. 阳光花园小区 north gate</source>
        <translation>例如：阳光花园小区北门</translation>
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
        <translation>例如：某某物业服务有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="94"/>
        <source>18 characters, on their licence or website</source>
        <translation>18 位，见营业执照或官网</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="100"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="109"/>
        <source>What else you know</source>
        <translation>您还知道的情况</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="120"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="172"/>
        <source>— choose one —</source>
        <translation>— 请选择 —</translation>
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
        <translation>%1 还没有到。请输入事情发生的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="212"/>
        <source>Type the date as 2026-12-01, 20261201 or 2026/12/1, or press Alt+Down for a calendar.</source>
        <translation>可输入 2026-12-01、20261201 或 2026/12/1，或按 Alt+↓ 打开日历。</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="220"/>
        <source>%1 is before the first time (%2): the last time cannot come first.</source>
        <translation>%1 早于第一次的日期（%2）：最近一次不能早于第一次。</translation>
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
        <translation>场所</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="268"/>
        <source>Kind of place</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="269"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="270"/>
        <source>Handler</source>
        <translation>处理者</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="271"/>
        <source>What is wrong</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="292"/>
        <source>(could not be loaded)</source>
        <translation>（无法载入）</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/pages/records_page.py" line="94"/>
        <location filename="../../ui/pages/records_page.py" line="140"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="99"/>
        <source>&amp;New record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="100"/>
        <source>Add a place where your face was taken (Ctrl+N)</source>
        <translation>记下一个采集您人脸的地方（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="109"/>
        <source>Search places, handlers, notes…</source>
        <translation>搜索场所、处理者、备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="111"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="113"/>
        <source>Search places, handlers, notes… (Ctrl+F)</source>
        <translation>搜索场所、处理者、备注…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="117"/>
        <source>Kind of place</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="118"/>
        <source>All kinds of places</source>
        <translation>所有场所类型</translation>
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
        <translation>有未结请求</translation>
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
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="226"/>
        <source>%n record(s) found</source>
        <translation>找到 %n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="228"/>
        <source>%n record(s)</source>
        <translation>共 %n 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="232"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation>没有匹配的记录。试试少输入几个字，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="234"/>
        <source>No records yet.
Add the first place where your face was taken: “New record…”.</source>
        <translation>还没有记录。
点击“新建记录…”，记下第一个采集您人脸的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="298"/>
        <source>Showing the %n record(s) at %1 chosen on the map.</source>
        <translation>正在显示在地图上选择的%1的 %n 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records_page.py" line="302"/>
        <source>Show all records</source>
        <translation>显示全部记录</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="55"/>
        <source>Complied (no proof given)</source>
        <translation>已处理（未提供证明）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="56"/>
        <source>Complied, with proof</source>
        <translation>已处理，并提供了证明</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="57"/>
        <source>Did only part of it</source>
        <translation>只处理了一部分</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="58"/>
        <source>Refused, giving a reason</source>
        <translation>拒绝，并说明了理由</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="59"/>
        <source>Refused without a reason</source>
        <translation>拒绝，未说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="60"/>
        <source>Asked for an ID copy or more personal data</source>
        <translation>要求提供身份证复印件或更多个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="61"/>
        <source>Asked for a fee</source>
        <translation>要求收费</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="62"/>
        <source>Said deletion is technically impossible</source>
        <translation>称技术上无法删除</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="63"/>
        <source>Asked you to come in person</source>
        <translation>要求您本人到场办理</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="64"/>
        <source>Did not answer the request</source>
        <translation>答非所问，没有回应请求</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="137"/>
        <source>Record the reply</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="139"/>
        <source>Reply to %1 · %2</source>
        <translation>对 %1 的答复 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="150"/>
        <source>What does the reply say?</source>
        <translation>答复说了什么？</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="161"/>
        <location filename="../../ui/composer/reply_dialog.py" line="184"/>
        <source>Date of the reply</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="163"/>
        <source>%1 is in the future: enter the day it came.</source>
        <translation>%1 是将来的日期：请填写收到答复的那一天。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="168"/>
        <source>%1 is before %2, the date of the last step of this request.</source>
        <translation>%1 早于 %2，即此请求上一步的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="172"/>
        <source>In a few words: the reason they gave, the fee they asked for…</source>
        <translation>简要写下：对方给出的理由、要求的费用……</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="176"/>
        <source>Attach the reply…</source>
        <translation>附上答复…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="177"/>
        <location filename="../../ui/composer/reply_dialog.py" line="361"/>
        <source>No file attached</source>
        <translation>未附文件</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="185"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="186"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="203"/>
        <source>The proposed answer letter</source>
        <translation>建议的回复函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="208"/>
        <source>What it means</source>
        <translation>这意味着什么</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="209"/>
        <source>The answer letter FaceLedger proposes</source>
        <translation>人脸账本建议的回复函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="227"/>
        <source>Write the answer letter after saving</source>
        <translation>保存后生成回复函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="232"/>
        <source>Save the reply</source>
        <translation>保存答复</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="233"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="265"/>
        <source>Choose what the reply says: FaceLedger then shows what it means and the answer the law supports.</source>
        <translation>请选择答复的内容：人脸账本会说明它意味着什么，以及法律支持的回复。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="283"/>
        <source>Also record the outcome: %1</source>
        <translation>同时记录结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="304"/>
        <source>The law has no rule on this, and FaceLedger does not invent one: the answer asks for the basis in writing and cites no article.</source>
        <translation>法律对此没有规定，人脸账本不会编造规则：回复函请对方书面说明依据，不引用任何条文。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="313"/>
        <source>The answer cites:</source>
        <translation>回复函引用：</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="317"/>
        <source>No answer letter is needed for this reply.</source>
        <translation>此答复无需回复函。</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="350"/>
        <source>Attach the reply</source>
        <translation>附上答复</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="352"/>
        <source>Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)</source>
        <translation>扫描件和截图 (*.png *.jpg *.jpeg *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/reply_dialog.py" line="354"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="438"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="455"/>
        <source>Letters of this case, step by step</source>
        <translation>本案函件（按步骤）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="458"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="459"/>
        <location filename="../../ui/pages/requests_page.py" line="475"/>
        <source>Reference</source>
        <translation>编号</translation>
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
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="462"/>
        <source>Due / answer</source>
        <translation>期限 / 答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="473"/>
        <source>Letter date</source>
        <translation>信函日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="474"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="480"/>
        <source>Open letter</source>
        <translation>打开信函</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="481"/>
        <location filename="../../ui/pages/requests_page.py" line="741"/>
        <source>Export letter as sent…</source>
        <translation>按发出原样导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="488"/>
        <source>Write reminder letter…</source>
        <translation>写催告函…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="489"/>
        <source>Write complaint letter…</source>
        <translation>写投诉信…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="490"/>
        <source>Add reply…</source>
        <translation>添加答复…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="491"/>
        <source>Set outcome…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="492"/>
        <source>Delivered…</source>
        <translation>已送达…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="493"/>
        <source>Complaint filed…</source>
        <translation>已投诉…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="494"/>
        <source>Close request</source>
        <translation>结束请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="495"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="497"/>
        <source>Answer letter…</source>
        <translation>回复函…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="532"/>
        <source>Steps of this case</source>
        <translation>本案各步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="687"/>
        <source> — %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="954"/>
        <source>The due date %1 is an estimate: an update pack with that year&apos;s official holiday schedule makes it exact.</source>
        <translation>答复期限 %1 为估算：安装载有该年度官方节假日安排的更新包后即为准确日期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="432"/>
        <location filename="../../ui/pages/requests_page.py" line="534"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="470"/>
        <location filename="../../ui/pages/requests_page.py" line="536"/>
        <source>Letters as sent</source>
        <translation>已发出的信函（原样）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="587"/>
        <source>Choose a request to see its timeline.</source>
        <translation>选择一项请求以查看其时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="601"/>
        <source>, tracking number %1</source>
        <translation>，单号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="604"/>
        <source>Asked for: %1
Status: %2
Sent: %3 by %4%5</source>
        <translation>请求事项：%1
状态：%2
发出：%3，方式：%4%5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="618"/>
        <source>%1 answered on %2.</source>
        <translation>%1已于%2得到答复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="622"/>
        <source>No due date yet (not sent).</source>
        <translation>尚无答复期限（未发出）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="625"/>
        <source>The due date cannot be computed yet: the official holiday calendar for that year is not installed. Nothing was guessed.</source>
        <translation>暂时无法计算答复期限：尚未安装该年度的官方节假日安排。本软件不作推测。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="633"/>
        <source>Follow up with %3 on: %1 (%2); no law sets this date.</source>
        <translation>请于%1向%3跟进（%2）；此日期并非法律规定。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="635"/>
        <source>%3 must decide by: %1 (%2)</source>
        <translation>%3应于%1前决定是否受理（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="637"/>
        <source>Reply to the reminder due: %1 (%2)</source>
        <translation>催告函答复期限：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="639"/>
        <source>Reply due: %1 (%2)</source>
        <translation>答复期限：%1（%2）</translation>
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
        <translation>尚未发出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="656"/>
        <source>answered %1</source>
        <translation>%1已答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="661"/>
        <source>(follow-up, not statutory)</source>
        <translation>（跟进日期，非法定期限）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="736"/>
        <source>Letter %1 as sent</source>
        <translation>信函%1（发出原样）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="758"/>
        <source>Export the letter as sent</source>
        <translation>按发出原样导出信函</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="759"/>
        <location filename="../../ui/pages/requests_page.py" line="832"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="769"/>
        <location filename="../../ui/pages/requests_page.py" line="849"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="831"/>
        <source>Save the answer letter</source>
        <translation>保存回复函</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="860"/>
        <source>Set the outcome</source>
        <translation>记录处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="924"/>
        <source>Send the letter, then mark it sent.</source>
        <translation>发出信函后，请标记为已发出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="925"/>
        <source>Waiting for the reply, due %1.</source>
        <translation>等待答复，期限为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="927"/>
        <source>Record the reply (attach it) or the outcome when it comes.</source>
        <translation>收到答复后请记录（附上答复）或记录处理结果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="929"/>
        <source>Record the delivery date if you know it (postal tracking, read receipt).</source>
        <translation>如知道送达日期，请记录（邮件查询、已读回执）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="931"/>
        <source>The reply was due on %1: a reminder letter can be written.</source>
        <translation>答复期限 %1 已过：可以写催告函。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="934"/>
        <source>Reminder sent; a complaint is suggested after %1.</source>
        <translation>已发催告函；建议在 %1 之后投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="936"/>
        <source>No reply 30 days after sending: a complaint letter can be written.</source>
        <translation>发函 30 日后仍未答复：可以写投诉信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="938"/>
        <source>The statutory period ended on %1 without a reply: a complaint can be written.</source>
        <translation>法定期限已于 %1 届满且未获答复：可以写投诉信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="942"/>
        <source>The handler refused: a complaint letter can be written from the timeline.</source>
        <translation>对方已拒绝：可以根据时间线写投诉信。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="944"/>
        <source>Only partly complied: remind them of the rest, or complain.</source>
        <translation>对方仅部分照办：可催告其余部分，或投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="946"/>
        <source>Record what the reply means: complied, partly complied or refused.</source>
        <translation>请记录答复的结果：已照办、部分照办或拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="948"/>
        <source>Complied. Close the request when you are done.</source>
        <translation>对方已照办。处理完毕后可结束此请求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="950"/>
        <source>Complaint filed: record the answer when it comes.</source>
        <translation>已投诉：收到答复后请记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="952"/>
        <source>The due date is unknown until the holiday calendar is updated.</source>
        <translation>节假日安排更新之前，答复期限无法确定。</translation>
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
        <translation>删除人脸信息</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="22"/>
        <source>Offer another way in</source>
        <translation>提供其他验证方式</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="23"/>
        <source>Access and copy</source>
        <translation>查阅、复制</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="24"/>
        <source>Explain the processing</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="25"/>
        <source>Complaint to a regulator</source>
        <translation>向监管部门投诉</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="26"/>
        <location filename="../../ui/composer/labels.py" line="59"/>
        <source>Reminder</source>
        <translation>催告函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="27"/>
        <source>Data access request (PDPO s18)</source>
        <translation>查阅资料要求（《个人资料（私隐）条例》第18条）</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="28"/>
        <source>Erasure (PDPO s26, DPP2)</source>
        <translation>删除资料（第26条、保障资料第2原则）</translation>
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
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="41"/>
        <location filename="../../ui/composer/labels.py" line="69"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="42"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="43"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="44"/>
        <source>Complied</source>
        <translation>已照办</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="45"/>
        <source>Partly complied</source>
        <translation>部分照办</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="46"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="47"/>
        <location filename="../../ui/composer/labels.py" line="75"/>
        <source>Complaint filed</source>
        <translation>已投诉</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="48"/>
        <location filename="../../ui/composer/labels.py" line="76"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="50"/>
        <source>Follow up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="58"/>
        <source>Request</source>
        <translation>请求函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="60"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="61"/>
        <source>Police report</source>
        <translation>报案材料</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="68"/>
        <source>Letter sent</source>
        <translation>信函已发出</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="70"/>
        <source>Reply received</source>
        <translation>收到答复</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="71"/>
        <source>Outcome: complied</source>
        <translation>结果：已照办</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="72"/>
        <source>Outcome: partly complied</source>
        <translation>结果：部分照办</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="73"/>
        <source>Outcome: refused</source>
        <translation>结果：拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="74"/>
        <source>Reminder sent</source>
        <translation>已发催告函</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="77"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="84"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="85"/>
        <source>Registered mail</source>
        <translation>挂号信／EMS</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="86"/>
        <source>In person</source>
        <translation>当面递交</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="87"/>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="88"/>
        <source>In the app</source>
        <translation>应用内</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="89"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="96"/>
        <source>Residential compound</source>
        <translation>住宅小区</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="97"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="98"/>
        <source>Shopping mall</source>
        <translation>商场</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="99"/>
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="100"/>
        <source>Property sales office</source>
        <translation>售楼处</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="101"/>
        <source>Gym or sports venue</source>
        <translation>健身房或体育场馆</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="102"/>
        <source>School or campus</source>
        <translation>学校或校园</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="103"/>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="104"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="105"/>
        <source>Station or airport</source>
        <translation>车站或机场</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="106"/>
        <source>Tourist site</source>
        <translation>景区</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="107"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="108"/>
        <source>Government service</source>
        <translation>政务服务</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="109"/>
        <source>Entertainment venue</source>
        <translation>娱乐场所</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="110"/>
        <source>Mobile app</source>
        <translation>手机应用</translation>
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
        <translation>您的联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="130"/>
        <source>your postal address</source>
        <translation>您的通讯地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="131"/>
        <source>the handler&apos;s full legal name</source>
        <translation>处理者的法定全称</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="132"/>
        <source>the handler&apos;s address</source>
        <translation>处理者的地址</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="133"/>
        <source>the authority that takes the complaint</source>
        <translation>受理投诉的部门</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="135"/>
        <source>a detail marked 【…】 in the letter</source>
        <translation>函件中标有【…】的内容</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="166"/>
        <source>No due date</source>
        <translation>无答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/composer/labels.py" line="168"/>
        <source>Not awaiting a reply</source>
        <translation>无需等待答复</translation>
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
        <translation>还剩 %n 天</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="221"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="222"/>
        <source>Step</source>
        <translation>步骤</translation>
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
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="225"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="226"/>
        <source>Sent</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="227"/>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="228"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="240"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="251"/>
        <source>(handler not named)</source>
        <translation>（未记录处理者）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="970"/>
        <source>All requests</source>
        <translation>全部请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="971"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="998"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="999"/>
        <source>Due date</source>
        <translation>按答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1000"/>
        <source>Date sent</source>
        <translation>按发出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1002"/>
        <source>Export due dates (.ics)…</source>
        <translation>导出答复期限 (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1003"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1006"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1008"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1135"/>
        <source>%n request(s)</source>
        <translation>共 %n 件请求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1183"/>
        <source>Export due dates</source>
        <translation>导出答复期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1185"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1199"/>
        <source>%n due date(s) exported to the calendar file.</source>
        <translation>已将 %n 个答复期限导出到日历文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests_page.py" line="1204"/>
        <source>Exporting due dates…</source>
        <translation>正在导出答复期限…</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="38"/>
        <source>checked against the official text</source>
        <translation>已与官方文本核对</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="39"/>
        <source>from a secondary source; check before relying on it</source>
        <translation>来自二手来源；使用前请核实</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="40"/>
        <source>not verified</source>
        <translation>未经核实</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="49"/>
        <source>Rules</source>
        <translation>法规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="62"/>
        <source>Search the rules, e.g. 单独同意 or consent</source>
        <translation>搜索法规，例如：单独同意</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="64"/>
        <source>Search the rules</source>
        <translation>搜索规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="70"/>
        <source>Laws and articles</source>
        <translation>法律与条文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="74"/>
        <source>Article text</source>
        <translation>条文原文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="104"/>
        <source>Rule library %1, as of %2</source>
        <translation>法规库 %1，截至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="110"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="213"/>
        <source>Issued by: %1</source>
        <translation>发布机关：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="216"/>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="220"/>
        <source>In force since: %1</source>
        <translation>施行日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="222"/>
        <source>In force for every date the app handles</source>
        <translation>适用于本软件处理的所有日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="226"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="231"/>
        <source>%n article(s) in the library.</source>
        <translation>本软件收录了其中 %n 条。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rules_page.py" line="252"/>
        <source>The official text of this article is not included in the app. It is cited by its number only; read it in the official publication.</source>
        <translation>本软件未收录这一条的官方文本，只按条号引用；请查阅官方发布的文本。</translation>
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
        <translation>寄件人（信函署名人）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="30"/>
        <source>Used in every new letter and carried by its reminders and complaints. A letter cannot be exported or marked sent without a name and a postal address or e-mail for the reply.</source>
        <translation>用于每封新信函，并沿用到其催告函和投诉信。没有姓名及用于答复的通讯地址或电子邮箱，信函不能导出或标记为已发出。</translation>
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
        <translation>保存寄件人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="44"/>
        <source>Forget</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="51"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="52"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="53"/>
        <source>Address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sender_settings.py" line="90"/>
        <source>Sender saved.</source>
        <translation>寄件人已保存。</translation>
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
        <location filename="../../ui/pages/settings_page.py" line="345"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="265"/>
        <source>Where should backups go?</source>
        <translation>备份保存到哪里？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="282"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="287"/>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并验证：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="308"/>
        <source>No profile yet.</source>
        <translation>还没有身份资料。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="341"/>
        <source>Delete profile</source>
        <translation>删除身份资料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="342"/>
        <source>Delete this profile? Its records and requests stay, without a name attached.</source>
        <translation>删除这份身份资料？相关的记录和请求会保留，只是不再关联姓名。</translation>
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
        <translation>解锁您的账本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="150"/>
        <source>Your records are encrypted in this file:</source>
        <translation>您的记录加密保存在这个文件中：</translation>
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
        <translation>新建您的账本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="209"/>
        <source>Everything you record — places, photos, letters — is kept encrypted in one file on this computer. Nothing leaves it unless you ask.</source>
        <translation>您记录的一切——场所、照片、函件——都加密保存在这台电脑上的一个文件里。除非您要求，任何内容都不会离开这台电脑。</translation>
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
        <location filename="../../ui/start_screen.py" line="251"/>
        <source>Important: if you forget this passphrase, nobody can open your vault again — not you, not us, not anyone. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>重要提示：如果忘记这个密码，任何人都无法再打开您的账本——您自己不能，我们也不能。密码无法重置。请把它写下来，放在安全的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="261"/>
        <source>I already have a vault…</source>
        <translation>我已有账本…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="263"/>
        <location filename="../../ui/start_screen.py" line="346"/>
        <source>Create vault</source>
        <translation>创建账本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="278"/>
        <source>Where should the vault file live?</source>
        <translation>账本文件保存在哪里？</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="280"/>
        <location filename="../../ui/start_screen.py" line="428"/>
        <source>FaceLedger vault</source>
        <translation>人脸账本文件</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="300"/>
        <source>Use a sentence only you know: several words, or a short line of Chinese.</source>
        <translation>用一句只有您知道的话：几个词，或一小句中文。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="303"/>
        <source>Weak: easy to guess. Make it longer.</source>
        <translation>弱：容易被猜到。请加长。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="304"/>
        <source>Fair: a few more words would make it much harder to guess.</source>
        <translation>一般：再加几个字会难猜得多。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="307"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="308"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="318"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>密码至少需要 %n 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="327"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>两次输入的密码不一致。请重新输入。</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="346"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="366"/>
        <source>FaceLedger</source>
        <translation>人脸账本</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="373"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="374"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="426"/>
        <source>Open a vault file</source>
        <translation>打开账本文件</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="430"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="456"/>
        <source>Open the latest backup</source>
        <translation>打开最近的备份</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="461"/>
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
        <location filename="../../ui/pages/statistics_page.py" line="292"/>
        <source>No records yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="321"/>
        <source>Requests by outcome</source>
        <translation>请求的处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="323"/>
        <source>No requests yet.</source>
        <translation>尚无请求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="341"/>
        <source>Median days to first reply, by handler</source>
        <translation>各处理者首次答复所需天数（中位数）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="345"/>
        <source>%n handler(s) [has|have] not answered yet</source>
        <translation>%n 个处理者尚未答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="349"/>
        <source>No replies recorded yet.</source>
        <translation>尚未记录任何答复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="360"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="377"/>
        <source>Calendar days from sending</source>
        <translation>自发函起的自然日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="388"/>
        <source>Export figures</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="390"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="402"/>
        <source>The file could not be written.</source>
        <translation>无法写入该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="404"/>
        <source>Figures exported.</source>
        <translation>统计数据已导出。</translation>
    </message>
</context>
<context>
    <name>UpdateSettings</name>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="77"/>
        <source>Rule updates</source>
        <translation>法规更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="83"/>
        <source>Off unless you turn it on. FaceLedger then contacts only the address below, and only when you press “Check now”. Packs are accepted only if signed by a trusted key and newer than the rules in use; if anything is wrong, the rules you have stay in use.</source>
        <translation>默认关闭。开启后，人脸账本只会在您按“立即检查”时联系下面这个地址。只接受由受信任密钥签名、且比正在使用的法规更新的更新包；任何一项不对，都继续使用现有法规。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="96"/>
        <source>Use signed rule updates from this address</source>
        <translation>使用来自此地址的已签名法规更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="101"/>
        <source>Update address</source>
        <translation>更新地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="102"/>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="116"/>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="118"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="136"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="137"/>
        <source>Rules in use</source>
        <translation>正在使用的法规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="138"/>
        <source>Built into the app</source>
        <translation>应用内置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="139"/>
        <source>Installed pack</source>
        <translation>已安装的更新包</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="140"/>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="141"/>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="143"/>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="169"/>
        <source>This address cannot be used. It must start with https:// and name a server.</source>
        <translation>无法使用此地址。地址必须以 https:// 开头并包含服务器名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="193"/>
        <source>Enter the https:// address of the update server first.</source>
        <translation>请先输入更新服务器的 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="225"/>
        <source>%1 (from an update pack)</source>
        <translation>%1（来自更新包）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="229"/>
        <source>%1 (built into the app)</source>
        <translation>%1（应用内置）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="234"/>
        <source>%1, installed %2</source>
        <translation>%1，安装于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="239"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="245"/>
        <source>The installed pack is not used (it failed a check); the rules built into the app are used.</source>
        <translation>已安装的更新包未被使用（未通过检查），正在使用应用内置的法规。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="256"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="258"/>
        <source>refused or failed</source>
        <translation>被拒绝或失败</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="262"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="267"/>
        <source>Turn updates on first.</source>
        <translation>请先开启更新。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="294"/>
        <source>Checking for a newer rule pack…</source>
        <translation>正在检查是否有更新的法规包…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="303"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="313"/>
        <source>Version %1 is available from %2, signed by %3 (key %4). It passed every check.</source>
        <translation>%2 提供了版本 %1，由 %3 签名（密钥 %4），已通过全部检查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="326"/>
        <source>Up to date: version %1 is in use.</source>
        <translation>已是最新：正在使用版本 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="338"/>
        <source>Cancelled. Nothing was changed; the rules in use stay in use.</source>
        <translation>已取消。没有任何更改，继续使用现有法规。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="351"/>
        <source>Installing version %1…</source>
        <translation>正在安装版本 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/update_settings.py" line="379"/>
        <source>Version %1 is installed and in use.</source>
        <translation>版本 %1 已安装并正在使用。</translation>
    </message>
</context>
</TS>
