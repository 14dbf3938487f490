<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddReadingPage</name>
    <message>
        <source>Type the date as year-month-day and the time as hours:minutes.</source>
        <translation>日期请按“年-月-日”填写，时间请按“时:分”填写。</translation>
    </message>
    <message>
        <source>Reading changed</source>
        <translation>血糖记录已修改</translation>
    </message>
    <message>
        <source>Reading saved</source>
        <translation>血糖记录已保存</translation>
    </message>
    <message>
        <source>Reading deleted</source>
        <translation>血糖记录已删除</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>编辑血糖记录</translation>
    </message>
    <message>
        <source>Add a reading</source>
        <translation>记录血糖</translation>
    </message>
    <message>
        <source>Glucose (%1)</source>
        <translation>血糖（%1）</translation>
    </message>
    <message>
        <source>Glucose value in %1</source>
        <translation>血糖值，单位%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changed reading</source>
        <translation>保存修改后的血糖记录</translation>
    </message>
    <message>
        <source>Save the reading</source>
        <translation>保存这条血糖记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>什么时候测的</translation>
    </message>
    <message>
        <source>Meal context: %1</source>
        <translation>测量时段：%1</translation>
    </message>
    <message>
        <source>The meter showed LO (too low to measure)</source>
        <translation>血糖仪显示 LO（太低，测不出来）</translation>
    </message>
    <message>
        <source>The meter showed HI (too high to measure)</source>
        <translation>血糖仪显示 HI（太高，测不出来）</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delete this reading</source>
        <translation>删除这条血糖记录</translation>
    </message>
    <message>
        <source>Something else to note?</source>
        <translation>还想记点别的？</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>添加：%1</translation>
    </message>
</context>
<context>
    <name>AgpChart</name>
    <message>
        <source>Typical day (ambulatory glucose profile)</source>
        <translation>典型的一天（动态葡萄糖图谱）</translation>
    </message>
</context>
<context>
    <name>ArticleListPage</name>
    <message>
        <source>No bookmarks yet. Open an article and tap “Bookmark” to keep it here.</source>
        <translation>还没有书签。打开一篇文章，点“加入书签”，它就会出现在这里。</translation>
    </message>
    <message>
        <source>No articles here yet.</source>
        <translation>这里还没有文章。</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>核对日期：%1</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Reviewed on %1</source>
        <translation>核对日期：%1</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ 已加入书签</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ 加入书签</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>移除书签</translation>
    </message>
    <message>
        <source>Bookmark this article</source>
        <translation>把这篇文章加入书签</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
</context>
<context>
    <name>CellSource</name>
    <message>
        <source>Embryonic stem cells</source>
        <translation>胚胎干细胞</translation>
    </message>
    <message>
        <source>Induced pluripotent stem cells (iPSC)</source>
        <translation>诱导多能干细胞（iPSC）</translation>
    </message>
    <message>
        <source>Chemically induced iPSC</source>
        <translation>化学诱导多能干细胞（CiPSC）</translation>
    </message>
    <message>
        <source>Endoderm stem cells</source>
        <translation>内胚层干细胞</translation>
    </message>
    <message>
        <source>Mesenchymal stem cells (MSC)</source>
        <translation>间充质干细胞（MSC）</translation>
    </message>
    <message>
        <source>Perinatal tissue cells</source>
        <translation>围产期细胞</translation>
    </message>
    <message>
        <source>Donor islets</source>
        <translation>捐献者的胰岛</translation>
    </message>
    <message>
        <source>Cell source not confirmed</source>
        <translation>细胞来源未确认</translation>
    </message>
</context>
<context>
    <name>ClinicCheckPage</name>
    <message>
        <source>Clinic check</source>
        <translation>诊所核查</translation>
    </message>
    <message>
        <source>Were you offered a “stem cell” treatment for diabetes? Answer what you know about the offer. Your answers stay on this device.</source>
        <translation>有人向你推荐治疗糖尿病的“干细胞”疗法吗？请根据你对这个疗法的了解回答下面的问题。你的回答只保存在这台设备上。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>第%1题：%2</translation>
    </message>
    <message>
        <source>Answered %1 of %2</source>
        <translation>共%2题，已回答%1题</translation>
    </message>
    <message>
        <source>See what the answers mean</source>
        <translation>看看这些回答说明什么</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>清除所有回答</translation>
    </message>
