<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="75"/>
        <source>KeSu Desktop cannot start</source>
        <translation>科素填报无法启动</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="46"/>
        <source>data folder (default: the per-user data folder)</source>
        <translation>数据文件夹（默认：当前用户的数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="49"/>
        <source>language (zh or en)</source>
        <translation>界面语言（zh 中文 或 en 英文）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="57"/>
        <source>KeSu Desktop: record science-popularization work and report it to the county.</source>
        <translation>科素填报：记录科普工作并向县里报送。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="60"/>
        <source>Without a command the desktop app starts.</source>
        <translation>不带命令时启动桌面程序。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="67"/>
        <source>set up this data folder</source>
        <translation>初始化此数据文件夹</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="68"/>
        <source>unit code or name</source>
        <translation>单位代码或名称</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="69"/>
        <source>name of the clerk</source>
        <translation>填报人姓名</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="70"/>
        <source>clerk&apos;s phone</source>
        <translation>填报人联系电话</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="75"/>
        <source>reporting unit or county office</source>
        <translation>填报单位（unit）或县科协办公室（county）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="77"/>
        <source>reviewer (审核人)</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="79"/>
        <source>responsible person (单位负责人)</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="83"/>
        <source>fill a demo data folder with sample records</source>
        <translation>向演示数据文件夹填充示例记录</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="86"/>
        <source>months up to this one (default 24)</source>
        <translation>截至本月的月数（默认 24）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="88"/>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="90"/>
        <source>check the integrity of the store</source>
        <translation>检查数据库完整性</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="91"/>
        <source>print the result as JSON</source>
        <translation>以 JSON 格式输出结果</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="112"/>
        <source>Set up {folder} for {unit}.</source>
        <translation>已为{unit}初始化数据文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="124"/>
        <source>Demo data for {unit}: {activities} activities and {trainings} trainings since {first}.</source>
        <translation>{unit}演示数据：自 {first} 起共 {activities} 次科普活动、{trainings} 次培训。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="157"/>
        <source>OK: the store is intact (schema {schema}, {activities} activities, {trainings} trainings).</source>
        <translation>正常：数据库完好（结构版本 {schema}，科普活动 {activities} 条，培训 {trainings} 条）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/cli.py" line="199"/>
        <location filename="../../kesu_desktop/cli.py" line="204"/>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kesu_desktop/demo.py" line="161"/>
        <source>Months: give a number from 1 to 120.</source>
        <translation>月数：请填写 1 到 120 之间的数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/demo.py" line="168"/>
        <source>This data folder is set up for real records, so no demo data was added. Use a separate folder for the demo (--data-dir).</source>
        <translation>此数据文件夹用于正式数据，未添加演示数据。请为演示另选一个文件夹（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/demo.py" line="175"/>
        <source>Demo data is for a reporting unit&apos;s folder, not the county&apos;s.</source>
        <translation>演示数据只用于填报单位的数据文件夹，不用于县级。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/errors.py" line="32"/>
        <source>This database was written by a newer version of KeSu (schema {revision}). Install that version or newer to open it; nothing was changed.</source>
        <translation>此数据库由更新版本的科素填报写入（结构版本 {revision}）。请安装该版本或更新版本后再打开；数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/errors.py" line="44"/>
        <source>This data folder is not set up yet. Run &apos;init&apos; first (or start the app to use the setup wizard).</source>
        <translation>此数据文件夹尚未初始化。请先运行 init（或启动程序使用设置向导）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/errors.py" line="63"/>
        <source>Record {record_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/installation.py" line="65"/>
        <source>Role: choose &apos;unit&apos; or &apos;county&apos;.</source>
        <translation>身份：请选择填报单位（unit）或县科协办公室（county）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/installation.py" line="70"/>
        <source>Unit: &apos;{value}&apos; is not a known unit; give its code or its full name.</source>
        <translation>单位：“{value}”不是已知单位，请填写单位代码或完整名称。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/installation.py" line="76"/>
        <source>Unit: the county office role belongs to {name}; choose it or the unit role.</source>
        <translation>单位：县级身份只属于{name}，请选择该单位或改选填报单位身份。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/installation.py" line="82"/>
        <source>Unit: {name} is the county office; choose the county role or another unit.</source>
        <translation>单位：{name}是县级办公室，请选择县级身份或其他单位。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/installation.py" line="87"/>
        <source>Clerk: enter the name of the person filling in.</source>
        <translation>填报人：请填写填报人姓名。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/installation.py" line="96"/>
        <source>Name: at most {limit} characters.</source>
        <translation>姓名：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/installation.py" line="101"/>
        <source>Phone: use digits only, e.g. 0357-1234567 or 13812345678.</source>
        <translation>联系电话：只能填写数字，如 0357-1234567 或 13812345678。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/installation.py" line="104"/>
        <source>Language: choose Chinese or English.</source>
        <translation>语言：请选择中文或英文。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/integrity.py" line="49"/>
        <location filename="../../kesu_desktop/integrity.py" line="61"/>
        <source>The database file is damaged: {detail}</source>
        <translation>数据库文件已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/integrity.py" line="67"/>
        <source>A row in {table} refers to a missing entry in {parent}.</source>
        <translation>表 {table} 中有记录引用了 {parent} 中不存在的条目。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/integrity.py" line="75"/>
        <source>The schema is at {found}, not at {expected}.</source>
        <translation>数据库结构版本为 {found}，应为 {expected}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/integrity.py" line="81"/>
        <source>The data folder is not set up yet (run &apos;init&apos;).</source>
        <translation>数据文件夹尚未初始化（请运行 init）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/integrity.py" line="83"/>
        <source>The reference data (units) is missing.</source>
        <translation>缺少基础数据（单位列表）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/integrity.py" line="94"/>
        <source>{count} activities have no target group.</source>
        <translation>有 {count} 条科普活动没有对象人群。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/reference.py" line="124"/>
        <source>The reference data file {file} cannot be read: {reason}</source>
        <translation>无法读取基础数据文件 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/reference.py" line="141"/>
        <source>Row {row} of the reference data file {file} lacks {columns}.</source>
        <translation>基础数据文件 {file} 第 {row} 行缺少 {columns}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/reference.py" line="189"/>
        <source>Target {row} of plan {plan} lacks {columns}.</source>
        <translation>规划 {plan} 的第 {row} 项目标缺少 {columns}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/store.py" line="143"/>
        <source>Cannot create the data folder {path}: {reason}</source>
        <translation>无法创建数据文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/startup.py" line="27"/>
        <location filename="../../kesu_desktop/store.py" line="153"/>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation>无法打开数据库 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="63"/>
        <source>{label}: required; please fill it in.</source>
        <translation>{label}：必填，请填写。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="65"/>
        <source>{label}: at most {limit} characters; shorten it.</source>
        <translation>{label}：最多 {limit} 个字，请缩短。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="73"/>
        <source>{label}: required; enter a whole number (0 if none).</source>
        <translation>{label}：必填，请填写整数（没有请填 0）。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="76"/>
        <source>{label}: enter a whole number of 0 or more.</source>
        <translation>{label}：请填写大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="80"/>
        <source>{label}: {value} is too large; at most {limit}.</source>
        <translation>{label}：{value} 太大，最多 {limit}。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="93"/>
        <source>{label}: {part} is more than the whole ({whole}); correct one of them.</source>
        <translation>{label}：{part} 大于总数（{whole}），请更正其中之一。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="105"/>
        <source>{label}: required; pick a date.</source>
        <translation>{label}：必填，请选择日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="109"/>
        <source>{label}: {value} is out of range; use a date from {earliest} to {latest}.</source>
        <translation>{label}：{value} 超出范围，请填写 {earliest} 至 {latest} 之间的日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="117"/>
        <source>{label}: the end date is before the start date.</source>
        <translation>{label}：结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="125"/>
        <source>{label}: choose one from the list.</source>
        <translation>{label}：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="138"/>
        <source>{label}: choose at least one from the list.</source>
        <translation>{label}：请从列表中至少选择一项。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="170"/>
        <source>{label}: enter a number of hours from 0 to 10000.</source>
        <translation>{label}：请填写 0 到 10000 之间的学时数。</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/input_parsing.py" line="42"/>
        <source>{label}: &apos;{value}&apos; is not a whole number; type digits only, e.g. 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/input_parsing.py" line="61"/>
        <source>{label}: &apos;{value}&apos; is not a number of hours; type e.g. 6 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/input_parsing.py" line="81"/>
        <source>{label}: &apos;{value}&apos; is not a date; write it as 2024-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../ui/exception_hook.py" line="37"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/exception_hook.py" line="39"/>
        <source>Something went wrong that KeSu did not expect. Your saved records are safe. The details were written to the log file:
{path}</source>
        <translation>科素填报遇到了意外错误。已保存的记录不受影响。详细信息已写入日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="28"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="29"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="30"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="31"/>
        <source>Activity form</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="32"/>
        <source>Target groups</source>
        <translation>对象人群</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="33"/>
        <source>Target group</source>
        <translation>对象人群</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="34"/>
        <source>Campaign</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="35"/>
        <source>Key project</source>
        <translation>重点工程</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="36"/>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="37"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="38"/>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="39"/>
        <source>Partner units</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="40"/>
        <source>Training organisation</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="41"/>
        <source>Participants (person-times)</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="42"/>
        <source>Of which women</source>
        <translation>其中女性</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="43"/>
        <source>Volunteers (person-times)</source>
        <translation>志愿者人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="44"/>
        <source>Materials handed out</source>
        <translation>发放资料（份）</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="45"/>
        <source>Sessions</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="46"/>
        <source>Trainees (person-times)</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="47"/>
        <source>Of which low-income</source>
        <translation>其中脱贫/低收入</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="48"/>
        <source>Certified</source>
        <translation>获证人数</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="49"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/validation.py" line="50"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>This part arrives in a later update of KeSu Desktop.</source>
        <translation>此功能将在科素填报的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Import the returns that the units bring on USB sticks.</source>
        <translation>导入各单位用U盘报送的报表。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Completeness</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>See which units have reported for each month, and on time.</source>
        <translation>查看各单位每月是否报送、是否按时。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Consolidation</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Add up the returns of all units into the county&apos;s figures.</source>
        <translation>把各单位报表汇总为全县数据。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Targets</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Activities</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Returns</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Export the monthly return (Excel for the county, PDF to print, sign and stamp) onto a USB stick.</source>
        <translation>把月报（报县里的 Excel 和打印、签字、盖章用的 PDF）导出到U盘。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;About KeSu Desktop</source>
        <translation>关于科素填报(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>KeSu Desktop</source>
        <translation>科素填报</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Unit: {name} ({code})  Clerk: {clerk}</source>
        <translation>单位：{name}（{code}）  填报人：{clerk}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Data: {folder}</source>
        <translation>数据：{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&lt;h3&gt;KeSu Desktop {version}&lt;/h3&gt;&lt;p&gt;Records the science-popularization work of Xiangfen County&apos;s townships, towns and departments and reports it to the county, offline.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei, Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;科素填报 {version}&lt;/h3&gt;&lt;p&gt;离线记录襄汾县各乡镇、开发区和县直部门的科普工作，并向县里报送。&lt;/p&gt;&lt;p&gt;数据文件夹：{folder}&lt;/p&gt;&lt;p&gt;中文字体：文泉驿微米黑，Apache License 2.0。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>About KeSu Desktop</source>
        <translation>关于科素填报</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="55"/>
        <source>Target group</source>
        <translation>对象人群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="56"/>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="57"/>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="62"/>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="63"/>
        <source>Sessions</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="64"/>
        <source>Trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="65"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="66"/>
        <source>Certified</source>
        <translation>获证人数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="83"/>
        <location filename="../../ui/pages/overview.py" line="94"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="109"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="128"/>
        <source>This month ({year}-{month:02d})</source>
        <translation>本月（{year}年{month}月）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="130"/>
        <source>This year ({year})</source>
        <translation>本年（{year}年）</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/pages/records.py" line="48"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="63"/>
        <source>Entering and editing records by hand comes with the next update.</source>
        <translation>手工录入和修改记录将在下一版本中提供。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="93"/>
        <location filename="../../ui/pages/records.py" line="114"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="94"/>
        <location filename="../../ui/pages/records.py" line="115"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="95"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="96"/>
        <source>Target groups</source>
        <translation>对象人群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="97"/>
        <source>Campaign</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="98"/>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="99"/>
        <location filename="../../ui/pages/records.py" line="120"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="104"/>
        <source>{count} activities, {people} person-times</source>
        <translation>共 {count} 次科普活动，{people} 人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="106"/>
        <source>Activities</source>
        <translation>科普活动</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="116"/>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="117"/>
        <source>Target group</source>
        <translation>对象人群</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="118"/>
        <source>Sessions</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="119"/>
        <source>Trainees</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="121"/>
        <source>Certified</source>
        <translation>获证人数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="126"/>
        <source>{count} trainings, {people} trainees (person-times)</source>
        <translation>共 {count} 次培训，培训 {people} 人次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/records.py" line="130"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="22"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="29"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="31"/>
        <source>Role:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="32"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="33"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="35"/>
        <source>Display and storage</source>
        <translation>显示与存储</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="37"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="40"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="44"/>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="91"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="93"/>
        <source>The new language applies from the next start.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup_form.py" line="24"/>
        <source>Towns</source>
        <translation>镇</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="25"/>
        <source>Townships</source>
        <translation>乡</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="26"/>
        <source>Development zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="27"/>
        <source>County departments</source>
        <translation>县直部门</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="38"/>
        <source>&amp;Reporting unit (township, zone or department)</source>
        <translation>填报单位（乡镇、开发区或县直部门）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="39"/>
        <source>&amp;County office (imports and consolidates returns)</source>
        <translation>县科协办公室（导入和汇总报表）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="110"/>
        <source>C&amp;lerk (填报人) *</source>
        <translation>填报人(&amp;L) *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="111"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="112"/>
        <source>Re&amp;viewer (审核人)</source>
        <translation>审核人(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="113"/>
        <source>Re&amp;sponsible person (单位负责人)</source>
        <translation>单位负责人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_form.py" line="114"/>
        <source>The reviewer and the responsible person sign the printed returns.</source>
        <translation>审核人和单位负责人在打印的报表上签字。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="27"/>
        <source>Welcome to KeSu Desktop</source>
        <translation>欢迎使用科素填报</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="29"/>
        <source>Record science-popularization activities and trainings, and report them to the county. First, say who uses this computer.</source>
        <translation>记录科普活动和培训，并向县里报送。首先，请说明这台电脑由谁使用。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="39"/>
        <source>This computer is used by:</source>
        <translation>使用单位：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="40"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="47"/>
        <source>Your unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="48"/>
        <source>Returns are filed in the name of this unit.</source>
        <translation>报表以此单位的名义报送。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="52"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="64"/>
        <source>Who fills in and signs</source>
        <translation>填报与签字人员</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="66"/>
        <source>These names are printed on every return. You can change them later in Settings.</source>
        <translation>这些姓名会印在每份报表上，以后可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="101"/>
        <source>KeSu Desktop — first-run setup</source>
        <translation>科素填报 — 首次设置</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../../ui/pages/targets.py" line="13"/>
        <source>survey result</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="14"/>
        <source>cumulative over the plan</source>
        <translation>规划期累计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="15"/>
        <source>each year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="16"/>
        <source>at period end</source>
        <translation>期末数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="17"/>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="18"/>
        <source>per school</source>
        <translation>每校</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="25"/>
        <source>Plan targets</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="34"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="34"/>
        <source>Figure</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="34"/>
        <source>Measured</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py" line="50"/>
        <source>Progress toward each target will be shown here once importing returns arrives in a later update.</source>
        <translation>各项目标的完成进度将在后续版本提供报表导入后在此显示。</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../kesu_desktop/plausibility.py" line="83"/>
        <source>A record with the same title on {date} is already stored. Is this a duplicate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kesu_desktop/plausibility.py" line="98"/>
        <source>{label}: {value} is far above this unit&apos;s usual (up to about {usual}). Is it right?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
