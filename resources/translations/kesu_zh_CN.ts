<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="140"/>
        <location filename="../../ui/app.py" line="183"/>
        <source>KeSu Desktop cannot start</source>
        <translation>科素填报无法启动</translation>
    </message>
</context>
<context>
    <name>Bin</name>
    <message>
        <location filename="../../ui/records/bin.py" line="36"/>
        <source>Bin: deleted activities</source>
        <translation>回收站：已删除的科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/records/bin.py" line="38"/>
        <source>Bin: deleted trainings</source>
        <translation>回收站：已删除的培训</translation>
    </message>
    <message>
        <location filename="../../ui/records/bin.py" line="51"/>
        <source>Deleted records are kept here. Enter or “Restore” puts the selected one back.</source>
        <translation>删除的记录保存在这里。按 Enter 或点击“恢复”可把选中的记录放回列表。</translation>
    </message>
    <message>
        <location filename="../../ui/records/bin.py" line="57"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/records/bin.py" line="58"/>
        <source>&amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/records/bin.py" line="59"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/records/bin.py" line="84"/>
        <source>The bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/records/bin.py" line="110"/>
        <source>“{title}” is back in the list.</source>
        <translation>“{title}”已放回列表。</translation>
    </message>
</context>
<context>
    <name>Bulletins</name>
    <message>
        <location filename="../../ui/bulletins/actions.py" line="22"/>
        <source>Import the county&apos;s &amp;bulletin…</source>
        <translation>导入县回执(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/actions.py" line="31"/>
        <source>&amp;Undo the last county bulletin…</source>
        <translation>撤销最近导入的县回执(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="36"/>
        <source>County bulletins (*{suffix})</source>
        <translation>县回执 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="38"/>
        <source>The county&apos;s bulletin of {issued} is applied. The county lists {receipts} of our returns as received and {send_backs} as sent back for correction.</source>
        <translation>已导入县里 {issued} 的回执：县里登记收到本单位月报 {receipts} 份，退回更正 {send_backs} 份。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="43"/>
        <source>The county&apos;s bulletin of {issued} is applied already; nothing changed.</source>
        <translation>县里 {issued} 的回执已经导入过，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="44"/>
        <source>The bulletin of {issued} is older than the one applied; it was left alone and nothing changed.</source>
        <translation>{issued} 的回执比已导入的回执旧，已忽略，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="90"/>
        <location filename="../../ui/bulletins/importing.py" line="108"/>
        <source>Import the county&apos;s bulletin</source>
        <translation>导入县回执</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="74"/>
        <location filename="../../ui/bulletins/importing.py" line="130"/>
        <source>Bulletin not applied</source>
        <translation>回执未导入</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="78"/>
        <location filename="../../ui/bulletins/importing.py" line="124"/>
        <source>County bulletin</source>
        <translation>县回执</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="91"/>
        <source>The county&apos;s bulletin {file} is on the stick. Import it?</source>
        <translation>U盘上有县回执 {file}。导入它吗？</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="96"/>
        <source>&amp;Import it</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="97"/>
        <source>Choose &amp;another file…</source>
        <translation>选择其他文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="118"/>
        <source>The county&apos;s bulletin also updates the lists KeSu offers, as the county keeps them:

{changes}

Records already entered keep what they have. Apply the bulletin?</source>
        <translation>县回执还按县里的版本更新了本程序的选项清单：

{changes}

已录入的记录保持不变。导入这份回执吗？</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="149"/>
        <source>The county&apos;s key {fingerprint} is kept now: only bulletins it signs are taken.</source>
        <translation>已保存县里的密钥 {fingerprint}：今后只接受用此密钥签发的回执。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="155"/>
        <source>On the Returns page, reopen each month sent back, correct it and export it again.</source>
        <translation>请在“月报”页重新打开每个被退回的月份，更正后重新导出报送。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="161"/>
        <source>Notice from the county: {notice}</source>
        <translation>县里的通知：{notice}</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="172"/>
        <source>Undo the county bulletin</source>
        <translation>撤销县回执</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="173"/>
        <source>Undo the county&apos;s bulletin of {issued}? The Returns page and the Overview then show what the bulletin before it said, or nothing if it was the first. The county&apos;s key stays kept.</source>
        <translation>撤销县里 {issued} 的回执吗？撤销后“月报”页和“概览”显示上一份回执的内容；如这是第一份，则不显示。县里的密钥仍然保留。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="188"/>
        <source>Nothing undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="190"/>
        <source>Undid the county&apos;s bulletin of {issued}.</source>
        <translation>已撤销县里 {issued} 的回执。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="194"/>
        <source>No bulletin from the county is applied now.</source>
        <translation>现在没有已导入的县回执。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="196"/>
        <source>The bulletin of {issued} is shown again.</source>
        <translation>现在显示 {issued} 的回执。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/importing.py" line="199"/>
        <source>County bulletin undone</source>
        <translation>县回执已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/key_dialog.py" line="28"/>
        <source>The county&apos;s key</source>
        <translation>县里的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/key_dialog.py" line="30"/>
        <source>First bulletin from {county}</source>
        <translation>{county}的第一份回执</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/key_dialog.py" line="34"/>
        <source>This is the first bulletin from the county. Compare the key fingerprint below with the one the county office gave you, on paper or by phone. Accept only if every character agrees: from then on, only bulletins signed with this key are taken.</source>
        <translation>这是县里的第一份回执。请把下面的密钥指纹与县科协办公室书面或电话告知的指纹逐字核对，完全一致才接受：此后只接受用这个密钥签发的回执。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/key_dialog.py" line="46"/>
        <location filename="../../ui/county/bulletin_dialog.py" line="127"/>
        <source>Fingerprint of the county&apos;s key</source>
        <translation>县里密钥的指纹</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/key_dialog.py" line="48"/>
        <source>The fingerprints &amp;agree — accept</source>
        <translation>指纹一致，接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/shares_box.py" line="41"/>
        <source>Targets the county set for us (分解任务)</source>
        <translation>县里分解给本单位的任务</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/shares_box.py" line="44"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/shares_box.py" line="45"/>
        <source>Our share</source>
        <translation>本单位任务</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/shares_box.py" line="46"/>
        <source>Done so far (county&apos;s count)</source>
        <translation>已完成（县里统计）</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/shares_box.py" line="73"/>
        <source>{plan}; as the county counted in its bulletin of {issued}.</source>
        <translation>{plan}；按县里 {issued} 回执中的统计。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="16"/>
        <source>received {date} (on time)</source>
        <translation>{date} 已收到（按时）</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="17"/>
        <source>received {date} (late)</source>
        <translation>{date} 已收到（逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="29"/>
        <location filename="../../ui/bulletins/texts.py" line="48"/>
        <source>sent back: {reason}</source>
        <translation>已退回：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="31"/>
        <source>received {date}</source>
        <translation>{date} 已收到</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="34"/>
        <source>{text} (version {version})</source>
        <translation>{text}（第{version}版）</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="43"/>
        <source>Received by the county {time}: version {version}, fingerprint {fingerprint}</source>
        <translation>县里 {time} 收到：第{version}版，指纹 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="51"/>
        <source>The county holds another file of this version than the one exported here (fingerprint {ours}); call the county office.</source>
        <translation>县里收到的这一版与本机导出的文件不同（本机指纹 {ours}）；请与县科协办公室联系。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="63"/>
        <source>No bulletin from the county has been imported yet (File ▸ Import the county&apos;s bulletin…); the County column fills in once one is.</source>
        <translation>尚未导入县回执（文件 ▸ 导入县回执…）；导入后“县里”一栏显示县里的登记情况。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="68"/>
        <source>The County column comes from the bulletin of {issued} by {county}.</source>
        <translation>“县里”一栏来自{county} {issued} 的回执。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="73"/>
        <source>Notice: {notice}</source>
        <translation>通知：{notice}</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="78"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="79"/>
        <source>activity form</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="80"/>
        <source>training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="81"/>
        <source>campaign</source>
        <translation>主题活动</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="82"/>
        <source>key project</source>
        <translation>重点工程</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="83"/>
        <source>plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="86"/>
        <source>new {table}: {name}</source>
        <translation>新增{table}：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="87"/>
        <source>{table} changed: {name}</source>
        <translation>{table}有改动：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="88"/>
        <source>{table} no longer to be chosen (kept on the records that have it): {name}</source>
        <translation>{table}停用（已有的记录仍保留）：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins/texts.py" line="104"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="58"/>
        <source>The county&apos;s key fingerprint is {fingerprint}: tell the townships (on paper or by phone) so they can check it when they import their first bulletin.</source>
        <translation>县里的密钥指纹是 {fingerprint}：请书面或电话告知各单位，以便他们导入第一份回执时核对。</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="75"/>
        <location filename="../../ui/county/bulletin_dialog.py" line="234"/>
        <source>Write bulletins for the units</source>
        <translation>为各单位写回执</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="76"/>
        <source>Bulletins for the units (县回执)</source>
        <translation>各单位的县回执</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="79"/>
        <source>Each unit&apos;s bulletin tells it which returns the county received (on time or late), which were sent back and why, and its share of the targets. Put them on the stick the units take home.</source>
        <translation>每个单位的回执告诉它：县里收到了哪些月报（按时或逾期）、哪些被退回及原因、分解给它的任务。请写到各单位带回的U盘上。</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="88"/>
        <source>&amp;Folder or stick:</source>
        <translation>文件夹或U盘(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="90"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="101"/>
        <source>&amp;Units (Space ticks or unticks):</source>
        <translation>单位（空格键勾选或取消）(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="103"/>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="105"/>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="117"/>
        <source>Optional: a notice to every unit (at most {limit} characters)</source>
        <translation>可选：给每个单位的通知（最多 {limit} 字）</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="121"/>
        <source>N&amp;otice:</source>
        <translation>通知(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="123"/>
        <source>Signed with the county&apos;s key:</source>
        <translation>用县里的密钥签发：</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="130"/>
        <source>&amp;Write the bulletins</source>
        <translation>写回执(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="163"/>
        <source>Where to write the bulletins</source>
        <translation>回执写到哪里</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="172"/>
        <source>{ticked} of {total} ticked</source>
        <translation>已勾选 {ticked} / {total}</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="183"/>
        <source>The folder {folder} does not exist; insert the stick or choose another folder.</source>
        <translation>文件夹 {folder} 不存在；请插入U盘或选择别的文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="187"/>
        <source>The folder {folder} cannot be written (a locked stick?); choose another folder.</source>
        <translation>文件夹 {folder} 无法写入（U盘写保护？）；请选择别的文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="227"/>
        <source>The {count} bulletins written before are complete; write the others again.</source>
        <translation>此前写好的 {count} 份回执是完整的；其余的请重新写。</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="233"/>
        <source>Writing the bulletins…</source>
        <translation>正在写回执…</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="245"/>
        <source>Bulletins written</source>
        <translation>回执已写好</translation>
    </message>
    <message>
        <location filename="../../ui/county/bulletin_dialog.py" line="247"/>
        <source>{count} bulletins are written in {folder}.</source>
        <translation>已在 {folder} 写好 {count} 份回执。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../kesu_desktop/cli/main.py" line="54"/>
        <source>data folder (default: the per-user data folder)</source>
        <translation>数据文件夹（默认：当前用户的数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/main.py" line="57"/>
        <source>language (zh or en)</source>
        <translation>界面语言（zh 中文 或 en 英文）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/main.py" line="67"/>
        <source>KeSu Desktop: record science-popularization work and report it to the county.</source>
        <translation>科素填报：记录科普工作并向县里报送。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/main.py" line="70"/>
        <source>Without a command the desktop app starts.</source>
        <translation>不带命令时启动桌面程序。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="25"/>
        <source>set up this data folder</source>
        <translation>初始化此数据文件夹</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="87"/>
        <source>the county&apos;s bulletin (receipts and returns sent back)</source>
        <translation>县回执（收到和退回的月报）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="94"/>
        <source>the county office&apos;s inbox</source>
        <translation>县级收件（导入各单位月报）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="62"/>
        <source>check and import returns from files, folders or a stick</source>
        <translation>检查并导入文件、文件夹或U盘中的月报</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="64"/>
        <source>file or folder</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="66"/>
        <source>only say what would happen; store nothing</source>
        <translation>只列出将会怎样处理，不保存任何内容</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="72"/>
        <source>confirm the key of each unit that has none yet (compare the fingerprints first)</source>
        <translation>确认尚无密钥的单位的密钥（请先核对指纹）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="77"/>
        <source>past imports</source>
        <translation>以往的导入</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="79"/>
        <source>list past imports</source>
        <translation>列出以往的导入</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="81"/>
        <source>undo an import</source>
        <translation>撤销一次导入</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="82"/>
        <location filename="../../kesu_desktop/cli/county.py" line="86"/>
        <source>the import (its first characters do)</source>
        <translation>导入批次（输入前几位即可）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="84"/>
        <source>write an import&apos;s receipt list (xlsx and PDF)</source>
        <translation>写出一次导入的收件登记（xlsx 和 PDF）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="90"/>
        <source>the units&apos; signing keys</source>
        <translation>各单位的签名密钥</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="92"/>
        <source>list the units&apos; keys</source>
        <translation>列出各单位的密钥</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="94"/>
        <source>confirm a unit&apos;s key</source>
        <translation>确认单位的密钥</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="95"/>
        <location filename="../../kesu_desktop/cli/county.py" line="101"/>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="35"/>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="94"/>
        <location filename="../../kesu_desktop/cli/county_status.py" line="78"/>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="49"/>
        <location filename="../../kesu_desktop/cli/folder.py" line="51"/>
        <source>unit code or name</source>
        <translation>单位代码或名称</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="97"/>
        <source>the key&apos;s fingerprint (when several wait)</source>
        <translation>密钥指纹（有多个待确认时填写）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="99"/>
        <source>why the unit&apos;s key changed</source>
        <translation>单位密钥更换的原因</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="100"/>
        <source>revoke a unit&apos;s key</source>
        <translation>吊销单位的密钥</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="102"/>
        <source>why the key is revoked</source>
        <translation>吊销密钥的原因</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="106"/>
        <source>build a demo county in a new folder: every unit&apos;s demo returns, imported</source>
        <translation>在新文件夹里建演示县：导入各单位的演示月报</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="109"/>
        <source>months reported (default 12)</source>
        <translation>报送的月数（默认 12）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="165"/>
        <source>Import {id} recorded.</source>
        <translation>导入批次 {id} 已记录。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="167"/>
        <source>Nothing new: nothing was stored.</source>
        <translation>没有新内容：未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="186"/>
        <source>Import {id} was undone.</source>
        <translation>导入批次 {id} 已撤销。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="207"/>
        <source> (undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="211"/>
        <source>{files} files, {stored} stored</source>
        <translation>{files} 个文件，保存 {stored} 份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="237"/>
        <source>The key {fingerprint} of {unit} is confirmed.</source>
        <translation>{unit}的密钥 {fingerprint} 已确认。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="240"/>
        <source>The key {fingerprint} of {unit} is revoked.</source>
        <translation>{unit}的密钥 {fingerprint} 已吊销。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="274"/>
        <source>Demo county in {folder}: {units} units, {returns} returns of {first} to {last} imported, {missing} never sent, {late} received late.</source>
        <translation>演示县已建在 {folder}：{units} 个单位，导入 {first} 至 {last} 的月报 {returns} 份，{missing} 份未报，{late} 份迟报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="52"/>
        <source>name of the clerk</source>
        <translation>填报人姓名</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="53"/>
        <source>clerk&apos;s phone</source>
        <translation>填报人联系电话</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="58"/>
        <source>reporting unit or county office</source>
        <translation>填报单位（unit）或县科协办公室（county）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="60"/>
        <source>reviewer (审核人)</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="62"/>
        <source>responsible person (单位负责人)</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="68"/>
        <source>first month whose return is due (default: this month for a new folder; unchanged otherwise)</source>
        <translation>第一个需要报送月报的月份（新文件夹默认为本月；已初始化的文件夹默认不变）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="75"/>
        <source>confirm a change of unit: move the folder&apos;s records and figures to the new unit</source>
        <translation>确认更换填报单位：把本文件夹的记录和期末数转到新单位名下</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="81"/>
        <source>county office only: keep the store on this PostgreSQL server (password from KESU_DB_PASSWORD, the credential store, or asked)</source>
        <translation>仅限县科协办公室：把数据保存在这台 PostgreSQL 服务器上（密码取自 KESU_DB_PASSWORD、凭据管理器，或询问）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="95"/>
        <source>set up a new folder as a demo folder (it takes demo data and demo returns only)</source>
        <translation>把新文件夹初始化为演示文件夹（只接收演示数据和演示月报）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="31"/>
        <source>fill a demo data folder with sample records</source>
        <translation>向演示数据文件夹填充示例记录</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="100"/>
        <source>months up to this one (default 24)</source>
        <translation>截至本月的月数（默认 24）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="107"/>
        <source>unit code or name of a new demo folder (default 新城镇)</source>
        <translation>新演示文件夹的单位代码或全称（默认新城镇）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="111"/>
        <location filename="../../kesu_desktop/cli/folder.py" line="102"/>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="38"/>
        <source>check the integrity of the store</source>
        <translation>检查数据库完整性</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="37"/>
        <source>Applied the county&apos;s bulletin of {issued}: {receipts} receipts, {send_backs} returns sent back.</source>
        <translation>已导入县里 {issued} 的回执：收到 {receipts} 份，退回 {send_backs} 份。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="40"/>
        <source>This bulletin of {issued} is applied already; nothing changed.</source>
        <translation>{issued} 的这份回执已经导入过，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="41"/>
        <source>This bulletin of {issued} is older than the one applied; it was left alone.</source>
        <translation>{issued} 的这份回执比已导入的旧，已忽略。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="46"/>
        <source>Dry run, nothing changed.</source>
        <translation>试运行，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="47"/>
        <source>The county&apos;s key {fingerprint} is now pinned: only bulletins it signs are taken.</source>
        <translation>已保存县里的密钥 {fingerprint}：今后只接受它签发的回执。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="48"/>
        <source>Reference data from the county: {change} {table} {name}</source>
        <translation>县里的参考数据：{change} {table} {name}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="50"/>
        <source>adds</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="51"/>
        <source>changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="52"/>
        <source>retires (kept on the records that have it)</source>
        <translation>停用（已有的记录仍保留）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="54"/>
        <source>No bulletin from the county has been applied yet.</source>
        <translation>尚未导入县回执。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="55"/>
        <source>Undid the county&apos;s bulletin of {issued}.</source>
        <translation>已撤销县里 {issued} 的回执。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="56"/>
        <source>{period} v{version}: {state} {received_at} {fingerprint}</source>
        <translation>{period} 第{version}版：{state} {received_at} {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="58"/>
        <source>received by the county</source>
        <translation>县里已收到</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="59"/>
        <source>sent back: {reason}</source>
        <translation>已退回：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="70"/>
        <source>check and apply a bulletin</source>
        <translation>检查并导入回执</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="71"/>
        <source>the bulletin (.kesubulletin)</source>
        <translation>回执文件（.kesubulletin）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="72"/>
        <source>only say what would happen</source>
        <translation>只说明将会怎样，不作改动</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="73"/>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="80"/>
        <location filename="../../kesu_desktop/cli/county.py" line="68"/>
        <location filename="../../kesu_desktop/cli/county.py" line="80"/>
        <location filename="../../kesu_desktop/cli/county.py" line="93"/>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="51"/>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="38"/>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="51"/>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="69"/>
        <location filename="../../kesu_desktop/cli/county_status.py" line="62"/>
        <location filename="../../kesu_desktop/cli/county_store.py" line="45"/>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="28"/>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="44"/>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="56"/>
        <location filename="../../kesu_desktop/cli/figures.py" line="42"/>
        <location filename="../../kesu_desktop/cli/folder.py" line="111"/>
        <location filename="../../kesu_desktop/cli/returns.py" line="66"/>
        <location filename="../../kesu_desktop/cli/returns.py" line="71"/>
        <location filename="../../kesu_desktop/cli/returns.py" line="79"/>
        <source>print the result as JSON</source>
        <translation>以 JSON 格式输出结果</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="77"/>
        <source>pin the county&apos;s key at the first bulletin (compare its fingerprint first)</source>
        <translation>第一份回执时保存县里的密钥（请先核对指纹）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="79"/>
        <source>what the county&apos;s bulletin says</source>
        <translation>县回执的内容</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="81"/>
        <source>undo the bulletin applied last</source>
        <translation>撤销最近导入的回执</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="154"/>
        <source>Set up {folder} for {unit}.</source>
        <translation>已为{unit}初始化数据文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="176"/>
        <source>The password is kept in this computer&apos;s credential store.</source>
        <translation>密码已保存在这台电脑的凭据管理器中。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="178"/>
        <source>This computer has no credential store: the password will be asked.</source>
        <translation>这台电脑没有可用的凭据管理器：每次都会询问密码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="186"/>
        <source>{folder} now works on the county store of {unit} on {server} (set up there by {clerk}); its setup was left as it is.</source>
        <translation>{folder} 现在使用服务器 {server} 上{unit}的县级数据（由{clerk}在那里设置）；原有设置保持不变。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="208"/>
        <source>Demo data for {unit}: {activities} activities and {trainings} trainings since {first}.</source>
        <translation>{unit}演示数据：自 {first} 起共 {activities} 次科普活动、{trainings} 次培训。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="242"/>
        <source>OK: the store on the server {server} is intact (schema {schema}, guards in place, {activities} activities, {trainings} trainings); the server itself keeps its pages and foreign keys whole.</source>
        <translation>正常：服务器 {server} 上的数据完好（结构版本 {schema}，保护措施齐全，科普活动 {activities} 条，培训 {trainings} 条）；数据页和外键的完整由服务器自己保证。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="256"/>
        <source>OK: the store is intact (schema {schema}, {activities} activities, {trainings} trainings).</source>
        <translation>正常：数据库完好（结构版本 {schema}，科普活动 {activities} 条，培训 {trainings} 条）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/main.py" line="129"/>
        <location filename="../../kesu_desktop/cli/main.py" line="137"/>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/main.py" line="146"/>
        <source>Error: something unexpected went wrong; the details are in {log}.</source>
        <translation>错误：发生了意外问题，详细信息见 {log}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="45"/>
        <source>activities and trainings as an Excel workbook</source>
        <translation>以 Excel 工作簿导入导出科普活动和培训</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="49"/>
        <source>write an empty workbook to fill in</source>
        <translation>生成一个空白的填报工作簿</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="40"/>
        <source>progress toward a plan&apos;s targets</source>
        <translation>规划目标完成进度</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="42"/>
        <source>the plan (default: the one in force)</source>
        <translation>规划（默认：当前有效的规划）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="43"/>
        <source>up to this month (default: this month)</source>
        <translation>统计到该月（默认：本月）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="46"/>
        <source>the plans and their targets</source>
        <translation>规划及其目标</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="48"/>
        <source>list the plans</source>
        <translation>列出规划</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="50"/>
        <source>show a plan and its targets</source>
        <translation>显示规划及其目标</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="52"/>
        <source>write a plan to a file</source>
        <translation>把规划导出为文件</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="54"/>
        <location filename="../../kesu_desktop/cli/records.py" line="52"/>
        <location filename="../../kesu_desktop/cli/records.py" line="56"/>
        <source>file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="55"/>
        <source>read a plan from a file</source>
        <translation>从文件导入规划</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="60"/>
        <source>replace the plan of the same code (its entered figures are kept)</source>
        <translation>替换同代码的规划（已填报的数值保留）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="62"/>
        <source>a new plan from an old one</source>
        <translation>以旧规划为基础新建规划</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="65"/>
        <source>the new plan&apos;s years</source>
        <translation>新规划的起止年份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="66"/>
        <source>the new plan&apos;s name</source>
        <translation>新规划的名称</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="67"/>
        <source>its document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="69"/>
        <source>retire a plan (kept, no longer chosen)</source>
        <translation>停用规划（保留，不再默认选用）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="70"/>
        <source>bring a retired plan back</source>
        <translation>重新启用已停用的规划</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="71"/>
        <source>delete a plan that has no entered figures</source>
        <translation>删除没有填报数值的规划</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="75"/>
        <source>figures the county enters</source>
        <translation>县里填报的数值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="77"/>
        <source>enter a figure for a target</source>
        <translation>为目标填报数值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="81"/>
        <source>the figure&apos;s date</source>
        <translation>数值的截止日期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="82"/>
        <source>the survey or document it comes from</source>
        <translation>数值来源（调查或文件）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="84"/>
        <source>the figures entered</source>
        <translation>已填报的数值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="89"/>
        <source>a target split among units</source>
        <translation>目标任务分解到单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="91"/>
        <source>set a unit&apos;s share</source>
        <translation>设定单位的分解任务</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="96"/>
        <source>remove shares</source>
        <translation>删除分解任务</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="99"/>
        <source>only this unit&apos;s</source>
        <translation>只删除该单位的</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="263"/>
        <source>Plan {plan} imported: {targets} targets.</source>
        <translation>规划 {plan} 已导入：{targets} 个目标。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="264"/>
        <source>Plan {plan} made, with {targets} targets.</source>
        <translation>规划 {plan} 已建立，含 {targets} 个目标。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="265"/>
        <source>Plan {plan} retired.</source>
        <translation>规划 {plan} 已停用。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="266"/>
        <source>Plan {plan} reinstated.</source>
        <translation>规划 {plan} 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="267"/>
        <source>Plan {plan} deleted.</source>
        <translation>规划 {plan} 已删除。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="278"/>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="350"/>
        <source>Entry {id} stored.</source>
        <translation>第 {id} 条填报已保存。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="387"/>
        <source>Share of {unit}: {figure}.</source>
        <translation>{unit} 的分解任务：{figure}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="392"/>
        <source>{count} shares removed.</source>
        <translation>已删除 {count} 项分解任务。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="54"/>
        <source>write this unit&apos;s records</source>
        <translation>导出本单位的记录</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="61"/>
        <source>only records starting in this year or month (default: all)</source>
        <translation>只导出在该年或该月开始的记录（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="63"/>
        <source>read a filled-in workbook</source>
        <translation>读入填好的工作簿</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="64"/>
        <source>workbook to read</source>
        <translation>要读入的工作簿</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="66"/>
        <source>check and say what would change; store nothing</source>
        <translation>只检查并说明将有哪些变化，不保存</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="71"/>
        <source>store the valid rows even if others have errors (default: all or nothing)</source>
        <translation>即使有的行有错，也保存正确的行（默认：全部正确才保存）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="73"/>
        <source>print the report as JSON</source>
        <translation>以 JSON 格式输出报告</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="77"/>
        <source>bring in a ledger (台账) kept by hand in Excel or WPS</source>
        <translation>导入用 Excel 或 WPS 手工记的台账</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="98"/>
        <source>Wrote an empty workbook to {file}.</source>
        <translation>已生成空白工作簿 {file}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="111"/>
        <source>Wrote {activities} activities and {trainings} trainings to {file}.</source>
        <translation>已将 {activities} 条科普活动和 {trainings} 条培训写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="160"/>
        <source>Dry run, nothing stored: {added} would be added, {updated} updated, {unchanged} unchanged.</source>
        <translation>试运行，未保存：将新增 {added} 条，更新 {updated} 条，{unchanged} 条不变。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="163"/>
        <source>Dry run, nothing stored: {added} would be added, {updated} updated, {unchanged} unchanged; {errors} rows with errors would be left out.</source>
        <translation>试运行，未保存：将新增 {added} 条，更新 {updated} 条，{unchanged} 条不变；有错的 {errors} 行将不导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="168"/>
        <source>Nothing stored: {errors} rows have errors. Correct them, or import with --valid-only to store the other rows ({added} to add, {updated} to update).</source>
        <translation>未保存任何记录：有 {errors} 行有错。请改正，或加 --valid-only 只导入其余正确的行（新增 {added} 条，更新 {updated} 条）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="173"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged; {errors} rows with errors were left out.</source>
        <translation>已导入：新增 {added} 条，更新 {updated} 条，{unchanged} 条不变；有错的 {errors} 行未导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="176"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入：新增 {added} 条，更新 {updated} 条，{unchanged} 条不变。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="214"/>
        <source>{sheet}, row {row}, column {column}: {reason}</source>
        <translation>{sheet}，第 {row} 行，{column} 列：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="31"/>
        <source>not yet due</source>
        <translation>未到报送期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="32"/>
        <source>due</source>
        <translation>待报送</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="33"/>
        <source>overdue</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="34"/>
        <source>exported, version {version}</source>
        <translation>已报送，第{version}版</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="35"/>
        <source>reopened for correction</source>
        <translation>已重新打开更正</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="52"/>
        <source>the monthly return</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="47"/>
        <source>write the month&apos;s Excel and PDF and lock the month</source>
        <translation>导出该月的 Excel 和 PDF 并锁定该月</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="73"/>
        <source>period-end figures of a month</source>
        <translation>某月的期末数（队伍与阵地）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="40"/>
        <source>list the month&apos;s figures</source>
        <translation>列出该月的期末数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="38"/>
        <source>O on time   L late   M missing   Z zero report   . not due yet   - before the unit&apos;s first month   * corrected (version 2 or later)</source>
        <translation>O 按时   L 迟报   M 未报   Z 零报告   . 未到期限   - 尚未开始报送   * 已更正（第2版及以后）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="59"/>
        <source>which units have reported each month of a year</source>
        <translation>查看一年中各单位每月的报送情况</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="61"/>
        <source>the year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="64"/>
        <source>write the chase-up list of missing and late returns</source>
        <translation>生成未报、迟报月报的催报单</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="66"/>
        <location filename="../../kesu_desktop/cli/figures.py" line="41"/>
        <location filename="../../kesu_desktop/cli/figures.py" line="44"/>
        <location filename="../../kesu_desktop/cli/returns.py" line="49"/>
        <location filename="../../kesu_desktop/cli/returns.py" line="73"/>
        <source>the month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="68"/>
        <source>every month of the period&apos;s year to date</source>
        <translation>该年截至今日的所有月份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="72"/>
        <source>show or set the day of the month returns are due</source>
        <translation>查看或设置月报的报送期限</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="74"/>
        <source>due by day N (1–28)</source>
        <translation>次月第 N 日前报送（1–28）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="76"/>
        <source>show or set a unit&apos;s first month of reporting</source>
        <translation>查看或设置单位的起报月份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="80"/>
        <source>the first month</source>
        <translation>起报月份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="82"/>
        <source>go back to the month of the unit&apos;s first return</source>
        <translation>恢复为该单位第一份月报的月份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="96"/>
        <source>Rate</source>
        <translation>报送率</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="96"/>
        <source>Month&apos;s rate</source>
        <translation>当月报送率</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="97"/>
        <source>Unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="100"/>
        <source>Reporting status {year}: due by day {day} of the following month; as of {today}.</source>
        <translation>{year}年报送情况：报送期限为次月{day}日；统计至{today}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="114"/>
        <source>Reporting rate for the year: {reported} of {due} returns due ({rate}).</source>
        <translation>全年报送率：应报{due}份，已报{reported}份（{rate}）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="154"/>
        <source>Returns are due by day {day} of the following month.</source>
        <translation>月报须于次月{day}日前报送。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="158"/>
        <source>Returns are now due by day {day} of the following month.</source>
        <translation>已改为：月报须于次月{day}日前报送。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="188"/>
        <source>{unit} reports from {month} (set by {actor} on {date}).</source>
        <translation>{unit} 自 {month} 起报送（由{actor}于{date}设置）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="192"/>
        <source>{unit} reports from {month} (the month of its first return).</source>
        <translation>{unit} 自 {month} 起报送（第一份月报的月份）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_status.py" line="196"/>
        <source>{unit} has sent no return yet and no first month is set.</source>
        <translation>{unit} 尚未报送月报，也未设置起报月份。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="43"/>
        <source>store some of the month&apos;s figures</source>
        <translation>填写该月的部分期末数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="48"/>
        <source>store the figure an earlier month had for each one not filled in</source>
        <translation>对每项未填的期末数，存入之前月份的数值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="51"/>
        <source>a whole number, na, or empty</source>
        <translation>整数、na（不适用）或留空（未填）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="115"/>
        <source>not filled in</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="117"/>
        <source>({figure} in {period}; store it with --carry-over)</source>
        <translation>（{period} 为 {figure}；加 --carry-over 可沿用）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="59"/>
        <source>write a checked backup of the store</source>
        <translation>备份数据库（并校验备份）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/backup.py" line="36"/>
        <location filename="../../kesu_desktop/cli/county.py" line="88"/>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="49"/>
        <location filename="../../kesu_desktop/cli/county_status.py" line="70"/>
        <location filename="../../kesu_desktop/cli/returns.py" line="51"/>
        <source>folder to write to</source>
        <translation>写入的文件夹</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="66"/>
        <source>replace the store with a backup (saved first)</source>
        <translation>用备份替换当前数据（先保存当前数据）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/backup.py" line="39"/>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/backup.py" line="43"/>
        <source>restore a backup of another unit: this folder&apos;s data is replaced by that unit&apos;s</source>
        <translation>恢复另一个单位的备份：本文件夹的数据将被那个单位的数据替换</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/backup.py" line="77"/>
        <source>Restored {file} into {folder}; there was no data to save first.</source>
        <translation>已将 {file} 恢复到 {folder}；原先没有需要保存的数据。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/backup.py" line="79"/>
        <source>Restored {file} into {folder}; the previous data was saved to {saved}.</source>
        <translation>已将 {file} 恢复到 {folder}；原有数据已保存到 {saved}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="54"/>
        <source>files to write (default both)</source>
        <translation>要生成的文件（默认两种都生成）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="59"/>
        <source>export the current month before it is over (nothing more will be recorded for it)</source>
        <translation>在本月结束前导出本月（本月不会再登记任何内容）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="64"/>
        <source>report period-end figures not filled in as 0 (zero) or not applicable (na)</source>
        <translation>未填的期末数按 0（zero）或不适用（na）报送</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="68"/>
        <source>the year&apos;s months and their status</source>
        <translation>列出一年各月的报送状态</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="70"/>
        <source>the year (default this year)</source>
        <translation>年份（默认今年）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="72"/>
        <source>reopen a month for correction</source>
        <translation>重新打开某月以便更正</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="74"/>
        <source>why it must be corrected</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="75"/>
        <source>print the return&apos;s tables</source>
        <translation>显示报表各表内容</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="77"/>
        <source>2024-03, 2024-Q1, 2024 or PLAN-2021</source>
        <translation>2024-03、2024-Q1、2024 或 PLAN-2021</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="127"/>
        <source>Version {version}, fingerprint {fingerprint}; the month is now locked.</source>
        <translation>第{version}版，指纹 {fingerprint}；该月已锁定。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="186"/>
        <source>{period} is open for correction.</source>
        <translation>{period} 已重新打开，可以更正。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/data_folder.py" line="60"/>
        <source>Password of the data folder: </source>
        <translation>数据文件夹的密码：</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/data_folder.py" line="75"/>
        <source>The server refused that password.</source>
        <translation>服务器拒绝了这个密码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/data_folder.py" line="77"/>
        <source>Password of {user} on the database server {host}: </source>
        <translation>数据库服务器 {host} 上用户 {user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/commands.py" line="80"/>
        <source>the data folder&apos;s password and idle lock</source>
        <translation>数据文件夹的密码和空闲锁定</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="46"/>
        <source>lock the app after N minutes without input (1-240)</source>
        <translation>无操作 N 分钟后锁定程序（1-240）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="48"/>
        <source>set or change the password (the current one is asked)</source>
        <translation>设置或修改密码（需输入当前密码）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="51"/>
        <source>remove the password</source>
        <translation>取消密码</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="52"/>
        <source>set the idle time of the lock</source>
        <translation>设置无操作多久后锁定</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="57"/>
        <source>clear a forgotten password (for whoever looks after this PC; logged)</source>
        <translation>清除忘记的密码（供负责这台电脑的人使用；会记入日志）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="63"/>
        <source>this folder&apos;s unit (code or full name), to confirm which folder</source>
        <translation>此数据文件夹所属单位（代码或全称），用于确认是哪个文件夹</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="72"/>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="75"/>
        <source>Repeat new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="90"/>
        <source>Password reset: KeSu Desktop opens without one. Set a new one in Settings.</source>
        <translation>密码已重置：科素填报现在无需密码即可打开。请在“设置”中设置新密码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="107"/>
        <source>Password set; the app locks after {minutes} idle minutes.</source>
        <translation>密码已设置；无操作 {minutes} 分钟后程序将锁定。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="109"/>
        <source>The app locks after {minutes} idle minutes (when a password is set).</source>
        <translation>无操作 {minutes} 分钟后程序将锁定（设置了密码时）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="89"/>
        <location filename="../../kesu_desktop/cli/password.py" line="111"/>
        <source>This data folder has no password; nothing was changed.</source>
        <translation>此数据文件夹没有设置密码，未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="114"/>
        <source>Password removed.</source>
        <translation>密码已取消。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="26"/>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="27"/>
        <source>Participants</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="28"/>
        <source>Women</source>
        <translation>其中女性</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="29"/>
        <source>Trainings</source>
        <translation>培训次数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="30"/>
        <source>Trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="39"/>
        <source>the period: 2024-03, 2024-Q1, 2024 or PLAN-2021</source>
        <translation>统计期：2024-03、2024-Q1、2024 或 PLAN-2021</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="40"/>
        <source>break down by unit (default), group, form, kind, campaign or key_project</source>
        <translation>分组方式：unit（单位，默认）、group（重点人群）、form（活动形式）、kind（培训类别）、campaign（活动主题）或 key_project（重点工程）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="41"/>
        <source>the county&apos;s totals of a period</source>
        <translation>某一统计期的全县汇总</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="46"/>
        <source>the records inside a unit&apos;s returns of a period</source>
        <translation>某单位某一统计期报表中的记录</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="54"/>
        <source>only the records of this line (a code; empty for no campaign or key project)</source>
        <translation>只列出这一行的记录（填代码；不属于任何活动主题或重点工程的填空）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="93"/>
        <source>Nothing is held for {period}: no unit&apos;s return for it has been imported.</source>
        <translation>{period}暂无数据：尚未导入任何单位该期的报表。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="100"/>
        <source>County totals, {period}: returns of {units} units held.</source>
        <translation>全县汇总，{period}：已收到 {units} 个单位的报表。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="105"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="120"/>
        <source>Period-end figures at the end of {month}:</source>
        <translation>{month}末期末数：</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="124"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="190"/>
        <source>No records of {unit} are held for {period}.</source>
        <translation>{period}没有{unit}的记录。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="200"/>
        <source>{people} participants</source>
        <translation>参与 {people} 人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="200"/>
        <source>{people} trainees</source>
        <translation>培训 {people} 人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="37"/>
        <source>write a county report (xlsx and PDF)</source>
        <translation>写出县级报表（xlsx 和 PDF）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="39"/>
        <source>which report</source>
        <translation>哪一种报表</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="43"/>
        <source>the period: 2025-03, 2025-Q1 or 2025 (a year for the survey and the scorecard)</source>
        <translation>所属期：2025-03、2025-Q1 或 2025（科普统计和督查评分只能按年）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="46"/>
        <source>the plan evaluated (default: the one that ended last)</source>
        <translation>评估的规划（默认：最近结束的规划）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="53"/>
        <source>the county&apos;s own words in the plan&apos;s evaluation</source>
        <translation>总结评估中县里自己写的文字</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="55"/>
        <source>the plan (default: the one that ended last)</source>
        <translation>规划（默认：最近结束的规划）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="60"/>
        <source>which passage</source>
        <translation>哪一段</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="63"/>
        <source>the text (empty to remove it)</source>
        <translation>文字（留空即删除）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="64"/>
        <source>read the text from a UTF-8 file</source>
        <translation>从 UTF-8 文本文件读取文字</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="66"/>
        <source>check a county report&apos;s signature and figures</source>
        <translation>核对县级报表的签名和数字</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="68"/>
        <source>the report&apos;s .xlsx file</source>
        <translation>报表的 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="84"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>指纹：{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="103"/>
        <source>Kept with the evaluation of {plan}.</source>
        <translation>已保存到 {plan} 的总结评估中。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="126"/>
        <source>Intact: signed by the key {key}, fingerprint {fingerprint}.</source>
        <translation>完好：由密钥 {key} 签名，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="32"/>
        <source>the national survey row each activity form and training kind counts under</source>
        <translation>各活动形式和培训类别计入的全国科普统计调查栏目</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="37"/>
        <source>count a form or kind under another row</source>
        <translation>把某活动形式或培训类别改计入另一栏目</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="38"/>
        <source>count a form or kind under its default row again</source>
        <translation>把某活动形式或培训类别恢复计入默认栏目</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="42"/>
        <source>an activity form</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="43"/>
        <source>a training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="45"/>
        <source>a main row&apos;s code</source>
        <translation>主栏目的代码</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="82"/>
        <source>Activity forms:</source>
        <translation>活动形式：</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="83"/>
        <source>Training kinds:</source>
        <translation>培训类别：</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_survey.py" line="85"/>
        <source> (the county&apos;s choice)</source>
        <translation>（本县调整）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="33"/>
        <source>send a unit&apos;s return back (退回) with the reason</source>
        <translation>退回某单位的月报并写明原因</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="36"/>
        <source>the return&apos;s month</source>
        <translation>月报所属月份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="38"/>
        <source>what the unit is to correct</source>
        <translation>单位需要更正的内容</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="41"/>
        <source>write each unit&apos;s signed bulletin (县回执) for the stick</source>
        <translation>为各单位写签名的县回执，放到U盘上</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="43"/>
        <source>folder to write</source>
        <translation>写入的文件夹</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="48"/>
        <source>only this unit (code or name; repeat for more; default: every reporting unit)</source>
        <translation>只写这个单位（代码或名称；可重复；默认：所有报送单位）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="50"/>
        <source>a notice to every unit</source>
        <translation>给每个单位的通知</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="69"/>
        <source>Sent back version {version} of {unit}&apos;s return for {period}; the next bulletin says so.</source>
        <translation>已退回{unit} {period} 月报第{version}版；下一次的回执会告知该单位。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="93"/>
        <source>Wrote {count} bulletins, signed with the county&apos;s key {fingerprint}.</source>
        <translation>已写 {count} 份回执，用县里的密钥 {fingerprint} 签发。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="35"/>
        <source>{file}: {ready} ready, {approximate} approximate, {needs_fixing} to fix, {duplicate} duplicates; {skipped} total, section and notes rows passed over.</source>
        <translation>{file}：可导入 {ready} 行，约数 {approximate} 行，待修改 {needs_fixing} 行，重复 {duplicate} 行；跳过合计、分段和说明行 {skipped} 行。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="40"/>
        <source>{sheet}, row {row}: the ledger&apos;s {label} says {stated} for {field}, but its rows add up to {sum}.</source>
        <translation>{sheet}，第{row}行：台账的{label}中{field}为 {stated}，但各行相加为 {sum}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="43"/>
        <source>{sheet}, row {row} ({status}): {reason}</source>
        <translation>{sheet}，第{row}行（{status}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="44"/>
        <source>Dry run, nothing stored: {count} records would be stored.</source>
        <translation>试运行，未保存：将保存 {count} 条记录。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="45"/>
        <source>Stored {count} records from the ledger.</source>
        <translation>已从台账保存 {count} 条记录。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="46"/>
        <source>Nothing stored: {count} rows need fixing. Correct them in the ledger, or import with --skip-flagged to leave them out.</source>
        <translation>未保存任何记录：有 {count} 行待修改。请在台账中改正，或加 --skip-flagged 略过这些行。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="51"/>
        <source>Nothing stored: {count} rows have approximate figures. Check them, then import with --accept-approximate to store them as written.</source>
        <translation>未保存任何记录：有 {count} 行是约数。请核对后加 --accept-approximate 按原数保存。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="59"/>
        <source>the ledger (.xlsx or .xls)</source>
        <translation>台账文件（.xlsx 或 .xls）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="64"/>
        <source>the columns, forms and groups to use, as JSON (default: the ones saved last)</source>
        <translation>采用的列、形式和对象，JSON 格式（默认：上次保存的）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="67"/>
        <source>check and say what would be stored; store nothing</source>
        <translation>检查并说明将保存什么；不保存</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="69"/>
        <source>print every row read as JSON</source>
        <translation>以 JSON 格式输出读到的每一行</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="73"/>
        <source>leave out the rows that need fixing (default: store nothing while any does)</source>
        <translation>略过待修改的行（默认：有待修改的行时一律不保存）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="78"/>
        <source>store approximate figures (约300人) as written, noted as approximate</source>
        <translation>约数（如约300人）按原数保存，并注明为约数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="90"/>
        <source>bring in a unit&apos;s ledger (台账) for the months before it used KeSu</source>
        <translation>补录某单位使用本系统之前各月的台账</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="93"/>
        <source>the unit whose ledger it is (code or name)</source>
        <translation>台账所属单位（代码或名称）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="32"/>
        <source>move the county&apos;s store onto a PostgreSQL server, or back into the folder&apos;s file</source>
        <translation>把县级数据迁移到 PostgreSQL 服务器，或迁回文件夹自己的数据库文件</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="38"/>
        <source>an empty database on a PostgreSQL server, or sqlite for the folder&apos;s own file</source>
        <translation>PostgreSQL 服务器上的一个空数据库，或 sqlite 表示迁回文件夹自己的数据库文件</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="43"/>
        <location filename="../../kesu_desktop/cli/folder.py" line="90"/>
        <source>keep the server&apos;s password in this computer&apos;s credential store</source>
        <translation>把服务器密码保存在这台电脑的凭据管理器中</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="102"/>
        <source>Moved the store from {source} to {target}: {rows} rows in {tables} tables, each table&apos;s count and sums equal.</source>
        <translation>已把数据从 {source} 迁移到 {target}：{tables} 张表共 {rows} 行，每张表的行数和合计都一致。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="110"/>
        <source>returns held</source>
        <translation>已收月报</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="111"/>
        <source>activities</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="112"/>
        <source>participants</source>
        <translation>参加人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="113"/>
        <source>trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="114"/>
        <source>trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="121"/>
        <source>The folder&apos;s old database file is kept as {file}.</source>
        <translation>文件夹原来的数据库文件保留为 {file}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="126"/>
        <source>The database on the server was left as it is; what other clerks save there from now on is not in this folder.</source>
        <translation>服务器上的数据库保持原样；其他工作人员今后在那里保存的内容不在本文件夹中。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="139"/>
        <source>&amp;Copy image</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="141"/>
        <source>Save &amp;image…</source>
        <translation>保存图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="177"/>
        <location filename="../../ui/widgets/charts.py" line="187"/>
        <source>Save chart as image</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="179"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>ChaseList</name>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="22"/>
        <source>Chase-up list</source>
        <translation>催报单</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="24"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="25"/>
        <source>Unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="26"/>
        <source>Month</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="27"/>
        <source>State</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="28"/>
        <source>Days late</source>
        <translation>迟报天数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="29"/>
        <source>Clerk</source>
        <translation>填表人</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="30"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="31"/>
        <source>Chased on / notes</source>
        <translation>催报时间及情况</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="34"/>
        <source>Returns of {month}</source>
        <translation>所属期：{month}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="35"/>
        <source>Returns of {year} to date</source>
        <translation>所属期：{year}年（截至制表日）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="36"/>
        <source>Due by day {day} of the following month</source>
        <translation>报送期限：次月{day}日前</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="37"/>
        <source>Made on {date}</source>
        <translation>制表日期：{date}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="38"/>
        <source>Missing: {missing}; late: {late}</source>
        <translation>未报{missing}份，迟报{late}份</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="39"/>
        <source>Every return due has arrived on time: nobody to chase.</source>
        <translation>应报月报均已按时报送，无需催报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="40"/>
        <source>{year}-{month:02}-{day:02}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="41"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="42"/>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="43"/>
        <source>{title} ({office})</source>
        <translation>{title}（{office}）</translation>
    </message>
</context>
<context>
    <name>CountyInbox</name>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="24"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="25"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="26"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="27"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="28"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="29"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="30"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="31"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="32"/>
        <source>Early</source>
        <translation>提前</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="33"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="34"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="95"/>
        <source>early</source>
        <translation>提前报送</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="135"/>
        <source>No .xlsx file was found in the sources chosen.</source>
        <translation>所选来源中没有找到 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="137"/>
        <source>{status} {count}</source>
        <translation>{status} {count}</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_results.py" line="141"/>
        <source>Files: {count} — {statuses}</source>
        <translation>共 {count} 个文件：{statuses}</translation>
    </message>
    <message>
        <location filename="../../ui/county/progress.py" line="18"/>
        <source>Checking the files…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../ui/county/progress.py" line="18"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/county/progress.py" line="30"/>
        <source>Checking file {done} of {total}…</source>
        <translation>正在检查第 {done} 个文件，共 {total} 个…</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="29"/>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="30"/>
        <source>By</source>
        <translation>导入人</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="31"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="32"/>
        <source>Returns stored</source>
        <translation>收录月报数</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="33"/>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="62"/>
        <source>undone {time} by {actor}</source>
        <translation>已于 {time} 由{actor}撤销</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="106"/>
        <source>U&amp;ndo import…</source>
        <translation>撤销导入(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="108"/>
        <source>&amp;Receipt list…</source>
        <translation>收件登记(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="146"/>
        <location filename="../../ui/county/import_history.py" line="156"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="147"/>
        <source>Undo the import of {time} by {actor}?

The returns this import stored ({stored}) are removed; a version it replaced counts again. A key it confirmed waits to be confirmed again. The import stays in this list, marked undone.</source>
        <translation>撤销{actor}于 {time} 的导入吗？

这次导入收录的 {stored} 份月报将被删除；被它替换的旧版本重新生效。这次导入确认的密钥重新变为待确认。这次导入仍留在列表中，标为已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="165"/>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="178"/>
        <source>Where to write the receipt list</source>
        <translation>收件登记保存到</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="189"/>
        <source>Receipt list not written</source>
        <translation>收件登记未写入</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="194"/>
        <source>Receipt list written</source>
        <translation>收件登记已写入</translation>
    </message>
    <message>
        <location filename="../../ui/county/import_history.py" line="195"/>
        <source>The receipt list is written, to print, sign and file:
{files}</source>
        <translation>收件登记已写入，可打印、签字后存档：
{files}</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="57"/>
        <location filename="../../ui/county/inbox_page.py" line="180"/>
        <source>Import returns</source>
        <translation>导入月报</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="60"/>
        <source>Add the returns the units brought, as files, a folder or a whole USB stick, and check them: checking stores nothing. Then import the new and corrected returns.</source>
        <translation>添加各单位报送的月报（文件、文件夹或整个U盘）并检查：检查不会保存任何内容。然后导入新收和更正的月报。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="70"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="72"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="74"/>
        <source>Confirm &amp;key…</source>
        <translation>确认密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="76"/>
        <source>Compare the selected file&apos;s key with the unit&apos;s paper return and confirm it.</source>
        <translation>将所选文件的密钥与该单位的纸质月报核对并确认。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="79"/>
        <source>Write &amp;bulletins for the units…</source>
        <translation>为各单位写回执(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="81"/>
        <source>Write each unit&apos;s signed bulletin (receipts, returns sent back) for the stick.</source>
        <translation>为每个单位写一份签名的回执（收到的月报、退回的月报），放到U盘上带回。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="84"/>
        <source>Bring in a unit&apos;s l&amp;edger (台账)…</source>
        <translation>补录单位台账(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="86"/>
        <source>A unit&apos;s hand-kept ledger of the months before it used KeSu, for the evaluation (marked as a ledger&apos;s, never as a signed return).</source>
        <translation>单位使用本系统之前各月的手工台账，用于总结评估（标为台账补录，不作为签章月报）。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="127"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="134"/>
        <source>Past imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="180"/>
        <source>Check returns</source>
        <translation>检查月报</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="196"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="212"/>
        <source>Nothing is stored yet; Import will store the new and corrected returns ({count}).</source>
        <translation>尚未保存任何内容。点“导入”将收录 {count} 份新收或更正的月报。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="216"/>
        <source>Some files wait for their unit&apos;s key: select one and choose Confirm key… (Import notes the keys to confirm under Units &amp; keys).</source>
        <translation>有文件在等待确认其单位的密钥：选中文件后点“确认密钥…”（点“导入”会把待确认的密钥记入“单位与密钥”）。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="222"/>
        <source>Nothing to import: no file holds a new or corrected return.</source>
        <translation>没有可导入的内容：没有文件含新收或更正的月报。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="233"/>
        <source>Imported. Returns stored: {count}. The import is listed below.</source>
        <translation>导入完成：收录 {count} 份月报。这次导入已列在下方。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="237"/>
        <source>Nothing was stored: no file holds a new or corrected return.</source>
        <translation>未保存任何内容：没有文件含新收或更正的月报。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="240"/>
        <source>Some files ({count}) wait for their unit&apos;s key: confirm it (Confirm key…), then check and import again.</source>
        <translation>{count} 个文件在等待确认其单位的密钥：请先确认密钥（“确认密钥…”），再重新检查并导入。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="276"/>
        <source>Check the files to see what importing them would do.</source>
        <translation>点“检查”查看导入这些文件的结果。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_page.py" line="281"/>
        <source>The held returns changed: check the files again.</source>
        <translation>已收月报有变化：请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="39"/>
        <source>USB stick {name} ({path}), {free} free</source>
        <translation>U盘 {name}（{path}），剩余 {free}</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="45"/>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="49"/>
        <source>Folder: {path}</source>
        <translation>文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="57"/>
        <source>Import from a USB stick</source>
        <translation>从U盘导入</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="62"/>
        <source>&amp;Look for USB sticks again</source>
        <translation>重新查找U盘(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="69"/>
        <source>Every .xlsx file on the stick is checked; other files are skipped.</source>
        <translation>检查U盘上的每个 .xlsx 文件，其他文件跳过。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="91"/>
        <source>No USB stick found. Plug one in and look again, or add a folder instead.</source>
        <translation>没有找到U盘。请插入U盘后重新查找，或改为添加文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="110"/>
        <source>Delete takes the selected source off the list.</source>
        <translation>按 Delete 键从列表中移除所选来源。</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="112"/>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="114"/>
        <source>Add a fol&amp;der…</source>
        <translation>添加文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="116"/>
        <source>Add a &amp;USB stick…</source>
        <translation>添加U盘(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="118"/>
        <source>C&amp;lear the list</source>
        <translation>清空列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="166"/>
        <source>Choose the returns to import</source>
        <translation>选择要导入的月报</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="168"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/county/inbox_sources.py" line="177"/>
        <source>Choose a folder with returns</source>
        <translation>选择存放月报的文件夹</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="65"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="67"/>
        <source>KeSu checks its database at every start. This time it found the file damaged ({detail}), so it has not opened it and has changed nothing in it. This happens when a computer loses power while writing, or when a disk is failing.</source>
        <translation>科素填报每次启动都会检查数据库。这次发现数据库文件已损坏（{detail}），因此没有打开它，也没有对它做任何改动。电脑在写入时突然断电，或硬盘出现故障，都可能造成这种情况。</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="75"/>
        <source>The newest good backup was made on {time}:
{file}

Restoring it brings back everything saved up to then; enter again what was recorded after that. The damaged file is kept in {kept}.</source>
        <translation>最近一份完好的备份制作于 {time}：
{file}

恢复它可以找回截至那时保存的全部内容；那之后录入的内容需要重新录入。损坏的文件会保留在 {kept}。</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="81"/>
        <source>No good backup was found in the data folder. If you have a backup on a USB stick, choose it; otherwise ask the county office for help. The damaged file stays where it is:
{path}</source>
        <translation>数据文件夹中没有找到完好的备份。如果U盘里有备份，请选择它；否则请联系县科协办公室协助处理。损坏的文件原样保留在：
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="94"/>
        <source>This data folder has a password: enter it to restore a backup.</source>
        <translation>此数据文件夹设有密码：请输入密码后再恢复备份。</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="100"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="108"/>
        <source>&amp;Restore this backup</source>
        <translation>恢复这份备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="111"/>
        <source>&amp;Choose a backup file…</source>
        <translation>选择备份文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="137"/>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="139"/>
        <source>KeSu backups (*.sqlite3);;All files (*)</source>
        <translation>科素填报备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="188"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/store/damaged_dialog.py" line="189"/>
        <source>The backup of {time} was restored and the database is whole again. Enter again what was recorded after that time.</source>
        <translation>已恢复 {time} 的备份，数据库已完好。请重新录入那之后记录的内容。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kesu_desktop/records/demo.py" line="192"/>
        <source>Months: give a number from 1 to 120.</source>
        <translation>月数：请填写 1 到 120 之间的数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/demo.py" line="200"/>
        <source>This data folder is set up for real records, so no demo data was added. Use a separate folder for the demo (--data-dir).</source>
        <translation>此数据文件夹用于正式数据，未添加演示数据。请为演示另选一个文件夹（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/demo.py" line="207"/>
        <source>Demo data is for a reporting unit&apos;s folder, not the county&apos;s.</source>
        <translation>演示数据只用于填报单位的数据文件夹，不用于县级。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/demo.py" line="212"/>
        <source>This demo folder belongs to {unit}, so no demo data of {other} was added. Use a separate folder for each unit&apos;s demo (--data-dir).</source>
        <translation>这个演示文件夹属于{unit}，没有添加{other}的演示数据。每个单位的演示请用单独的文件夹（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/errors.py" line="33"/>
        <source>This database was written by a newer version of KeSu (schema {revision}). Install that version or newer to open it; nothing was changed.</source>
        <translation>此数据库由更新版本的科素填报写入（结构版本 {revision}）。请安装该版本或更新版本后再打开；数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/errors.py" line="58"/>
        <source>The database {path} is damaged ({detail}), so KeSu will not open it and has changed nothing. The newest good backup is {backup}; restore it with &apos;restore FILE&apos; (the damaged file is kept) and enter again what was recorded after that backup.</source>
        <translation>数据库 {path} 已损坏（{detail}），科素填报不会打开它，也没有做任何改动。最近一份完好的备份是 {backup}；请用“restore 文件”恢复它（损坏的文件会保留），并重新录入该备份之后记录的内容。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/errors.py" line="66"/>
        <source>The database {path} is damaged ({detail}), so KeSu will not open it and has changed nothing. No good backup was found in the data folder; restore one from a USB stick with &apos;restore FILE&apos;, or ask the county office for help.</source>
        <translation>数据库 {path} 已损坏（{detail}），科素填报不会打开它，也没有做任何改动。数据文件夹中没有找到完好的备份；请用“restore 文件”从U盘恢复备份，或联系县科协办公室协助处理。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/errors.py" line="73"/>
        <source>The database {path} is damaged ({detail}), so KeSu will not open it and has changed nothing. Restore a backup with &apos;restore FILE&apos;.</source>
        <translation>数据库 {path} 已损坏（{detail}），科素填报不会打开它，也没有做任何改动。请用“restore 文件”恢复一份备份。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/errors.py" line="93"/>
        <source>This data folder is not set up yet. Run &apos;init&apos; first (or start the app to use the setup wizard).</source>
        <translation>此数据文件夹尚未初始化。请先运行 init（或启动程序使用设置向导）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/errors.py" line="113"/>
        <source>This backup was made by a newer version of KeSu (schema {revision}). Install that version or newer to restore it; nothing was changed.</source>
        <translation>此备份由更新版本的科素填报生成（结构版本 {revision}）。请安装该版本或更新版本后再恢复；数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/errors.py" line="134"/>
        <source>Record {record_id} does not exist.</source>
        <translation>记录 {record_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/errors.py" line="152"/>
        <source>{label} “{text}”: the character {char} (U+{code}) is in no font on this computer, so the PDF cannot print it. Write it another way (for example in pinyin) or install a font that has it, then export again.</source>
        <translation>{label}“{text}”：本机没有任何字体含有字符 {char}（U+{code}），PDF 无法打印。请换一种写法（例如用拼音），或安装含有该字的字体后再导出。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="84"/>
        <source>Role: choose &apos;unit&apos; or &apos;county&apos;.</source>
        <translation>身份：请选择填报单位（unit）或县科协办公室（county）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="87"/>
        <source>Unit: choose the unit whose returns this folder files.</source>
        <translation>单位：请选择以其名义报送月报的单位。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="93"/>
        <source>Unit: &apos;{value}&apos; is not a known unit; give its code or its full name.</source>
        <translation>单位：“{value}”不是已知单位，请填写单位代码或完整名称。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="99"/>
        <source>Unit: the county office role belongs to {name}; choose it or the unit role.</source>
        <translation>单位：县级身份只属于{name}，请选择该单位或改选填报单位身份。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="105"/>
        <source>Unit: {name} is the county office; choose the county role or another unit.</source>
        <translation>单位：{name}是县级办公室，请选择县级身份或其他单位。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="112"/>
        <source>Clerk: enter the name of the person filling in.</source>
        <translation>填报人：请填写填报人姓名。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="121"/>
        <source>Name: at most {limit} characters.</source>
        <translation>姓名：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="126"/>
        <source>Phone: use digits only, e.g. 0357-1234567 or 13812345678.</source>
        <translation>联系电话：只能填写数字，如 0357-1234567 或 13812345678。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="129"/>
        <source>Language: choose Chinese or English.</source>
        <translation>语言：请选择中文或英文。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="138"/>
        <source>Reports from: &apos;{value}&apos; is not a month; write it as 2025-03.</source>
        <translation>开始报送月份：“{value}”不是月份，请写成 2025-03 这样。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="145"/>
        <source>Reports from: {value} is after this month; choose {month} or an earlier month.</source>
        <translation>开始报送月份：{value} 晚于本月，请选择 {month} 或更早的月份。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="271"/>
        <source>Unit: this folder holds {activities} activities and {trainings} trainings of {old}, with its period-end figures; to move them all to {new}, run init again with --move-records.</source>
        <translation>单位：本数据文件夹存有{old}的 {activities} 次科普活动、{trainings} 次培训及其期末数；如要把它们全部转到{new}名下，请加 --move-records 重新运行 init。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="280"/>
        <source>Unit: this folder holds {activities} activities and {trainings} trainings of {old}, with its period-end figures; changing the unit moves them all to {new}. The {returns} returns exported for {old} stay in its name, and {new}&apos;s returns for those months are still to be exported.</source>
        <translation>单位：本数据文件夹存有{old}的 {activities} 次科普活动、{trainings} 次培训及其期末数；更换单位会把它们全部转到{new}名下。已导出的 {returns} 份月报仍以{old}的名义保留，{new}这些月份的月报还需另行导出。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="287"/>
        <source>Unit: this folder holds {activities} activities and {trainings} trainings of {old}, with its period-end figures; changing the unit moves them all to {new}.</source>
        <translation>单位：本数据文件夹存有{old}的 {activities} 次科普活动、{trainings} 次培训及其期末数；更换单位会把它们全部转到{new}名下。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="315"/>
        <source>Role: this folder holds the records of {unit}, so it stays a reporting unit&apos;s folder; the county office uses KeSu Desktop on a computer of its own.</source>
        <translation>身份：本数据文件夹存有{unit}的记录，只能继续作为填报单位使用；县科协办公室请在自己的电脑上使用科素填报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/installation.py" line="321"/>
        <source>Role: this folder holds the data of {unit}, so it stays the county office&apos;s folder; a reporting unit uses KeSu Desktop on a computer of its own.</source>
        <translation>身份：本数据文件夹存有{unit}的数据，只能继续由县科协办公室使用；填报单位请在自己的电脑上使用科素填报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="87"/>
        <location filename="../../kesu_desktop/store/integrity.py" line="142"/>
        <source>The database file is damaged: {detail}</source>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="148"/>
        <source>A row in {table} refers to a missing entry in {parent}.</source>
        <translation>表 {table} 中有记录引用了 {parent} 中不存在的条目。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="98"/>
        <source>The schema is at {found}, not at {expected}.</source>
        <translation>数据库结构版本为 {found}，应为 {expected}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="40"/>
        <source>The database has lost its guard {name}, which keeps the change history and the setup from being altered: it was removed outside KeSu. Ask the county office to look at this data folder.</source>
        <translation>数据库缺少保护措施 {name}（它防止变更记录和单位设置被改动）：它是在科素填报之外被删除的。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="45"/>
        <source>The database&apos;s guard {name} was altered outside KeSu and may no longer keep the change history and the setup from being changed. Ask the county office to look at this data folder.</source>
        <translation>数据库的保护措施 {name} 在科素填报之外被改动过，可能已不能防止变更记录和单位设置被修改。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="186"/>
        <source>The trigger {name}, which keeps the search of the record lists up to date, is missing or was altered outside KeSu: searching the lists may miss records. Ask the county office to look at this data folder.</source>
        <translation>让记录列表的搜索保持最新的触发器 {name} 缺失，或在科素填报之外被改动过：在列表中搜索可能会漏掉记录。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="50"/>
        <source>The database holds a trigger {name} that KeSu did not make: it was added outside KeSu. Ask the county office to look at this data folder.</source>
        <translation>数据库中有一个不是科素填报建立的触发器 {name}：它是在科素填报之外加进去的。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="223"/>
        <source>The foreign key {key} of {table} was switched off outside KeSu, so rows may refer to missing entries. Ask whoever looks after the server to look at this database.</source>
        <translation>表 {table} 的外键 {key} 在科素填报之外被关闭，数据行可能引用了不存在的条目。请管理服务器的人检查这个数据库。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="245"/>
        <source>The search index {name} does not match the records: searching the lists may miss records or find wrong ones. Ask the county office to look at this data folder.</source>
        <translation>搜索索引 {name} 与记录不一致：在列表中搜索可能会漏掉记录或找到不相符的记录。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="267"/>
        <source>The setup of this data folder is missing although it holds records: it was deleted outside KeSu. Ask the county office to look at this data folder.</source>
        <translation>这个数据文件夹里有记录，却没有单位设置：设置是在科素填报之外被删除的。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="274"/>
        <source>The data folder is not set up yet (run &apos;init&apos;).</source>
        <translation>数据文件夹尚未初始化（请运行 init）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="280"/>
        <source>The setup of this data folder is dated {created}, after the first entry of its change history ({first}): it was replaced outside KeSu. Ask the county office to look at this data folder.</source>
        <translation>这个数据文件夹的单位设置日期为 {created}，晚于变更记录的第一条（{first}）：设置是在科素填报之外被替换的。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="298"/>
        <source>The returns this data folder exported were made by another installation ({other}): its setup was replaced outside KeSu. Ask the county office to look at this data folder.</source>
        <translation>这个数据文件夹导出的月报出自另一个安装（{other}）：它的单位设置是在科素填报之外被替换的。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="318"/>
        <source>This data folder is marked as a demo, but its change history or its returns are those of real work: the mark was set outside KeSu, which lets the history be deleted. Ask the county office to look at this data folder.</source>
        <translation>这个数据文件夹标记为演示数据，但它的变更记录或月报是正式工作的：这个标记是在科素填报之外设置的，会使变更记录可以被删除。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="329"/>
        <source>This data folder is marked for real work, but its change history or its returns come from demo data: the mark was changed outside KeSu, so demo records would pass for real ones. Ask the county office to look at this data folder.</source>
        <translation>这个数据文件夹标记为正式数据，但它的变更记录或月报来自演示数据：这个标记是在科素填报之外改动的，演示记录会被当成正式记录。请县科协检查这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="116"/>
        <source>The reference data (units) is missing.</source>
        <translation>缺少基础数据（单位列表）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/integrity.py" line="127"/>
        <source>{count} activities have no target group.</source>
        <translation>有 {count} 条科普活动没有对象人群。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/choices.py" line="63"/>
        <location filename="../../kesu_desktop/ledgers/layout.py" line="51"/>
        <location filename="../../kesu_desktop/reference/data.py" line="138"/>
        <source>The reference data file {file} cannot be read: {reason}</source>
        <translation>无法读取基础数据文件 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/choices.py" line="64"/>
        <source>The mapping file {path} cannot be used: {reason}. Correct it, or import without --mapping.</source>
        <translation>对应关系文件 {path} 无法使用：{reason}。请改正，或不加 --mapping 导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/reference/data.py" line="155"/>
        <source>Row {row} of the reference data file {file} lacks {columns}.</source>
        <translation>基础数据文件 {file} 第 {row} 行缺少 {columns}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/reference/data.py" line="210"/>
        <source>Target {row} of plan {plan} lacks {columns}.</source>
        <translation>规划 {plan} 的第 {row} 项目标缺少 {columns}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/reference/data.py" line="259"/>
        <source>Row {row} of the reference data file {file}: &apos;active&apos; is true or false.</source>
        <translation>参考数据文件 {file} 第 {row} 行：“active”只能是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/failures.py" line="52"/>
        <source>The connection to the database server was lost ({reason}), so this change was not saved. Everything saved before is safe on the server. Check that this computer is on the network and the server is running, then try again.</source>
        <translation>与数据库服务器的连接断了（{reason}），这次修改没有保存。之前保存的内容都完好地保存在服务器上。请检查这台电脑是否连着网络、服务器是否在运行，然后再试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/failures.py" line="62"/>
        <source>The disk that holds the data folder {folder} is full, so this change was not saved. Everything saved before is safe. Free some space (empty the Recycle Bin, delete files you no longer need), then save again.</source>
        <translation>数据文件夹 {folder} 所在的磁盘已满，这次修改没有保存。之前保存的内容都完好无损。请腾出一些空间（清空回收站、删除不再需要的文件），然后再保存一次。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/failures.py" line="72"/>
        <source>Another job is saving to the data folder {folder} right now (an import of records, or KeSu open a second time), so this change was not saved yet. Everything saved before is safe. Wait until that job has finished, then save again.</source>
        <translation>另一项工作正在向数据文件夹 {folder} 保存（例如正在导入记录，或者科素填报被打开了第二次），所以这次修改还没有保存。之前保存的内容都完好。请等那项工作完成后再保存。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/failures.py" line="82"/>
        <source>The data folder {folder} cannot be written to (it is read-only), so this change was not saved. Everything saved before is safe. Ask whoever looks after this computer to allow writing there.</source>
        <translation>数据文件夹 {folder} 无法写入（只读），这次修改没有保存。之前保存的内容都完好无损。请让负责这台电脑的人允许在该文件夹写入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/failures.py" line="91"/>
        <source>The computer could not read or write the data folder {folder} ({reason}), so this change was not saved. Everything saved before is safe. Check that the disk is working and has space, then try again.</source>
        <translation>电脑无法读写数据文件夹 {folder}（{reason}），这次修改没有保存。之前保存的内容都完好无损。请检查磁盘是否正常、是否还有空间，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/failures.py" line="102"/>
        <source>The database {path} turned out to be damaged ({reason}). Close KeSu and start it again: it checks the database at start and offers to restore the newest good backup.</source>
        <translation>发现数据库 {path} 已损坏（{reason}）。请关闭科素填报后重新启动：启动时会检查数据库，并提供恢复最近一份完好备份的选项。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/database.py" line="212"/>
        <source>The database {path} was replaced or removed while KeSu had it open (by another program), so nothing more is saved into it and this change was not saved. Close KeSu and start it again.</source>
        <translation>科素填报打开数据库 {path} 期间，它被（别的程序）替换或删除了，所以不再向它保存任何内容，这次修改也没有保存。请关闭科素填报后重新启动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/opening.py" line="70"/>
        <source>a removable drive (USB stick)</source>
        <translation>可移动磁盘（U盘）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/opening.py" line="71"/>
        <source>a network drive</source>
        <translation>网络驱动器</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/opening.py" line="81"/>
        <source>The data folder {path} is on {kind}. KeSu keeps its database only on this computer&apos;s own disk, because a pulled stick or a dropped network can damage it. Choose a folder on the local disk; use a USB stick only for returns and backups.</source>
        <translation>数据文件夹 {path} 位于{kind}上。科素填报只把数据库放在本机硬盘上，因为拔出U盘或网络中断都可能损坏数据库。请选择本机硬盘上的文件夹；U盘只用于报送月报和存放备份。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/opening.py" line="118"/>
        <source>Cannot create the data folder {path}: {reason}</source>
        <translation>无法创建数据文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/opening.py" line="139"/>
        <location filename="../../kesu_desktop/store/startup.py" line="58"/>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation>无法打开数据库 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="36"/>
        <source>{label}: required; please fill it in.</source>
        <translation>{label}：必填，请填写。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="38"/>
        <location filename="../../kesu_desktop/records/validation.py" line="46"/>
        <source>{label}: at most {limit} characters; shorten it.</source>
        <translation>{label}：最多 {limit} 个字，请缩短。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="55"/>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="136"/>
        <source>{label}: required; enter a whole number (0 if none).</source>
        <translation>{label}：必填，请填写整数（没有请填 0）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="58"/>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="146"/>
        <source>{label}: enter a whole number of 0 or more.</source>
        <translation>{label}：请填写大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="37"/>
        <source>{label}: the cell holds {value}, which is not a number Excel can store; type the value again.</source>
        <translation>{label}：单元格中是 {value}，不是 Excel 能保存的数字；请重新填写。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="40"/>
        <source>{label}: the cell refers to a text that is missing from the file (it is damaged); type the value again.</source>
        <translation>{label}：单元格引用的文字在文件中不存在（文件已损坏）；请重新填写。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="43"/>
        <source>{label}: the cell&apos;s content &apos;{value}&apos; cannot be read; type the value again.</source>
        <translation>{label}：无法读取单元格内容“{value}”；请重新填写。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="189"/>
        <source>{label}: &apos;{value}&apos; is not in the list; use a name or code from the sheet {sheet}.</source>
        <translation>{label}：“{value}”不在可选范围内，请使用“{sheet}”表中的名称或代码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="232"/>
        <source>{label}: &apos;{value}&apos; is not a record number written by KeSu; leave the cell empty for a new record.</source>
        <translation>{label}：“{value}”不是科素填报生成的记录编号；新记录请让此格留空。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="62"/>
        <source>{label}: {value} is too large; at most {limit}.</source>
        <translation>{label}：{value} 太大，最多 {limit}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="75"/>
        <source>{label}: {part} is more than the whole ({whole}); correct one of them.</source>
        <translation>{label}：{part} 大于总数（{whole}），请更正其中之一。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="87"/>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="112"/>
        <location filename="../../ui/records/entry_fields.py" line="82"/>
        <source>{label}: required; pick a date.</source>
        <translation>{label}：必填，请选择日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="91"/>
        <source>{label}: {value} is after today; enter the day it was held, not later than today.</source>
        <translation>{label}：{value} 晚于今天；请填写实际举办的日期，不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="99"/>
        <source>{label}: {value} is out of range; use a date from {earliest} to {latest}.</source>
        <translation>{label}：{value} 超出范围，请填写 {earliest} 至 {latest} 之间的日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="107"/>
        <source>{label}: the end date is before the start date.</source>
        <translation>{label}：结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="115"/>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="201"/>
        <source>{label}: choose one from the list.</source>
        <translation>{label}：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="131"/>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="219"/>
        <source>{label}: choose at least one from the list.</source>
        <translation>{label}：请从列表中至少选择一项。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/validation.py" line="163"/>
        <source>{label}: enter a number of hours from 0 to 10000.</source>
        <translation>{label}：请填写 0 到 10000 之间的学时数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/input_parsing.py" line="51"/>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="127"/>
        <source>{label}: &apos;{value}&apos; is not a whole number; type digits only, e.g. 120.</source>
        <translation>{label}：“{value}”不是整数，请只填数字，如 120。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/input_parsing.py" line="69"/>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="167"/>
        <source>{label}: &apos;{value}&apos; is not a number of hours; type e.g. 6 or 2.5.</source>
        <translation>{label}：“{value}”不是学时数，请填写如 6 或 2.5。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/input_parsing.py" line="89"/>
        <location filename="../../kesu_desktop/spreadsheet/cells.py" line="119"/>
        <source>{label}: &apos;{value}&apos; is not a date; write it as 2024-03-05.</source>
        <translation>{label}：“{value}”不是日期，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="34"/>
        <source>This data folder belongs to the county office, which brings in a unit&apos;s ledger with &apos;county import-ledger --unit CODE FILE&apos;.</source>
        <translation>此数据文件夹属于县科协办公室；补录单位台账请用 &apos;county import-ledger --unit CODE FILE&apos;。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/records.py" line="87"/>
        <source>Records are kept by the reporting units; this data folder belongs to the county office.</source>
        <translation>记录由各填报单位登记；此数据文件夹属于县科协办公室。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/reference/periods.py" line="109"/>
        <source>Period: &apos;{value}&apos; is not a period; write a month as 2024-03 (or 2024-Q1, 2024).</source>
        <translation>所属期：“{value}”不是有效期间，月份请写作 2024-03（或 2024-Q1、2024）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="77"/>
        <source>{period}: {count} period-end figures are not filled in ({names}). Fill them in, or mark them not applicable, before exporting: a stamped return shows 0 or —, never 未填.</source>
        <translation>{period}：有 {count} 项期末数未填（{names}）。导出前请填写，或标为不适用：盖章的报表上只能是 0 或“—”，不能是“未填”。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="94"/>
        <source>{period} is not over yet (it ends on {end}). Export it early only if nothing more will be recorded for it: the export locks the month.</source>
        <translation>{period}还没有结束（{end}结束）。只有确定本月不会再登记任何内容时才提前导出：导出会锁定本月。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="112"/>
        <source>Only a month&apos;s return can be exported; give a month (2024-03).</source>
        <translation>只能导出月报，请指定月份（如 2024-03）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="116"/>
        <source>{period} has not begun yet: a month&apos;s return is exported once it is over.</source>
        <translation>{period}还没有开始：月报要在该月结束后导出。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="140"/>
        <source>Unfilled figures: choose zero or na (not {value}).</source>
        <translation>未填的期末数：请选择 zero 或 na（不能是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="163"/>
        <source>Nothing has changed since version {version} of {period}, so there is nothing to correct. Correct the records first; the month stays open for correction until then.</source>
        <translation>{period}自第{version}版以来没有任何改动，没有需要更正的内容。请先更正记录；在此之前本月保持“已重新打开、可以更正”的状态。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="194"/>
        <source>Formats: choose from xlsx and pdf (not {unknown}).</source>
        <translation>文件类型：只能选 xlsx 和 pdf（不能是 {unknown}）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="221"/>
        <source>{file} is already there and is not replaced; choose another folder.</source>
        <translation>{file} 已经存在，不会被覆盖；请换一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/ledger.py" line="35"/>
        <source>The return of {period} is being exported right now; wait until that export has finished.</source>
        <translation>{period}的月报正在导出，请等这次导出完成。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/ledger.py" line="136"/>
        <source>The export {id} is not under way.</source>
        <translation>编号为 {id} 的导出并未在进行中。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/ledger.py" line="187"/>
        <source>Reason: say why the return must be corrected.</source>
        <translation>原因：请说明为什么要更正报表。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/ledger.py" line="192"/>
        <source>{period} is not locked; there is nothing to reopen.</source>
        <translation>{period} 未锁定，无需重新打开。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/pdf/document.py" line="67"/>
        <source>{file} was written incompletely; nothing was saved under its name.</source>
        <translation>{file} 未能完整写入，没有以该文件名保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="40"/>
        <source>The signature does not match the return data: the file was changed after KeSu signed it, or it was not made by KeSu.</source>
        <translation>签名与报表数据不符：文件在签名后被修改过，或不是科素填报生成的。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="45"/>
        <source>The sheet {sheet} with the return&apos;s tables is missing.</source>
        <translation>缺少报表所在的工作表“{sheet}”。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="46"/>
        <source>{table}: cell {cell} should hold the row code {code} but shows {shown}; rows were inserted, deleted or moved on the sheet.</source>
        <translation>{table}：单元格 {cell} 应为行代码 {code}，实际为 {shown}；表中的行被插入、删除或移动过。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="51"/>
        <source>{table}, row {code}, column {column}: cell {cell} shows {shown}, but the signed return says {signed}.</source>
        <translation>{table} 第 {code} 行第 {column} 栏：单元格 {cell} 显示 {shown}，但签名的报表数据为 {signed}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="54"/>
        <source>{label}: cell {cell} shows {shown}, but the signed return says {signed}.</source>
        <translation>{label}：单元格 {cell} 显示 {shown}，但签名的报表数据为 {signed}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/workbook.py" line="68"/>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="55"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/writer.py" line="37"/>
        <source>{file} was not written: reading it back did not give the same return ({problem}). The previous file, if any, is unchanged.</source>
        <translation>{file} 未写入：读回的内容与报表不一致（{problem}）。原有文件（如有）未受影响。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="56"/>
        <source>{path} cannot be read as an Excel workbook (.xlsx): {reason}</source>
        <translation>{path} 无法作为 Excel 工作簿（.xlsx）读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="62"/>
        <source>{path} is not there any more; check that the stick is still plugged in.</source>
        <translation>{path} 已不存在；请检查U盘是否仍然插着。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="63"/>
        <source>The computer could not read {path}; check the stick and copy the file again.</source>
        <translation>电脑无法读取 {path}；请检查U盘并重新复制该文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="66"/>
        <source>{path} holds parts a KeSu return never has ({part}): it was changed outside KeSu. Ask the unit to export the return again.</source>
        <translation>{path} 含有科素月报从不包含的部件（{part}）：文件在科素之外被修改过。请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="71"/>
        <source>{path} took longer than {seconds} seconds to check and was refused; ask the unit to export the return again.</source>
        <translation>{path} 检查时间超过 {seconds} 秒，已拒收；请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="75"/>
        <source>{path} holds signed data that is not a monthly return; ask the unit to export the return again.</source>
        <translation>{path} 中的签名数据不是月报；请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="78"/>
        <source>The return data in {path} is incomplete or damaged ({detail}); ask the unit to export the return again.</source>
        <translation>{path} 中的月报数据不完整或已损坏（{detail}）；请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="82"/>
        <source>The signature of {path} does not match its data: the file was changed after KeSu signed it, or KeSu did not make it. Ask the unit to export the return again.</source>
        <translation>{path} 的签名与数据不符：文件在科素签名后被改动过，或并非科素生成。请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="87"/>
        <source>The sheet of {path} was edited by hand: {problem} Ask the unit to send the file KeSu wrote, unchanged.</source>
        <translation>{path} 的表格被手工改动过：{problem} 请该单位发送科素生成的原始文件，不要改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="91"/>
        <source>{path} is a return of unit {code} ({name}), which is not a reporting unit of this county; check that the unit set up KeSu with its own unit.</source>
        <translation>{path} 是单位 {code}（{name}）的月报，该单位不是本县的填报单位；请确认该单位在科素中设置的是本单位。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="96"/>
        <source>{path} is a return of demo data; a real county folder does not take demo returns. Ask the unit to export from its real data folder.</source>
        <translation>{path} 是演示数据的月报；正式的县级数据文件夹不接收演示月报。请该单位从正式数据文件夹导出。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="101"/>
        <source>{path} is a real return; this is a demo county folder, which takes demo returns only. Import it into the county&apos;s real data folder.</source>
        <translation>{path} 是正式月报；这是演示用的县级数据文件夹，只接收演示月报。请导入县里的正式数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="106"/>
        <source>{path} is not a monthly return (its period is {period}); ask the unit to export the return again.</source>
        <translation>{path} 不是月报（其期别为 {period}）；请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="109"/>
        <source>{path} is a return for {period}, a month that has not begun; check the date of the unit&apos;s computer and ask it to export the return again.</source>
        <translation>{path} 是 {period} 的月报，该月尚未开始；请检查该单位电脑的日期，并请其重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="114"/>
        <source>The tables of {path} do not add up to the records it carries (table {table}, row {code}, column {column}: {signed} signed, {computed} from the records). Ask the unit to export the return again.</source>
        <translation>{path} 的报表与其所附记录汇总不符（{table}，第 {code} 行，第 {column} 列：签名值 {signed}，按记录计算为 {computed}）。请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="119"/>
        <source>{path} carries record {record_id}, dated {day}, which is not in {period}; the return is damaged. Ask the unit to export the return again.</source>
        <translation>{path} 附有记录 {record_id}，日期 {day}，不在 {period} 内；该月报已损坏。请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="124"/>
        <source>{path} lists record {record_id} twice; the return is damaged. Ask the unit to export the return again.</source>
        <translation>{path} 中记录 {record_id} 出现了两次；该月报已损坏。请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/incoming.py" line="224"/>
        <location filename="../../kesu_desktop/returns/workbook/manifest.py" line="78"/>
        <source>{path} is not a monthly return made by KeSu (it has no signed return data). Ask the unit to export the return again and send the .xlsx file KeSu wrote.</source>
        <translation>{path} 不是科素填报生成的月报（没有签名的报表数据）。请该单位重新导出月报，并报送科素填报生成的 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/manifest.py" line="89"/>
        <source>The signed return data in {path} is damaged ({detail}), so the return cannot be checked. Ask the unit to export the return again.</source>
        <translation>{path} 中签名的报表数据已损坏（{detail}），无法核验。请该单位重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/manifest.py" line="101"/>
        <source>{path} was made by a newer version of KeSu (return format {version}). Install that version or newer to read it.</source>
        <translation>{path} 由更新版本的科素填报生成（报表格式 {version}）。请安装该版本或更新版本后再读取。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/safe_write.py" line="33"/>
        <source>the drive is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/safe_write.py" line="34"/>
        <source>the drive is read-only (check the stick&apos;s lock switch)</source>
        <translation>磁盘只读（请检查U盘的写保护开关）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/safe_write.py" line="35"/>
        <location filename="../../kesu_desktop/base/safe_write.py" line="36"/>
        <source>access is denied; the file may be open in Excel or WPS — close it</source>
        <translation>无权写入，文件可能正在 Excel 或 WPS 中打开——请先关闭</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/safe_write.py" line="37"/>
        <source>the drive could not be written (was the stick pulled out?)</source>
        <translation>无法写入磁盘（U盘是否被拔出？）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/safe_write.py" line="38"/>
        <source>the folder is no longer there (was the stick pulled out?)</source>
        <translation>文件夹已不存在（U盘是否被拔出？）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/safe_write.py" line="45"/>
        <source>{file} was not written: {reason}. The previous file, if any, is unchanged.</source>
        <translation>{file} 未写入：{reason}。原有文件（如有）未受影响。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/safe_write.py" line="69"/>
        <source>Not enough space on the drive of {folder}: {needed} KB needed, {free} KB free.</source>
        <translation>{folder} 所在磁盘空间不足：需要 {needed} KB，剩余 {free} KB。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="51"/>
        <source>The key of {unit} (fingerprint {fingerprint}) is not confirmed yet: compare it with the fingerprint on the unit&apos;s stamped paper return, then confirm it under Units &amp; keys and import the file again.</source>
        <translation>{unit}的密钥（指纹 {fingerprint}）尚未确认：请与该单位盖章纸质月报上的指纹核对，然后在“单位与密钥”中确认，再重新导入该文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="56"/>
        <source>The key of {unit} (fingerprint {fingerprint}) is not confirmed yet: compare it with the fingerprint on the unit&apos;s stamped paper return, then run county keys accept {code} and import the file again (or import with --accept-new-keys).</source>
        <translation>{unit}的密钥（指纹 {fingerprint}）尚未确认：请与该单位盖章纸质月报上的指纹核对，然后运行 county keys accept {code}，再重新导入该文件（或导入时加 --accept-new-keys）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="62"/>
        <source>{unit} signed this return with a new key (fingerprint {fingerprint}), not the one the county confirmed. If the unit reinstalled its computer, check the fingerprint on its stamped paper return and accept the change with the reason under Units &amp; keys; otherwise do not trust the file.</source>
        <translation>{unit}用新的密钥（指纹 {fingerprint}）签署了这份月报，而不是县里已确认的密钥。如果该单位重装了电脑，请核对其盖章纸质月报上的指纹，并在“单位与密钥”中填写原因后接受更换；否则不要信任该文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="68"/>
        <source>{unit} signed this return with a new key (fingerprint {fingerprint}), not the one the county confirmed. If the unit reinstalled its computer, check the fingerprint on its stamped paper return and run county keys accept {code} --reason TEXT; otherwise do not trust the file.</source>
        <translation>{unit}用新的密钥（指纹 {fingerprint}）签署了这份月报，而不是县里已确认的密钥。如果该单位重装了电脑，请核对其盖章纸质月报上的指纹，并运行 county keys accept {code} --reason 原因；否则不要信任该文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="74"/>
        <source>{unit} signed this return with a key the county revoked (fingerprint {fingerprint}); it is refused. Ask the unit to export the return from its current installation.</source>
        <translation>{unit}用县里已吊销的密钥（指纹 {fingerprint}）签署了这份月报，已拒收。请该单位用当前安装的科素重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="79"/>
        <source>{unit} signed this return with a key the county has replaced (fingerprint {fingerprint}); ask the unit to export the return from its current installation.</source>
        <translation>{unit}用县里已更换掉的密钥（指纹 {fingerprint}）签署了这份月报；请该单位用当前安装的科素重新导出月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="84"/>
        <source>The county holds another version {version} of {unit}&apos;s return for {period}, with different content (fingerprint {held}); a version number is never reused. Ask the unit which file is right and to export a correction.</source>
        <translation>县里已有{unit} {period} 月报的另一份第{version}版，内容不同（指纹 {held}）；版本号不会重复使用。请向该单位核实哪个文件正确，并请其导出更正版。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="90"/>
        <source>The county holds version {held} of this return already; this older version is ignored.</source>
        <translation>县里已有这份月报的第{held}版；此旧版本不予采用。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/past_imports.py" line="21"/>
        <source>There is no import {import_id}; see the list of imports.</source>
        <translation>没有导入批次 {import_id}；请查看导入列表。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/past_imports.py" line="22"/>
        <source>Import {import_id} was undone already, on {when}.</source>
        <translation>导入批次 {import_id} 已于 {when} 撤销。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/imports.py" line="103"/>
        <location filename="../../kesu_desktop/spreadsheet/errors.py" line="16"/>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何记录。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/write_lock.py" line="23"/>
        <source>Nothing was imported: another job is saving to this data folder right now (another import, or KeSu open a second time). Everything saved before is safe; wait until that job has finished, then import again.</source>
        <translation>没有导入任何内容：另一项工作正在向这个数据文件夹保存（例如另一次导入，或者科素填报被打开了第二次）。之前保存的内容都完好；请等那项工作完成后再导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="97"/>
        <source>Sheet {sheet}: the column {column} appears twice; keep one of them.</source>
        <translation>工作表“{sheet}”：“{column}”列出现了两次，请只保留一列。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="112"/>
        <source>Sheet {sheet}: the column {column} is missing; copy the header row from the template.</source>
        <translation>工作表“{sheet}”：缺少“{column}”列，请从模板复制表头行。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="145"/>
        <source>This workbook was written by a newer version of KeSu (format {version}); install that version or newer to import it.</source>
        <translation>此工作簿由更新版本的科素填报生成（格式 {version}），请安装该版本或更新版本后再导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="157"/>
        <source>This workbook holds the records of {unit}, not of {this_unit}; import it in that unit&apos;s data folder.</source>
        <translation>此工作簿是{unit}的记录，不是{this_unit}的，请在该单位的数据文件夹中导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="220"/>
        <source>The file {path} does not exist; check its name and folder.</source>
        <translation>文件 {path} 不存在；请检查文件名和所在文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="222"/>
        <source>The file {path} cannot be opened: access is denied; if it is open in Excel or WPS, close it there and try again.</source>
        <translation>无法打开文件 {path}：没有访问权限；如果它正在 Excel 或 WPS 中打开，请先关闭再试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="228"/>
        <source>{path} is a folder, not an Excel workbook (.xlsx); choose a file.</source>
        <translation>{path} 是文件夹，不是 Excel 工作簿（.xlsx）；请选择一个文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/sheets.py" line="38"/>
        <source>The file {path} is not an Excel workbook (.xlsx or .xls); open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>文件 {path} 不是 Excel 工作簿（.xlsx 或 .xls）；请用 Excel 或 WPS 打开它，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/sheets.py" line="43"/>
        <source>The file {path} is named as an Excel 97-2003 workbook (.xls) but is not one, or it is damaged; open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>文件 {path} 的扩展名是 Excel 97-2003 工作簿（.xls），但它不是这种工作簿，或者已经损坏；请用 Excel 或 WPS 打开它，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/sheets.py" line="48"/>
        <source>The file {path} is damaged or protected by a password, so KeSu cannot read it; open it in Excel or WPS, remove any password and save it as an Excel workbook (.xlsx).</source>
        <translation>文件 {path} 已损坏或设有密码，科素填报无法读取；请用 Excel 或 WPS 打开它，去掉密码后另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/sheets.py" line="53"/>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="230"/>
        <source>The computer could not read the file {path}; check that its drive is still there and try again.</source>
        <translation>电脑无法读取文件 {path}；请检查它所在的磁盘（或U盘）是否还连着，然后再试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/sheets.py" line="61"/>
        <source>The sheet {sheet} of {path} has {count} rows, more than the {limit} KeSu reads from a ledger; split its rows into several workbooks and use them one by one.</source>
        <translation>{path} 的工作表“{sheet}”有 {count} 行，超过科素填报从一份台账读取的上限 {limit} 行；请把这些行分到几个工作簿里，逐个导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/sheets.py" line="66"/>
        <source>The sheet {sheet} of {path} has {count} columns, more than the {limit} a ledger has; copy the ledger&apos;s columns into a new workbook and use that.</source>
        <translation>{path} 的工作表“{sheet}”有 {count} 列，超过台账应有的 {limit} 列；请把台账的各列复制到一个新工作簿里，再导入新工作簿。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/sheets.py" line="71"/>
        <source>The sheet {sheet} of {path} has merged cells that overlap, which Excel and WPS never write: the file is damaged; copy its cells into a new workbook and use that.</source>
        <translation>{path} 的工作表“{sheet}”中有互相重叠的合并单元格，Excel 和 WPS 不会这样保存：文件已损坏；请把单元格复制到一个新工作簿里，再导入新工作簿。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/reader.py" line="255"/>
        <source>The workbook {path} has no sheet named {activities} or {trainings}; use a workbook made by KeSu&apos;s template or export.</source>
        <translation>工作簿 {path} 中没有名为“{activities}”或“{trainings}”的工作表，请使用科素填报的模板或导出的工作簿。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/importer.py" line="253"/>
        <source>{label}: record {record_id} is also in sheet {sheet}, row {row}; keep one of the rows, or empty this cell to add it as a new record.</source>
        <translation>{label}：记录 {record_id} 也出现在工作表“{sheet}”第 {row} 行；请只保留一行，或清空此格作为新记录添加。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/importer.py" line="270"/>
        <source>{label}: record {record_id} is a record of the other sheet; empty this cell to add the row as a new record.</source>
        <translation>{label}：记录 {record_id} 属于另一个工作表；请清空此格，将此行作为新记录添加。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/importer.py" line="281"/>
        <source>{label}: record {record_id} belongs to another unit; empty this cell to add the row as a new record.</source>
        <translation>{label}：记录 {record_id} 属于其他单位；请清空此格，将此行作为新记录添加。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/importer.py" line="291"/>
        <source>{label}: record {record_id} is in the bin; restore it in KeSu first, or empty this cell to add the row as a new record.</source>
        <translation>{label}：记录 {record_id} 在回收站中；请先在科素填报中恢复，或清空此格作为新记录添加。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/figures.py" line="54"/>
        <source>Period: &apos;{value}&apos; is not a month; write it as 2024-03.</source>
        <translation>所属期：“{value}”不是月份，请写作 2024-03。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/figures.py" line="82"/>
        <source>Figure: &apos;{value}&apos; is not a known indicator.</source>
        <translation>指标：“{value}”不是已知指标。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/figures.py" line="89"/>
        <source>{name}: enter a whole number of 0 or more, or mark it not applicable.</source>
        <translation>{name}：请填写大于或等于 0 的整数，或勾选“不适用”。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/figures.py" line="117"/>
        <source>Schools with a science teacher ({part}) cannot be more than the schools ({whole}).</source>
        <translation>配有科学教师的学校（{part}）不能多于中小学校数（{whole}）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="63"/>
        <source>Figure: write it as CODE=VALUE, not &apos;{value}&apos;.</source>
        <translation>期末数：请写作 代码=数值，而不是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="72"/>
        <source>Figure {code}: &apos;{value}&apos; is not a whole number, na or empty.</source>
        <translation>期末数 {code}：“{value}”不是整数、na 或空值。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/figures.py" line="87"/>
        <source>Figures: give at least one CODE=VALUE, or --carry-over.</source>
        <translation>期末数：请至少给出一项 代码=数值，或加 --carry-over。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/backups.py" line="68"/>
        <source>The backup {file} is damaged ({detail}); nothing was changed.</source>
        <translation>备份 {file} 已损坏（{detail}），数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/backups.py" line="95"/>
        <source>The backup {file} does not exist.</source>
        <translation>备份 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/backups.py" line="105"/>
        <location filename="../../kesu_desktop/store/backups.py" line="109"/>
        <location filename="../../kesu_desktop/store/restore.py" line="181"/>
        <source>{file} is not a KeSu backup; nothing was changed.</source>
        <translation>{file} 不是科素填报的备份，数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/backups.py" line="128"/>
        <source>The backup {file} could not be written: {reason}</source>
        <translation>无法写入备份 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/backups.py" line="167"/>
        <source>The backup folder {folder} cannot be created: {reason}</source>
        <translation>无法创建备份文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/restore.py" line="82"/>
        <source>This data folder keeps its store on the server {server}, which the other clerks work on too, so a backup is not restored over it; nothing was changed. To go back to a backup, restore it into a new data folder and move that folder&apos;s store onto an empty database of the server.</source>
        <translation>这个数据文件夹的数据保存在服务器 {server} 上，其他工作人员也在使用，因此不能用备份覆盖它；没有做任何改动。要回到某份备份，请把它恢复到一个新的数据文件夹，再把那个文件夹的数据迁移到服务器上的一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/restore.py" line="104"/>
        <source>The backup {file} belongs to {backup_unit}, not to this folder&apos;s unit {folder_unit}: restoring it would replace this folder&apos;s data with that unit&apos;s, so nothing was changed.</source>
        <translation>备份 {file} 属于{backup_unit}，不属于本文件夹的单位{folder_unit}：恢复它会用那个单位的数据替换本文件夹的数据，所以没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/restore.py" line="118"/>
        <source>This data folder has a password: give it to restore a backup. Nothing was changed.</source>
        <translation>此数据文件夹设有密码：恢复备份需要输入密码。没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/restore.py" line="185"/>
        <source>The backup {file} is of a data folder that was never set up, so it holds nothing to restore; nothing was changed.</source>
        <translation>备份 {file} 来自一个从未初始化的数据文件夹，里面没有可恢复的内容；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/restore.py" line="235"/>
        <source>The database {file} is open in another program; close it and try again. Nothing was changed.</source>
        <translation>数据库 {file} 正被另一个程序打开；请关闭该程序后再试。没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/restore.py" line="314"/>
        <source>The database {file} cannot be replaced: {reason}</source>
        <translation>无法替换数据库 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/access.py" line="39"/>
        <source>Password: this is not the password of this data folder.</source>
        <translation>密码：这不是此数据文件夹的密码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/access.py" line="96"/>
        <source>Current password: enter it to change or remove the password.</source>
        <translation>当前密码：修改或取消密码前，请先输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/access.py" line="112"/>
        <source>New password: use at least {minimum} characters.</source>
        <translation>新密码：至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/access.py" line="117"/>
        <source>New password: it cannot be made of blanks only.</source>
        <translation>新密码：不能全是空格。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/access.py" line="122"/>
        <source>Repeat new password: the two entries differ; type the same password twice.</source>
        <translation>再次输入新密码：两次输入不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/access.py" line="162"/>
        <source>Lock after: give a whole number of minutes from {minimum} to {maximum}.</source>
        <translation>锁定时间：请填写 {minimum} 到 {maximum} 之间的整数分钟。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/data_folder.py" line="33"/>
        <source>This data folder has a password: give it in the environment variable {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>此数据文件夹设有密码：请在环境变量 {variable} 中给出密码，或在终端中运行命令并按提示输入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="32"/>
        <source>Give the new password in the environment variable {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>请在环境变量 {variable} 中给出新密码，或在终端中运行命令并按提示输入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/password.py" line="85"/>
        <source>Unit: this data folder belongs to {name}; name that unit to reset.</source>
        <translation>单位：此数据文件夹属于{name}；请填写该单位才能重置。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="98"/>
        <source>{period}: {count} period-end figures are not filled in ({names}). Set them with &apos;figures set&apos;, or export with --unfilled zero or --unfilled na.</source>
        <translation>{period}：有 {count} 项期末数未填（{names}）。请用 figures set 填写，或在导出时加 --unfilled zero 或 --unfilled na。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/returns.py" line="107"/>
        <source>{period} is not over yet (it ends on {end}); the export locks the month. If nothing more will be recorded for it, export it now with --early.</source>
        <translation>{period}还没有结束（{end}结束），导出会锁定本月。如果确定本月不会再登记任何内容，可以加 --early 现在导出。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/formats.py" line="22"/>
        <source>This return was written in format version {version}, which this version of KeSu does not know; install the newest version of KeSu to read it.</source>
        <translation>这份月报的格式版本是 {version}，本版科素填报不认识；请安装最新版本的科素填报后再读取。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_guard.py" line="81"/>
        <source>The file {path} is not an Excel workbook (.xlsx), or it is damaged or protected by a password; open it in Excel or WPS, remove any password and save it as an Excel workbook (.xlsx).</source>
        <translation>文件 {path} 不是 Excel 工作簿（.xlsx），或者已损坏、设有密码；请用 Excel 或 WPS 打开，取消密码后另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_scan.py" line="78"/>
        <source>The file {path} is written in a text encoding Excel does not use (in {part}); open it in Excel or WPS and save it again as an Excel workbook (.xlsx).</source>
        <translation>文件 {path} 使用了 Excel 不用的文字编码（在 {part} 中）；请用 Excel 或 WPS 打开，重新另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_scan.py" line="105"/>
        <source>The file {path} holds XML declarations (DOCTYPE or ENTITY, in {part}) that Excel never writes and that can be used to attack a computer, so KeSu does not read it. Ask whoever made it for a workbook saved by Excel or WPS.</source>
        <translation>文件 {path} 含有 Excel 从不写入、可被用来攻击电脑的 XML 声明（DOCTYPE 或 ENTITY，在 {part} 中），科素填报不读取此文件。请向制作者索取用 Excel 或 WPS 保存的工作簿。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_scan.py" line="120"/>
        <source>Sheet {sheet} of the file {path} has more than {limit} rows, more than KeSu reads from one sheet; split its rows into several workbooks and use them one by one.</source>
        <translation>文件 {path} 的工作表 {sheet} 超过 {limit} 行，超出科素填报从一个工作表读取的行数；请把这些行分到几个工作簿中，逐个使用。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_scan.py" line="154"/>
        <source>Sheet {sheet}, row {row}, column {column} of the file {path}: the cell holds more text than any Excel cell can (32,767 characters), so the file was not made by Excel or WPS; KeSu does not read it.</source>
        <translation>文件 {path} 的工作表 {sheet} 第 {row} 行 {column} 列：该单元格的文字超过了 Excel 单元格能容纳的长度（32767 个字符），说明文件不是 Excel 或 WPS 生成的，科素填报不读取此文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_scan.py" line="166"/>
        <source>The file {path} holds more text in one place (in {part}) than any Excel cell can (32,767 characters), so it was not made by Excel or WPS; KeSu does not read it.</source>
        <translation>文件 {path} 中有一段文字（在 {part} 中）超过了 Excel 单元格能容纳的长度（32767 个字符），说明它不是 Excel 或 WPS 生成的，科素填报不读取此文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_guard.py" line="173"/>
        <location filename="../../kesu_desktop/ledgers/sheets.py" line="56"/>
        <source>The file {path} is {size} MB, more than the {limit} MB KeSu reads; split its rows into several workbooks and use them one by one.</source>
        <translation>文件 {path} 有 {size} MB，超过科素填报能读取的 {limit} MB；请把其中的行分到几个工作簿中，逐个使用。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_guard.py" line="199"/>
        <source>The file {path} holds {count} parts, more than the {limit} a workbook of this kind has; copy its cells into a new workbook and use that.</source>
        <translation>文件 {path} 包含 {count} 个组成部分，超过这类工作簿应有的 {limit} 个；请把其中的单元格复制到一个新工作簿，再使用新工作簿。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_guard.py" line="217"/>
        <source>The file {path} holds a part that does not belong in a workbook of this kind ({part}; macros, embedded objects and links to other files are not accepted); copy its cells into a new workbook and use that.</source>
        <translation>文件 {path} 含有这类工作簿不应有的部分（{part}；不接受宏、嵌入对象和指向其他文件的链接）；请把其中的单元格复制到一个新工作簿，再使用新工作簿。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_guard.py" line="252"/>
        <source>The file {path} unpacks to far more data than a workbook of its size can hold (in {part}): it is built to exhaust the computer&apos;s memory, so KeSu does not read it.</source>
        <translation>文件 {path} 解压后的数据量远超同样大小的工作簿应有的量（在 {part} 中）：它是用来耗尽电脑内存的，科素填报不读取此文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/base/xlsx_guard.py" line="263"/>
        <source>The file {path} holds more than {limit} MB of data once unpacked, more than KeSu reads; split its rows into several workbooks and use them one by one.</source>
        <translation>文件 {path} 解压后的数据超过 {limit} MB，超出科素填报能读取的量；请把其中的行分到几个工作簿中，逐个使用。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/restore.py" line="95"/>
        <source>The backup {file} belongs to {backup_unit}, not to this folder&apos;s unit {folder_unit}; nothing was changed. To replace this folder&apos;s data with {backup_unit}&apos;s, run the command again with --other-unit.</source>
        <translation>备份 {file} 属于{backup_unit}，不属于本文件夹的单位{folder_unit}；没有做任何改动。如确要用{backup_unit}的数据替换本文件夹的数据，请加上 --other-unit 再运行一次该命令。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/recompute.py" line="27"/>
        <source>The records inside the return cannot be read ({detail}); the file was damaged or altered.</source>
        <translation>月报里的记录无法读取（{detail}）；文件已损坏或被改动过。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/sheet_xml.py" line="147"/>
        <source>The file {path} is damaged ({part} cannot be read); open it in Excel or WPS and save it again.</source>
        <translation>文件 {path} 已损坏（无法读取 {part}）；请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/sheet_xml.py" line="183"/>
        <source>The file {path} holds more than {limit} different texts, more than KeSu reads; split its rows into several workbooks and use them one by one.</source>
        <translation>文件 {path} 中不同的文字超过 {limit} 条，超出科素填报能读取的量；请把其中的行分到几个工作簿中，逐个使用。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/sheet_xml.py" line="228"/>
        <source>Sheet {sheet} of the file {path} is damaged after row {row}; open the file in Excel or WPS and save it again.</source>
        <translation>文件 {path} 的工作表 {sheet} 在第 {row} 行之后已损坏；请用 Excel 或 WPS 打开该文件后重新保存。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/openers.py" line="104"/>
        <source>The data folder {folder} is open in another KeSu window, so its database cannot be replaced now; nothing was changed. Close KeSu in that window first, then try again.</source>
        <translation>数据文件夹 {folder} 正在另一个科素填报窗口中打开，现在不能替换它的数据库；没有做任何改动。请先关闭那个窗口中的科素填报，然后再试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/openers.py" line="113"/>
        <source>A KeSu command is still working on the data folder {folder} ({command}, process {pid}), so its database cannot be replaced now; nothing was changed. Wait until it has finished (or stop it), then try again.</source>
        <translation>科素填报的一条命令仍在处理数据文件夹 {folder}（{command}，进程 {pid}），现在不能替换它的数据库；没有做任何改动。请等它运行完毕（或停止它）后再试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/openers.py" line="125"/>
        <source>Another program has the data folder {folder} open right now, so its database cannot be replaced; nothing was changed. Close KeSu wherever it is open, then try again.</source>
        <translation>另一个程序正打开着数据文件夹 {folder}，不能替换它的数据库；没有做任何改动。请关闭所有打开着的科素填报，然后再试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/openers.py" line="136"/>
        <source>KeSu cannot note in the data folder {folder} that it has it open ({reason}). Check that the folder can be written to, then start again.</source>
        <translation>科素填报无法在数据文件夹 {folder} 中记下它正在使用该文件夹（{reason}）。请检查该文件夹是否可以写入，然后重新启动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/openers.py" line="148"/>
        <source>A backup is being restored into the data folder {folder} right now. Wait until it has finished, then start again.</source>
        <translation>现在正在向数据文件夹 {folder} 恢复备份。请等恢复完成后再重新启动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/openers.py" line="159"/>
        <source>Another restore into the data folder {folder} is running right now; nothing was changed. Wait until it has finished, then try again.</source>
        <translation>现在另有一次恢复正在向数据文件夹 {folder} 进行；没有做任何改动。请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/locks.py" line="21"/>
        <source>{period} was reported (version {version}) and is locked; reopen it for correction first with &apos;return reopen --period {period} --reason TEXT&apos;.</source>
        <translation>{period} 已报送（第{version}版），已锁定；请先用命令 return reopen --period {period} --reason 原因 重新打开以便更正。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/locks.py" line="31"/>
        <source>{period} was reported (version {version}) and is locked; reopen it for correction first.</source>
        <translation>{period} 已报送（第{version}版），已锁定；请先重新打开该月以便更正。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/data_folder.py" line="39"/>
        <source>This data folder belongs to {unit}, not to the county office; county commands need the county&apos;s folder (set up with init --role county).</source>
        <translation>此数据文件夹属于{unit}，不是县级办公室的；县级命令需要县里的数据文件夹（用 init --role county 设置）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county.py" line="221"/>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="401"/>
        <location filename="../../kesu_desktop/cli/county_status.py" line="44"/>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="171"/>
        <location filename="../../kesu_desktop/county/totals/drilldown.py" line="147"/>
        <source>There is no unit {unit}; give its code or name.</source>
        <translation>没有单位 {unit}；请填写单位代码或名称。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="34"/>
        <source>--database is for the county office&apos;s folder (--role county): a township&apos;s store is always the folder&apos;s own file.</source>
        <translation>--database 只用于县科协办公室的文件夹（--role county）：乡镇的数据始终保存在文件夹自己的数据库文件里。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/folder.py" line="38"/>
        <source>--demo is for a new data folder only: this folder is set up already, and whether it holds demo data never changes. Use a new folder for the demo (--data-dir).</source>
        <translation>--demo 只用于新的数据文件夹：这个文件夹已经初始化，是否为演示数据不能再改。演示请用新的文件夹（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="129"/>
        <source>Unit {unit} has no key waiting with fingerprint {fingerprint}; import one of its returns first.</source>
        <translation>单位 {unit} 没有指纹为 {fingerprint} 的待确认密钥；请先导入该单位的一份月报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="134"/>
        <source>Unit {unit} has several keys waiting; say which by its fingerprint.</source>
        <translation>单位 {unit} 有多个待确认的密钥；请用指纹指明是哪一个。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="147"/>
        <source>Unit {unit} already has a confirmed key; to replace it, give the reason (a reinstalled computer, say), after checking the new fingerprint {fingerprint} on its stamped paper return.</source>
        <translation>单位 {unit} 已有确认的密钥；如需更换，请先核对其盖章纸质月报上的新指纹 {fingerprint}，再填写原因（例如电脑重装）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="170"/>
        <source>Unit {unit} has no confirmed key to revoke.</source>
        <translation>单位 {unit} 没有可吊销的已确认密钥。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="172"/>
        <source>Say why the key of unit {unit} is revoked.</source>
        <translation>请说明吊销单位 {unit} 密钥的原因。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="41"/>
        <source>{file} was not written: reading it back did not give the same receipt list. The previous file, if any, is unchanged.</source>
        <translation>{file} 未写入：读回的内容与收件登记不一致。原有文件（如有）未受影响。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/demo.py" line="265"/>
        <source>Months: give a number from 1 to {most}.</source>
        <translation>月数：请填 1 到 {most} 之间的数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/demo.py" line="273"/>
        <source>{folder} is set up already (for {unit}), so no demo county was built in it. Give a new, empty folder (--data-dir).</source>
        <translation>{folder} 已经初始化（{unit}），没有在其中建演示县。请指定一个新的空文件夹（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="118"/>
        <source>--at: &apos;{value}&apos; is not a month; write it as 2026-12.</source>
        <translation>--at：“{value}”不是月份；请写作 2026-12。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="241"/>
        <source>--years: &apos;{value}&apos; is not two years; write them as 2026-2030.</source>
        <translation>--years：“{value}”不是起止年份；请写作 2026-2030。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_plans.py" line="327"/>
        <source>--as-of: &apos;{value}&apos; is not a date; write it as 2025-12-31.</source>
        <translation>--as-of：“{value}”不是日期；请写作 2025-12-31。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_totals.py" line="164"/>
        <source>Key: give --by too, to say what the key is.</source>
        <translation>代码：请同时给出 --by，说明这是哪一类的代码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/chase/content.py" line="44"/>
        <source>{file} was not written: reading it back did not give the same chase-up list. The previous file, if any, is unchanged.</source>
        <translation>{file} 未能写入：读回的内容与催报单不一致。原有文件（如有）未作改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/rules.py" line="55"/>
        <source>Deadline day: &apos;{value}&apos; is not a day from 1 to 28; give a day such as 5.</source>
        <translation>报送期限：“{value}”不是 1 至 28 之间的日期，请填写如 5 这样的日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/rules.py" line="123"/>
        <source>Unit: there is no reporting unit {unit}; give its code or exact name.</source>
        <translation>填报单位：没有填报单位“{unit}”，请填写其代码或准确全称。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/rules.py" line="142"/>
        <source>First month: &apos;{value}&apos; is not a month; write it as 2024-03.</source>
        <translation>起报月份：“{value}”不是月份，请按 2024-03 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/totals/lines.py" line="111"/>
        <source>Breakdown: &apos;{value}&apos; is not one; choose one of {choices}.</source>
        <translation>分组方式：“{value}”无效，请从 {choices} 中选择。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/editing.py" line="53"/>
        <source>There is already a plan {plan}; choose another code, or edit that plan.</source>
        <translation>已有规划 {plan}；请换一个代码，或直接修改该规划。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/editing.py" line="177"/>
        <source>Plan {plan} has figures entered for its targets, so it is kept: retire it instead.</source>
        <translation>规划 {plan} 的目标已填报了数值，因此不能删除：请改为停用。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/editing.py" line="196"/>
        <source>Plan {plan} already has a target {target}; give this one its own code.</source>
        <translation>规划 {plan} 已有目标 {target}；请给这个目标另起代码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/editing.py" line="236"/>
        <source>Target {target} has a {part} entered, which this change would leave unused; remove that entry first.</source>
        <translation>目标 {target} 已填报了{part}，这样修改后将用不上它；请先删除该填报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/editing.py" line="251"/>
        <source>Target {target} has figures entered for it; remove those entries first.</source>
        <translation>目标 {target} 已填报了数值；请先删除这些填报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/editing.py" line="272"/>
        <source>Plan {plan}: name each of its targets once to reorder them.</source>
        <translation>规划 {plan}：调整顺序时每个目标都要列出且只列一次。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/entries.py" line="107"/>
        <source>Target {target} takes no entered {part}; it takes: {parts}.</source>
        <translation>目标 {target} 不接受填报{part}；可填报的是：{parts}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/entries.py" line="117"/>
        <source>Target {target}: say where the figure comes from (the survey or document).</source>
        <translation>目标 {target}：请注明数值来源（调查或文件）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/entries.py" line="123"/>
        <source>Target {target}: give the date the figure is as of.</source>
        <translation>目标 {target}：请填写数值的截止日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/entries.py" line="145"/>
        <source>Target {target} has no entry {entry}.</source>
        <translation>目标 {target} 没有第 {entry} 条填报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="44"/>
        <source>Plan file {file}: it is {size} bytes, more than a plan file can be ({limit}); it is not a plan file.</source>
        <translation>规划文件 {file}：大小为 {size} 字节，超过规划文件的上限（{limit}）；这不是规划文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="47"/>
        <source>Plan file {file} cannot be read: {reason}</source>
        <translation>规划文件 {file} 无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="48"/>
        <source>Plan file {file}: it is not a plan file (not readable JSON: {reason}).</source>
        <translation>规划文件 {file}：这不是规划文件（无法按 JSON 读取：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="49"/>
        <source>Plan file {file}: it is nested deeper than a plan file is; it is not a plan file.</source>
        <translation>规划文件 {file}：嵌套层数超过规划文件应有的层数；这不是规划文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="52"/>
        <source>Plan file {file}: it is not a KeSu plan file (its format is {format}).</source>
        <translation>规划文件 {file}：这不是科素填报的规划文件（其格式为 {format}）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="53"/>
        <source>Plan file {file}: it was made by a newer version of KeSu (format version {version}); install that version to import it.</source>
        <translation>规划文件 {file}：由更新版本的科素填报生成（格式版本 {version}）；请安装该版本后再导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="58"/>
        <source>Plan file {file}: {field} should be {expected}, not {value}.</source>
        <translation>规划文件 {file}：{field} 应为{expected}，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="59"/>
        <source>Plan file {file}: {field} is not part of a plan file; remove it.</source>
        <translation>规划文件 {file}：规划文件中不应有 {field}；请删除。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="60"/>
        <source>Plan file {file}: {field} is missing.</source>
        <translation>规划文件 {file}：缺少 {field}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="61"/>
        <source>Plan file {file}: {field} holds {count} items, more than {limit}.</source>
        <translation>规划文件 {file}：{field} 有 {count} 项，超过上限 {limit}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="62"/>
        <source>Plan file {file}: {field} is written twice.</source>
        <translation>规划文件 {file}：{field} 出现了两次。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="63"/>
        <source>Plan file {file}: {problem}</source>
        <translation>规划文件 {file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="64"/>
        <source>Plan file {file}: there is already a plan {plan}; import the file as a replacement of that plan&apos;s targets and shares (its entered figures are kept), or give the file another plan code.</source>
        <translation>规划文件 {file}：已有规划 {plan}；可将该文件作为替换导入，替换该规划的指标和分解任务（已录入的数值保留），或给文件另定一个规划代码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="69"/>
        <source>Plan file {file}: there is already a plan {plan}; import it with --replace to replace that plan&apos;s targets and shares (its entered figures are kept), or give the file another plan code.</source>
        <translation>规划文件 {file}：已有规划 {plan}；如要替换该规划的目标和任务分解，请加 --replace 导入（已填报的数值保留），或在文件中换一个规划代码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="74"/>
        <source>Plan file {file}: target {target} of plan {plan} has figures entered for it but is not in the file; keep it in the file, or remove its entries first.</source>
        <translation>规划文件 {file}：规划 {plan} 的目标 {target} 已填报了数值，但文件中没有该目标；请在文件中保留它，或先删除其填报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="80"/>
        <source>a text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="81"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="82"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="83"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="84"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/files.py" line="85"/>
        <source>a text of at most 1000 characters</source>
        <translation>不超过 1000 个字的文字</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="61"/>
        <source>Target {target}, measure: it is not valid JSON ({reason}).</source>
        <translation>目标 {target} 的统计口径：不是有效的 JSON（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="62"/>
        <source>Target {target}, measure: {key} is not known here; use {allowed}.</source>
        <translation>目标 {target} 的统计口径：不认识 {key}；可用的有 {allowed}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="63"/>
        <source>Target {target}, measure: {key} is missing; for example {example}.</source>
        <translation>目标 {target} 的统计口径：缺少 {key}；例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="64"/>
        <source>Target {target}, measure: {key} cannot be {value}; use one of {allowed}.</source>
        <translation>目标 {target} 的统计口径：{key} 不能是 {value}；请用 {allowed} 之一。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="65"/>
        <source>Target {target}, measure: {key} is a list of one or more different codes, such as {example}.</source>
        <translation>目标 {target} 的统计口径：{key} 应是一个或多个互不相同的代码组成的列表，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="68"/>
        <source>Target {target}, measure: a target of kind {kind} counts {what}; for example {example}.</source>
        <translation>目标 {target} 的统计口径：{kind} 类目标统计的是{what}；例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="71"/>
        <source>Target {target}, measure: a survey target has no measure (the county enters its value); leave it empty.</source>
        <translation>目标 {target} 的统计口径：调查类目标没有统计口径（由县里填报数值），请留空。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="74"/>
        <source>Target {target}, measure: campaigns and key_projects cannot be combined with each other or with forms and groups; keep one of them.</source>
        <translation>目标 {target} 的统计口径：campaigns 和 key_projects 不能互相组合，也不能与 forms、groups 组合；请只保留其中一种。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="79"/>
        <source>Target {target}, measure: the {side} of a rate that the county enters is {{&quot;entered&quot;: &quot;{side}&quot;}}.</source>
        <translation>目标 {target} 的统计口径：由县里填报的比率{side}应写作 {{&quot;entered&quot;: &quot;{side}&quot;}}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="82"/>
        <source>Target {target}, measure: per {per} divides records over time, so &apos;of&apos; must be a records measure; for a ratio of two period-end figures use per period_end.</source>
        <translation>目标 {target} 的统计口径：per {per} 是按时间平均记录数，所以 of 必须是记录口径；两项期末数之比请用 per period_end。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="87"/>
        <source>Target {target}, measure: per period_end divides two period-end figures, so &apos;of&apos; must be a stock measure.</source>
        <translation>目标 {target} 的统计口径：per period_end 是两项期末数之比，所以 of 必须是期末数口径。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="306"/>
        <location filename="../../kesu_desktop/plans/rules.py" line="169"/>
        <source>Target {target}: kind {kind} is not known; use one of {allowed}.</source>
        <translation>目标 {target}：没有 {kind} 这种类型；请用 {allowed} 之一。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="71"/>
        <source>Plan {plan} has no target {target}.</source>
        <translation>规划 {plan} 中没有目标 {target}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="84"/>
        <source>Plan code &apos;{code}&apos;: use 1 to 20 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, such as XF-2026-2030.</source>
        <translation>规划代码“{code}”：请用 1 至 20 个字母、数字、“-”、“_”或“.”，例如 XF-2026-2030。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="92"/>
        <source>Plan {plan}: give its name (at most 300 characters).</source>
        <translation>规划 {plan}：请填写名称（不超过 300 个字）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="98"/>
        <source>Plan {plan}: the document number is at most 200 characters.</source>
        <translation>规划 {plan}：文号不超过 200 个字。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="106"/>
        <source>Plan {plan}: the years are between {low} and {high}, such as 2026–2030.</source>
        <translation>规划 {plan}：年份应在 {low} 至 {high} 之间，例如 2026—2030。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="114"/>
        <source>Plan {plan}: its last year {end} comes before its first year {start}.</source>
        <translation>规划 {plan}：截止年份 {end} 早于起始年份 {start}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="137"/>
        <source>Target {target}: {value} is not a figure; give a number above 0 with at most {places} decimals.</source>
        <translation>指标 {target}：{value} 不是有效数值；请填写大于 0、最多 {places} 位小数的数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="154"/>
        <source>Target code &apos;{code}&apos;: use 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, such as farmers_trained.</source>
        <translation>目标代码“{code}”：请用 1 至 40 个字母、数字、“-”、“_”或“.”，例如 farmers_trained。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="163"/>
        <source>Target {target}: give its name (at most 300 characters).</source>
        <translation>目标 {target}：请填写名称（不超过 300 个字）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="177"/>
        <source>Target {target}: the comparison is &apos;&gt;&apos; or &apos;&gt;=&apos;, not &apos;{value}&apos;.</source>
        <translation>目标 {target}：比较方式只能是“&gt;”或“&gt;=”，不能是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="185"/>
        <source>Target {target}: give the unit of its figure (人次, 个, % …; at most 20 characters).</source>
        <translation>目标 {target}：请填写目标值的计量单位（人次、个、% 等，不超过 20 个字）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="194"/>
        <source>Target {target}: there is no target group {group}; use one of {allowed}.</source>
        <translation>目标 {target}：没有 {group} 这个对象人群；请用 {allowed} 之一。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/rules.py" line="225"/>
        <source>Target code {target} is used twice; give each target its own code.</source>
        <translation>目标代码 {target} 用了两次；每个目标要有自己的代码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="23"/>
        <location filename="../../kesu_desktop/cli/ledgers.py" line="33"/>
        <location filename="../../kesu_desktop/plans/rules.py" line="237"/>
        <source>There is no reporting unit {unit}; give its code or name.</source>
        <translation>没有填报单位 {unit}；请填写单位代码或名称。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_bulletins.py" line="24"/>
        <source>The folder {folder} does not exist; insert the stick or create the folder.</source>
        <translation>文件夹 {folder} 不存在；请插入U盘或新建该文件夹。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="67"/>
        <location filename="../../kesu_desktop/plans/rules.py" line="70"/>
        <source>There is no plan {plan}.</source>
        <translation>没有规划 {plan}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_reports.py" line="28"/>
        <source>{file} could not be read as UTF-8 text.</source>
        <translation>无法把 {file} 当作 UTF-8 文本读取。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/evaluation.py" line="45"/>
        <source>No plan has ended before {today}, so there is no plan to evaluate.</source>
        <translation>在 {today} 之前没有已结束的规划，无可评估的规划。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/files.py" line="50"/>
        <source>Kind: choose consolidated, targets, evaluation, survey or scorecard.</source>
        <translation>报表种类：请选择 consolidated（汇总）、targets（目标进展）、evaluation（总结评估）、survey（科普统计）或 scorecard（督查评分）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/files.py" line="51"/>
        <source>Period: give the period of the report (2025-03, 2025-Q1 or 2025).</source>
        <translation>所属期：请给出报表的所属期（2025-03、2025-Q1 或 2025）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/files.py" line="52"/>
        <source>Period: this report is made for a whole year; give one, such as 2025.</source>
        <translation>所属期：这种报表按整年编制，请给出年份，例如 2025。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/survey_mapping.py" line="27"/>
        <source>Source: choose one of {allowed}.</source>
        <translation>来源：请从 {allowed} 中选择。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/survey_mapping.py" line="28"/>
        <source>Code: there is no {source} {code}; choose one of {allowed}.</source>
        <translation>代码：没有{source} {code}；请从 {allowed} 中选择。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/survey_mapping.py" line="29"/>
        <source>Row: {row} is not a main row of the national survey; choose one of {allowed}.</source>
        <translation>栏目：{row} 不是全国科普统计调查的主栏目；请从 {allowed} 中选择。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/survey_mapping.py" line="32"/>
        <source>The activity form {code} counts in the national survey row {row}, which is not a main row of {file}.</source>
        <translation>活动形式 {code} 计入全国科普统计调查栏目 {row}，但它不是 {file} 中的主栏目。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/texts.py" line="40"/>
        <source>Report text: &apos;{value}&apos; is not a passage of this report; give one of {keys}.</source>
        <translation>报表文字：“{value}”不是这份报表的段落；请给出 {keys} 之一。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/texts.py" line="47"/>
        <source>Report text ({key}): {length} characters is too long; shorten it to at most {limit}.</source>
        <translation>报表文字（{key}）：{length} 个字太长，请缩短到不超过 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/workbook.py" line="52"/>
        <source>{path} is not a county report made by KeSu (it has no signed report data).</source>
        <translation>{path} 不是科素填报生成的县级报表（没有签名的报表数据）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/workbook.py" line="53"/>
        <source>The signed report data in {path} is damaged ({detail}), so the report cannot be checked.</source>
        <translation>{path} 中签名的报表数据已损坏（{detail}），无法核对。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/workbook.py" line="56"/>
        <source>{path} was made by a newer version of KeSu (report format {version}). Install that version or newer.</source>
        <translation>{path} 由较新版本的科素填报生成（报表格式 {version}），请安装该版本或更新版本。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/workbook.py" line="59"/>
        <source>{file} was not written: reading it back did not give the same report ({problem}). The previous file, if any, is unchanged.</source>
        <translation>{file} 未写出：读回后与报表不一致（{problem}）。原有文件（如有）未改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/workbook.py" line="64"/>
        <source>The signature does not match the report data: the file was changed after KeSu signed it.</source>
        <translation>签名与报表数据不符：文件在科素填报签名后被改动过。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/workbook.py" line="67"/>
        <source>The sheet {sheet} of the report is missing.</source>
        <translation>报表缺少工作表 {sheet}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/workbook.py" line="69"/>
        <source>Sheet {sheet}, {section}: cell {cell} shows {shown}, but the signed report says {signed}.</source>
        <translation>工作表 {sheet}，{section}：单元格 {cell} 显示 {shown}，签名的报表数据为 {signed}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/document.py" line="42"/>
        <source>The file {path} could not be read; check that its drive is still there and try again.</source>
        <translation>无法读取文件 {path}；请检查所在的盘是否还在，然后重试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/document.py" line="45"/>
        <source>The file {path} is {size} bytes, far more than a county bulletin; it is not one, or it is damaged.</source>
        <translation>文件 {path} 有 {size} 字节，远大于县回执；它不是县回执，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/document.py" line="48"/>
        <source>The file {path} is not a county bulletin of KeSu, or it is damaged ({detail}); nothing was changed.</source>
        <translation>文件 {path} 不是科素填报的县回执，或已损坏（{detail}）；未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/document.py" line="51"/>
        <source>The bulletin {path} is written in format {version}, newer than this KeSu reads; install the newer version of KeSu the county uses.</source>
        <translation>回执 {path} 是第 {version} 版格式，比本程序能读的新；请安装县里使用的新版科素填报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/document.py" line="56"/>
        <source>The bulletin {path} does not match its signature: it was changed after the county wrote it; ask the county for a new one. Nothing was changed.</source>
        <translation>回执 {path} 与其签名不符：县里写好后被改动过；请向县里重新索取。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/township.py" line="33"/>
        <source>This bulletin is for {other}, not for {unit}; give each unit its own. Nothing was changed.</source>
        <translation>这份回执是给{other}的，不是给{unit}的；每个单位只导入自己的回执。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/township.py" line="36"/>
        <source>This is the first bulletin from the county: compare its key fingerprint {fingerprint} with the one the county states (on paper or by phone) and accept it if they agree. Nothing was changed.</source>
        <translation>这是县里的第一份回执：请把密钥指纹 {fingerprint} 与县里书面或电话告知的指纹核对，一致后再接受。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/township.py" line="41"/>
        <source>This is the first bulletin from the county: compare its key fingerprint {fingerprint} with the one the county states (on paper or by phone), then import it again with --accept-county-key. Nothing was changed.</source>
        <translation>这是县里的第一份回执：请把密钥指纹 {fingerprint} 与县里书面或电话告知的指纹核对，一致后加 --accept-county-key 重新导入。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/township.py" line="46"/>
        <source>This bulletin is signed by the key {fingerprint}, not by the county&apos;s key {pinned}: it does not come from the county office. Nothing was changed.</source>
        <translation>这份回执由密钥 {fingerprint} 签发，不是县里的密钥 {pinned}：它不是县科协办公室发出的。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/bulletins/township.py" line="51"/>
        <source>No bulletin from the county is applied, so there is none to undo.</source>
        <translation>没有已导入的县回执，无可撤销。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/bulletin.py" line="43"/>
        <source>This data folder belongs to the county office, which writes bulletins; a unit&apos;s folder imports them.</source>
        <translation>此数据文件夹属于县科协办公室，由它写回执；回执由各单位的文件夹导入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/bulletins.py" line="35"/>
        <source>The county holds no return of {unit} for {period}; nothing to send back.</source>
        <translation>县里没有{unit} {period} 的月报，无可退回。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/bulletins.py" line="36"/>
        <source>Reason: required; say what the unit is to correct, as it will read it in its bulletin.</source>
        <translation>原因：必填；写明单位需要更正什么，单位会在回执中看到。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/bulletins.py" line="39"/>
        <source>Version {version} of {unit}&apos;s return for {period} was sent back already.</source>
        <translation>{unit} {period} 月报第{version}版已经退回过。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/bulletins.py" line="40"/>
        <source>Notice: at most {limit} characters; shorten it.</source>
        <translation>通知：最多 {limit} 字；请缩短。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/ledgers.py" line="38"/>
        <source>The county holds the signed return of {period}, so this month takes nothing from a ledger; leave the row out.</source>
        <translation>县里已有 {period} 的签章月报，该月不再从台账补录；请略过这一行。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/ledgers.py" line="42"/>
        <source>The unit reports by monthly return from {first} on, so {period} takes nothing from a ledger; leave the row out.</source>
        <translation>该单位自 {first} 起报送月报，{period} 不从台账补录；请略过这一行。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="11"/>
        <source>{header}: {raw} is not a day that exists; type the day it was held.</source>
        <translation>{header}：{raw}不是存在的日子；请填写举办的日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="12"/>
        <source>{header}: {raw} names no single day; type the day it was held, such as 2022-06-15.</source>
        <translation>{header}：{raw}不是具体某一天；请填写举办的日期，如 2022-06-15。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="15"/>
        <source>{header}: {raw} has no year, and the ledger&apos;s title names none; type the date with its year.</source>
        <translation>{header}：{raw}没有年份，台账标题中也没有；请填写带年份的日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="18"/>
        <source>{header}: {raw} ends before it starts; type the first day, then the last.</source>
        <translation>{header}：{raw}结束早于开始；请先填开始日期，再填结束日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="21"/>
        <source>{header}: {raw} is not a date KeSu can read; type it as 2022-06-15 or 2022年6月15日.</source>
        <translation>{header}：{raw}不是可识别的日期；请写成 2022-06-15 或 2022年6月15日。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="24"/>
        <source>{header}: {raw} is not a number; type the number of people, or clear the cell if none was counted.</source>
        <translation>{header}：{raw}不是数字；请填写人数，未统计的请清空。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="27"/>
        <source>{header}: {raw} is below zero; type the number of people.</source>
        <translation>{header}：{raw}小于零；请填写人数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="28"/>
        <source>{header}: {raw} is approximate; it is stored as written ({value}), noted as approximate, once you confirm.</source>
        <translation>{header}：{raw}是约数；确认后按原数（{value}）保存，并注明为约数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="32"/>
        <source>{header}: {raw} is given in days; type the hours (课时), as KeSu will not guess a day&apos;s hours.</source>
        <translation>{header}：{raw}是按天记的；请填写课时数，本程序不推测一天折合多少课时。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="35"/>
        <source>{header}: {raw} is not a number; type the hours, such as 4.</source>
        <translation>{header}：{raw}不是数字；请填写课时，如 4。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="36"/>
        <source>{header}: {raw} is below zero; type the hours, such as 4.</source>
        <translation>{header}：{raw}小于零；请填写课时，如 4。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="37"/>
        <source>{header}: empty; type what the activity or training was.</source>
        <translation>{header}：为空；请填写活动或培训的名称。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="38"/>
        <source>{header}: {raw} is more than the row&apos;s {total} people in all; correct one of them.</source>
        <translation>{header}：{raw}多于这一行的总人数 {total}；请改正其中之一。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="41"/>
        <source>{header}: {raw} certificates are more than the row&apos;s {total} trainees; correct one of them.</source>
        <translation>{header}：取得证书 {raw} 人多于这一行的培训人数 {total}；请改正其中之一。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="45"/>
        <source>The same as row {row} of this sheet, so it is not stored twice; if it was held twice, change its date.</source>
        <translation>与本表第{row}行相同，不重复保存；如确实举办了两次，请改正日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/reasons.py" line="48"/>
        <source>Already stored: {title} of {date}, so it is not stored again.</source>
        <translation>已保存过：{date} 的“{title}”，不再重复保存。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="135"/>
        <location filename="../../kesu_desktop/store/moving.py" line="190"/>
        <location filename="../../ui/store/moving.py" line="164"/>
        <source>The data folder keeps its store in its own file already ({file}); nothing was changed.</source>
        <translation>数据文件夹的数据已经保存在它自己的数据库文件里（{file}）；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/county_store.py" line="138"/>
        <location filename="../../ui/store/moving.py" line="30"/>
        <source>The county&apos;s held totals differ after the move ({before} before, {after} after). Keep the folder as it is and ask for help: the store it worked on before the move is unchanged.</source>
        <translation>迁移后县里已收数据的合计不一致（迁移前 {before}，迁移后 {after}）。请保持文件夹现状并寻求帮助：迁移前使用的数据没有改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/copying.py" line="52"/>
        <source>The database {where} already holds data (table {table}), so the store was not copied into it; nothing was changed. Give an empty database.</source>
        <translation>数据库 {where} 里已有数据（表 {table}），因此没有把数据复制进去；没有做任何改动。请提供一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/moving.py" line="36"/>
        <source>The data folder {folder} is set up already and keeps its store in its own file; nothing was changed. Move that store onto the server instead (Settings, or county move-store).</source>
        <translation>数据文件夹 {folder} 已经初始化，数据保存在它自己的数据库文件里；没有做任何改动。请改为把这份数据迁移到服务器（在“设置”中，或用 county move-store）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/moving.py" line="41"/>
        <source>The data folder keeps its store on the server {server} already; nothing was changed. Move the store back into the folder&apos;s file first to change servers.</source>
        <translation>数据文件夹的数据已经保存在服务器 {server} 上；没有做任何改动。要换服务器，请先把数据迁回文件夹自己的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/moving.py" line="71"/>
        <source>The copy of the store on {target} does not match the store on {source} (table {table}), so the data folder keeps working on {source}; nothing it works on was changed.</source>
        <translation>{target} 上的副本与 {source} 上的数据不一致（表 {table}），因此数据文件夹继续使用 {source}；它所用的数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/moving.py" line="90"/>
        <source>The store on {where} is not at this release&apos;s schema, so it was not moved; open the data folder with this release once (it upgrades the store), then move it.</source>
        <translation>{where} 上的数据不是本版本的结构，因此没有迁移；请先用本版本打开一次数据文件夹（会升级数据结构），再迁移。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/moving.py" line="154"/>
        <source>The data folder {folder} holds no store to move; nothing was changed.</source>
        <translation>数据文件夹 {folder} 里没有可迁移的数据；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/moving.py" line="197"/>
        <source>There is a database file {file} in the data folder already, so the store was not moved back into it; nothing was changed. Move that file elsewhere first.</source>
        <translation>数据文件夹里已有数据库文件 {file}，因此没有把数据迁回；没有做任何改动。请先把那个文件移到别处。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="67"/>
        <source>Server: {text} is not a PostgreSQL address. Write it as postgresql://USER@HOST:PORT/DATABASE, for example postgresql://kesu@192.168.1.10:5432/kesu (the port may be left out; give the password separately, not in the address).</source>
        <translation>服务器：{text} 不是 PostgreSQL 地址。请写成 postgresql://用户@主机:端口/数据库，例如 postgresql://kesu@192.168.1.10:5432/kesu（端口可省略；密码另外提供，不要写在地址里）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="96"/>
        <source>Server: give the server&apos;s name or address (for example 192.168.1.10).</source>
        <translation>服务器：请填服务器的名称或地址（例如 192.168.1.10）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="97"/>
        <source>Database: give the name of the database on the server.</source>
        <translation>数据库：请填服务器上数据库的名称。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="98"/>
        <source>User: give the user name KeSu logs in with.</source>
        <translation>用户：请填科素填报登录所用的用户名。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="104"/>
        <source>Port: give a number from 1 to 65535 (usually 5432).</source>
        <translation>端口：请填 1 到 65535 之间的数（通常为 5432）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="132"/>
        <source>The file {path}, which says on which server this data folder keeps its store, cannot be read ({reason}). Put back its copy from a backup of the folder, or ask whoever set the folder up.</source>
        <translation>记录本数据文件夹的数据保存在哪台服务器上的文件 {path} 无法读取（{reason}）。请从文件夹的备份中放回它的副本，或询问设置这个文件夹的人。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="242"/>
        <source>The server {server} refused the login of user {user}: the password is wrong, or the user may not log in from this computer. Check the password with whoever looks after the server.</source>
        <translation>服务器 {server} 拒绝了用户 {user} 的登录：密码不对，或该用户不允许从这台电脑登录。请向管理服务器的人核对密码。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="252"/>
        <source>The server {host} has no database named {database}. Ask whoever looks after the server to create it (an empty database owned by {user}), or correct the name.</source>
        <translation>服务器 {host} 上没有名为 {database} 的数据库。请管理服务器的人建立它（一个属于 {user} 的空数据库），或改正名称。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="262"/>
        <source>KeSu cannot reach the database server {server} ({reason}). Check that the server is switched on, that this computer is on its network, and that the address and port are right; then try again.</source>
        <translation>科素填报连不上数据库服务器 {server}（{reason}）。请检查服务器是否开机、这台电脑是否在它的网络上、地址和端口是否正确，然后再试。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="274"/>
        <source>The county store is on the server {server}, which needs a password: give it in the environment variable {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>县级数据保存在服务器 {server} 上，需要密码：请放在环境变量 {variable} 中，或在终端中运行命令以便输入。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="352"/>
        <source>The server {server} runs PostgreSQL {version}, older than KeSu needs (12 or newer). Ask whoever looks after the server to upgrade it.</source>
        <translation>服务器 {server} 运行的是 PostgreSQL {version}，比科素填报要求的版本旧（需 12 或更新）。请管理服务器的人升级。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="365"/>
        <source>The database {server} holds a reporting unit&apos;s store, not the county office&apos;s; nothing was changed. A township keeps its store in its own data folder.</source>
        <translation>数据库 {server} 里是填报单位的数据，不是县科协办公室的；没有做任何改动。乡镇的数据保存在它自己的数据文件夹里。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store/server.py" line="374"/>
        <source>The database {server} holds tables of another program ({table}, …), not a KeSu store; nothing was changed. Give KeSu an empty database of its own.</source>
        <translation>数据库 {server} 里是别的程序的表（{table} 等），不是科素填报的数据；没有做任何改动。请给科素填报一个专用的空数据库。</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../ui/exception_hook.py" line="47"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/exception_hook.py" line="49"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/exception_hook.py" line="51"/>
        <source>Something went wrong that KeSu did not expect. Your saved records are safe. The details were written to the log file:
{path}</source>
        <translation>科素填报遇到了意外错误。已保存的记录不受影响。详细信息已写入日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="56"/>
        <source>Adding up the month</source>
        <translation>正在汇总本月数据</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="57"/>
        <source>Writing the Excel workbook</source>
        <translation>正在写入 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="58"/>
        <source>Writing the PDF</source>
        <translation>正在写入 PDF</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/export.py" line="59"/>
        <source>Recording the version</source>
        <translation>正在登记报表版次</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="111"/>
        <source>Export the return for {period}</source>
        <translation>导出 {period} 月报</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="114"/>
        <source>Choose another &amp;folder…</source>
        <translation>选择其他文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="116"/>
        <source>&amp;Look for USB sticks again</source>
        <translation>重新查找U盘(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="118"/>
        <source>Excel workbook for the county</source>
        <translation>报县里的 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="119"/>
        <source>PDF to print, sign and stamp</source>
        <translation>打印、签字、盖章用的 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="123"/>
        <source>Exporting locks {period}: its activities, trainings and period-end figures can no longer be changed. To correct it later, choose “Reopen for correction” on the Returns page and say why; the next export is then version 2, marked 更正.</source>
        <translation>导出后{period}将被锁定：该月的科普活动、培训和期末数都不能再修改。以后如需更正，请在“月报”页点“重新打开以更正”并写明原因，下次导出的就是标有“更正”的第2版。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="132"/>
        <source>{period} is not over yet. Nothing more will be recorded for it: export it now.</source>
        <translation>{period}还没有结束。我确认本月不会再登记任何内容，现在就导出。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="142"/>
        <source>Fill in period-end &amp;figures…</source>
        <translation>填写期末数(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="145"/>
        <source>Choose how to report them…</source>
        <translation>请选择未填项如何报送…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="146"/>
        <source>Report them as 0</source>
        <translation>未填项按 0 报送</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="147"/>
        <source>Report them as not applicable (—)</source>
        <translation>未填项按不适用（—）报送</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="163"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="166"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="180"/>
        <source>Write to:</source>
        <translation>写入位置：</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="204"/>
        <source>{count} period-end figures are not filled in: {names}. Fill them in, or choose how to report them.</source>
        <translation>有 {count} 项期末数未填：{names}。请填写，或选择如何报送。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="217"/>
        <source>USB stick {name} — {free} free</source>
        <translation>U盘 {name} — 剩余 {free}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="223"/>
        <source>Last used folder: {path}</source>
        <translation>上次使用的文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="227"/>
        <source>No USB stick found. Insert one, or choose a folder.</source>
        <translation>没有找到U盘。请插入U盘，或选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="236"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="239"/>
        <source>Folder: {path}</source>
        <translation>文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="252"/>
        <source>Choose where to write and at least one kind of file.</source>
        <translation>请选择写入位置，并至少选择一种文件。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="256"/>
        <source>Confirm that nothing more will be recorded for this month, or export it later.</source>
        <translation>请确认本月不会再登记任何内容，或者等本月结束后再导出。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="265"/>
        <source>Fill in the period-end figures, or choose how to report those left empty.</source>
        <translation>请填写期末数，或选择未填项如何报送。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="319"/>
        <source>Written and checked:
{names}
Version {version}, fingerprint {fingerprint}.
The files are complete: the USB stick is safe to remove.</source>
        <translation>已写入并校验：
{names}
第{version}版，指纹 {fingerprint}。
文件已完整写入，可以安全拔出U盘。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="332"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/export_dialog.py" line="333"/>
        <source>Nothing was exported: {message}</source>
        <translation>未导出：{message}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="13"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="14"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="15"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="16"/>
        <source>Activity form</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="17"/>
        <source>Target groups</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="18"/>
        <source>Target group</source>
        <translation>培训对象</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="19"/>
        <source>Campaign</source>
        <translation>主题活动</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="20"/>
        <source>Key project</source>
        <translation>重点工程</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="21"/>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="22"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="23"/>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="24"/>
        <source>Partner units</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="25"/>
        <source>Training organisation</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="26"/>
        <source>Participants (person-times)</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="27"/>
        <source>Of which women</source>
        <translation>其中女性人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="28"/>
        <source>Volunteers (person-times)</source>
        <translation>志愿者人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="29"/>
        <source>Materials handed out</source>
        <translation>发放资料份数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="30"/>
        <source>Sessions</source>
        <translation>培训期数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="31"/>
        <source>Trainees (person-times)</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="32"/>
        <source>Of which low-income</source>
        <translation>其中脱贫/低收入人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="33"/>
        <source>Certified</source>
        <translation>其中取得证书人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="34"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="35"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="39"/>
        <source>Activity title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="40"/>
        <source>Training title</source>
        <translation>培训名称</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="41"/>
        <source>Activity venue</source>
        <translation>活动地点</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/fields.py" line="42"/>
        <source>Training venue</source>
        <translation>培训地点</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="59"/>
        <source>Reporting unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="60"/>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="61"/>
        <source>Date filled in</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="62"/>
        <source>Clerk</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="63"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="64"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="65"/>
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/workbook/reader.py" line="66"/>
        <source>Version</source>
        <translation>报表版次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/spreadsheet/layout.py" line="34"/>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="28"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="29"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="30"/>
        <source>Moved to the bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="31"/>
        <source>Restored from the bin</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="34"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="35"/>
        <source>From a ledger</source>
        <translation>来自台账</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="36"/>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}，工作表 {sheet}，第{row}行</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="59"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="60"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="61"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="62"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="63"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="64"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="126"/>
        <source>History of “{title}”</source>
        <translation>“{title}”的修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/records/history_dialog.py" line="135"/>
        <source>Every change to this record, oldest first. Entries cannot be changed or removed.</source>
        <translation>这条记录的全部改动，按时间先后排列。修改记录不能更改或删除。</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../kesu_desktop/county/inbox/types.py" line="27"/>
        <source>New</source>
        <translation>新收</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/types.py" line="28"/>
        <source>Already held</source>
        <translation>已有相同</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/types.py" line="29"/>
        <source>Replaces an older version</source>
        <translation>替换旧版本</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/types.py" line="30"/>
        <source>Older version (ignored)</source>
        <translation>旧版本（不采用）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/types.py" line="31"/>
        <source>Conflict (refused)</source>
        <translation>冲突（拒收）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/types.py" line="32"/>
        <source>Invalid (refused)</source>
        <translation>无效（拒收）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/types.py" line="33"/>
        <source>Key to confirm</source>
        <translation>待确认密钥</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/types.py" line="34"/>
        <source>Skipped (not a return)</source>
        <translation>跳过（非月报）</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="27"/>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="28"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="29"/>
        <source>Replaced</source>
        <translation>已更换</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/keys.py" line="30"/>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../kesu_desktop/ledgers/rows.py" line="22"/>
        <source>ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/rows.py" line="23"/>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/rows.py" line="24"/>
        <source>needs fixing</source>
        <translation>待修改</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/rows.py" line="25"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/rows.py" line="26"/>
        <source>total row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/rows.py" line="27"/>
        <source>section row</source>
        <translation>分段行</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/ledgers/rows.py" line="28"/>
        <source>notes row</source>
        <translation>说明行</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="39"/>
        <source>not recognised — check</source>
        <translation>未能识别，请核对</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="76"/>
        <source>The header takes t&amp;wo rows</source>
        <translation>表头占两行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="81"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="82"/>
        <source>The year of the dates the ledger writes without one (6月12日)</source>
        <translation>未写年份的日期（如6月12日）所属年份</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="84"/>
        <source>&amp;Kind of ledger:</source>
        <translation>台账类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="85"/>
        <source>&amp;Header row:</source>
        <translation>表头所在行(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="87"/>
        <source>&amp;Year of dates without one:</source>
        <translation>未写年份的日期所属年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="88"/>
        <source>Columns</source>
        <translation>各列</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="91"/>
        <source>Activity forms written in the ledger</source>
        <translation>台账中写的活动形式</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="95"/>
        <source>Target groups of its activities</source>
        <translation>活动的对象人群</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="98"/>
        <source>Its trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="103"/>
        <source>Training ki&amp;nd:</source>
        <translation>培训类别(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/choices_panel.py" line="106"/>
        <source>Target &amp;group:</source>
        <translation>对象人群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="42"/>
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="65"/>
        <source>Bring in a ledger (台账)</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="69"/>
        <source>Ledger of {unit}: {file}. Its rows are kept as the unit&apos;s history from a ledger, apart from its signed returns, for the months before it used KeSu.</source>
        <translation>{unit}的台账：{file}。各行作为该单位使用本系统之前各月的台账补录数据保存，与签章月报分开。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="76"/>
        <source>Ledger: {file}</source>
        <translation>台账：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="89"/>
        <source>&amp;Leave out the rows that still need fixing</source>
        <translation>略过仍待修改的行(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="91"/>
        <source>I have &amp;checked the approximate figures; store them as written</source>
        <translation>约数已核对，按原数保存(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="97"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="183"/>
        <source>Nothing stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="191"/>
        <source>Ledger brought in</source>
        <translation>台账已导入</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="192"/>
        <source>{count} records stored from the ledger.</source>
        <translation>已从台账保存 {count} 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="206"/>
        <source>Ledger not read</source>
        <translation>台账未读取</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="218"/>
        <source>Bring in a ledger from</source>
        <translation>从哪里导入台账</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="242"/>
        <source>Bring in a unit&apos;s ledger (台账)</source>
        <translation>补录单位台账</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/import_dialog.py" line="243"/>
        <source>Whose ledger is it? (the months before the unit used KeSu)</source>
        <translation>这是哪个单位的台账？（该单位使用本系统之前的各月）</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/names.py" line="13"/>
        <source>Activities</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/names.py" line="14"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/names.py" line="16"/>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/names.py" line="18"/>
        <source>Date (or first and last day)</source>
        <translation>日期（或起止日期）</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/names.py" line="19"/>
        <source>Activity form (as written)</source>
        <translation>活动形式（台账原文）</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/names.py" line="20"/>
        <source>Training content</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/preview_model.py" line="28"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/preview_model.py" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/preview_model.py" line="30"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/preview_model.py" line="31"/>
        <source>Typed here; the ledger says: {text}</source>
        <translation>在此改过；台账原文：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/sheet_tabs.py" line="31"/>
        <source>Type over a cell of a record row to correct it (the ledger file is not changed); Enter keeps it.</source>
        <translation>在记录行的单元格上直接输入即可改正（不改动台账文件）；按回车确认。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/summary.py" line="12"/>
        <source>{ready} ready, {approximate} approximate, {needs_fixing} need fixing, {duplicate} duplicates; {skipped} rows passed over (totals, sections, notes).</source>
        <translation>可导入 {ready} 行，约数 {approximate} 行，待修改 {needs_fixing} 行，重复 {duplicate} 行；跳过 {skipped} 行（合计、分段、说明）。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/summary.py" line="17"/>
        <source>{sheet}, row {row}: the ledger&apos;s {label} says {stated} for {field}, but its rows add up to {sum}.</source>
        <translation>{sheet}，第{row}行：台账的{label}中{field}为 {stated}，但各行相加为 {sum}。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/summary.py" line="20"/>
        <source>{sheet}: no ledger header in its first rows, so it is left alone.</source>
        <translation>{sheet}：前几行中没有台账表头，不予读取。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/summary.py" line="21"/>
        <source>{count} records will be stored when you press Import.</source>
        <translation>按“导入”后将保存 {count} 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/summary.py" line="22"/>
        <source>Nothing can be stored yet: {count} rows need fixing. Type the corrections into the rows (their reasons say what to type), or tick “Leave out the rows that still need fixing”.</source>
        <translation>暂时不能保存：有 {count} 行待修改。请在这些行中改正（原因栏说明了应填什么），或勾选“略过仍待修改的行”。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/summary.py" line="27"/>
        <source>Nothing can be stored yet: {count} rows have approximate figures (such as 约300人). Check them, then tick “I have checked the approximate figures”.</source>
        <translation>暂时不能保存：有 {count} 行是约数（如约300人）。请核对后勾选“约数已核对”。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/summary.py" line="32"/>
        <source>Nothing to store: no row of the ledger is ready (each is already stored, or no record).</source>
        <translation>没有可保存的：台账中没有可导入的行（都已保存过，或不是记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/ledgers/summary.py" line="35"/>
        <source>Nothing can be stored: the ledger could not be checked.</source>
        <translation>不能保存：无法检查这份台账。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/actions.py" line="31"/>
        <source>Bring in a &amp;ledger (台账)…</source>
        <translation>导入台账(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../ui/store/lock.py" line="51"/>
        <location filename="../../ui/store/lock.py" line="100"/>
        <source>KeSu Desktop is locked</source>
        <translation>科素填报已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/store/lock.py" line="55"/>
        <source>This data folder has a password. Enter it to go on.</source>
        <translation>此数据文件夹设有密码，请输入密码后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/store/lock.py" line="60"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/store/lock.py" line="65"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/store/lock.py" line="69"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/lock.py" line="79"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Units &amp; keys</source>
        <translation>单位与密钥</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Completeness</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Consolidation</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Targets</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Activities</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Returns</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;About KeSu Desktop</source>
        <translation>关于科素填报(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Backed up to {file}</source>
        <translation>已备份到 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>KeSu Desktop</source>
        <translation>科素填报</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Unit: {name} ({code})  Clerk: {clerk}</source>
        <translation>单位：{name}（{code}）  填报人：{clerk}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Data: {folder}</source>
        <translation>数据：{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&lt;h3&gt;KeSu Desktop {version}&lt;/h3&gt;&lt;p&gt;Records the science-popularization work of Xiangfen County&apos;s townships, towns and departments and reports it to the county, offline.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei, Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;科素填报 {version}&lt;/h3&gt;&lt;p&gt;离线记录襄汾县各乡镇、开发区和县直部门的科普工作，并向县里报送。&lt;/p&gt;&lt;p&gt;数据文件夹：{folder}&lt;/p&gt;&lt;p&gt;中文字体：文泉驿微米黑，Apache License 2.0。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>About KeSu Desktop</source>
        <translation>关于科素填报</translation>
    </message>
</context>
<context>
    <name>OtherUnit</name>
    <message>
        <location filename="../../ui/store/other_unit.py" line="21"/>
        <source>A backup of another unit</source>
        <translation>另一个单位的备份</translation>
    </message>
    <message>
        <location filename="../../ui/store/other_unit.py" line="23"/>
        <source>This backup belongs to {backup_unit}, not to {folder_unit}.</source>
        <translation>这份备份属于{backup_unit}，不属于{folder_unit}。</translation>
    </message>
    <message>
        <location filename="../../ui/store/other_unit.py" line="28"/>
        <source>Restoring it replaces all the data of this folder ({folder_unit}) with the data of {backup_unit}: its records, its returns and its setup. This folder&apos;s current data is saved first, to {saved}.</source>
        <translation>恢复它会用{backup_unit}的数据（记录、月报和单位设置）替换本文件夹（{folder_unit}）的全部数据。本文件夹现有的数据会先另存到 {saved}。</translation>
    </message>
    <message>
        <location filename="../../ui/store/other_unit.py" line="35"/>
        <source>&amp;Replace with the data of {backup_unit}</source>
        <translation>用{backup_unit}的数据替换(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="70"/>
        <source>Target group</source>
        <translation>对象人群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="71"/>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="72"/>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="94"/>
        <location filename="../../ui/pages/overview.py" line="105"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="124"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="130"/>
        <source>&amp;Enter period-end figures…</source>
        <translation>填写期末数(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="170"/>
        <source>{count} period-end figures for {year}-{month:02d} are not filled in yet.</source>
        <translation>{year}年{month}月的期末数还有 {count} 项未填。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="178"/>
        <source>Period-end figures for {year}-{month:02d} are filled in.</source>
        <translation>{year}年{month}月的期末数已填齐。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="185"/>
        <source>This month ({year}-{month:02d})</source>
        <translation>本月（{year}年{month}月）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="187"/>
        <source>This year ({year})</source>
        <translation>本年（{year}年）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="192"/>
        <source>Every monthly return due so far has been exported.</source>
        <translation>到期的月报都已导出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="195"/>
        <source>{month} ({state})</source>
        <translation>{month}（{state}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="201"/>
        <source>Monthly returns to export ({count}): {months}</source>
        <translation>待导出的月报（{count} 个）：{months}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/store/password_dialog.py" line="33"/>
        <source>Remove the password</source>
        <translation>取消密码</translation>
    </message>
    <message>
        <location filename="../../ui/store/password_dialog.py" line="34"/>
        <source>Without a password, anyone using this computer can open KeSu Desktop.</source>
        <translation>取消密码后，任何使用这台电脑的人都能打开科素填报。</translation>
    </message>
    <message>
        <location filename="../../ui/store/password_dialog.py" line="37"/>
        <source>Change the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/store/password_dialog.py" line="39"/>
        <source>Set a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../ui/store/password_dialog.py" line="41"/>
        <source>KeSu Desktop will ask for the password at start and after the set idle time. Keep it safe: it cannot be shown again. If it is forgotten, ask whoever looks after this computer, or the county office, to clear it.</source>
        <translation>科素填报会在启动时和无操作超过设定时间后要求输入密码。请妥善保管：密码无法再显示。如果忘记了，请找负责这台电脑的人或县科协清除密码。</translation>
    </message>
    <message>
        <location filename="../../ui/store/password_dialog.py" line="53"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/password_dialog.py" line="55"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/password_dialog.py" line="56"/>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="41"/>
        <source>Records (activities or trainings)</source>
        <translation>填报记录（活动或培训）</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="42"/>
        <source>A period-end figure of the units</source>
        <translation>各单位的期末数</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="43"/>
        <source>Entered by the county</source>
        <translation>由县里录入</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="46"/>
        <source>Activities</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="47"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="50"/>
        <source>Number of records</source>
        <translation>记录条数</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="51"/>
        <source>Participants</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="52"/>
        <source>Women</source>
        <translation>女性人次</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="53"/>
        <source>Sessions</source>
        <translation>培训期数</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="54"/>
        <source>Trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="55"/>
        <source>Low-income trainees</source>
        <translation>低收入人员</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="56"/>
        <source>Trainees certified</source>
        <translation>取得证书人数</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="59"/>
        <source>Per semester</source>
        <translation>每学期</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="60"/>
        <source>Per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="61"/>
        <source>Over the whole plan</source>
        <translation>整个规划期</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="62"/>
        <source>At period end</source>
        <translation>期末</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="66"/>
        <source>Forms</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="67"/>
        <location filename="../../ui/county/measure_editor.py" line="73"/>
        <source>Target groups</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="68"/>
        <source>Campaigns</source>
        <translation>主题活动</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="69"/>
        <source>Key projects</source>
        <translation>重点工程</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="72"/>
        <source>Training kinds</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="144"/>
        <source>Co&amp;unts:</source>
        <translation>统计对象(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="160"/>
        <source>&amp;Records:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="161"/>
        <source>F&amp;igure:</source>
        <translation>统计数(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="162"/>
        <source>Only these (none ticked: all):</source>
        <translation>仅统计（都不勾选则为全部）：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="166"/>
        <source>In&amp;dicator:</source>
        <translation>指标(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="167"/>
        <source>The county enters this figure, with its source and date.</source>
        <translation>该数值由县里录入，并注明来源和日期。</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="241"/>
        <source>Which data it counts</source>
        <translation>统计哪些数据</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="253"/>
        <source>N&amp;umerator counts:</source>
        <translation>分子统计对象(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="260"/>
        <source>Den&amp;ominator counts:</source>
        <translation>分母统计对象(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="269"/>
        <source>A survey target counts no records: the county enters the figure, with its source.</source>
        <translation>调查类目标不统计填报记录，由县里录入数值并注明来源。</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="276"/>
        <location filename="../../ui/county/target_entries.py" line="49"/>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="277"/>
        <location filename="../../ui/county/target_entries.py" line="50"/>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="287"/>
        <source>Number of &amp;schools:</source>
        <translation>学校数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="288"/>
        <source>&amp;Per:</source>
        <translation>计算周期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/measure_editor.py" line="362"/>
        <source>Counts: {measure}</source>
        <translation>统计口径：{measure}</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="64"/>
        <source>{name} ({years})</source>
        <translation>{name}（{years}）</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="65"/>
        <source>{plan} — retired</source>
        <translation>{plan}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="84"/>
        <source>New plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="84"/>
        <source>Edit plan</source>
        <translation>编辑规划</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="90"/>
        <source>襄政办发〔2026〕…号</source>
        <translation>襄政办发〔2026〕…号</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="99"/>
        <location filename="../../ui/county/target_dialog.py" line="139"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="100"/>
        <location filename="../../ui/county/plan_editor.py" line="275"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="101"/>
        <location filename="../../ui/county/plan_editor.py" line="276"/>
        <source>&amp;Document number:</source>
        <translation>文号(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="102"/>
        <location filename="../../ui/county/plan_editor.py" line="277"/>
        <source>&amp;Years:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="104"/>
        <source>Targets of the plan</source>
        <translation>规划的目标</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="106"/>
        <source>&amp;Add target…</source>
        <translation>添加目标(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="107"/>
        <source>Ed&amp;it target…</source>
        <translation>编辑目标(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="108"/>
        <source>Re&amp;move target</source>
        <translation>删除目标(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="109"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="110"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="136"/>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="170"/>
        <source>The plan already has a target {code}; give this one its own code.</source>
        <translation>规划中已有目标 {code}，请为这项目标另取代码。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="254"/>
        <source>Copy plan</source>
        <translation>复制规划</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="268"/>
        <source>A new plan with the targets and shares of {plan}; the figures entered for it stay with it.</source>
        <translation>以“{plan}”的目标和分解任务新建一个规划；原规划已录入的数值仍留在原规划中。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="274"/>
        <source>New &amp;code:</source>
        <translation>新代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="326"/>
        <location filename="../../ui/county/plan_editor.py" line="328"/>
        <source>Plans</source>
        <translation>规划管理</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="331"/>
        <source>&amp;New plan…</source>
        <translation>新建规划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="332"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="333"/>
        <source>&amp;Copy…</source>
        <translation>复制(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="334"/>
        <location filename="../../ui/county/plan_editor.py" line="394"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="335"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="336"/>
        <source>&amp;Import plan file…</source>
        <translation>导入规划文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="337"/>
        <source>E&amp;xport plan file…</source>
        <translation>导出规划文件(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="394"/>
        <source>Rein&amp;state</source>
        <translation>重新启用(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="410"/>
        <source>Plan {code} was created.</source>
        <translation>已新建规划 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="415"/>
        <source>Plan {code} was saved.</source>
        <translation>规划 {code} 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="425"/>
        <source>Plan {code} was made from {plan}.</source>
        <translation>已由 {plan} 复制生成规划 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="435"/>
        <source>Plan {code} is in use again.</source>
        <translation>规划 {code} 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="437"/>
        <source>Plan {code} was retired: it is kept with its figures but no longer chosen by default.</source>
        <translation>规划 {code} 已停用：规划及已录入的数值均保留，但不再默认选用。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="449"/>
        <source>Delete plan</source>
        <translation>删除规划</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="450"/>
        <source>Delete plan {plan} with its targets and shares?</source>
        <translation>删除规划“{plan}”及其全部目标和分解任务吗？</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="462"/>
        <source>Plan {code} was deleted.</source>
        <translation>已删除规划 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="467"/>
        <location filename="../../ui/county/plan_editor.py" line="481"/>
        <source>Import plan file</source>
        <translation>导入规划文件</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="469"/>
        <location filename="../../ui/county/plan_editor.py" line="511"/>
        <source>Plan files ({patterns})</source>
        <translation>规划文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="482"/>
        <source>There is already a plan {code}. Replace its name, years, targets and shares with the file&apos;s? The figures entered for it are kept.</source>
        <translation>已有规划 {code}。要用文件中的名称、年度、目标和分解任务替换它吗？已录入的数值会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="500"/>
        <source>Plan {code} was imported from {file}.</source>
        <translation>已从 {file} 导入规划 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="509"/>
        <source>Export plan file</source>
        <translation>导出规划文件</translation>
    </message>
    <message>
        <location filename="../../ui/county/plan_editor.py" line="522"/>
        <source>Plan {code} was written to {file}.</source>
        <translation>规划 {code} 已导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="38"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="91"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="117"/>
        <source>Target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="117"/>
        <source>Edit target</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="131"/>
        <source>人次, 个, % …</source>
        <translation>人次、个、% …</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="140"/>
        <source>Name (C&amp;hinese):</source>
        <translation>中文名称(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="141"/>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="142"/>
        <source>&amp;Rule:</source>
        <translation>统计方式(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="143"/>
        <source>&amp;Figure and unit:</source>
        <translation>指标值及单位(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_dialog.py" line="144"/>
        <source>Target &amp;group:</source>
        <translation>目标人群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="48"/>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="53"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="54"/>
        <source>Part</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="55"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="56"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="57"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="92"/>
        <source>Entered figures</source>
        <translation>已录入的数值</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="99"/>
        <source>&amp;Remove entry</source>
        <translation>删除该条(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="109"/>
        <source>e.g. 第十二次中国公民科学素质抽样调查</source>
        <translation>如：第十二次中国公民科学素质抽样调查</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="110"/>
        <source>&amp;Add figure</source>
        <translation>添加数值(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="121"/>
        <source>&amp;Part:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="122"/>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="123"/>
        <source>As &amp;of:</source>
        <translation>截至日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="124"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="140"/>
        <source>Enter a figure:</source>
        <translation>录入数值：</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="229"/>
        <source>Split among units</source>
        <translation>分解到单位</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="234"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="234"/>
        <source>Share</source>
        <translation>分解任务</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="242"/>
        <source>Share of {unit}</source>
        <translation>{unit}的分解任务</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="272"/>
        <source>Sum of the shares: {sum} of the target&apos;s {figure} {unit}.</source>
        <translation>分解任务合计：{sum}，目标值 {figure} {unit}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_entries.py" line="291"/>
        <source>{unit}: {problem}</source>
        <translation>{unit}：{problem}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/returns/print_preview.py" line="48"/>
        <source>Page {number} of {total}</source>
        <translation>第 {number} 页 共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../ui/returns/print_preview.py" line="56"/>
        <source>This is how the return will print. Nothing has been exported or locked; the exported PDF is the same without the 预览 mark.</source>
        <translation>这就是月报打印出来的样子。现在还没有导出，也没有锁定；导出的 PDF 与此相同，只是没有“预览”字样。</translation>
    </message>
    <message>
        <location filename="../../ui/returns/print_preview.py" line="63"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="17"/>
        <source>Receipt list</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="19"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="20"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="21"/>
        <source>Period</source>
        <translation>期别</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="22"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="23"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="24"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="25"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="26"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="29"/>
        <source>Received: {time}</source>
        <translation>收件时间：{time}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="30"/>
        <source>Imported by: {actor}</source>
        <translation>导入人：{actor}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="31"/>
        <source>Import: {import_id}</source>
        <translation>导入批次：{import_id}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="32"/>
        <source>Undone on {time} by {actor}</source>
        <translation>已撤销（撤销时间：{time}，撤销人：{actor}）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="33"/>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="34"/>
        <source>Version {version}</source>
        <translation>第{version}版</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="35"/>
        <source>{year}-{month:02}-{day:02} {hour:02}:{minute:02}</source>
        <translation>{year}年{month}月{day}日 {hour:02}:{minute:02}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="36"/>
        <source>Files by status</source>
        <translation>按状态统计</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="37"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="38"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="39"/>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/inbox/receipt/content.py" line="40"/>
        <source>{title} ({office})</source>
        <translation>{title}（{office}）</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/records/entry_fields.py" line="48"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../ui/records/entry_fields.py" line="69"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/records/entry_fields.py" line="166"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/records/entry_fields.py" line="166"/>
        <source>not filled in</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../ui/records/lock_banner.py" line="14"/>
        <source>This record is in {period}, whose return was exported (version {version}), so it cannot be changed. To correct it, reopen the month for correction.</source>
        <translation>此记录属于{period}，该月月报已导出（第{version}版），不能修改。如需更正，请重新打开该月以便更正。</translation>
    </message>
    <message>
        <location filename="../../ui/records/lock_banner.py" line="28"/>
        <source>&amp;Reopen this month for correction…</source>
        <translation>重新打开该月以便更正(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="122"/>
        <source>&amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="123"/>
        <source>Co&amp;py as new</source>
        <translation>复制为新记录(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="125"/>
        <source>Save and &amp;new ({key})</source>
        <translation>保存并新建(&amp;N)（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="128"/>
        <source>&amp;Save ({key})</source>
        <translation>保存(&amp;S)（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="132"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="337"/>
        <source>A copy: change what differs, then save it as a new record.</source>
        <translation>这是一份副本：改好不同之处，再保存为新记录。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="379"/>
        <source>{period} is reopened for correction; the record can be changed.</source>
        <translation>{period}已重新打开以便更正，现在可以修改此记录。</translation>
    </message>
    <message>
        <location filename="../../ui/records/questions.py" line="23"/>
        <source>Please check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <location filename="../../ui/records/questions.py" line="24"/>
        <source>Please check before saving:</source>
        <translation>保存前请核对：</translation>
    </message>
    <message>
        <location filename="../../ui/records/questions.py" line="27"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/records/questions.py" line="28"/>
        <source>Go back and correct</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="460"/>
        <source>Saved “{title}”. Enter the next one.</source>
        <translation>已保存“{title}”。请录入下一条。</translation>
    </message>
    <message>
        <location filename="../../ui/records/editor.py" line="475"/>
        <source>A new copy of “{title}”; the original stays as stored. Save to add it.</source>
        <translation>这是“{title}”的新副本，原记录保持不变。保存后即新增一条。</translation>
    </message>
    <message>
        <location filename="../../ui/records/questions.py" line="38"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/records/questions.py" line="39"/>
        <source>Discard the changes to this record?</source>
        <translation>放弃对这条记录的修改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="40"/>
        <location filename="../../ui/records/training_editor.py" line="35"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="46"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="56"/>
        <location filename="../../ui/records/training_editor.py" line="46"/>
        <source>What and for whom</source>
        <translation>活动内容与对象</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="63"/>
        <source>Where, who and how many</source>
        <translation>地点、单位与人数</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="94"/>
        <source>Main group: {group}</source>
        <translation>主要对象：{group}</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="96"/>
        <source>Tick one or more; the first ticked is the main group.</source>
        <translation>可勾选一项或多项；最先勾选的为主要对象。</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="107"/>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="115"/>
        <source>New activity</source>
        <translation>新建科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/records/activity_editor.py" line="115"/>
        <source>Activity</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/records/training_editor.py" line="53"/>
        <source>How many</source>
        <translation>人数与期数</translation>
    </message>
    <message>
        <location filename="../../ui/records/training_editor.py" line="83"/>
        <source>New training</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <location filename="../../ui/records/training_editor.py" line="83"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/records/columns.py" line="41"/>
        <location filename="../../ui/records/columns.py" line="66"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="42"/>
        <location filename="../../ui/records/columns.py" line="67"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="43"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="44"/>
        <source>Target groups</source>
        <translation>对象人群</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="46"/>
        <source>Campaign</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="51"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="53"/>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="55"/>
        <location filename="../../ui/records/columns.py" line="77"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="56"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="95"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="94"/>
        <source>Activities</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="97"/>
        <source>&amp;New activity</source>
        <translation>新建科普活动(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="97"/>
        <source>&amp;New training</source>
        <translation>新建培训(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="99"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="100"/>
        <source>Copy as ne&amp;w</source>
        <translation>复制为新记录(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="101"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="102"/>
        <source>Histor&amp;y</source>
        <translation>修改记录(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="103"/>
        <source>&amp;Bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="105"/>
        <source>Enter or double-click</source>
        <translation>按 Enter 或双击</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="106"/>
        <source>Del; Ctrl+Z takes it back</source>
        <translation>Del；按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="156"/>
        <source>&amp;Undo ({key})</source>
        <translation>撤销(&amp;U)（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="165"/>
        <source>Ctrl+N new · Enter opens · Del moves to the bin (Ctrl+Z takes it back) · Ctrl+F search · click a column heading to sort</source>
        <translation>Ctrl+N 新建 · Enter 打开 · Del 移入回收站（Ctrl+Z 撤销）· Ctrl+F 搜索 · 点击列标题排序</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="217"/>
        <source>{count} activities</source>
        <translation>{count} 次科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="219"/>
        <source>{count} trainings</source>
        <translation>{count} 次培训</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="222"/>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="227"/>
        <source>Total of the records shown:</source>
        <translation>所列记录合计：</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="334"/>
        <source>Saved “{title}”. It is not in the list because of the period or the filter.</source>
        <translation>已保存“{title}”。因所选期间或筛选条件，它未显示在列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="366"/>
        <source>“{title}” moved to the bin.</source>
        <translation>“{title}”已移入回收站。</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="374"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="376"/>
        <source>“{title}” is in {period}, whose return was exported (version {version}), so it cannot be deleted unless the month is reopened for correction.</source>
        <translation>“{title}”属于{period}，该月月报已导出（第{version}版），除非重新打开该月以便更正，否则不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="385"/>
        <source>&amp;Reopen this month for correction…</source>
        <translation>重新打开该月以便更正(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="406"/>
        <source>“{title}” is back in the list.</source>
        <translation>“{title}”已放回列表。</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="68"/>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="70"/>
        <source>Target group</source>
        <translation>对象人群</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="75"/>
        <source>Sessions</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="76"/>
        <source>Trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../ui/records/columns.py" line="78"/>
        <source>Certified</source>
        <translation>获证人数</translation>
    </message>
    <message>
        <location filename="../../ui/records/page.py" line="94"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="48"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="49"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="50"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="62"/>
        <source>Previous month or year</source>
        <translation>上一月或上一年</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="65"/>
        <source>Next month or year</source>
        <translation>下一月或下一年</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="70"/>
        <source>All forms</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="71"/>
        <source>For&amp;m:</source>
        <translation>形式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="73"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="74"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="76"/>
        <source>All groups</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="79"/>
        <source>All campaigns</source>
        <translation>全部活动类别</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="82"/>
        <source>Title, venue, organiser, notes (Ctrl+F)</source>
        <translation>名称、地点、主办单位、备注（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="85"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="86"/>
        <source>Show this year&apos;s records of every kind again</source>
        <translation>重新显示今年的全部记录</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="102"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="104"/>
        <source>&amp;Target group:</source>
        <translation>对象人群(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="106"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/records/filter_bar.py" line="125"/>
        <source>&amp;Campaign:</source>
        <translation>活动类别(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/returns/reopen_dialog.py" line="30"/>
        <source>Reopen {period} for correction</source>
        <translation>重新打开 {period} 以便更正</translation>
    </message>
    <message>
        <location filename="../../ui/returns/reopen_dialog.py" line="33"/>
        <source>The month becomes editable again. The next export will be a new version marked as a correction (更正) that lists what changed. Why must the return be corrected?</source>
        <translation>该月将重新可以修改。下次导出将是标明“更正”的新版本，并列出改动内容。为什么要更正这份报表？</translation>
    </message>
</context>
<context>
    <name>ReportTextsDialog</name>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="26"/>
        <source>&amp;Summary:</source>
        <translation>总体情况(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="26"/>
        <source>Summary</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="29"/>
        <source>&amp;Achievements:</source>
        <translation>主要成效(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="30"/>
        <source>Achievements</source>
        <translation>主要成效</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="34"/>
        <source>&amp;Problems:</source>
        <translation>存在问题(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="35"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="39"/>
        <source>&amp;Next steps:</source>
        <translation>下一步打算(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="40"/>
        <source>Next steps</source>
        <translation>下一步打算</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="50"/>
        <source>The county&apos;s own text of the evaluation</source>
        <translation>总结评估的县级自撰文字</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="52"/>
        <source>These passages are printed in the evaluation as they are written here. One left empty is printed as ruled lines, to write on by hand.</source>
        <translation>以下各段按此处所写原样印入总结评估；留空的一段印为横线，供手写。</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="74"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="77"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_texts_dialog.py" line="97"/>
        <source>{passage}: {message}</source>
        <translation>{passage}：{message}</translation>
    </message>
</context>
<context>
    <name>ReportingRules</name>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="38"/>
        <source>Unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="39"/>
        <source>First return</source>
        <translation>首次报送月份</translation>
    </message>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="40"/>
        <source>First month (blank: automatic)</source>
        <translation>起报月份（留空：自动）</translation>
    </message>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="41"/>
        <source>Set by</source>
        <translation>设置人</translation>
    </message>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="51"/>
        <source>Reporting rules</source>
        <translation>报送规则</translation>
    </message>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="58"/>
        <source> of the following month</source>
        <translation>日前</translation>
    </message>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="59"/>
        <source>Returns are &amp;due by day</source>
        <translation>报送期限(&amp;D)：次月</translation>
    </message>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="66"/>
        <source>A unit is not counted missing before its first month of reporting. Leave the month blank to use the month of the first return received from the unit; write it as 2024-03 to set it.</source>
        <translation>起报月份之前的月份不计为未报。留空则以收到该单位第一份月报的月份为起报月份；如需指定，请按 2024-03 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/county/reporting_settings_dialog.py" line="92"/>
        <source>Each unit&apos;s &amp;first month of reporting:</source>
        <translation>各单位起报月份(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../kesu_desktop/county/reports/files.py" line="41"/>
        <source>Adding up the figures</source>
        <translation>正在汇总数字</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/files.py" line="42"/>
        <source>Writing the Excel workbook</source>
        <translation>正在写出 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/files.py" line="43"/>
        <source>Writing the PDF</source>
        <translation>正在写出 PDF</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/reports/files.py" line="44"/>
        <source>Recording the report</source>
        <translation>正在登记报表</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/county/report_writing.py" line="22"/>
        <source>Consolidated report</source>
        <translation>汇总报表</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="23"/>
        <source>Progress towards the targets</source>
        <translation>目标进展</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="24"/>
        <source>Evaluation of a plan</source>
        <translation>总结评估</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="25"/>
        <source>National survey figures</source>
        <translation>科普统计</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="26"/>
        <source>Annual supervision scorecard</source>
        <translation>年度督促检查评分表</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="69"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="70"/>
        <source>Kind</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="71"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="72"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="73"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/county/report_writing.py" line="74"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="46"/>
        <source>The county&apos;s activities and trainings of the period, added up by township and by kind.</source>
        <translation>本期全县的科普活动和培训，按乡镇和类别汇总。</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="49"/>
        <source>Where each target of the plan in force stands at the end of the period, against its figure.</source>
        <translation>现行规划每项目标截至期末的完成情况，与目标值对照。</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="52"/>
        <source>The closing evaluation of a plan: every target reached or not, with the county&apos;s own text.</source>
        <translation>规划期末的总结评估：每项目标是否完成，附县里自己撰写的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="55"/>
        <source>A year&apos;s figures in the rows of the national science-popularization survey.</source>
        <translation>一年的数据，按全国科普统计调查的栏目填列。</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="58"/>
        <source>A year&apos;s scores of each township for the county&apos;s inspection, ranked, with what they rest on.</source>
        <translation>一年中各单位的督查评分和排名，及评分依据，供县里督促检查用。</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="63"/>
        <source>A month</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="64"/>
        <source>A quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="65"/>
        <source>The whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="84"/>
        <source>County reports</source>
        <translation>县级报表</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="101"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="103"/>
        <source>P&amp;lan:</source>
        <translation>规划(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="105"/>
        <source>County&apos;s own &amp;text…</source>
        <translation>县级自撰文字(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="107"/>
        <source>&amp;Survey rows…</source>
        <translation>统计调查栏目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="111"/>
        <source>Look for &amp;USB sticks again</source>
        <translation>重新查找U盘(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="113"/>
        <source>&amp;Choose a folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="115"/>
        <source>&amp;Write report</source>
        <translation>生成报表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="118"/>
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="138"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="141"/>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="167"/>
        <source>Write to fol&amp;der:</source>
        <translation>写入位置(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="175"/>
        <source>Reports &amp;issued:</source>
        <translation>已生成的报表(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="205"/>
        <source>Mo&amp;nth:</source>
        <translation>月份(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="207"/>
        <source>Month {month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="210"/>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="212"/>
        <source>Q{quarter}</source>
        <translation>第{quarter}季度</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="248"/>
        <source>USB stick {name} — {free} free</source>
        <translation>U盘 {name} — 剩余 {free}</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="254"/>
        <source>Last used folder: {path}</source>
        <translation>上次使用的文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="260"/>
        <source>Where to write the report</source>
        <translation>报表写到哪里</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="267"/>
        <source>Folder: {path}</source>
        <translation>文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="281"/>
        <source>Choose where to write the report: a USB stick or a folder.</source>
        <translation>请选择报表写入的位置：U盘或文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="326"/>
        <source>Written and checked:
{files}
Fingerprint {fingerprint}.</source>
        <translation>已写入并核对：
{files}
指纹 {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="337"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/county/reports_page.py" line="339"/>
        <source>Nothing was written: {message}</source>
        <translation>未写入任何文件：{message}</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <location filename="../../kesu_desktop/returns/form.py" line="21"/>
        <source>Xiangfen County Association for Science and Technology</source>
        <translation>襄汾县科学技术协会</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/form.py" line="22"/>
        <source>Xiangfen County Science Literacy Work — Monthly Return</source>
        <translation>襄汾县全民科学素质工作月报表</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/form.py" line="23"/>
        <source>not filled in</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="37"/>
        <location filename="../../kesu_desktop/returns/tables.py" line="52"/>
        <location filename="../../kesu_desktop/returns/tables.py" line="85"/>
        <location filename="../../kesu_desktop/returns/tables.py" line="127"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="45"/>
        <location filename="../../kesu_desktop/returns/tables.py" line="116"/>
        <source>Held</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="45"/>
        <location filename="../../kesu_desktop/returns/tables.py" line="116"/>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="48"/>
        <source>Table 1</source>
        <translation>表1</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="49"/>
        <source>Science-popularization activities by form and target group</source>
        <translation>科普活动情况（按活动形式和对象人群）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="50"/>
        <source>Activity form</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="57"/>
        <location filename="../../kesu_desktop/returns/tables.py" line="118"/>
        <source>times, person-times</source>
        <translation>次、人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="96"/>
        <source>Of all activities: during Science and Technology Week</source>
        <translation>在全部活动中：科技活动周期间</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="112"/>
        <source>Table 2</source>
        <translation>表2</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="113"/>
        <source>Activities as counted by the national science-popularization statistics</source>
        <translation>科普活动情况（按全国科普统计口径）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="114"/>
        <source>Statistics row</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="132"/>
        <source>Table 3</source>
        <translation>表3</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="133"/>
        <source>Trainings by kind</source>
        <translation>培训情况（按培训类别）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="134"/>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="137"/>
        <source>Sessions</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="138"/>
        <source>Trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="46"/>
        <location filename="../../kesu_desktop/returns/tables.py" line="139"/>
        <source>Of which women</source>
        <translation>其中女性</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="94"/>
        <source>Of which: during Science and Technology Week</source>
        <translation>其中：科技活动周期间</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="105"/>
        <source>Of which: major events ({minimum} person-times or more)</source>
        <translation>其中：重大科普活动（{minimum}人次以上）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="140"/>
        <source>Of which low-income</source>
        <translation>其中脱贫/低收入</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="141"/>
        <source>Certified</source>
        <translation>其中取得证书人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="144"/>
        <source>sessions, person-times</source>
        <translation>期、人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="158"/>
        <source>Table 4</source>
        <translation>表4</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="159"/>
        <source>Teams and facilities at the end of the month</source>
        <translation>科普队伍与阵地（月末数）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="160"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="162"/>
        <source>At month end</source>
        <translation>月末数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/tables.py" line="164"/>
        <source>as stated per row</source>
        <translation>见各行</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/assemble.py" line="29"/>
        <source>Filled in by each township, the development zone and each county department.</source>
        <translation>本表由各乡镇、开发区和县直各成员单位填报。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/assemble.py" line="30"/>
        <source>Due at the county office by the 5th of the following month.</source>
        <translation>于次月5日前报县全民科学素质工作领导组办公室（县科协）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/assemble.py" line="31"/>
        <source>Checks: each Total equals the sum of its rows; of which women is not more than the person-times of Table 1 and than the trainees of Table 3; low-income and certified are not more than the trainees; schools with a science teacher are not more than the schools.</source>
        <translation>审核关系：各“合计”等于其各行之和；表1的其中女性不大于人次，表3的其中女性不大于培训人次；其中低收入人口、取得证书人次不大于培训人次；配有科学教师的学校数不大于学校数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/returns/assemble.py" line="37"/>
        <source>An activity serving several target groups is counted under its main group. 0 means none; — means not applicable.</source>
        <translation>一项活动面向多个对象人群的，计入其主要对象人群。0 表示没有；— 表示不适用。</translation>
    </message>
</context>
<context>
    <name>ReturnPreview</name>
    <message>
        <location filename="../../ui/returns/preview.py" line="27"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/returns/preview.py" line="63"/>
        <source>Unit: {unit}    Period: {period}    Clerk: {clerk}    Phone: {phone}    Reviewer: {reviewer}    Responsible: {responsible}</source>
        <translation>填报单位：{unit}    所属期：{period}    填报人：{clerk}    联系电话：{phone}    审核人：{reviewer}    单位负责人：{responsible}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/preview.py" line="97"/>
        <source>Preview: {period}</source>
        <translation>预览：{period}</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../../ui/returns/page.py" line="41"/>
        <source>not yet due</source>
        <translation>未到报送期</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="42"/>
        <source>due</source>
        <translation>待报送</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="43"/>
        <source>overdue</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="44"/>
        <source>exported, version {version}</source>
        <translation>已报送，第{version}版</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="45"/>
        <source>reopened for correction</source>
        <translation>已重新打开更正</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="49"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="50"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="51"/>
        <source>Plan to date</source>
        <translation>规划期至今</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="68"/>
        <source>Monthly returns</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="75"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="83"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="85"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="86"/>
        <source>Exported</source>
        <translation>报出时间</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="87"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="88"/>
        <source>County</source>
        <translation>县里</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="98"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="100"/>
        <source>Prin&amp;t preview…</source>
        <translation>打印预览(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="102"/>
        <source>&amp;Export to USB stick…</source>
        <translation>导出到U盘(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="104"/>
        <source>&amp;Reopen for correction…</source>
        <translation>重新打开更正(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="109"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="122"/>
        <source>Review:</source>
        <translation>汇总查看：</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="216"/>
        <source>No print preview</source>
        <translation>无法打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/returns/page.py" line="218"/>
        <source>Print preview of the return for {period}</source>
        <translation>{period}月报的打印预览</translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="49"/>
        <source>Send back a return</source>
        <translation>退回月报</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="50"/>
        <source>Send back {unit}&apos;s return</source>
        <translation>退回{unit}的月报</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="53"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="54"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="57"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="58"/>
        <source>{version} (received {time})</source>
        <translation>第{version}版（{time} 收到）</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="61"/>
        <source>The unit reads the reason in the next bulletin the county writes for it, and sends a corrected return. Say what is to be corrected:</source>
        <translation>单位会在县里下一次写给它的回执中看到退回原因，并报送更正版。请写明需要更正什么：</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="70"/>
        <source>Reason for sending back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="71"/>
        <source>Ctrl+Enter sends the return back</source>
        <translation>Ctrl+Enter 退回</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="73"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="77"/>
        <source>&amp;Send back</source>
        <translation>退回(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="133"/>
        <source>Send &amp;back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/send_back_dialog.py" line="135"/>
        <source>Send the selected month&apos;s return back to the unit to correct</source>
        <translation>把所选月份的月报退回该单位更正</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <location filename="../../ui/store/server_fields.py" line="50"/>
        <source>&amp;Keep the password in this computer&apos;s credential store</source>
        <translation>把密码保存在这台电脑的凭据管理器中(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_fields.py" line="54"/>
        <source>This computer has no credential store KeSu can use, so the password is asked at every start.</source>
        <translation>这台电脑没有科素填报可用的凭据管理器，因此每次启动都会询问密码。</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_fields.py" line="81"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_fields.py" line="92"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_fields.py" line="93"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_fields.py" line="94"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_fields.py" line="95"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_fields.py" line="96"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_fields.py" line="166"/>
        <source>The connection works: {server} can hold the county&apos;s store.</source>
        <translation>连接成功：{server} 可以保存县级数据。</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <location filename="../../ui/store/server_password_dialog.py" line="20"/>
        <source>Password of the database server</source>
        <translation>数据库服务器密码</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_password_dialog.py" line="22"/>
        <source>The county&apos;s store is on the database server {server}. Give the password of the user {user} there.</source>
        <translation>县级数据保存在数据库服务器 {server} 上。请输入该服务器上用户 {user} 的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_password_dialog.py" line="29"/>
        <source>The server refused the password given. Try again.</source>
        <translation>服务器拒绝了这个密码，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/store/server_password_dialog.py" line="35"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="53"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="61"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>Role:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>Reports with KeSu fr&amp;om:</source>
        <translation>开始用科素报送的月份(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Returns are due from this month on; earlier months are not counted as due, and can still be exported to catch up.</source>
        <translation>从这个月份起计算待报送的月报；更早的月份不计为待报送，如需补报仍可导出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>Display and storage</source>
        <translation>显示与存储</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>&amp;Display language:</source>
        <translation>界面语言(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="93"/>
        <source>Password and lock</source>
        <translation>密码和锁定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Re&amp;move password…</source>
        <translation>取消密码(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="110"/>
        <source>Loc&amp;k after (minutes without input):</source>
        <translation>无操作多少分钟后锁定(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="111"/>
        <source>Save se&amp;ttings</source>
        <translation>保存设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="194"/>
        <source>Nothing was saved; the unit stays {unit}.</source>
        <translation>未保存任何更改，单位仍为{unit}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="224"/>
        <source>Change the unit?</source>
        <translation>更换单位？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="227"/>
        <source>Change the unit to {new} and move the records?</source>
        <translation>确定把单位更换为{new}并转移这些记录吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="230"/>
        <source>&amp;Change the unit and move the records</source>
        <translation>更换单位并转移记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="241"/>
        <source>A password is set: KeSu Desktop asks for it at start and after the idle time.</source>
        <translation>已设置密码：科素填报在启动时和无操作超时后要求输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="243"/>
        <source>Change pass&amp;word…</source>
        <translation>修改密码(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="246"/>
        <source>No password is set: anyone using this computer can open KeSu Desktop.</source>
        <translation>未设置密码：任何使用这台电脑的人都能打开科素填报。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="248"/>
        <source>Set a pass&amp;word…</source>
        <translation>设置密码(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="263"/>
        <source>Password saved.</source>
        <translation>密码已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="265"/>
        <source>Password removed.</source>
        <translation>密码已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>No backup has been made yet.</source>
        <translation>还没有做过备份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="273"/>
        <source>Last backup: {time}, in {folder}</source>
        <translation>上次备份：{time}，位置：{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="285"/>
        <source>Choose a folder or USB stick for the backup</source>
        <translation>选择备份到的文件夹或U盘</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="297"/>
        <source>The backup failed; the details are in the log file.</source>
        <translation>备份失败，详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="300"/>
        <source>Backup saved: {file}</source>
        <translation>备份已保存：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="322"/>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="324"/>
        <source>KeSu backups (*.sqlite3);;All files (*)</source>
        <translation>科素填报备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="307"/>
        <location filename="../../ui/pages/settings.py" line="354"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="308"/>
        <source>Replace all data in {folder} with the backup {file}?

The current data is backed up first, to {saved}.</source>
        <translation>用备份 {file} 替换 {folder} 中的全部数据吗？

当前数据会先备份到 {saved}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="349"/>
        <source>The restore failed; the details are in the log file.</source>
        <translation>恢复失败，详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="355"/>
        <source>The backup was restored. The previous data was saved to {saved}.

KeSu Desktop closes now; start it again to work with the restored data.</source>
        <translation>备份已恢复。原有数据已保存到 {saved}。

科素填报现在关闭，请重新启动以使用恢复后的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="89"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="116"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="121"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="123"/>
        <source>R&amp;estore from a backup…</source>
        <translation>从备份恢复(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="205"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <source>The new language applies from the next start.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup/form.py" line="32"/>
        <source>Towns</source>
        <translation>镇</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="33"/>
        <source>Townships</source>
        <translation>乡</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="34"/>
        <source>Development zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="35"/>
        <source>County departments</source>
        <translation>县直部门</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="46"/>
        <source>&amp;Reporting unit (township, zone or department)</source>
        <translation>填报单位（乡镇、开发区或县直部门）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="47"/>
        <source>&amp;County office (imports and consolidates returns)</source>
        <translation>县科协办公室（导入和汇总报表）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="73"/>
        <source>Choose your unit…</source>
        <translation>请选择本单位…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="147"/>
        <source>C&amp;lerk (填报人) *</source>
        <translation>填报人(&amp;L) *</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="148"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="149"/>
        <source>Re&amp;viewer (审核人)</source>
        <translation>审核人(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="150"/>
        <source>Re&amp;sponsible person (单位负责人)</source>
        <translation>单位负责人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/form.py" line="151"/>
        <source>The reviewer and the responsible person sign the printed returns.</source>
        <translation>审核人和单位负责人在打印的报表上签字。</translation>
    </message>
</context>
<context>
    <name>SetupOnServer</name>
    <message>
        <location filename="../../ui/store/joining.py" line="60"/>
        <source>County store on a server</source>
        <translation>县级数据放在服务器上</translation>
    </message>
    <message>
        <location filename="../../ui/store/joining.py" line="75"/>
        <source>The server {server} holds the county store of {unit} already, set up by {clerk}. This computer joins it: the setup entered here was not saved, and the clerks work on the same store.</source>
        <translation>服务器 {server} 上已有{unit}的县级数据，由{clerk}设置。这台电脑加入使用它：这里填写的设置没有保存，各位工作人员使用同一份数据。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="39"/>
        <source>Welcome to KeSu Desktop</source>
        <translation>欢迎使用科素填报</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="41"/>
        <source>Record science-popularization activities and trainings, and report them to the county. First, say who uses this computer.</source>
        <translation>记录科普活动和培训，并向县里报送。首先，请说明这台电脑由谁使用。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="51"/>
        <source>This computer is used by:</source>
        <translation>使用单位：</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="52"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="67"/>
        <source>Where the county&apos;s store is kept</source>
        <translation>县级数据存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="69"/>
        <source>One clerk works on a store on this computer; several clerks at once work on one store on a PostgreSQL server. You can move the store later in Settings.</source>
        <translation>一位工作人员时，数据保存在这台电脑上；几位工作人员同时使用时，共用 PostgreSQL 服务器上的一份数据。以后也可以在“设置”中迁移。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="75"/>
        <source>On t&amp;his computer (in the data folder)</source>
        <translation>保存在这台电脑上（数据文件夹中）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="76"/>
        <source>On a Postgre&amp;SQL server (several clerks at once)</source>
        <translation>保存在 PostgreSQL 服务器上（多人同时使用）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="112"/>
        <source>Your unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="113"/>
        <source>Returns are filed in the name of this unit.</source>
        <translation>报表以此单位的名义报送。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="116"/>
        <source>Reports with KeSu fr&amp;om:</source>
        <translation>开始用科素报送的月份(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="119"/>
        <source>The first month whose return you send with KeSu Desktop. Earlier months are not counted as due; you can still export them to catch up.</source>
        <translation>用科素填报报送月报的第一个月份。更早的月份不计为待报送或逾期，如需补报仍可导出。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="129"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="161"/>
        <source>Who fills in and signs</source>
        <translation>填报与签字人员</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="163"/>
        <source>These names are printed on every return. You can change them later in Settings.</source>
        <translation>这些姓名会印在每份报表上，以后可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="202"/>
        <source>KeSu Desktop — first-run setup</source>
        <translation>科素填报 — 首次设置</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <location filename="../../ui/spreadsheet/files.py" line="11"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="44"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="45"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="46"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="47"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="64"/>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="86"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="87"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="88"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="89"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="90"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="91"/>
        <source>Reason or change</source>
        <translation>原因或改动</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="118"/>
        <source>Changes: {fields}</source>
        <translation>改动：{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="160"/>
        <source>The workbook holds no records.</source>
        <translation>工作簿中没有记录。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="161"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>新增 {added} 条，更新 {updated} 条，{unchanged} 条不变。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="165"/>
        <source>{errors} rows have errors (listed first): correct them in the workbook and open it again, or import only the valid rows.</source>
        <translation>有 {errors} 行有错（列在最前面）：请在工作簿中改正后重新打开，或只导入正确的行。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="171"/>
        <source>Nothing to import: every record is already stored as it is.</source>
        <translation>没有需要导入的内容：所有记录都已按原样保存。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="182"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入：新增 {added} 条，更新 {updated} 条，{unchanged} 条不变。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="186"/>
        <source>{errors} rows with errors were left out.</source>
        <translation>有错的 {errors} 行未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="201"/>
        <source>Import records from Excel</source>
        <translation>从 Excel 导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="202"/>
        <source>File: {file}</source>
        <translation>文件：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="212"/>
        <source>Import &amp;all</source>
        <translation>全部导入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="213"/>
        <source>Import &amp;valid rows only</source>
        <translation>只导入正确的行(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="233"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="283"/>
        <source>Nothing imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="54"/>
        <source>Export records to Excel</source>
        <translation>导出记录到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="56"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="57"/>
        <source>One year</source>
        <translation>一年</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="58"/>
        <source>One month</source>
        <translation>一个月</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="68"/>
        <source>&amp;Records:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="69"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="70"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="76"/>
        <source>The workbook has a sheet for activities and one for trainings, in the shape of the template. Edit it in Excel or WPS and import it again: rows keep their record numbers, so the records are updated, not added twice.</source>
        <translation>工作簿有“活动”和“培训”两张表，格式与模板相同。可在 Excel 或 WPS 中修改后再导入：各行保留记录编号，因此是更新原记录，不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="90"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="117"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="118"/>
        <source>{unit} activities and trainings {period}.xlsx</source>
        <translation>{unit}科普活动和培训记录_{period}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="127"/>
        <source>Export records to</source>
        <translation>导出记录到</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="159"/>
        <source>Save an empty Excel workbook</source>
        <translation>保存空白 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="160"/>
        <source>activities and trainings template.xlsx</source>
        <translation>科普活动和培训填报模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="171"/>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="175"/>
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="176"/>
        <source>An empty workbook was saved to {file}. Fill in one row per activity or training, then use File → Import records from Excel.</source>
        <translation>空白工作簿已保存到 {file}。每项活动或培训填一行，然后使用“文件 → 从 Excel 导入记录”。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="191"/>
        <source>Records exported</source>
        <translation>记录已导出</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/export_dialog.py" line="192"/>
        <source>{activities} activities and {trainings} trainings were saved to {file}.</source>
        <translation>已将 {activities} 条科普活动和 {trainings} 条培训保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="300"/>
        <source>Import records from</source>
        <translation>从以下文件导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/import_dialog.py" line="311"/>
        <source>Records imported</source>
        <translation>记录已导入</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/actions.py" line="24"/>
        <source>&amp;Import records from Excel…</source>
        <translation>从 Excel 导入记录(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/actions.py" line="42"/>
        <source>&amp;Export records to Excel…</source>
        <translation>导出记录到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheet/actions.py" line="44"/>
        <source>Save an empty Excel &amp;template…</source>
        <translation>保存空白 Excel 模板(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kesu_desktop/county/status/grid.py" line="30"/>
        <source>On time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/grid.py" line="31"/>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/grid.py" line="32"/>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/grid.py" line="33"/>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/grid.py" line="34"/>
        <source>Not due yet</source>
        <translation>未到报送期限</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/status/grid.py" line="35"/>
        <source>Before the first month</source>
        <translation>尚未开始报送</translation>
    </message>
</context>
<context>
    <name>StatusGrid</name>
    <message>
        <location filename="../../ui/county/status_model.py" line="42"/>
        <source>{days} d late</source>
        <translation>迟{days}天</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="43"/>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="44"/>
        <source>Zero</source>
        <translation>零报</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="72"/>
        <source>Late by {days} days</source>
        <translation>迟报{days}天</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="75"/>
        <source>Version {version} received {time}</source>
        <translation>第{version}版，{time}收到</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="79"/>
        <source>Due by {date}</source>
        <translation>报送期限：{date}</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="85"/>
        <source>No return was due</source>
        <translation>无应报月报</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="86"/>
        <source>{reported} of {due} returns due were reported</source>
        <translation>应报{due}份，已报{reported}份</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="172"/>
        <source>Sent back: {reason}</source>
        <translation>已退回：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="186"/>
        <location filename="../../ui/county/status_page.py" line="203"/>
        <source>{month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_model.py" line="187"/>
        <location filename="../../ui/county/status_model.py" line="190"/>
        <source>Rate</source>
        <translation>报送率</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../ui/county/status_page.py" line="72"/>
        <source>Reporting status</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="78"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="81"/>
        <source>Reporting &amp;rules…</source>
        <translation>报送规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="88"/>
        <source>Rate by month</source>
        <translation>各月报送率</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="89"/>
        <source>Chase-up list</source>
        <translation>催报单</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="136"/>
        <source>v2: corrected, the newest version counts</source>
        <translation>v2：已更正，以最新版本为准</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="137"/>
        <source>{mark}: sent back</source>
        <translation>{mark}：已退回</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="146"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="148"/>
        <source>&amp;Whole year to date</source>
        <translation>全年截至今日(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="150"/>
        <source>Chase-up &amp;list…</source>
        <translation>催报单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="151"/>
        <source>Write the chase-up list as Excel and PDF files</source>
        <translation>将催报单生成 Excel 和 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="184"/>
        <source>Reporting rate {rate} ({reported} of {due} returns due); missing {missing}, late {late}. Due by day {day} of the following month.</source>
        <translation>报送率 {rate}（应报{due}份，已报{reported}份）；未报{missing}份，迟报{late}份。报送期限为次月{day}日。</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="204"/>
        <source>Reporting rate by month, {year}</source>
        <translation>{year}年各月报送率</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="210"/>
        <source>Reporting rate (%)</source>
        <translation>报送率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="256"/>
        <source>Where to write the chase-up list</source>
        <translation>催报单保存到哪里</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="267"/>
        <source>Chase-up list not written</source>
        <translation>催报单未能生成</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="272"/>
        <source>Chase-up list written</source>
        <translation>催报单已生成</translation>
    </message>
    <message>
        <location filename="../../ui/county/status_page.py" line="273"/>
        <source>The chase-up list is written, to print:
{files}</source>
        <translation>催报单已生成，可打印：
{files}</translation>
    </message>
</context>
<context>
    <name>StockFigures</name>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="54"/>
        <location filename="../../ui/records/figures_dialog.py" line="70"/>
        <source>not filled in</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="57"/>
        <location filename="../../ui/records/figures_dialog.py" line="70"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="81"/>
        <source>carried over from {month}</source>
        <translation>沿用 {month} 的数</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="107"/>
        <source>Period-end figures</source>
        <translation>期末数（队伍与阵地）</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="112"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="127"/>
        <source>Enter the figures as they stand at the end of the month. Leave a field empty if you do not know it yet; 0 means there are none.</source>
        <translation>请填写月末时的数字。暂不清楚的可以先空着；0 表示没有。</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="162"/>
        <source>The figures in italics are carried over from an earlier month. Change what is different; they are stored for this month only once you confirm them.</source>
        <translation>斜体的数字沿用自之前的月份。请修改有变化的项；经您确认后才作为本月数字保存。</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="181"/>
        <source>Carried-over figures</source>
        <translation>沿用的期末数</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="183"/>
        <source>{count} figures are carried over from earlier months (in italics). Store them as the figures of {month}?</source>
        <translation>有 {count} 项期末数沿用自之前的月份（斜体）。要把它们作为 {month} 的数字保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="189"/>
        <source>&amp;Store them too</source>
        <translation>一并保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="190"/>
        <source>&amp;Leave them not filled in</source>
        <translation>暂不填写这些项(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/records/figures_dialog.py" line="204"/>
        <source>{name}: &apos;{value}&apos; is not a whole number; type digits only.</source>
        <translation>{name}：“{value}”不是整数，请只填数字。</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../../ui/store/location_box.py" line="28"/>
        <source>Where the store is kept</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="33"/>
        <source>Move to a ser&amp;ver…</source>
        <translation>迁移到服务器(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="35"/>
        <source>Move back to this &amp;computer…</source>
        <translation>迁回这台电脑(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="37"/>
        <source>&amp;Forget the kept password</source>
        <translation>忘记保存的密码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="56"/>
        <source>This computer: {file}</source>
        <translation>这台电脑：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="59"/>
        <source>Server: {server}</source>
        <translation>服务器：{server}</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="80"/>
        <location filename="../../ui/store/moving.py" line="46"/>
        <source>Move the store to a server</source>
        <translation>把数据迁移到服务器</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="81"/>
        <source>Move the county&apos;s store from {file} onto the server {server}?

Close every other KeSu window and command on this data folder first. The whole store is copied and checked; the folder&apos;s old file is then kept in its backups, and every clerk who joins the server works on the same store.</source>
        <translation>把县级数据从 {file} 迁移到服务器 {server} 吗？

请先关闭打开这个数据文件夹的其他科素填报窗口和命令。整份数据会被复制并核对；文件夹原来的文件随后保留在它的备份中，加入这台服务器的每位工作人员都使用同一份数据。</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="87"/>
        <source>&amp;Move to the server</source>
        <translation>迁移到服务器(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="95"/>
        <source>Move the store back to this computer</source>
        <translation>把数据迁回这台电脑</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="96"/>
        <source>Move the county&apos;s store from the server {server} back into this computer&apos;s data folder ({file})?

The server&apos;s database is left as it is: other clerks may go on working on it, and what they save there from now on is not in this folder.</source>
        <translation>把县级数据从服务器 {server} 迁回这台电脑的数据文件夹（{file}）吗？

服务器上的数据库保持原样：其他工作人员可以继续使用它，他们今后在那里保存的内容不在本文件夹中。</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="102"/>
        <source>&amp;Move back</source>
        <translation>迁回(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="116"/>
        <source>The store was moved. KeSu Desktop closes now; start it again.</source>
        <translation>数据已迁移。科素填报现在关闭，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="128"/>
        <source>The store was not moved; the details are in the log file.</source>
        <translation>数据没有迁移；详细情况见日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/store/location_box.py" line="143"/>
        <source>The kept password was forgotten; it is asked at the next start.</source>
        <translation>已忘记保存的密码；下次启动时会询问。</translation>
    </message>
    <message>
        <location filename="../../ui/store/moving.py" line="48"/>
        <source>Give an empty database on the PostgreSQL server (ask whoever looks after the server to create one for KeSu). The whole store is copied there and checked before the folder works on it.</source>
        <translation>请提供 PostgreSQL 服务器上的一个空数据库（请管理服务器的人为科素填报建一个）。整份数据会先复制过去并核对，然后文件夹才使用它。</translation>
    </message>
    <message>
        <location filename="../../ui/store/moving.py" line="77"/>
        <source>Copying the store…</source>
        <translation>正在复制数据…</translation>
    </message>
    <message>
        <location filename="../../ui/store/moving.py" line="79"/>
        <source>Moving the store</source>
        <translation>正在迁移数据</translation>
    </message>
    <message>
        <location filename="../../ui/store/moving.py" line="90"/>
        <source>Copying table {table} ({done} of {total})…</source>
        <translation>正在复制表 {table}（第 {done} 张，共 {total} 张）…</translation>
    </message>
    <message>
        <location filename="../../ui/store/moving.py" line="183"/>
        <source>Moved the store from {source} to {target}: {rows} rows in {tables} tables, each table&apos;s count and sums equal.</source>
        <translation>已把数据从 {source} 迁移到 {target}：{tables} 张表共 {rows} 行，每张表的行数和合计都一致。</translation>
    </message>
    <message>
        <location filename="../../ui/store/moving.py" line="188"/>
        <source>The county&apos;s held totals are the same before and after the move: {returns} returns held, {activities} activities with {participants} participants, {trainings} trainings with {trainees} trainees.</source>
        <translation>迁移前后县里已收数据的合计相同：已收月报 {returns} 份，科普活动 {activities} 次、{participants} 人次，培训 {trainings} 次、{trainees} 人次。</translation>
    </message>
    <message>
        <location filename="../../ui/store/moving.py" line="196"/>
        <source>The folder&apos;s old database file is kept as {file}.</source>
        <translation>文件夹原来的数据库文件保留为 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/store/moving.py" line="202"/>
        <source>The database on the server was left as it is; what other clerks save there from now on is not in this folder.</source>
        <translation>服务器上的数据库保持原样；其他工作人员今后在那里保存的内容不在本文件夹中。</translation>
    </message>
</context>
<context>
    <name>SurveyMappingDialog</name>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="33"/>
        <source>Rows of the national survey</source>
        <translation>全国科普统计调查栏目</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="39"/>
        <source>Activity form</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="40"/>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="55"/>
        <source>Each activity form and training kind is counted in one main row of the national survey. Those marked * are the county&apos;s own choice; the others are the reference data&apos;s.</source>
        <translation>每种活动形式和培训类别计入全国科普统计调查的一个主栏目。标 * 的是县里自己的选择，其余为基础数据的默认栏目。</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="65"/>
        <source>Counted from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="67"/>
        <source>Row of the survey</source>
        <translation>统计调查栏目</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="88"/>
        <source>&amp;Rows:</source>
        <translation>栏目(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="90"/>
        <source>Back to the &amp;default for this line</source>
        <translation>本行恢复默认(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="93"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/county/survey_mapping_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="30"/>
        <source>survey result</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="31"/>
        <source>cumulative over the plan</source>
        <translation>规划期累计</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="32"/>
        <source>each year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="33"/>
        <source>growth over the plan</source>
        <translation>规划期新增</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="34"/>
        <location filename="../../kesu_desktop/plans/measures.py" line="58"/>
        <source>at period end</source>
        <translation>期末数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="35"/>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="36"/>
        <source>per school</source>
        <translation>每校</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="39"/>
        <source>Activities held</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="40"/>
        <source>Activity attendance</source>
        <translation>活动参与人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="41"/>
        <source>Women attending activities</source>
        <translation>活动女性参与人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="42"/>
        <source>Trainings held</source>
        <translation>培训次数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="43"/>
        <source>Training sessions</source>
        <translation>培训期数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="44"/>
        <source>Trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="45"/>
        <source>Women trained</source>
        <translation>培训女性人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="46"/>
        <source>Low-income trainees</source>
        <translation>培训低收入人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="47"/>
        <source>Trainees certified</source>
        <translation>培训取证人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="50"/>
        <source>the figure the county enters</source>
        <translation>县里填报的数值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="51"/>
        <source>the numerator the county enters</source>
        <translation>县里填报的分子</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="52"/>
        <source>the denominator the county enters</source>
        <translation>县里填报的分母</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="55"/>
        <source>per semester</source>
        <translation>每学期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="56"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="57"/>
        <source>over the plan</source>
        <translation>规划期内</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="210"/>
        <source>records</source>
        <translation>活动或培训记录</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="240"/>
        <source>a period-end figure</source>
        <translation>一项期末数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="259"/>
        <source>a numerator and a denominator</source>
        <translation>分子和分母</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plans/measures.py" line="265"/>
        <source>a figure per school</source>
        <translation>每校数</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="67"/>
        <source>Plan targets</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="71"/>
        <source>No plan covers this month</source>
        <translation>没有覆盖该月份的规划</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="76"/>
        <source>P&amp;lans…</source>
        <translation>规划管理(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="78"/>
        <source>&amp;Plan:</source>
        <translation>规划(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="80"/>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="92"/>
        <source>&amp;Create or import a plan…</source>
        <translation>新建或导入规划(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="115"/>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="116"/>
        <source>Progress c&amp;hart</source>
        <translation>进度图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="194"/>
        <source>No plan to show</source>
        <translation>没有可显示的规划</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="218"/>
        <source>Progress of every target</source>
        <translation>各项目标完成进度</translation>
    </message>
    <message>
        <location filename="../../ui/county/targets.py" line="227"/>
        <source>% of the figure (bars stop at {cap}%)</source>
        <translation>占指标值的百分比（柱长最多显示到 {cap}%）</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_table.py" line="29"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_table.py" line="30"/>
        <source>Rule</source>
        <translation>统计方式</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_table.py" line="33"/>
        <location filename="../../ui/county/targets.py" line="221"/>
        <source>Reached</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_table.py" line="34"/>
        <location filename="../../ui/county/targets.py" line="223"/>
        <source>Expected by now</source>
        <translation>目前应达</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_table.py" line="35"/>
        <source>Forecast</source>
        <translation>期末预计</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_table.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="40"/>
        <source>E&amp;nter figure…</source>
        <translation>录入数值(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="42"/>
        <source>S&amp;plit among units…</source>
        <translation>分解到单位(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="66"/>
        <source>Choose a target to see its progress.</source>
        <translation>选择一项目标，查看其进展。</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="76"/>
        <source>Counts: {measure}
Actual {actual} ({percent} reached), expected by now {expected}, forecast to the plan&apos;s end {forecast}: {status}.</source>
        <translation>统计口径：{measure}
实际完成 {actual}（完成 {percent}），目前应达 {expected}，预计规划期末 {forecast}：{status}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="93"/>
        <source>Latest figure: {value}, as of {date}; source: {source}.</source>
        <translation>最新数值：{value}，截至 {date}；来源：{source}。</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="98"/>
        <source>No figure has been entered for this target yet.</source>
        <translation>该目标尚未录入数值。</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="105"/>
        <location filename="../../ui/county/target_detail.py" line="141"/>
        <location filename="../../ui/county/target_table.py" line="32"/>
        <source>Actual</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="105"/>
        <source>Expected</source>
        <translation>应达进度</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="109"/>
        <source>{target}: each year</source>
        <translation>{target}：逐年完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="113"/>
        <location filename="../../ui/county/target_table.py" line="31"/>
        <source>Figure</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="120"/>
        <source>{target}: actual against expected</source>
        <translation>{target}：实际完成与应达进度</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="122"/>
        <source>{target}: no figures yet</source>
        <translation>{target}：暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="143"/>
        <source>Share</source>
        <translation>分解任务</translation>
    </message>
    <message>
        <location filename="../../ui/county/target_detail.py" line="145"/>
        <source>Each unit&apos;s contribution</source>
        <translation>各单位完成情况</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="53"/>
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="54"/>
        <source>on track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="55"/>
        <source>behind</source>
        <translation>进度滞后</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="56"/>
        <source>at risk</source>
        <translation>有完不成的风险</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="57"/>
        <source>not met</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="58"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="60"/>
        <source>No plan covers {month}; shown is the most recent plan, {plan} ({start}–{end}).</source>
        <translation>{month}不在任何规划期内；显示的是最近的规划：{plan}（{start}—{end}年）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/county/targets/progress.py" line="63"/>
        <source>No plan covers {month}, and there is no earlier plan: the county enters or imports one (Plans) to track targets.</source>
        <translation>{month}不在任何规划期内，之前也没有规划：请县里在“规划”中录入或导入规划后再跟踪目标。</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../../ui/county/drilldown_dialog.py" line="44"/>
        <source>Behind the figures: {line}, {period}</source>
        <translation>数据明细：{line}，{period}</translation>
    </message>
    <message>
        <location filename="../../ui/county/drilldown_dialog.py" line="48"/>
        <source>Units behind “{line}” in {period}: {count}.</source>
        <translation>{period}构成“{line}”的单位共 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/county/drilldown_dialog.py" line="52"/>
        <source>No unit has anything under “{line}” in {period}.</source>
        <translation>{period}没有单位在“{line}”下有数据。</translation>
    </message>
    <message>
        <location filename="../../ui/county/drilldown_dialog.py" line="94"/>
        <source>&amp;Records of {unit} counted here: {count}</source>
        <translation>{unit}计入此数的记录(&amp;R)：{count} 条</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="22"/>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="23"/>
        <source>Participants</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="24"/>
        <location filename="../../ui/county/totals_model.py" line="46"/>
        <source>Women</source>
        <translation>其中女性</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="25"/>
        <source>Trainings</source>
        <translation>培训次数</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="26"/>
        <source>Trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="29"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="30"/>
        <location filename="../../ui/county/totals_model.py" line="44"/>
        <source>Target group</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="31"/>
        <source>Activity form</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="32"/>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="33"/>
        <location filename="../../ui/county/totals_model.py" line="47"/>
        <source>Campaign</source>
        <translation>活动主题</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="34"/>
        <location filename="../../ui/county/totals_model.py" line="48"/>
        <source>Key project</source>
        <translation>重点工程</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="36"/>
        <source>Months held</source>
        <translation>已收报表月数</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="38"/>
        <location filename="../../ui/county/totals_page.py" line="38"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="39"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="40"/>
        <source>Record</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="41"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="42"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="43"/>
        <source>Form or kind</source>
        <translation>形式或类别</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="45"/>
        <source>Participants or trainees</source>
        <translation>参与人次或培训人次</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="49"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="53"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="54"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="98"/>
        <location filename="../../ui/county/totals_page.py" line="259"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_model.py" line="124"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="39"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="40"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="41"/>
        <source>Plan period</source>
        <translation>规划期</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="45"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="46"/>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="47"/>
        <source>Measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="85"/>
        <source>County totals</source>
        <translation>全县汇总</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="88"/>
        <source>The sum of the newest version of each unit&apos;s returns. Period-end figures are each unit&apos;s latest within the period, added up over the units. Double-click a line, or press Enter, to see the units and records behind it.</source>
        <translation>按各单位每份报表的最新版本汇总。期末数取各单位在本期内最近一次填报的数，再按单位相加。双击某一行或按回车键，可查看构成该数的单位和记录。</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="102"/>
        <source>2024-03, 2024-Q1, 2024 or PLAN-2021</source>
        <translation>如 2024-03、2024-Q1、2024 或 PLAN-2021</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="104"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="108"/>
        <source>&amp;Period:</source>
        <translation>统计期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="110"/>
        <source>or &amp;type one:</source>
        <translation>或直接输入(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="112"/>
        <source>Break down &amp;by:</source>
        <translation>分组方式(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="222"/>
        <source>{period}: returns of {units} of {all} units are held.</source>
        <translation>{period}：{all} 个单位中已收到 {units} 个单位的报表。</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="228"/>
        <source>Nothing is held for {period}: no unit&apos;s return for it has been imported.</source>
        <translation>{period}暂无数据：尚未导入任何单位该期的报表。</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="237"/>
        <source>Period-&amp;end figures at the end of {month}</source>
        <translation>{month}末期末数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/county/totals_page.py" line="243"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>UnitKeys</name>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="72"/>
        <source>Confirm the key of {unit}</source>
        <translation>确认{unit}的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="73"/>
        <location filename="../../ui/county/key_dialogs.py" line="170"/>
        <source>{unit} ({code})</source>
        <translation>{unit}（{code}）</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="79"/>
        <source>&amp;Key waiting:</source>
        <translation>待确认密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="82"/>
        <source>Fingerprint of the key</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="85"/>
        <source>&amp;The fingerprint on the paper return is exactly the same</source>
        <translation>纸质月报上的指纹与此完全相同(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="88"/>
        <source>{unit} already has a confirmed key ({old}). Confirming this key replaces it: returns signed with the old key are refused from then on. Say why the key changed (the unit&apos;s computer was reinstalled or replaced, say):</source>
        <translation>{unit}已有确认的密钥（{old}）。确认这个密钥将替换原密钥：此后用原密钥签署的月报一律拒收。请说明密钥更换的原因（例如该单位的电脑重装或更换）：</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="98"/>
        <source>Reason for the change</source>
        <translation>更换原因</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="102"/>
        <source>&amp;Confirm the key</source>
        <translation>确认密钥(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="131"/>
        <source>Compare it with the fingerprint printed in the footer of {unit}&apos;s signed and stamped paper return, at the bottom right of the page: 密钥：{fingerprint}. Confirm the key only when both are exactly the same; if they differ, do not confirm it, and call the unit.</source>
        <translation>请与{unit}签字盖章的纸质月报页脚（页面右下角）印的指纹核对：密钥：{fingerprint}。两者完全相同才能确认；如不相同，请勿确认，并与该单位联系。</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="169"/>
        <source>Revoke the key of {unit}</source>
        <translation>吊销{unit}的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="175"/>
        <source>Revoke the key when the unit&apos;s computer was lost or stolen, or the key is not to be trusted any more. Returns signed with it are refused from now on; the returns already imported stay. The unit then exports from its new installation, and you confirm the new key. Why is the key revoked?</source>
        <translation>单位的电脑丢失、被盗，或密钥不再可信时，吊销其密钥。此后用该密钥签署的月报一律拒收；已导入的月报保留。该单位随后从新安装的软件导出月报，再由您确认新的密钥。为什么吊销这个密钥？</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="184"/>
        <source>Reason for revoking</source>
        <translation>吊销原因</translation>
    </message>
    <message>
        <location filename="../../ui/county/key_dialogs.py" line="188"/>
        <source>&amp;Revoke the key</source>
        <translation>吊销密钥(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="39"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="40"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="41"/>
        <source>Key</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="42"/>
        <source>Confirmed key</source>
        <translation>已确认的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="43"/>
        <source>Waiting to be confirmed</source>
        <translation>待确认的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="44"/>
        <source>Earlier keys</source>
        <translation>以前的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="47"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="48"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="49"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="50"/>
        <source>Decided</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="51"/>
        <source>By</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="52"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="55"/>
        <source>No key yet</source>
        <translation>尚无密钥</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="96"/>
        <source>{key} ({reason})</source>
        <translation>{key}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="154"/>
        <source>Units &amp; keys</source>
        <translation>单位与密钥</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="157"/>
        <source>Each unit signs its returns with its own key. Its first return waits until you confirm the key, by comparing its fingerprint with the one printed on the unit&apos;s signed and stamped paper return.</source>
        <translation>每个单位用自己的密钥签署月报。该单位的第一份月报要等您确认密钥后才能导入：确认前，请把密钥指纹与该单位签字盖章的纸质月报上印的指纹核对。</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="166"/>
        <source>Show only units with a key &amp;waiting</source>
        <translation>只显示有待确认密钥的单位(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="176"/>
        <source>Confirm &amp;key…</source>
        <translation>确认密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="178"/>
        <source>Re&amp;voke key…</source>
        <translation>吊销密钥(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="217"/>
        <source>{confirmed} of {units} units have a confirmed key; keys waiting to be confirmed: {waiting}.</source>
        <translation>{units} 个单位中有 {confirmed} 个已确认密钥；待确认的密钥：{waiting} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/county/keys_page.py" line="242"/>
        <source>Keys of {unit}</source>
        <translation>{unit}的密钥</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../kesu_desktop/records/plausibility.py" line="32"/>
        <source>The trainings list already has “{title}” on {date}. Is it the same event? Enter each event once: as an activity or as a training.</source>
        <translation>培训列表中已有 {date} 的“{title}”。是同一件事吗？每件事只录入一次：作为科普活动或作为培训。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/plausibility.py" line="37"/>
        <source>The activities list already has “{title}” on {date}. Is it the same event? Enter each event once: as an activity or as a training.</source>
        <translation>科普活动列表中已有 {date} 的“{title}”。是同一件事吗？每件事只录入一次：作为科普活动或作为培训。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/plausibility.py" line="132"/>
        <source>A record with the same title on {date} is already stored. Is this a duplicate?</source>
        <translation>{date} 已有同名记录。这是重复录入吗？</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/records/plausibility.py" line="151"/>
        <source>{label}: {value} is far above this unit&apos;s usual (up to about {usual}). Is it right?</source>
        <translation>{label}：{value} 远高于本单位通常的数字（一般不超过约 {usual}）。确认无误吗？</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="13"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="14"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="15"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="16"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="17"/>
        <location filename="../../kesu_desktop/cli/main.py" line="77"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="18"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="19"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="20"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="21"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="22"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="23"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="24"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="25"/>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="26"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="27"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="28"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="29"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="30"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 必须给出其中一个</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="31"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可以是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="32"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的值 %r</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli/argparse_words.py" line="33"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
</context>
</TS>