</context>
<context>
    <name>ClinicChecklist</name>
    <message>
        <source>Questions for my doctor about a stem-cell offer</source>
        <translation>关于别人推荐的干细胞疗法，我想问医生的问题</translation>
    </message>
    <message>
        <source>Is this treatment approved for diabetes by the regulator where I live?</source>
        <translation>在我居住的地方，这种疗法有没有获得监管部门批准用于治疗糖尿病？</translation>
    </message>
    <message>
        <source>If it is a clinical trial, what is its registry number, and can we look it up together?</source>
        <translation>如果这是临床试验，它的临床试验注册号是多少？我们能一起查一下吗？</translation>
    </message>
    <message>
        <source>What could go wrong, and who would care for me if it does?</source>
        <translation>可能会出现什么问题？万一出了问题，谁来负责治疗和照顾我？</translation>
    </message>
    <message>
        <source>Would I have to change my insulin or other medicines? (I will not stop insulin on anyone else's advice.)</source>
        <translation>我需要改变胰岛素或其他药物的用法吗？（我不会因为别人的建议就停用胰岛素。）</translation>
    </message>
    <message>
        <source>Are there proven options or registered trials you would suggest instead?</source>
        <translation>有没有已经证实有效的治疗方法，或者已登记的临床试验，是您建议我考虑的？</translation>
    </message>
    <message>
        <source>About what I was told:</source>
        <translation>关于别人跟我说的情况：</translation>
    </message>
    <message>
        <source>(my answer: yes)</source>
        <translation>（我的回答：是）</translation>
    </message>
    <message>
        <source>(my answer: not sure)</source>
        <translation>（我的回答：不确定）</translation>
    </message>
</context>
<context>
    <name>ClinicResultPage</name>
    <message>
        <source>No warning signs in your answers</source>
        <translation>你的回答里没有危险信号</translation>
    </message>
    <message>
        <source>That is reassuring, but it does not prove the offer is safe or approved. Check it with the regulator below and talk to your care team before deciding.</source>
        <translation>这让人放心一些，但并不能证明这个疗法安全或已获批准。做决定之前，请通过下面列出的监管部门核实，并和你的医疗团队商量。</translation>
    </message>
    <message>
        <source>Some things need checking</source>
        <translation>有些情况需要核实</translation>
    </message>
    <message>
        <source>Some answers are reasons for caution or still unknown. Before you pay or sign anything, find out the answers and check the offer with the regulator below.</source>
        <translation>有些回答提示需要谨慎，有些还不清楚。在付钱或签任何文件之前，请先把这些问题弄清楚，并通过下面列出的监管部门核实这个疗法。</translation>
    </message>
    <message>
        <source>Strong warning signs</source>
        <translation>明显的危险信号</translation>
    </message>
    <message>
        <source>Some answers match how unregulated clinics work. Please do not pay or sign anything for now. Talk to your care team, and check the offer with the regulator below.</source>
        <translation>有些回答和不受监管的诊所常见的做法一致。请暂时不要付钱，也不要签任何文件。请和你的医疗团队商量，并通过下面列出的监管部门核实这个疗法。</translation>
    </message>
    <message>
        <source>Clinic check result</source>
        <translation>诊所核查结果</translation>
    </message>
    <message>
        <source>Why: the answers that are warning signs</source>
        <translation>原因：属于危险信号的回答</translation>
    </message>
    <message>
        <source>⚠ Strong warning sign</source>
        <translation>⚠ 明显的危险信号</translation>
    </message>
    <message>
        <source>△ Reason for caution</source>
        <translation>△ 需要谨慎</translation>
    </message>
    <message>
        <source>Worth finding out</source>
        <translation>值得弄清楚的问题</translation>
    </message>
    <message>
        <source>Next steps where you live</source>
        <translation>在你所在地区的下一步</translation>
    </message>
    <message>
        <source>Your region is set to “elsewhere”: here are the regulators this app knows. Your own country's medicines regulator can check an offer in the same way.</source>
        <translation>你的地区设置为“其他”：下面是本应用收录的各地监管部门。你所在国家的药品监管部门也可以用同样的方法核实。</translation>
    </message>
    <message>
        <source>How to check the offer</source>
        <translation>如何核实这个疗法</translation>
    </message>
    <message>
        <source>Where to report it</source>
        <translation>向哪里举报</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>Open %1 on the web (leaves the app)</source>
        <translation>在网上打开%1（会离开本应用）</translation>
    </message>
    <message>
        <source>Questions for your doctor</source>
        <translation>可以问医生的问题</translation>
    </message>
    <message>
        <source>Copy the questions</source>
        <translation>复制问题</translation>
    </message>
    <message>
        <source>Copy the questions for your doctor</source>
        <translation>复制要问医生的问题</translation>
    </message>
    <message>
        <source>Copied. You can paste them into a message or a note.</source>
        <translation>已复制。你可以把它们粘贴到信息或笔记里。</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Could not save the file. Please choose another place.</source>
        <translation>无法保存文件，请换一个位置。</translation>
    </message>
    <message>
        <source>Save as a PDF or text file…</source>
        <translation>保存为 PDF 或文本文件…</translation>
    </message>
    <message>
        <source>Save the questions for your doctor as a PDF or text file</source>
        <translation>把要问医生的问题保存为 PDF 或文本文件</translation>
    </message>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF，用于打印 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Mainland China</source>
        <translation>中国内地</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
</context>
<context>
    <name>DataTransferController</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(ies) to %1.</source>
        <translation>
            <numerusform>已将%n条记录保存到%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole diary was saved to %1.</source>
        <translation>整本日记已保存到%1。</translation>
    </message>
    <message>
        <source>The diary was restored from %1.</source>
        <translation>已从%1恢复日记。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>报告（共%n页）已保存到%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file that could not be opened is kept as %1.</source>
        <translation>无法打开的文件已另存为%1。</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <source>Open the source ↗</source>
        <translation>查看来源 ↗</translation>
    </message>
    <message>
        <source>Open the source on the web (leaves the app)</source>
        <translation>在网上查看来源（会离开本应用）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>关闭解释</translation>
    </message>
</context>
<context>
    <name>DiabetesType</name>
    <message>
        <source>Type 1</source>
        <translation>1型糖尿病</translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation>2型糖尿病</translation>
    </message>
</context>
<context>
    <name>DiaryBackup</name>
    <message>
        <source>its permissions cannot be set</source>
        <translation>无法设置它的访问权限</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份%1：%2</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>the restored diary cannot be opened</source>
        <translation>恢复后的日记无法打开</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>该文件不是数据库</translation>
    </message>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>数据库已损坏（%1）</translation>
    </message>
    <message>
        <source>it is not an IsletGuide diary</source>
        <translation>它不是胰岛指南的日记</translation>
    </message>
    <message>
        <source>it was made by a newer version of IsletGuide</source>
        <translation>它是由较新版本的胰岛指南创建的</translation>
    </message>
    <message>
        <source>%1 was not restored, your diary is unchanged: %2</source>
        <translation>未能从%1恢复日记，日记没有任何改变：%2</translation>
    </message>
    <message>
        <source>a safety copy of the current diary could not be made first (%1)</source>
        <translation>未能先为当前日记做一份安全副本（%1）</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1已存在</translation>
    </message>
    <message>
        <source>The newest safety copy is from %1 (%2). Restoring it keeps the unreadable file beside the diary.</source>
        <translation>最新的安全副本是%1的（%2）。恢复它时，无法读取的文件会保留在日记旁边。</translation>
    </message>
</context>
<context>
    <name>DiaryFileCheck</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an IsletGuide diary: it is not a database file. It was left as it is.</source>
        <translation>%1 不是胰岛指南的日记：它不是数据库文件。文件保持原样，未做任何改动。</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of IsletGuide. Update the app to open it.</source>
        <translation>这本日记是由较新版本的胰岛指南保存的。请先更新应用，再打开它。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its own header says, as if it was cut off while being copied. It was left as it is; you can restore a backup under “Import and export”.</source>
        <translation>%1 已损坏：文件比它自身记录的长度短，像是在复制时被截断了。文件保持原样；你可以在“导入和导出”中从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is damaged: its journal %2 cannot be read, so the latest entries may be missing. Both files were left as they are; you can restore a backup under “Import and export”.</source>
        <translation>%1 已损坏：它的日志文件 %2 无法读取，最近的记录可能缺失。两个文件都保持原样；你可以在“导入和导出”中从备份恢复。</translation>
    </message>
</context>
<context>
    <name>DiaryLogDelegate</name>
    <message>
        <source>%1 units</source>
        <translation>%1单位</translation>
    </message>
    <message>
        <source>%1 g carbohydrates</source>
        <translation>%1克碳水化合物</translation>
    </message>
    <message>
        <source>HbA1c %1 % (%2 mmol/mol)</source>
        <translation>糖化血红蛋白%1%（%2 mmol/mol）</translation>
    </message>
    <message>
        <source>level 2</source>
        <translation>2级</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Charts and statistics</source>
        <translation>图表和统计</translation>
    </message>
    <message>
        <source>Import, export, backup</source>
        <translation>导入、导出、备份</translation>
    </message>
    <message>
        <source>Your diary is empty</source>
        <translation>日记里还没有记录</translation>
    </message>
    <message>
        <source>To add your first reading, tap the round + button at the bottom, type the number from your meter and tap Save. The time is filled in for you.</source>
        <translation>要记下第一次血糖，请点下方的圆形“+”按钮，输入血糖仪上的数字，再点“保存”。时间会自动填好。</translation>
    </message>
    <message>
        <source>Your readings stay on this phone. They leave it only if you export them.</source>
        <translation>你的血糖记录只保存在这部手机上，只有你自己导出时才会离开手机。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Add a glucose reading</source>
        <translation>添加血糖记录</translation>
    </message>
    <message>
        <source>Restore from a backup or safety copy…</source>
        <translation>从备份或安全副本恢复…</translation>
    </message>
</context>
<context>
    <name>DiarySchema</name>
    <message>
        <source>This diary was saved by a newer version of IsletGuide. Update the app to open it.</source>
        <translation>这本日记是由较新版本的胰岛指南保存的。请先更新应用，再打开它。</translation>
    </message>
    <message>
        <source>The diary could not be upgraded to version %1: %2</source>
        <translation>日记无法升级到第%1版：%2</translation>
    </message>
</context>
<context>
    <name>DiarySnackbar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>已撤销更改</translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <source>This entry no longer exists in the diary.</source>
        <translation>日记里已经没有这条记录了。</translation>
    </message>
    <message>
        <source>The diary could not be opened: the folder %1 cannot be created.</source>
        <translation>无法打开日记：无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The diary could not be opened: %1 (%2)</source>
        <translation>无法打开日记：%1（%2）</translation>
    </message>
    <message>
        <source>%1 is not a diary database, or it is damaged.</source>
        <translation>%1不是日记数据库，或者已经损坏。</translation>
    </message>
    <message>
        <source>The diary could not be opened: %1</source>
        <translation>无法打开日记：%1</translation>
    </message>
    <message>
        <source>The diary could not be saved: %1</source>
        <translation>日记没能保存：%1</translation>
    </message>
    <message>
        <source>Entry %1: %2 Nothing was added.</source>
        <translation>第 %1 条：%2 没有添加任何内容。</translation>
    </message>
    <message>
        <source>%1 is not an IsletGuide diary: it holds another program's data. It was left as it is.</source>
        <translation>%1 不是胰岛指南的日记：里面是其他程序的数据。文件保持原样，未做任何改动。</translation>
    </message>
    <message>
        <source>The diary was not upgraded, because a safety copy could not be made first: %1</source>
        <translation>日记没有升级，因为未能先做一份安全副本：%1</translation>
    </message>
    <message>
        <source>The diary is damaged (%1). Nothing was added and the diary was left as it is; you can restore a backup under “Import and export”.</source>
        <translation>日记已损坏（%1）。没有添加任何内容，日记保持原样；你可以在“导入和导出”中从备份恢复。</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>Fasting</source>
        <translation>空腹</translation>
    </message>
    <message>
        <source>Before breakfast</source>
        <translation>早餐前</translation>
    </message>
    <message>
        <source>After breakfast</source>
        <translation>早餐后</translation>
    </message>
    <message>
        <source>Before lunch</source>
        <translation>午餐前</translation>
    </message>
    <message>
        <source>After lunch</source>
        <translation>午餐后</translation>
    </message>
    <message>
        <source>Before dinner</source>
        <translation>晚餐前</translation>
    </message>
    <message>
        <source>After dinner</source>
        <translation>晚餐后</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>其他时间</translation>
    </message>
    <message>
        <source>Rapid-acting</source>
        <translation>速效胰岛素</translation>
    </message>
    <message>
        <source>Long-acting</source>
        <translation>长效胰岛素</translation>
    </message>
    <message>
        <source>Premixed</source>
        <translation>预混胰岛素</translation>
    </message>
    <message>
        <source>Other insulin</source>
        <translation>其他胰岛素</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>血糖</translation>
    </message>
    <message>
        <source>Insulin</source>
        <translation>胰岛素</translation>
    </message>
    <message>
        <source>Carbohydrates</source>
        <translation>碳水化合物</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>HbA1c</source>
        <translation>糖化血红蛋白</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>LO</source>
        <translation>LO</translation>
    </message>
    <message>
        <source>HI</source>
        <translation>HI</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>很低</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>偏低</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>在范围内</translation>
    </message>
    <message>
        <source>High</source>
        <translation>偏高</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>很高</translation>
    </message>
</context>
<context>
    <name>DiaryValidation</name>
    <message>
        <source>Glucose must be between %1 and %2 %3. If the meter shows LO or HI, choose LO or HI instead.</source>
        <translation>血糖值必须在%1到%2 %3之间。如果血糖仪显示 LO 或 HI，请改为勾选 LO 或 HI。</translation>
    </message>
    <message>
        <source>Insulin must be more than 0 and at most %1 units.</source>
        <translation>胰岛素剂量必须大于0，且不超过%1单位。</translation>
    </message>
    <message>
        <source>Carbohydrates must be more than 0 and at most %1 g.</source>
        <translation>碳水化合物必须大于0克，且不超过%1克。</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>请填写药物名称。</translation>
    </message>
    <message>
        <source>HbA1c must be between %1 and %2 % (%3 to %4 mmol/mol).</source>
        <translation>糖化血红蛋白必须在%1%到%2%之间（%3到%4 mmol/mol）。</translation>
    </message>
    <message>
        <source>The time is more than one hour in the future. Check the date and time.</source>
        <translation>这个时间比现在晚了一个多小时，请检查日期和时间。</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>请在备注里写点内容。</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>IsletGuide explains stem-cell research for diabetes and keeps a private glucose diary. It is for education only and is not medical advice.</source>
        <translation>胰岛指南用浅白的话介绍糖尿病干细胞研究，并帮你记录只属于你的血糖日记。内容仅供学习了解，不是医疗建议。</translation>
    </message>
    <message>
        <source>Research moves quickly: every page says how strong the evidence is and when it was checked. Please talk to your care team before changing any treatment.</source>
        <translation>研究进展很快：每一页都会注明证据有多强、何时核对过。改变任何治疗之前，请先和你的医疗团队商量。</translation>
    </message>
    <message>
        <source>Your diary stays on this device. The app has no account, sends nothing, and only exports when you ask.</source>
        <translation>你的日记只保存在这台设备上。本应用没有账号、不上传任何数据，只有在你要求时才会导出。</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>我明白了</translation>
    </message>
    <message>
        <source>I understand, continue to the app</source>
        <translation>我明白了，进入应用</translation>
    </message>
</context>
<context>
    <name>DoctorReport</name>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Middle half (25–75 %)</source>
        <translation>中间一半（25–75%）</translation>
    </message>
    <message>
        <source>90 % of readings (5–95 %)</source>
        <translation>90%的血糖值（5–95%）</translation>
    </message>
    <message>
        <source>Target %1–%2 %3</source>
        <translation>目标%1–%2 %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>IsletGuide glucose report</source>
        <translation>胰岛指南血糖报告</translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>时间段：%1至%2（共%n天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed on %1. Glucose is shown in %2; meter and manual readings are listed as recorded.</source>
        <translation>打印日期：%1。血糖单位：%2；血糖仪读数和手动记录的读数按原始记录列出。</translation>
    </message>
    <message>
        <source>For discussion with your care team, not a diagnosis. The values come from the person's own diary, meter and sensor files; they are not checked by a laboratory.</source>
        <translation>供与医疗团队讨论使用，不作为诊断依据。数据来自本人的日记、血糖仪和传感器文件，未经实验室核验。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Goal or note</source>
        <translation>目标或说明</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数数量</translation>
    </message>
    <message>
        <source>Days with readings</source>
        <translation>有读数的天数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2天中的%1天</translation>
    </message>
    <message>
        <source>Sensor data captured</source>
        <translation>传感器数据采集率</translation>
    </message>
    <message>
        <source>goal ≥ 70 % over at least 14 days</source>
        <translation>目标：≥70%，至少14天</translation>
    </message>
    <message>
        <source>Mean glucose</source>
        <translation>平均血糖</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <source>goal ≤ 36 %</source>
        <translation>目标：≤36%</translation>
    </message>
    <message>
        <source>GMI (estimated HbA1c)</source>
        <translation>葡萄糖管理指标 GMI（估算糖化血红蛋白）</translation>
    </message>
    <message>
        <source>from the sensor's mean glucose; a laboratory HbA1c may differ</source>
        <translation>根据传感器平均血糖推算；实验室测得的糖化血红蛋白可能不同</translation>
    </message>
    <message>
        <source>less than 14 days or 70 % of sensor data: read with care</source>
        <translation>传感器数据不足14天或不足70%：请谨慎解读</translation>
    </message>
    <message>
        <source>only estimated from at least 14 days of sensor data</source>
        <translation>需至少14天的传感器数据才会估算</translation>
    </message>
    <message>
        <source>Lowest and highest</source>
        <translation>最低值和最高值</translation>
    </message>
    <message>
        <source>Daily glucose profile (AGP)</source>
        <translation>动态葡萄糖图谱（AGP）</translation>
    </message>
    <message>
        <source>Not enough readings for a daily profile: it needs at least %1 readings at each of most times of the day, which usually takes a sensor or many meter readings a day over several weeks.</source>
        <translation>读数不足，无法生成动态葡萄糖图谱：一天中大多数时段都需要至少%1个读数，通常需要佩戴传感器，或连续几周每天多次用血糖仪测量。</translation>
    </message>
    <message>
        <source>All days laid over one 24-hour day. The line is the median; the bands hold the middle half and 90 % of the readings at each time of day.</source>
        <translation>把所有日子的数据叠加到同一个24小时内。曲线为中位数；色带分别包含每个时间点中间50%和90%的读数。</translation>
    </message>
    <message>
        <source>Less than 14 days or under 70 % of possible sensor readings: read this profile with care.</source>
        <translation>不足14天，或传感器读数不足应有读数的70%：请谨慎解读此图谱。</translation>
    </message>
    <message>
        <source>Sensor readings by day</source>
        <translation>每日传感器读数</translation>
    </message>
    <message>
        <source>Meter and manual readings</source>
        <translation>血糖仪读数和手动记录</translation>
    </message>
    <message>
        <source>There are no glucose readings in this period.</source>
        <translation>此期间没有血糖读数。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Time in ranges</source>
        <translation>各范围的时间</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>空腹</translation>
    </message>
    <message>
        <source>Before breakfast</source>
        <translation>早餐前</translation>
    </message>
    <message>
        <source>After breakfast</source>
        <translation>早餐后</translation>
    </message>
    <message>
        <source>Before lunch</source>
        <translation>午餐前</translation>
    </message>
    <message>
        <source>After lunch</source>
        <translation>午餐后</translation>
    </message>
    <message>
        <source>Before dinner</source>
        <translation>晚餐前</translation>
    </message>
    <message>
        <source>After dinner</source>
        <translation>晚餐后</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>很低</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>偏低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>偏高</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>很高</translation>
    </message>
    <message>
        <source>LO (below %1)</source>
        <translation>LO（低于%1）</translation>
    </message>
    <message>
        <source>HI (above %1)</source>
        <translation>HI（高于%1）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Value as recorded</source>
        <translation>原始记录值</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>餐次</translation>
    </message>
    <message>
        <source>Low / high</source>
        <translation>偏低/偏高</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低值</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高值</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>在范围内</translation>
    </message>
    <message>
        <source>goal &lt; 5 %</source>
        <translation>目标：&lt;5%</translation>
    </message>
    <message>
        <source>with very high %1, goal &lt; 25 %</source>
        <translation>连同很高合计%1，目标：&lt;25%</translation>
    </message>
    <message>
        <source>goal &gt; 70 %</source>
        <translation>目标：&gt;70%</translation>
    </message>
    <message>
        <source>with very low %1, goal &lt; 4 %</source>
        <translation>连同很低合计%1，目标：&lt;4%</translation>
    </message>
    <message>
        <source>goal &lt; 1 %</source>
        <translation>目标：&lt;1%</translation>
    </message>
</context>
<context>
    <name>EntryEditorPage</name>
    <message>
        <source>Type the date as year-month-day and the time as hours:minutes.</source>
        <translation>日期请按“年-月-日”填写，时间请按“时:分”填写。</translation>
    </message>
    <message>
        <source>Entry changed</source>
        <translation>记录已修改</translation>
    </message>
    <message>
        <source>Entry saved</source>
        <translation>记录已保存</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>记录已删除</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>添加：%1</translation>
    </message>
    <message>
        <source>Insulin units</source>
        <translation>胰岛素剂量（单位）</translation>
    </message>
    <message>
        <source>Carbohydrates (g)</source>
        <translation>碳水化合物（克）</translation>
    </message>
    <message>
        <source>HbA1c result</source>
        <translation>糖化血红蛋白结果</translation>
    </message>
    <message>
        <source>Carbohydrates in grams</source>
        <translation>碳水化合物克数</translation>
    </message>
    <message>
        <source>Kind of insulin: %1</source>
        <translation>胰岛素种类：%1</translation>
    </message>
    <message>
        <source>HbA1c unit: %1</source>
        <translation>糖化血红蛋白单位：%1</translation>
    </message>
    <message>
        <source>= %1 mmol/mol</source>
        <translation>= %1 mmol/mol</translation>
    </message>
    <message>
        <source>= %1 %</source>
        <translation>= %1%</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>药物名称</translation>
    </message>
    <message>
        <source>Insulin name</source>
        <translation>胰岛素名称</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Write your note</source>
        <translation>写下你的备注</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>保存这条记录</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>删除这条记录</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名称（选填）</translation>
    </message>
    <message>
        <source>Dose (optional)</source>
        <translation>剂量（选填）</translation>
    </message>
</context>
<context>
    <name>EntryTimeField</name>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Time: now</source>
        <translation>时间：现在</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change the date and time</source>
        <translation>修改日期和时间</translation>
    </message>
    <message>
        <source>Date, as year-month-day</source>
        <translation>日期，格式为年-月-日</translation>
    </message>
    <message>
        <source>Time, as hours:minutes</source>
        <translation>时间，格式为时:分</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Approved treatment</source>
        <translation>已获批准的疗法</translation>
    </message>
    <message>
        <source>Phase 3 trial</source>
        <translation>3期临床试验</translation>
    </message>
    <message>
        <source>Phase 2 trial</source>
        <translation>2期临床试验</translation>
    </message>
    <message>
        <source>Phase 1/2 trial</source>
        <translation>1/2期临床试验</translation>
    </message>
    <message>
        <source>Phase 1 trial</source>
        <translation>1期临床试验</translation>
    </message>
    <message>
        <source>Small pilot study</source>
        <translation>小型先导研究</translation>
    </message>
    <message>
        <source>Single patient report</source>
        <translation>单个病例报告</translation>
    </message>
    <message>
        <source>Company statement, not peer reviewed</source>
        <translation>公司声明，未经同行评审</translation>
    </message>
    <message>
        <source>News reports only, not confirmed</source>
        <translation>仅有新闻报道，未经证实</translation>
    </message>
    <message>
        <source>Laboratory or animal study</source>
        <translation>实验室或动物研究</translation>
    </message>
    <message>
        <source>Clinical guideline</source>
        <translation>临床指南</translation>
    </message>
    <message>
        <source>Law or regulator notice</source>
        <translation>法规或监管部门通告</translation>
    </message>
    <message>
        <source>Established knowledge</source>
        <translation>公认知识</translation>
    </message>
</context>
<context>
    <name>EvidenceBadge</name>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>symbol and evidence level</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Leave the app?</source>
        <translation>要离开本应用吗？</translation>
    </message>
    <message>
        <source>This opens a web page in your browser, outside IsletGuide. It needs an internet connection.</source>
        <translation>这会在浏览器里打开一个网页，离开胰岛指南。需要连接互联网。</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>在浏览器中打开%1</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>留在这里</translation>
    </message>
    <message>
        <source>Stay in the app</source>
        <translation>留在本应用</translation>
    </message>
</context>
<context>
    <name>HypoFirstAidCard</name>
    <message>
        <source>Low glucose: what to do now</source>
        <translation>低血糖：现在该怎么做</translation>
    </message>
    <message>
        <source>2. Check your glucose again after 15 minutes.</source>
        <translation>2. 15分钟后再测一次血糖。</translation>
    </message>
    <message>
        <source>3. If it is still low, take another 15 g and check again after 15 minutes.</source>
        <translation>3. 如果还是低，再吃15克糖，15分钟后再测一次。</translation>
    </message>
    <message>
        <source>1. Below 3.9 mmol/L (70 mg/dL): take 15 g of fast sugar.</source>
        <translation>1. 血糖低于3.9 mmol/L（70 mg/dL）时：吃或喝15克快速起作用的糖。</translation>
    </message>
    <message>
        <source>Which fast sugar, and how much of it makes 15 g, is best agreed in advance with your care team.</source>
        <translation>用哪种快速起作用的糖、多少分量才相当于15克，最好事先和你的医疗团队商量好。</translation>
    </message>
    <message>
        <source>Severe low (confused or cannot swallow): call %1 now. Family members: give glucagon if it has been prescribed.</source>
        <translation>严重低血糖（意识混乱或无法吞咽）：立即拨打%1。家人：如果医生开过胰高血糖素，请按医生教的方法马上使用。</translation>
    </message>
    <message>
        <source>Severe low (confused or cannot swallow): call your local emergency number now. Family members: give glucagon if it has been prescribed.</source>
        <translation>严重低血糖（意识混乱或无法吞咽）：立即拨打当地急救电话。家人：如果医生开过胰高血糖素，请按医生教的方法马上使用。</translation>
    </message>
</context>
<context>
    <name>Immunosuppression</name>
    <message>
        <source>Needs immunosuppressive drugs</source>
        <translation>需要使用免疫抑制药物</translation>
    </message>
    <message>
        <source>No immunosuppressive drugs</source>
        <translation>不需要免疫抑制药物</translation>
    </message>
    <message>
        <source>Immunosuppression not stated</source>
        <translation>未说明是否需要免疫抑制</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>not a Dexcom Clarity export: there is no “%1” column</source>
        <translation>不是 Dexcom Clarity 导出的文件：没有“%1”列</translation>
    </message>
    <message>
        <source>unknown glucose unit “%1” in the header</source>
        <translation>无法识别表头里的血糖单位“%1”</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>这一行有%1个字段，表头却有%2个</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1”不是有效的日期和时间</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2</source>
        <translation>“%1”不是有效的“%2”值</translation>
    </message>
    <message>
        <source>not an IsletGuide export: there is no “%1” column</source>
        <translation>不是胰岛指南导出的文件：没有“%1”列</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) added</source>
        <translation>
            <numerusform>已添加%n条血糖记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the diary</source>
        <translation>
            <numerusform>，另有%n条已在日记中</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>；已跳过：%1</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was added</source>
        <translation>导入已取消，没有添加任何内容</translation>
    </message>
    <message>
        <source>the format was not recognised (LibreView, Dexcom Clarity, Nightscout, xDrip+ or IsletGuide CSV expected)</source>
        <translation>无法识别文件格式（支持 LibreView、Dexcom Clarity、Nightscout、xDrip+ 或胰岛指南 CSV 文件）</translation>
    </message>
    <message>
        <source>“%1” is not a glucose value</source>
        <translation>“%1”不是血糖值</translation>
    </message>
    <message>
        <source>%1 %2 is outside the plausible range %3–%4 %2</source>
        <translation>%1 %2超出了合理范围（%3–%4 %2）</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field; it may be cut short</source>
        <translation>文件在一个带引号的字段中间就结束了，可能不完整</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第%2行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n sensor error code(s)</source>
        <translation>
            <numerusform>%n个传感器错误代码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a value</source>
        <translation>
            <numerusform>%n行没有数值</numerusform>
        </translation>
    </message>
    <message>
        <source>the file ends before the column header</source>
        <translation>文件在表头之前就结束了</translation>
    </message>
    <message>
        <source>“%1” is not a record type</source>
        <translation>“%1”不是有效的记录类型</translation>
    </message>
    <message>
        <source>the dates fit neither day-month-year nor month-day-year</source>
        <translation>日期既不符合“日-月-年”，也不符合“月-日-年”格式</translation>
    </message>
    <message>
        <source>the dates could be read day-first or month-first (for example %1-%2-%3); nothing was imported</source>
        <translation>日期既可以理解为日在前，也可以理解为月在前（例如%1-%2-%3），所以没有导入任何内容</translation>
    </message>
    <message>
        <source>the date does not exist</source>
        <translation>这个日期不存在</translation>
    </message>
    <message>
        <source>the JSON is not valid (%1)</source>
        <translation>JSON 格式无效（%1）</translation>
    </message>
    <message>
        <source>expected a list of Nightscout entries</source>
        <translation>内容不是 Nightscout 记录列表</translation>
    </message>
    <message>
        <source>the entry has no valid time</source>
        <translation>这条记录没有有效的时间</translation>
    </message>
    <message>
        <source>not an xDrip+ SiDiary export: the header is “%1”</source>
        <translation>不是 xDrip+ SiDiary 导出的文件：表头是“%1”</translation>
    </message>
    <message>
        <source>“%1 %2” is not a date and time</source>
        <translation>“%1 %2”不是有效的日期和时间</translation>
    </message>
    <message numerus="yes">
        <source>, %n other diary entry(ies) added</source>
        <translation>
            <numerusform>，另外添加了%n条其他日记记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a file that can be imported (a folder, pipe or device)</source>
        <translation>%1：不是可以导入的文件（而是文件夹、管道或设备）</translation>
    </message>
    <message>
        <source>%1: no glucose readings or diary entries were found in it; nothing was added</source>
        <translation>%1：里面没有找到血糖读数或日记记录；没有添加任何内容</translation>
    </message>
    <message>
        <source>; read as %1</source>
        <translation>；文本编码：%1</translation>
    </message>
    <message>
        <source>the text is not in UTF-8, UTF-16, GB18030 or Big5</source>
        <translation>文本不是 UTF-8、UTF-16、GB18030 或 Big5 编码</translation>
    </message>
    <message>
        <source>not a LibreView export: the header has %1 columns, 19 or 21 expected</source>
        <translation>不是 LibreView 导出文件：表头有 %1 列，应为 19 或 21 列</translation>
    </message>
    <message>
        <source>the treatment has no valid time</source>
        <translation>这条治疗记录没有有效的时间</translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation>“%1”不是%2</translation>
    </message>
    <message>
        <source>an amount of insulin</source>
        <translation>胰岛素剂量</translation>
    </message>
    <message>
        <source>an amount of carbohydrates</source>
        <translation>碳水化合物的量</translation>
    </message>
    <message>
        <source>not a Contour export: the header is “%1”</source>
        <translation>不是 Contour 导出的文件：表头是“%1”</translation>
    </message>
    <message>
        <source>“%1” is not an amount of carbohydrates</source>
        <translation>“%1”不是碳水化合物的量</translation>
    </message>
    <message>
        <source>not a mySugr export: the header is “%1”</source>
        <translation>不是 mySugr 导出的文件：表头是“%1”</translation>
    </message>
    <message>
        <source>the zip holds no Apple Health export (export.xml)</source>
        <translation>这个 zip 文件里没有 Apple 健康导出的数据（export.xml）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>this XML is not an Apple Health export</source>
        <translation>这个 XML 文件不是 Apple 健康的导出数据</translation>
    </message>
    <message>
        <source>the XML is not valid (%1)</source>
        <translation>XML 格式有误（%1）</translation>
    </message>
    <message>
        <source>“%1” is not a glucose unit (mg/dL or mmol/L expected)</source>
        <translation>“%1”不是血糖单位（应为 mg/dL 或 mmol/L）</translation>
    </message>
    <message>
        <source>“%1” is not a unit we read here (%2 expected)</source>
        <translation>无法识别单位“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1”不是有效的数量</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of kinds the diary does not keep</source>
        <translation>
            <numerusform>%n条其他类型的记录（日记不保存）</numerusform>
        </translation>
    </message>
    <message>
        <source>the zip file is damaged or incomplete (%1)</source>
        <translation>zip 文件已损坏或不完整（%1）</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import and export</source>
        <translation>导入和导出</translation>
    </message>
    <message>
        <source>Import readings</source>
        <translation>导入血糖记录</translation>
    </message>
    <message>
        <source>From LibreView, Dexcom Clarity, Nightscout, xDrip+ or an IsletGuide CSV file. Readings already in the diary are not added twice.</source>
        <translation>支持 LibreView、Dexcom Clarity、Nightscout、xDrip+ 或胰岛指南 CSV 文件。日记里已有的记录不会重复添加。</translation>
    </message>
    <message>
        <source>Choose a file to import…</source>
        <translation>选择要导入的文件…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)…</source>
        <translation>保存为表格（CSV）…</translation>
    </message>
    <message>
        <source>Save for a clinic system (FHIR)…</source>
        <translation>保存为医疗系统格式（FHIR）…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup is one file with the whole diary. Keep it somewhere safe: it holds your health data.</source>
        <translation>备份是一个包含整本日记的文件。请把它放在安全的地方：里面有你的健康数据。</translation>
    </message>
    <message>
        <source>Back up the diary…</source>
        <translation>备份日记…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>导出文件另存为</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>备份另存为</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Replace the diary?</source>
        <translation>要替换日记吗？</translation>
    </message>
    <message>
        <source>The last 14 days</source>
        <translation>最近14天</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <source>The whole diary</source>
        <translation>整本日记</translation>
    </message>
    <message>
        <source>Save a report for your doctor (PDF)…</source>
        <translation>保存给医生的报告（PDF）…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Checking the backup and restoring the diary…</source>
        <translation>正在检查备份并恢复日记…</translation>
    </message>
    <message>
        <source>The app also keeps automatic safety copies: once a day when the diary changed, and before every restore or upgrade.</source>
        <translation>应用还会自动保留安全副本：日记有变化时每天一份，每次恢复或升级前各一份。</translation>
    </message>
    <message>
        <source>Newest automatic safety copy: %1. The app keeps one a day when the diary changed, and one before every restore or upgrade.</source>
        <translation>最新的自动安全副本：%1。日记有变化时，应用每天保留一份，每次恢复或升级前也各保留一份。</translation>
    </message>
    <message>
        <source>Restore the newest safety copy…</source>
        <translation>恢复最新的安全副本…</translation>
    </message>
    <message>
        <source>Restore the newest safety copy, from %1</source>
        <translation>恢复最新的安全副本（%1）</translation>
    </message>
    <message>
        <source>Everything in the diary now will be replaced by the backup. The backup is checked first; if it is damaged, nothing changes. A safety copy of the diary as it is now is kept first.</source>
        <translation>日记现有的全部内容将被备份替换。会先检查备份；如果备份已损坏，什么都不会改变。替换前会先保留一份当前日记的安全副本。</translation>
    </message>
    <message>
        <source>⚠ Today's automatic safety copy could not be made: %1. The older copies are kept; the app tries again next time it starts.</source>
        <translation>⚠ 今天的自动安全副本未能完成：%1。较早的副本仍然保留；下次打开应用时会再试。</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json *.txt *.zip *.xml)</source>
        <translation>导出文件 (*.csv *.json *.txt *.zip *.xml)</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Search articles, trials and terms</source>
        <translation>搜索文章、试验和术语</translation>
    </message>
    <message>
        <source>For family</source>
        <translation>给家人看</translation>
    </message>
    <message>
        <source>Articles for family and caregivers</source>
        <translation>写给家人和照护者的文章</translation>
    </message>
    <message>
        <source>What's new</source>
        <translation>最新内容</translation>
    </message>
    <message>
        <source>Articles by date, newest first</source>
        <translation>按日期排列的文章，最新的在前</translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation>书签（%1）</translation>
    </message>
    <message>
        <source>Bookmarked articles</source>
        <translation>已加入书签的文章</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>IsletGuide</source>
        <translation>胰岛指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Clinic check</source>
        <translation>诊所核查</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MealPattern</name>
    <message>
        <source>When fasting</source>
        <translation>空腹时</translation>
    </message>
    <message>
        <source>Before breakfast</source>
        <translation>早餐前</translation>
    </message>
    <message>
        <source>After breakfast</source>
        <translation>早餐后</translation>
    </message>
    <message>
        <source>Before lunch</source>
        <translation>午餐前</translation>
    </message>
    <message>
        <source>After lunch</source>
        <translation>午餐后</translation>
    </message>
    <message>
        <source>Before dinner</source>
        <translation>晚餐前</translation>
    </message>
    <message>
        <source>After dinner</source>
        <translation>晚餐后</translation>
    </message>
    <message>
        <source>At bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>During the night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>At other times</source>
        <translation>其他时间</translation>
    </message>
    <message>
        <source>%1 you were below your target on %2 of the %3 days you measured in the last week.</source>
        <translation>%1：过去一周你测了%3天，其中有%2天低于目标。</translation>
    </message>
    <message>
        <source>%1 you were above your target on %2 of the %3 days you measured in the last week.</source>
        <translation>%1：过去一周你测了%3天，其中有%2天高于目标。</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Single patient</source>
        <translation>单个患者</translation>
    </message>
    <message>
        <source>Pilot study</source>
        <translation>先导研究</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>1期</translation>
    </message>
    <message>
        <source>Phase 1/2</source>
        <translation>1/2期</translation>
    </message>
    <message>
        <source>Phase 1/2/3</source>
        <translation>1/2/3期</translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation>2期</translation>
    </message>
    <message>
        <source>Phase 3</source>
        <translation>3期</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已获批准</translation>
    </message>
    <message>
        <source>Phase not published</source>
        <translation>分期未公布</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>The list of profiles %1 is damaged and was left as it is: %2</source>
        <translation>成员列表 %1 已损坏，已保持原样：%2</translation>
    </message>
    <message>
        <source>The list of profiles %1 cannot be read: %2</source>
        <translation>无法读取成员列表 %1：%2</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>第 %2 个字符处：%1</translation>
    </message>
    <message>
        <source>it has no version %1 list of profiles</source>
        <translation>其中没有第 %1 版的成员列表</translation>
    </message>
    <message>
        <source>it repeats the id, name or diary file of another profile</source>
        <translation>它与另一个成员的编号、名字或日记文件重复</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>成员 %1：%2</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>成员需要有名字。</translation>
    </message>
    <message>
        <source>A profile's name can have at most %1 characters.</source>
        <translation>成员名字最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A profile's name cannot contain the character &quot;%1&quot;.</source>
        <translation>成员名字不能包含字符“%1”。</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>已经有名为“%1”的成员。</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>没有这个成员。</translation>
    </message>
    <message>
        <source>The target range must have its lower end below its upper end, both between %1 and %2 %3.</source>
        <translation>目标范围的下限必须低于上限，且都在 %1 到 %2 %3 之间。</translation>
    </message>
    <message>
        <source>The last profile cannot be deleted.</source>
        <translation>不能删除最后一个成员。</translation>
    </message>
    <message>
        <source>The profile was not deleted: no safety copy of its diary could be made (%1).</source>
        <translation>成员没有被删除：无法为其日记做安全副本（%1）。</translation>
    </message>
    <message>
        <source>The list of profiles could not be saved: the folder %1 cannot be created.</source>
        <translation>无法保存成员列表：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The list of profiles could not be saved: %1</source>
        <translation>无法保存成员列表：%1</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud needs a text-to-speech engine, and this device has none installed.</source>
        <translation>朗读需要语音合成引擎，这台设备上没有安装。</translation>
    </message>
    <message>
        <source>The text-to-speech engine could not start, so this page cannot be read aloud.</source>
        <translation>语音合成引擎无法启动，所以这一页不能朗读。</translation>
    </message>
    <message>
        <source>The text-to-speech engine has no Chinese voice. Install a Mandarin or Cantonese voice to hear articles read aloud.</source>
        <translation>语音合成引擎没有中文语音。安装普通话或粤语语音后，就能听文章朗读。</translation>
    </message>
    <message>
        <source>The text-to-speech engine stopped with an error.</source>
        <translation>语音合成引擎出错，已经停止。</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>暂停朗读</translation>
    </message>
    <message>
        <source>Resume reading aloud</source>
        <translation>继续朗读</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>朗读这一页</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>停止朗读</translation>
    </message>
</context>
<context>
    <name>SafetyBackups</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>For example: 干细胞, VX-880, C-peptide</source>
        <translation>例如：干细胞、VX-880、C肽</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Type a word in Simplified or Traditional Chinese, or in English.</source>
        <translation>可以输入简体中文、繁体中文或英文。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n个结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Clinic check</source>
        <translation>诊所核查</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国内地</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Glucose unit</source>
        <translation>血糖单位</translation>
    </message>
    <message>
        <source>Target range</source>
        <translation>目标范围</translation>
    </message>
    <message>
        <source>International consensus: 3.9–10.0 mmol/L (70–180 mg/dL)</source>
        <translation>国际共识：3.9–10.0 mmol/L（70–180 mg/dL）</translation>
    </message>
    <message>
        <source>Chinese Diabetes Society, fasting: 4.4–7.0 mmol/L (79–126 mg/dL)</source>
        <translation>中华医学会糖尿病学分会，空腹：4.4–7.0 mmol/L（79–126 mg/dL）</translation>
    </message>
    <message>
        <source>Agree your personal target with your care team. Time-in-range statistics always use the consensus ranges so they can be compared.</source>
        <translation>个人目标请与医疗团队商定。为便于比较，目标范围内时间（TIR）统计始终采用国际共识范围。</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Text size, %1 percent</source>
        <translation>文字大小，百分之%1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Sample text: blood glucose 5.6 mmol/L</source>
        <translation>示例文字：血糖 5.6 mmol/L</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>About and privacy</source>
        <translation>关于与隐私</translation>
    </message>
    <message>
        <source>IsletGuide is for education and self-tracking. It is not medical advice and does not replace your care team.</source>
        <translation>胰岛指南用于学习和自我记录，不是医疗建议，也不能代替你的医疗团队。</translation>
    </message>
    <message>
        <source>Your diary is stored only on this device, in a file only you can read. The app makes no network connections and collects no analytics.</source>
        <translation>你的日记只保存在这台设备上，存放在只有你能读取的文件中。本应用不进行任何网络连接，也不收集任何使用数据。</translation>
    </message>
    <message>
        <source>Safety copies</source>
        <translation>安全副本</translation>
    </message>
    <message>
        <source>No automatic safety copy yet. The app makes one a day when the diary changed, and one before every restore or upgrade.</source>
        <translation>还没有自动安全副本。日记有变化时，应用每天做一份；每次恢复或升级前也会先做一份。</translation>
    </message>
    <message>
        <source>Newest automatic safety copy: %1.</source>
        <translation>最新的自动安全副本：%1。</translation>
    </message>
    <message>
        <source>Restore the newest safety copy…</source>
        <translation>恢复最新的安全副本…</translation>
    </message>
    <message>
        <source>Restore the newest safety copy, from %1</source>
        <translation>恢复最新的安全副本（%1）</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Open ↗</source>
        <translation>打开 ↗</translation>
    </message>
    <message>
        <source>Open source %1 on the web (leaves the app)</source>
        <translation>在网上打开第%1个来源（会离开本应用）</translation>
    </message>
</context>
<context>
    <name>SourceType</name>
    <message>
        <source>Peer-reviewed paper</source>
        <translation>同行评审论文</translation>
    </message>
    <message>
        <source>Trial registry</source>
        <translation>临床试验注册平台</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>新闻报道</translation>
    </message>
    <message>
        <source>Clinical guideline</source>
        <translation>临床指南</translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>Hide explanation</source>
        <translation>收起说明</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>这是什么意思？</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Very high, above %1</source>
        <translation>很高，高于%1</translation>
    </message>
    <message>
        <source>Goal: under 5 %</source>
        <translation>目标：低于5%</translation>
    </message>
    <message>
        <source>High, %1 to %2</source>
        <translation>偏高，%1–%2</translation>
    </message>
    <message>
        <source>Goal: high and very high together under 25 %</source>
        <translation>目标：偏高和很高合计低于25%</translation>
    </message>
    <message>
        <source>In range, %1 to %2</source>
        <translation>在范围内，%1–%2</translation>
    </message>
    <message>
        <source>Goal: over 70 %</source>
        <translation>目标：高于70%</translation>
    </message>
    <message>
        <source>Low, %1 to %2</source>
        <translation>偏低，%1–%2</translation>
    </message>
    <message>
        <source>Goal: low and very low together under 4 %</source>
        <translation>目标：偏低和很低合计低于4%</translation>
    </message>
    <message>
        <source>Very low, below %1</source>
        <translation>很低，低于%1</translation>
    </message>
    <message>
        <source>Goal: under 1 %</source>
        <translation>目标：低于1%</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>It is only meaningful with at least 14 days of CGM data; read it with care.</source>
        <translation>至少要有14天的持续葡萄糖监测（CGM）数据才有意义，请谨慎看待。</translation>
    </message>
    <message>
        <source>Average glucose</source>
        <translation>平均血糖</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The average of all %n readings in this period.</source>
        <translation>
            <numerusform>这段时间全部%n个血糖值的平均值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time in range</source>
        <translation>目标范围内时间</translation>
    </message>
    <message>
        <source>The share of readings between 3.9 and 10.0 mmol/L (70–180 mg/dL). More time in range goes with a lower risk of eye, kidney and nerve damage; each extra 5 % is linked to benefits. The goal for most adults is over 70 %, about 17 hours a day.</source>
        <translation>血糖值在3.9–10.0 mmol/L（70–180 mg/dL）之间的比例。目标范围内时间越长，眼睛、肾脏和神经受损的风险越低；每多5%都和健康获益有关。多数成年人的目标是超过70%，相当于每天约17小时。</translation>
    </message>
    <message>
        <source>GMI (estimated A1c)</source>
        <translation>GMI（估算的糖化血红蛋白）</translation>
    </message>
    <message>
        <source>%1 % (%2 mmol/mol)</source>
        <translation>%1%（%2 mmol/mol）</translation>
    </message>
    <message>
        <source>The glucose management indicator estimates the A1c that your average glucose usually goes with. Your laboratory A1c can differ from it; both are useful to your care team.</source>
        <translation>葡萄糖管理指标（GMI）根据你的平均血糖，推算出通常与它对应的糖化血红蛋白。化验出来的糖化血红蛋白可能和它不一样，两个数字对你的医疗团队都有用。</translation>
    </message>
    <message>
        <source>Variability (CV)</source>
        <translation>血糖变异系数（CV）</translation>
    </message>
    <message>
        <source>How much your glucose swings around its average (standard deviation divided by the mean). 36 % or less counts as stable; higher values go with more lows.</source>
        <translation>血糖围绕平均值上下波动的程度（标准差除以平均值）。36%或以下算是稳定；数值越高，低血糖往往越多。</translation>
    </message>
    <message>
        <source>Swings (MAGE)</source>
        <translation>平均血糖波动幅度（MAGE）</translation>
    </message>
    <message>
        <source>The mean amplitude of glycaemic excursions: the typical height of a rise or fall larger than usual. It needs CGM data.</source>
        <translation>平均血糖波动幅度：比平常更大的血糖升降，通常有多大。需要持续葡萄糖监测（CGM）数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n readings on %1 days from a meter or typed in.</source>
        <translation>
            <numerusform>%1天里共有%n个血糖值，来自血糖仪或手动输入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days of CGM data, %2 of the readings the sensor could have taken.</source>
        <translation>%1天的CGM数据，达到传感器应有读数的%2。</translation>
    </message>
    <message>
        <source>The daily profile appears with at least 14 days and 70 % of readings.</source>
        <translation>至少有14天、且达到应有读数的70%时，才会显示每日血糖图谱。</translation>
    </message>
    <message>
        <source>No glucose readings in this period.</source>
        <translation>这段时间没有血糖记录。</translation>
    </message>
    <message numerus="yes">
        <source>Glucose chart: %n readings from %1 to %2. Lowest %3, highest %4, average %5 %6. %7 of readings in range.</source>
        <translation>
            <numerusform>血糖图：从%1到%2共有%n个血糖值。最低%3，最高%4，平均%5 %6。%7的血糖值在目标范围内。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Typical day: the middle line is lowest around %1 (%2 %3) and highest around %4 (%5 %6).</source>
        <translation>典型的一天：中间那条线在%1左右最低（%2 %3），在%4左右最高（%5 %6）。</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Charts and statistics</source>
        <translation>图表和统计</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>1天</translation>
    </message>
    <message>
        <source>14 days</source>
        <translation>14天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90天</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>No glucose readings in this period yet</source>
        <translation>这段时间还没有血糖记录</translation>
    </message>
    <message>
        <source>Glucose over time (%1)</source>
        <translation>血糖变化（%1）</translation>
    </message>
    <message>
        <source>Time in ranges</source>
        <translation>各范围的时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Patterns in the last week</source>
        <translation>过去一周的规律</translation>
    </message>
    <message>
        <source>Typical day</source>
        <translation>典型的一天</translation>
    </message>
    <message>
        <source>The typical-day chart (ambulatory glucose profile) needs at least 14 days of CGM data with 70 % of readings present. Choose 14 or 90 days, or keep wearing your sensor.</source>
        <translation>“典型的一天”图（动态葡萄糖图谱）需要至少14天的CGM数据，而且要达到应有读数的70%。请选择14天或90天，或者继续佩戴传感器。</translation>
    </message>
    <message>
        <source>Line: median. Dark band: half of your readings (25–75 %). Light band: 90 % of them (5–95 %).</source>
        <translation>线：中位数。深色带：一半的血糖值（25–75%）。浅色带：90%的血糖值（5–95%）。</translation>
    </message>
    <message>
        <source>When you add readings in the diary or import a meter or CGM file, they appear on the chart below, and this page shows your time in range, your average and how much it varies. With 14 days of CGM data it also shows your typical day.</source>
        <translation>在日记中记录血糖，或导入血糖仪或CGM文件后，读数会显示在下面的图表中，本页也会显示你的目标范围内时间、平均血糖以及血糖波动程度。有了14天的CGM数据后，还会显示“典型的一天”。</translation>
    </message>
    <message>
        <source>Line: your readings   ■ low   ▲ high   shaded: your own target range</source>
        <translation>线：你的血糖值   ■ 偏低   ▲ 偏高   阴影：你自己的目标范围</translation>
    </message>
    <message>
        <source>These are the international ranges, the same for everyone, not your own target range.</source>
        <translation>这些是国际共识范围，对每个人都一样，不是你自己的目标范围。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>there is not enough space on this device (free some space, then try again)</source>
        <translation>这台设备的存储空间不足（请清理一些空间后再试）</translation>
    </message>
    <message>
        <source>the device's storage reported an error (%1)</source>
        <translation>设备存储报告了错误（%1）</translation>
    </message>
    <message>
        <source>the diary is in use by another program (try again in a moment)</source>
        <translation>日记正被另一个程序使用（请稍后再试）</translation>
    </message>
    <message>
        <source>the diary file cannot be written to</source>
        <translation>日记文件无法写入</translation>
    </message>
    <message>
        <source>the diary file is damaged</source>
        <translation>日记文件已损坏</translation>
    </message>
</context>
<context>
    <name>TimeInRangeBar</name>
    <message>
        <source>Time in ranges</source>
        <translation>各范围的时间</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Glucose over time</source>
        <translation>血糖变化</translation>
    </message>
    <message>
        <source>Target range</source>
        <translation>目标范围</translation>
    </message>
</context>
<context>
    <name>TrialDetailPage</name>
    <message>
        <source>%1 (status as of %2)</source>
        <translation>%1（状态截至%2）</translation>
    </message>
    <message>
        <source>How to read a trial result</source>
        <translation>如何看懂试验结果</translation>
    </message>
    <message>
        <source>How to read a trial result: open the explainer</source>
        <translation>如何看懂试验结果：打开说明文章</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Diabetes type</source>
        <translation>糖尿病类型</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>试验分期</translation>
    </message>
    <message>
        <source>Cells and how they are given</source>
        <translation>所用细胞和植入方式</translation>
    </message>
    <message>
        <source>Immunosuppression</source>
        <translation>免疫抑制</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Results so far</source>
        <translation>目前的结果</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>需要注意的地方</translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation>谁可以参加</translation>
    </message>
    <message>
        <source>Registry numbers</source>
        <translation>临床试验注册号</translation>
    </message>
    <message>
        <source>No registry number found</source>
        <translation>没有找到注册号</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
</context>
<context>
    <name>TrialListModel</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>TrialListPage</name>
    <message>
        <source>Trials</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>How to read a trial result</source>
        <translation>如何看懂试验结果</translation>
    </message>
    <message>
        <source>How to read a trial result: open the explainer</source>
        <translation>如何看懂试验结果：打开说明文章</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translation>收起筛选条件</translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation>展开筛选条件</translation>
    </message>
    <message>
        <source>Diabetes type</source>
        <translation>糖尿病类型</translation>
    </message>
    <message>
        <source>Cell source</source>
        <translation>细胞来源</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>试验分期</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Immunosuppression</source>
        <translation>免疫抑制</translation>
    </message>
    <message>
        <source>Showing %1 of %2 programmes</source>
        <translation>共%2个研究项目，显示其中%1个</translation>
    </message>
    <message>
        <source>%1 (status as of %2)</source>
        <translation>%1（状态截至%2）</translation>
    </message>
</context>
<context>
    <name>TrialStatus</name>
    <message>
        <source>Recruiting</source>
        <translation>正在招募</translation>
    </message>
    <message>
        <source>Ongoing, not recruiting</source>
        <translation>进行中，不再招募</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已获批准</translation>
    </message>
    <message>
        <source>Status not published</source>
        <translation>状态未公布</translation>
    </message>
</context>
</TS>
