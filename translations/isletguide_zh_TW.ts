<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AddReadingPage</name>
    <message>
        <source>Type the date as year-month-day and the time as hours:minutes.</source>
        <translation>日期請依「年-月-日」填寫，時間請依「時:分」填寫。</translation>
    </message>
    <message>
        <source>Reading changed</source>
        <translation>血糖紀錄已修改</translation>
    </message>
    <message>
        <source>Reading saved</source>
        <translation>血糖紀錄已儲存</translation>
    </message>
    <message>
        <source>Reading deleted</source>
        <translation>血糖紀錄已刪除</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>編輯血糖紀錄</translation>
    </message>
    <message>
        <source>Add a reading</source>
        <translation>記錄血糖</translation>
    </message>
    <message>
        <source>Glucose (%1)</source>
        <translation>血糖（%1）</translation>
    </message>
    <message>
        <source>Glucose value in %1</source>
        <translation>血糖值，單位%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the changed reading</source>
        <translation>儲存修改後的血糖紀錄</translation>
    </message>
    <message>
        <source>Save the reading</source>
        <translation>儲存這筆血糖紀錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>什麼時候量的</translation>
    </message>
    <message>
        <source>Meal context: %1</source>
        <translation>測量時段：%1</translation>
    </message>
    <message>
        <source>The meter showed LO (too low to measure)</source>
        <translation>血糖機顯示 LO（太低，量不出來）</translation>
    </message>
    <message>
        <source>The meter showed HI (too high to measure)</source>
        <translation>血糖機顯示 HI（太高，量不出來）</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Delete this reading</source>
        <translation>刪除這筆血糖紀錄</translation>
    </message>
    <message>
        <source>Something else to note?</source>
        <translation>還想記點別的？</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>新增：%1</translation>
    </message>
</context>
<context>
    <name>AgpChart</name>
    <message>
        <source>Typical day (ambulatory glucose profile)</source>
        <translation>典型的一天（動態葡萄糖圖譜）</translation>
    </message>
</context>
<context>
    <name>ArticleListPage</name>
    <message>
        <source>No bookmarks yet. Open an article and tap “Bookmark” to keep it here.</source>
        <translation>還沒有書籤。打開一篇文章，點「加入書籤」，它就會出現在這裡。</translation>
    </message>
    <message>
        <source>No articles here yet.</source>
        <translation>這裡還沒有文章。</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>核對日期：%1</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Reviewed on %1</source>
        <translation>核對日期：%1</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ 已加入書籤</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ 加入書籤</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>移除書籤</translation>
    </message>
    <message>
        <source>Bookmark this article</source>
        <translation>把這篇文章加入書籤</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>相關文章</translation>
    </message>
</context>
<context>
    <name>CellSource</name>
    <message>
        <source>Embryonic stem cells</source>
        <translation>胚胎幹細胞</translation>
    </message>
    <message>
        <source>Induced pluripotent stem cells (iPSC)</source>
        <translation>誘導性多功能幹細胞（iPSC）</translation>
    </message>
    <message>
        <source>Chemically induced iPSC</source>
        <translation>化學誘導多能幹細胞（CiPSC）</translation>
    </message>
    <message>
        <source>Endoderm stem cells</source>
        <translation>內胚層幹細胞</translation>
    </message>
    <message>
        <source>Mesenchymal stem cells (MSC)</source>
        <translation>間質幹細胞（MSC）</translation>
    </message>
    <message>
        <source>Perinatal tissue cells</source>
        <translation>圍產期細胞</translation>
    </message>
    <message>
        <source>Donor islets</source>
        <translation>捐贈者的胰島</translation>
    </message>
    <message>
        <source>Cell source not confirmed</source>
        <translation>細胞來源未確認</translation>
    </message>
</context>
<context>
    <name>ClinicCheckPage</name>
    <message>
        <source>Clinic check</source>
        <translation>診所查核</translation>
    </message>
    <message>
        <source>Were you offered a “stem cell” treatment for diabetes? Answer what you know about the offer. Your answers stay on this device.</source>
        <translation>有人向你推薦治療糖尿病的「幹細胞」療法嗎？請依你對這個療法的了解回答下面的問題。你的回答只儲存在這台裝置上。</translation>
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
        <translation>不確定</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>第%1題：%2</translation>
    </message>
    <message>
        <source>Answered %1 of %2</source>
        <translation>共%2題，已回答%1題</translation>
    </message>
    <message>
        <source>See what the answers mean</source>
        <translation>看看這些回答代表什麼</translation>
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
        <translation>關於別人推薦的幹細胞療法，我想問醫師的問題</translation>
    </message>
    <message>
        <source>Is this treatment approved for diabetes by the regulator where I live?</source>
        <translation>在我居住的地方，這種療法有沒有獲得主管機關核准用於治療糖尿病？</translation>
    </message>
    <message>
        <source>If it is a clinical trial, what is its registry number, and can we look it up together?</source>
        <translation>如果這是臨床試驗，它的臨床試驗登錄號是多少？我們能一起查一下嗎？</translation>
    </message>
    <message>
        <source>What could go wrong, and who would care for me if it does?</source>
        <translation>可能會出現什麼問題？萬一出了問題，誰來負責治療和照顧我？</translation>
    </message>
    <message>
        <source>Would I have to change my insulin or other medicines? (I will not stop insulin on anyone else's advice.)</source>
        <translation>我需要改變胰島素或其他藥物的用法嗎？（我不會因為別人的建議就停用胰島素。）</translation>
    </message>
    <message>
        <source>Are there proven options or registered trials you would suggest instead?</source>
        <translation>有沒有已經證實有效的治療方法，或者已登錄的臨床試驗，是您建議我考慮的？</translation>
    </message>
    <message>
        <source>About what I was told:</source>
        <translation>關於別人跟我說的情況：</translation>
    </message>
    <message>
        <source>(my answer: yes)</source>
        <translation>（我的回答：是）</translation>
    </message>
    <message>
        <source>(my answer: not sure)</source>
        <translation>（我的回答：不確定）</translation>
    </message>
</context>
<context>
    <name>ClinicResultPage</name>
    <message>
        <source>No warning signs in your answers</source>
        <translation>你的回答裡沒有危險訊號</translation>
    </message>
    <message>
        <source>That is reassuring, but it does not prove the offer is safe or approved. Check it with the regulator below and talk to your care team before deciding.</source>
        <translation>這讓人放心一些，但並不能證明這個療法安全或已獲核准。做決定之前，請透過下面列出的主管機關查證，並和你的醫療團隊商量。</translation>
    </message>
    <message>
        <source>Some things need checking</source>
        <translation>有些情況需要查證</translation>
    </message>
    <message>
        <source>Some answers are reasons for caution or still unknown. Before you pay or sign anything, find out the answers and check the offer with the regulator below.</source>
        <translation>有些回答顯示需要謹慎，有些還不清楚。在付錢或簽任何文件之前，請先把這些問題弄清楚，並透過下面列出的主管機關查證這個療法。</translation>
    </message>
    <message>
        <source>Strong warning signs</source>
        <translation>明顯的危險訊號</translation>
    </message>
    <message>
        <source>Some answers match how unregulated clinics work. Please do not pay or sign anything for now. Talk to your care team, and check the offer with the regulator below.</source>
        <translation>有些回答和不受監管的診所常見的做法相符。請暫時不要付錢，也不要簽任何文件。請和你的醫療團隊商量，並透過下面列出的主管機關查證這個療法。</translation>
    </message>
    <message>
        <source>Clinic check result</source>
        <translation>診所查核結果</translation>
    </message>
    <message>
        <source>Why: the answers that are warning signs</source>
        <translation>原因：屬於危險訊號的回答</translation>
    </message>
    <message>
        <source>⚠ Strong warning sign</source>
        <translation>⚠ 明顯的危險訊號</translation>
    </message>
    <message>
        <source>△ Reason for caution</source>
        <translation>△ 需要謹慎</translation>
    </message>
    <message>
        <source>Worth finding out</source>
        <translation>值得弄清楚的問題</translation>
    </message>
    <message>
        <source>Next steps where you live</source>
        <translation>在你所在地區的下一步</translation>
    </message>
    <message>
        <source>Your region is set to “elsewhere”: here are the regulators this app knows. Your own country's medicines regulator can check an offer in the same way.</source>
        <translation>你的地區設定為「其他」：以下是本應用程式收錄的各地主管機關。你所在國家的藥品主管機關也可以用同樣的方式查證。</translation>
    </message>
    <message>
        <source>How to check the offer</source>
        <translation>如何查證這個療法</translation>
    </message>
    <message>
        <source>Where to report it</source>
        <translation>向哪裡檢舉</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>Open %1 on the web (leaves the app)</source>
        <translation>在網路上開啟%1（會離開本應用程式）</translation>
    </message>
    <message>
        <source>Questions for your doctor</source>
        <translation>可以問醫師的問題</translation>
    </message>
    <message>
        <source>Copy the questions</source>
        <translation>複製問題</translation>
    </message>
    <message>
        <source>Copy the questions for your doctor</source>
        <translation>複製要問醫師的問題</translation>
    </message>
    <message>
        <source>Copied. You can paste them into a message or a note.</source>
        <translation>已複製。你可以把它們貼到訊息或筆記裡。</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Could not save the file. Please choose another place.</source>
        <translation>無法儲存檔案，請換一個位置。</translation>
    </message>
    <message>
        <source>Save as a PDF or text file…</source>
        <translation>儲存為 PDF 或文字檔…</translation>
    </message>
    <message>
        <source>Save the questions for your doctor as a PDF or text file</source>
        <translation>把要問醫師的問題儲存為 PDF 或文字檔</translation>
    </message>
    <message>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF，用於列印 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美國</translation>
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
        <translation>無法寫入%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(ies) to %1.</source>
        <translation>
            <numerusform>已將%n筆紀錄儲存到%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole diary was saved to %1.</source>
        <translation>整本日記已儲存到%1。</translation>
    </message>
    <message>
        <source>The diary was restored from %1.</source>
        <translation>已從%1還原日記。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>報告（共%n頁）已儲存到%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file that could not be opened is kept as %1.</source>
        <translation>無法開啟的檔案已另存為%1。</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <source>Open the source ↗</source>
        <translation>查看來源 ↗</translation>
    </message>
    <message>
        <source>Open the source on the web (leaves the app)</source>
        <translation>在網路上查看來源（會離開本應用程式）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>關閉說明</translation>
    </message>
</context>
<context>
    <name>DiabetesType</name>
    <message>
        <source>Type 1</source>
        <translation>第1型糖尿病</translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation>第2型糖尿病</translation>
    </message>
</context>
<context>
    <name>DiaryBackup</name>
    <message>
        <source>its permissions cannot be set</source>
        <translation>無法設定它的存取權限</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>無法寫入備份%1：%2</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>無法開啟</translation>
    </message>
    <message>
        <source>the restored diary cannot be opened</source>
        <translation>還原後的日記無法開啟</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>該檔案不是資料庫</translation>
    </message>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>資料庫已損壞（%1）</translation>
    </message>
    <message>
        <source>it is not an IsletGuide diary</source>
        <translation>它不是胰島指南的日記</translation>
    </message>
    <message>
        <source>it was made by a newer version of IsletGuide</source>
        <translation>它是由較新版本的胰島指南建立的</translation>
    </message>
    <message>
        <source>%1 was not restored, your diary is unchanged: %2</source>
        <translation>未能從%1還原日記，日記沒有任何變更：%2</translation>
    </message>
    <message>
        <source>a safety copy of the current diary could not be made first (%1)</source>
        <translation>未能先為目前的日記做一份安全副本（%1）</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1已存在</translation>
    </message>
    <message>
        <source>The newest safety copy is from %1 (%2). Restoring it keeps the unreadable file beside the diary.</source>
        <translation>最新的安全副本是%1的（%2）。還原它時，無法讀取的檔案會保留在日記旁邊。</translation>
    </message>
</context>
<context>
    <name>DiaryFileCheck</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>無法讀取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an IsletGuide diary: it is not a database file. It was left as it is.</source>
        <translation>%1 不是胰島指南的日記：它不是資料庫檔案。檔案維持原樣，沒有任何更動。</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of IsletGuide. Update the app to open it.</source>
        <translation>這本日記是由較新版本的胰島指南儲存的。請先更新應用程式，再開啟它。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its own header says, as if it was cut off while being copied. It was left as it is; you can restore a backup under “Import and export”.</source>
        <translation>%1 已損壞：檔案比它自己記錄的長度短，像是在複製時被截斷了。檔案維持原樣；你可以在「匯入與匯出」中從備份還原。</translation>
    </message>
    <message>
        <source>%1 is damaged: its journal %2 cannot be read, so the latest entries may be missing. Both files were left as they are; you can restore a backup under “Import and export”.</source>
        <translation>%1 已損壞：它的日誌檔 %2 無法讀取，最近的紀錄可能遺失。兩個檔案都維持原樣；你可以在「匯入與匯出」中從備份還原。</translation>
    </message>
</context>
<context>
    <name>DiaryLogDelegate</name>
    <message>
        <source>%1 units</source>
        <translation>%1單位</translation>
    </message>
    <message>
        <source>%1 g carbohydrates</source>
        <translation>%1克碳水化合物</translation>
    </message>
    <message>
        <source>HbA1c %1 % (%2 mmol/mol)</source>
        <translation>糖化血色素%1%（%2 mmol/mol）</translation>
    </message>
    <message>
        <source>level 2</source>
        <translation>第2級</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>日記</translation>
    </message>
    <message>
        <source>Charts and statistics</source>
        <translation>圖表與統計</translation>
    </message>
    <message>
        <source>Import, export, backup</source>
        <translation>匯入、匯出、備份</translation>
    </message>
    <message>
        <source>Your diary is empty</source>
        <translation>日記裡還沒有紀錄</translation>
    </message>
    <message>
        <source>To add your first reading, tap the round + button at the bottom, type the number from your meter and tap Save. The time is filled in for you.</source>
        <translation>要記下第一筆血糖，請點下方的圓形「+」按鈕，輸入血糖機上的數字，再點「儲存」。時間會自動填好。</translation>
    </message>
    <message>
        <source>Your readings stay on this phone. They leave it only if you export them.</source>
        <translation>你的血糖紀錄只儲存在這支手機上，只有你自己匯出時才會離開手機。</translation>
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
        <translation>新增血糖紀錄</translation>
    </message>
    <message>
        <source>Restore from a backup or safety copy…</source>
        <translation>從備份或安全副本還原…</translation>
    </message>
</context>
<context>
    <name>DiarySchema</name>
    <message>
        <source>This diary was saved by a newer version of IsletGuide. Update the app to open it.</source>
        <translation>這本日記是由較新版本的胰島指南儲存的。請先更新應用程式，再開啟它。</translation>
    </message>
    <message>
        <source>The diary could not be upgraded to version %1: %2</source>
        <translation>日記無法升級到第%1版：%2</translation>
    </message>
</context>
<context>
    <name>DiarySnackbar</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>復原上一次變更</translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>已復原變更</translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <source>This entry no longer exists in the diary.</source>
        <translation>日記裡已經沒有這筆紀錄了。</translation>
    </message>
    <message>
        <source>The diary could not be opened: the folder %1 cannot be created.</source>
        <translation>無法開啟日記：無法建立資料夾%1。</translation>
    </message>
    <message>
        <source>The diary could not be opened: %1 (%2)</source>
        <translation>無法開啟日記：%1（%2）</translation>
    </message>
    <message>
        <source>%1 is not a diary database, or it is damaged.</source>
        <translation>%1不是日記資料庫，或者已經損壞。</translation>
    </message>
    <message>
        <source>The diary could not be opened: %1</source>
        <translation>無法開啟日記：%1</translation>
    </message>
    <message>
        <source>The diary could not be saved: %1</source>
        <translation>日記沒能儲存：%1</translation>
    </message>
    <message>
        <source>Entry %1: %2 Nothing was added.</source>
        <translation>第 %1 筆：%2 沒有新增任何內容。</translation>
    </message>
    <message>
        <source>%1 is not an IsletGuide diary: it holds another program's data. It was left as it is.</source>
        <translation>%1 不是胰島指南的日記：裡面是其他程式的資料。檔案維持原樣，沒有任何更動。</translation>
    </message>
    <message>
        <source>The diary was not upgraded, because a safety copy could not be made first: %1</source>
        <translation>日記沒有升級，因為未能先做一份安全副本：%1</translation>
    </message>
    <message>
        <source>The diary is damaged (%1). Nothing was added and the diary was left as it is; you can restore a backup under “Import and export”.</source>
        <translation>日記已損壞（%1）。沒有加入任何內容，日記維持原樣；你可以在「匯入與匯出」中從備份還原。</translation>
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
        <translation>早餐後</translation>
    </message>
    <message>
        <source>Before lunch</source>
        <translation>午餐前</translation>
    </message>
    <message>
        <source>After lunch</source>
        <translation>午餐後</translation>
    </message>
    <message>
        <source>Before dinner</source>
        <translation>晚餐前</translation>
    </message>
    <message>
        <source>After dinner</source>
        <translation>晚餐後</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜間</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>其他時間</translation>
    </message>
    <message>
        <source>Rapid-acting</source>
        <translation>速效胰島素</translation>
    </message>
    <message>
        <source>Long-acting</source>
        <translation>長效胰島素</translation>
    </message>
    <message>
        <source>Premixed</source>
        <translation>預混胰島素</translation>
    </message>
    <message>
        <source>Other insulin</source>
        <translation>其他胰島素</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>血糖</translation>
    </message>
    <message>
        <source>Insulin</source>
        <translation>胰島素</translation>
    </message>
    <message>
        <source>Carbohydrates</source>
        <translation>碳水化合物</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>藥物</translation>
    </message>
    <message>
        <source>HbA1c</source>
        <translation>糖化血色素</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
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
        <translation>在範圍內</translation>
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
        <translation>血糖值必須在%1到%2 %3之間。如果血糖機顯示 LO 或 HI，請改為勾選 LO 或 HI。</translation>
    </message>
    <message>
        <source>Insulin must be more than 0 and at most %1 units.</source>
        <translation>胰島素劑量必須大於0，且不超過%1單位。</translation>
    </message>
    <message>
        <source>Carbohydrates must be more than 0 and at most %1 g.</source>
        <translation>碳水化合物必須大於0克，且不超過%1克。</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>請填寫藥物名稱。</translation>
    </message>
    <message>
        <source>HbA1c must be between %1 and %2 % (%3 to %4 mmol/mol).</source>
        <translation>糖化血色素必須在%1%到%2%之間（%3到%4 mmol/mol）。</translation>
    </message>
    <message>
        <source>The time is more than one hour in the future. Check the date and time.</source>
        <translation>這個時間比現在晚了一個多小時，請檢查日期和時間。</translation>
    </message>
    <message>
        <source>Write something in the note.</source>
        <translation>請在備註裡寫點內容。</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <translation>開始之前</translation>
    </message>
    <message>
        <source>IsletGuide explains stem-cell research for diabetes and keeps a private glucose diary. It is for education only and is not medical advice.</source>
        <translation>胰島指南用淺白的話介紹糖尿病幹細胞研究，並幫你記錄只屬於你的血糖日記。內容僅供學習了解，不是醫療建議。</translation>
    </message>
    <message>
        <source>Research moves quickly: every page says how strong the evidence is and when it was checked. Please talk to your care team before changing any treatment.</source>
        <translation>研究進展很快：每一頁都會註明證據有多強、何時核對過。改變任何治療之前，請先和你的醫療團隊商量。</translation>
    </message>
    <message>
        <source>Your diary stays on this device. The app has no account, sends nothing, and only exports when you ask.</source>
        <translation>你的日記只儲存在這台裝置上。本應用程式沒有帳號、不上傳任何資料，只有在你要求時才會匯出。</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>我明白了</translation>
    </message>
    <message>
        <source>I understand, continue to the app</source>
        <translation>我明白了，進入應用程式</translation>
    </message>
</context>
<context>
    <name>DoctorReport</name>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>Middle half (25–75 %)</source>
        <translation>中間一半（25–75%）</translation>
    </message>
    <message>
        <source>90 % of readings (5–95 %)</source>
        <translation>90%的血糖值（5–95%）</translation>
    </message>
    <message>
        <source>Target %1–%2 %3</source>
        <translation>目標%1–%2 %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1頁</translation>
    </message>
    <message>
        <source>IsletGuide glucose report</source>
        <translation>胰島指南血糖報告</translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>期間：%1至%2（共%n天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed on %1. Glucose is shown in %2; meter and manual readings are listed as recorded.</source>
        <translation>列印日期：%1。血糖單位：%2；血糖機讀數和手動紀錄的讀數依原始紀錄列出。</translation>
    </message>
    <message>
        <source>For discussion with your care team, not a diagnosis. The values come from the person's own diary, meter and sensor files; they are not checked by a laboratory.</source>
        <translation>供與醫療團隊討論使用，不作為診斷依據。資料來自本人的日記、血糖機和感測器檔案，未經檢驗室核驗。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Goal or note</source>
        <translation>目標或說明</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>讀數筆數</translation>
    </message>
    <message>
        <source>Days with readings</source>
        <translation>有讀數的天數</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2天中的%1天</translation>
    </message>
    <message>
        <source>Sensor data captured</source>
        <translation>感測器資料擷取率</translation>
    </message>
    <message>
        <source>goal ≥ 70 % over at least 14 days</source>
        <translation>目標：≥70%，至少14天</translation>
    </message>
    <message>
        <source>Mean glucose</source>
        <translation>平均血糖</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>標準差</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>變異係數</translation>
    </message>
    <message>
        <source>goal ≤ 36 %</source>
        <translation>目標：≤36%</translation>
    </message>
    <message>
        <source>GMI (estimated HbA1c)</source>
        <translation>血糖管理指標 GMI（估算糖化血色素）</translation>
    </message>
    <message>
        <source>from the sensor's mean glucose; a laboratory HbA1c may differ</source>
        <translation>根據感測器平均血糖推算；抽血檢驗的糖化血色素可能不同</translation>
    </message>
    <message>
        <source>less than 14 days or 70 % of sensor data: read with care</source>
        <translation>感測器資料不足14天或不足70%：請謹慎解讀</translation>
    </message>
    <message>
        <source>only estimated from at least 14 days of sensor data</source>
        <translation>需至少14天的感測器資料才會估算</translation>
    </message>
    <message>
        <source>Lowest and highest</source>
        <translation>最低值與最高值</translation>
    </message>
    <message>
        <source>Daily glucose profile (AGP)</source>
        <translation>動態葡萄糖圖譜（AGP）</translation>
    </message>
    <message>
        <source>Not enough readings for a daily profile: it needs at least %1 readings at each of most times of the day, which usually takes a sensor or many meter readings a day over several weeks.</source>
        <translation>讀數不足，無法產生動態葡萄糖圖譜：一天中大多數時段都需要至少%1筆讀數，通常需要配戴感測器，或連續幾週每天多次用血糖機量測。</translation>
    </message>
    <message>
        <source>All days laid over one 24-hour day. The line is the median; the bands hold the middle half and 90 % of the readings at each time of day.</source>
        <translation>把所有日子的資料疊加到同一個24小時內。曲線為中位數；色帶分別涵蓋每個時間點中間50%與90%的讀數。</translation>
    </message>
    <message>
        <source>Less than 14 days or under 70 % of possible sensor readings: read this profile with care.</source>
        <translation>不足14天，或感測器讀數不足應有讀數的70%：請謹慎解讀此圖譜。</translation>
    </message>
    <message>
        <source>Sensor readings by day</source>
        <translation>每日感測器讀數</translation>
    </message>
    <message>
        <source>Meter and manual readings</source>
        <translation>血糖機讀數與手動紀錄</translation>
    </message>
    <message>
        <source>There are no glucose readings in this period.</source>
        <translation>此期間沒有血糖讀數。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概況</translation>
    </message>
    <message>
        <source>Time in ranges</source>
        <translation>各範圍的時間</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入%1：%2</translation>
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
        <translation>早餐後</translation>
    </message>
    <message>
        <source>Before lunch</source>
        <translation>午餐前</translation>
    </message>
    <message>
        <source>After lunch</source>
        <translation>午餐後</translation>
    </message>
    <message>
        <source>Before dinner</source>
        <translation>晚餐前</translation>
    </message>
    <message>
        <source>After dinner</source>
        <translation>晚餐後</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜間</translation>
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
        <translation>LO（低於%1）</translation>
    </message>
    <message>
        <source>HI (above %1)</source>
        <translation>HI（高於%1）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Value as recorded</source>
        <translation>原始紀錄值</translation>
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
        <translation>備註</translation>
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
        <translation>在範圍內</translation>
    </message>
    <message>
        <source>goal &lt; 5 %</source>
        <translation>目標：&lt;5%</translation>
    </message>
    <message>
        <source>with very high %1, goal &lt; 25 %</source>
        <translation>連同很高合計%1，目標：&lt;25%</translation>
    </message>
    <message>
        <source>goal &gt; 70 %</source>
        <translation>目標：&gt;70%</translation>
    </message>
    <message>
        <source>with very low %1, goal &lt; 4 %</source>
        <translation>連同很低合計%1，目標：&lt;4%</translation>
    </message>
    <message>
        <source>goal &lt; 1 %</source>
        <translation>目標：&lt;1%</translation>
    </message>
</context>
<context>
    <name>EntryEditorPage</name>
    <message>
        <source>Type the date as year-month-day and the time as hours:minutes.</source>
        <translation>日期請依「年-月-日」填寫，時間請依「時:分」填寫。</translation>
    </message>
    <message>
        <source>Entry changed</source>
        <translation>紀錄已修改</translation>
    </message>
    <message>
        <source>Entry saved</source>
        <translation>紀錄已儲存</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>紀錄已刪除</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>編輯：%1</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Insulin units</source>
        <translation>胰島素劑量（單位）</translation>
    </message>
    <message>
        <source>Carbohydrates (g)</source>
        <translation>碳水化合物（克）</translation>
    </message>
    <message>
        <source>HbA1c result</source>
        <translation>糖化血色素結果</translation>
    </message>
    <message>
        <source>Carbohydrates in grams</source>
        <translation>碳水化合物克數</translation>
    </message>
    <message>
        <source>Kind of insulin: %1</source>
        <translation>胰島素種類：%1</translation>
    </message>
    <message>
        <source>HbA1c unit: %1</source>
        <translation>糖化血色素單位：%1</translation>
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
        <translation>藥物名稱</translation>
    </message>
    <message>
        <source>Insulin name</source>
        <translation>胰島素名稱</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>劑量</translation>
    </message>
    <message>
        <source>Write your note</source>
        <translation>寫下你的備註</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>儲存這筆紀錄</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>刪除這筆紀錄</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名稱（選填）</translation>
    </message>
    <message>
        <source>Dose (optional)</source>
        <translation>劑量（選填）</translation>
    </message>
</context>
<context>
    <name>EntryTimeField</name>
    <message>
        <source>Time: %1</source>
        <translation>時間：%1</translation>
    </message>
    <message>
        <source>Time: now</source>
        <translation>時間：現在</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change the date and time</source>
        <translation>修改日期和時間</translation>
    </message>
    <message>
        <source>Date, as year-month-day</source>
        <translation>日期，格式為年-月-日</translation>
    </message>
    <message>
        <source>Time, as hours:minutes</source>
        <translation>時間，格式為時:分</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Approved treatment</source>
        <translation>已核准的療法</translation>
    </message>
    <message>
        <source>Phase 3 trial</source>
        <translation>第3期臨床試驗</translation>
    </message>
    <message>
        <source>Phase 2 trial</source>
        <translation>第2期臨床試驗</translation>
    </message>
    <message>
        <source>Phase 1/2 trial</source>
        <translation>第1/2期臨床試驗</translation>
    </message>
    <message>
        <source>Phase 1 trial</source>
        <translation>第1期臨床試驗</translation>
    </message>
    <message>
        <source>Small pilot study</source>
        <translation>小型先導研究</translation>
    </message>
    <message>
        <source>Single patient report</source>
        <translation>單一病例報告</translation>
    </message>
    <message>
        <source>Company statement, not peer reviewed</source>
        <translation>公司聲明，未經同儕審查</translation>
    </message>
    <message>
        <source>News reports only, not confirmed</source>
        <translation>僅有新聞報導，未經證實</translation>
    </message>
    <message>
        <source>Laboratory or animal study</source>
        <translation>實驗室或動物研究</translation>
    </message>
    <message>
        <source>Clinical guideline</source>
        <translation>臨床指引</translation>
    </message>
    <message>
        <source>Law or regulator notice</source>
        <translation>法規或主管機關公告</translation>
    </message>
    <message>
        <source>Established knowledge</source>
        <translation>公認知識</translation>
    </message>
</context>
<context>
    <name>EvidenceBadge</name>
    <message>
        <source>Evidence: %1</source>
        <translation>證據：%1</translation>
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
        <translation>要離開本應用程式嗎？</translation>
    </message>
    <message>
        <source>This opens a web page in your browser, outside IsletGuide. It needs an internet connection.</source>
        <translation>這會在瀏覽器裡開啟一個網頁，離開胰島指南。需要連上網路。</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>在瀏覽器中開啟%1</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>留在這裡</translation>
    </message>
    <message>
        <source>Stay in the app</source>
        <translation>留在本應用程式</translation>
    </message>
</context>
<context>
    <name>HypoFirstAidCard</name>
    <message>
        <source>Low glucose: what to do now</source>
        <translation>低血糖：現在該怎麼做</translation>
    </message>
    <message>
        <source>2. Check your glucose again after 15 minutes.</source>
        <translation>2. 15分鐘後再量一次血糖。</translation>
    </message>
    <message>
        <source>3. If it is still low, take another 15 g and check again after 15 minutes.</source>
        <translation>3. 如果還是低，再吃15克糖，15分鐘後再量一次。</translation>
    </message>
    <message>
        <source>1. Below 3.9 mmol/L (70 mg/dL): take 15 g of fast sugar.</source>
        <translation>1. 血糖低於3.9 mmol/L（70 mg/dL）時：吃或喝15克快速起作用的糖。</translation>
    </message>
    <message>
        <source>Which fast sugar, and how much of it makes 15 g, is best agreed in advance with your care team.</source>
        <translation>用哪種快速起作用的糖、多少分量才相當於15克，最好事先和你的醫療團隊商量好。</translation>
    </message>
    <message>
        <source>Severe low (confused or cannot swallow): call %1 now. Family members: give glucagon if it has been prescribed.</source>
        <translation>嚴重低血糖（意識混亂或無法吞嚥）：立即撥打%1。家人：如果醫師開過升糖素，請按醫師教的方法馬上使用。</translation>
    </message>
    <message>
        <source>Severe low (confused or cannot swallow): call your local emergency number now. Family members: give glucagon if it has been prescribed.</source>
        <translation>嚴重低血糖（意識混亂或無法吞嚥）：立即撥打當地急救電話。家人：如果醫師開過升糖素，請按醫師教的方法馬上使用。</translation>
    </message>
</context>
<context>
    <name>Immunosuppression</name>
    <message>
        <source>Needs immunosuppressive drugs</source>
        <translation>需要使用免疫抑制藥物</translation>
    </message>
    <message>
        <source>No immunosuppressive drugs</source>
        <translation>不需要免疫抑制藥物</translation>
    </message>
    <message>
        <source>Immunosuppression not stated</source>
        <translation>未說明是否需要免疫抑制</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>not a Dexcom Clarity export: there is no “%1” column</source>
        <translation>不是 Dexcom Clarity 匯出的檔案：沒有「%1」欄</translation>
    </message>
    <message>
        <source>unknown glucose unit “%1” in the header</source>
        <translation>無法辨識標題列裡的血糖單位「%1」</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>這一列有%1個欄位，標題列卻有%2個</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>「%1」不是有效的日期和時間</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2</source>
        <translation>「%1」不是有效的「%2」值</translation>
    </message>
    <message>
        <source>not an IsletGuide export: there is no “%1” column</source>
        <translation>不是胰島指南匯出的檔案：沒有「%1」欄</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) added</source>
        <translation>
            <numerusform>已新增%n筆血糖紀錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the diary</source>
        <translation>
            <numerusform>，另有%n筆已在日記中</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>；已略過：%1</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：無法讀取（%2）</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was added</source>
        <translation>匯入已取消，沒有新增任何內容</translation>
    </message>
    <message>
        <source>the format was not recognised (LibreView, Dexcom Clarity, Nightscout, xDrip+ or IsletGuide CSV expected)</source>
        <translation>無法辨識檔案格式（支援 LibreView、Dexcom Clarity、Nightscout、xDrip+ 或胰島指南 CSV 檔案）</translation>
    </message>
    <message>
        <source>“%1” is not a glucose value</source>
        <translation>「%1」不是血糖值</translation>
    </message>
    <message>
        <source>%1 %2 is outside the plausible range %3–%4 %2</source>
        <translation>%1 %2超出了合理範圍（%3–%4 %2）</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field; it may be cut short</source>
        <translation>檔案在一個帶引號的欄位中間就結束了，可能不完整</translation>
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
            <numerusform>%n個感測器錯誤代碼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a value</source>
        <translation>
            <numerusform>%n列沒有數值</numerusform>
        </translation>
    </message>
    <message>
        <source>the file ends before the column header</source>
        <translation>檔案在標題列之前就結束了</translation>
    </message>
    <message>
        <source>“%1” is not a record type</source>
        <translation>「%1」不是有效的紀錄類型</translation>
    </message>
    <message>
        <source>the dates fit neither day-month-year nor month-day-year</source>
        <translation>日期既不符合「日-月-年」，也不符合「月-日-年」格式</translation>
    </message>
    <message>
        <source>the dates could be read day-first or month-first (for example %1-%2-%3); nothing was imported</source>
        <translation>日期既可以解讀為日在前，也可以解讀為月在前（例如%1-%2-%3），所以沒有匯入任何內容</translation>
    </message>
    <message>
        <source>the date does not exist</source>
        <translation>這個日期不存在</translation>
    </message>
    <message>
        <source>the JSON is not valid (%1)</source>
        <translation>JSON 格式無效（%1）</translation>
    </message>
    <message>
        <source>expected a list of Nightscout entries</source>
        <translation>內容不是 Nightscout 紀錄清單</translation>
    </message>
    <message>
        <source>the entry has no valid time</source>
        <translation>這筆紀錄沒有有效的時間</translation>
    </message>
    <message>
        <source>not an xDrip+ SiDiary export: the header is “%1”</source>
        <translation>不是 xDrip+ SiDiary 匯出的檔案：標題列是「%1」</translation>
    </message>
    <message>
        <source>“%1 %2” is not a date and time</source>
        <translation>「%1 %2」不是有效的日期和時間</translation>
    </message>
    <message numerus="yes">
        <source>, %n other diary entry(ies) added</source>
        <translation>
            <numerusform>，另外新增了%n筆其他日記紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a file that can be imported (a folder, pipe or device)</source>
        <translation>%1：不是可以匯入的檔案（而是資料夾、管道或裝置）</translation>
    </message>
    <message>
        <source>%1: no glucose readings or diary entries were found in it; nothing was added</source>
        <translation>%1：裡面沒有找到血糖讀數或日記紀錄；沒有新增任何內容</translation>
    </message>
    <message>
        <source>; read as %1</source>
        <translation>；文字編碼：%1</translation>
    </message>
    <message>
        <source>the text is not in UTF-8, UTF-16, GB18030 or Big5</source>
        <translation>文字不是 UTF-8、UTF-16、GB18030 或 Big5 編碼</translation>
    </message>
    <message>
        <source>not a LibreView export: the header has %1 columns, 19 or 21 expected</source>
        <translation>不是 LibreView 匯出檔案：表頭有 %1 欄，應為 19 或 21 欄</translation>
    </message>
    <message>
        <source>the treatment has no valid time</source>
        <translation>這筆治療紀錄沒有有效的時間</translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation>「%1」不是%2</translation>
    </message>
    <message>
        <source>an amount of insulin</source>
        <translation>胰島素劑量</translation>
    </message>
    <message>
        <source>an amount of carbohydrates</source>
        <translation>碳水化合物的量</translation>
    </message>
    <message>
        <source>not a Contour export: the header is “%1”</source>
        <translation>不是 Contour 匯出的檔案：標題列是「%1」</translation>
    </message>
    <message>
        <source>“%1” is not an amount of carbohydrates</source>
        <translation>「%1」不是碳水化合物的量</translation>
    </message>
    <message>
        <source>not a mySugr export: the header is “%1”</source>
        <translation>不是 mySugr 匯出的檔案：標題列是「%1」</translation>
    </message>
    <message>
        <source>the zip holds no Apple Health export (export.xml)</source>
        <translation>這個 zip 檔裡沒有 Apple 健康輸出的資料（export.xml）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>無法讀取（%1）</translation>
    </message>
    <message>
        <source>this XML is not an Apple Health export</source>
        <translation>這個 XML 檔不是 Apple 健康的輸出資料</translation>
    </message>
    <message>
        <source>the XML is not valid (%1)</source>
        <translation>XML 格式有誤（%1）</translation>
    </message>
    <message>
        <source>“%1” is not a glucose unit (mg/dL or mmol/L expected)</source>
        <translation>「%1」不是血糖單位（應為 mg/dL 或 mmol/L）</translation>
    </message>
    <message>
        <source>“%1” is not a unit we read here (%2 expected)</source>
        <translation>無法辨識單位「%1」（應為 %2）</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>「%1」不是有效的數量</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of kinds the diary does not keep</source>
        <translation>
            <numerusform>%n筆其他類型的紀錄（日記不保存）</numerusform>
        </translation>
    </message>
    <message>
        <source>the zip file is damaged or incomplete (%1)</source>
        <translation>zip 檔已損壞或不完整（%1）</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import and export</source>
        <translation>匯入與匯出</translation>
    </message>
    <message>
        <source>Import readings</source>
        <translation>匯入血糖紀錄</translation>
    </message>
    <message>
        <source>From LibreView, Dexcom Clarity, Nightscout, xDrip+ or an IsletGuide CSV file. Readings already in the diary are not added twice.</source>
        <translation>支援 LibreView、Dexcom Clarity、Nightscout、xDrip+ 或胰島指南 CSV 檔案。日記裡已有的紀錄不會重複新增。</translation>
    </message>
    <message>
        <source>Choose a file to import…</source>
        <translation>選擇要匯入的檔案…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)…</source>
        <translation>儲存為試算表（CSV）…</translation>
    </message>
    <message>
        <source>Save for a clinic system (FHIR)…</source>
        <translation>儲存為醫療系統格式（FHIR）…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>A backup is one file with the whole diary. Keep it somewhere safe: it holds your health data.</source>
        <translation>備份是一個包含整本日記的檔案。請把它放在安全的地方：裡面有你的健康資料。</translation>
    </message>
    <message>
        <source>Back up the diary…</source>
        <translation>備份日記…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>從備份還原…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>匯出檔案另存為</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>備份另存為</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>選擇要還原的備份</translation>
    </message>
    <message>
        <source>Replace the diary?</source>
        <translation>要取代日記嗎？</translation>
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
        <translation>整本日記</translation>
    </message>
    <message>
        <source>Save a report for your doctor (PDF)…</source>
        <translation>儲存給醫師的報告（PDF）…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在還原</translation>
    </message>
    <message>
        <source>Checking the backup and restoring the diary…</source>
        <translation>正在檢查備份並還原日記…</translation>
    </message>
    <message>
        <source>The app also keeps automatic safety copies: once a day when the diary changed, and before every restore or upgrade.</source>
        <translation>應用程式也會自動保留安全副本：日記有變動時每天一份，每次還原或升級前各一份。</translation>
    </message>
    <message>
        <source>Newest automatic safety copy: %1. The app keeps one a day when the diary changed, and one before every restore or upgrade.</source>
        <translation>最新的自動安全副本：%1。日記有變動時，應用程式每天保留一份，每次還原或升級前也各保留一份。</translation>
    </message>
    <message>
        <source>Restore the newest safety copy…</source>
        <translation>還原最新的安全副本…</translation>
    </message>
    <message>
        <source>Restore the newest safety copy, from %1</source>
        <translation>還原最新的安全副本（%1）</translation>
    </message>
    <message>
        <source>Everything in the diary now will be replaced by the backup. The backup is checked first; if it is damaged, nothing changes. A safety copy of the diary as it is now is kept first.</source>
        <translation>日記現有的全部內容將被備份取代。會先檢查備份；如果備份已損壞，什麼都不會改變。取代前會先保留一份目前日記的安全副本。</translation>
    </message>
    <message>
        <source>⚠ Today's automatic safety copy could not be made: %1. The older copies are kept; the app tries again next time it starts.</source>
        <translation>⚠ 今天的自動安全副本未能完成：%1。較早的副本仍然保留；下次開啟應用程式時會再試。</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json *.txt *.zip *.xml)</source>
        <translation>匯出檔案 (*.csv *.json *.txt *.zip *.xml)</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <source>Search articles, trials and terms</source>
        <translation>搜尋文章、試驗和術語</translation>
    </message>
    <message>
        <source>For family</source>
        <translation>給家人看</translation>
    </message>
    <message>
        <source>Articles for family and caregivers</source>
        <translation>寫給家人和照顧者的文章</translation>
    </message>
    <message>
        <source>What's new</source>
        <translation>最新內容</translation>
    </message>
    <message>
        <source>Articles by date, newest first</source>
        <translation>依日期排列的文章，最新的在前</translation>
    </message>
    <message>
        <source>Bookmarks (%1)</source>
        <translation>書籤（%1）</translation>
    </message>
    <message>
        <source>Bookmarked articles</source>
        <translation>已加入書籤的文章</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主題</translation>
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
        <translation>胰島指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>試驗</translation>
    </message>
    <message>
        <source>Clinic check</source>
        <translation>診所查核</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日記</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>MealPattern</name>
    <message>
        <source>When fasting</source>
        <translation>空腹時</translation>
    </message>
    <message>
        <source>Before breakfast</source>
        <translation>早餐前</translation>
    </message>
    <message>
        <source>After breakfast</source>
        <translation>早餐後</translation>
    </message>
    <message>
        <source>Before lunch</source>
        <translation>午餐前</translation>
    </message>
    <message>
        <source>After lunch</source>
        <translation>午餐後</translation>
    </message>
    <message>
        <source>Before dinner</source>
        <translation>晚餐前</translation>
    </message>
    <message>
        <source>After dinner</source>
        <translation>晚餐後</translation>
    </message>
    <message>
        <source>At bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>During the night</source>
        <translation>夜間</translation>
    </message>
    <message>
        <source>At other times</source>
        <translation>其他時間</translation>
    </message>
    <message>
        <source>%1 you were below your target on %2 of the %3 days you measured in the last week.</source>
        <translation>%1：過去一週你量了%3天，其中有%2天低於目標。</translation>
    </message>
    <message>
        <source>%1 you were above your target on %2 of the %3 days you measured in the last week.</source>
        <translation>%1：過去一週你量了%3天，其中有%2天高於目標。</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Single patient</source>
        <translation>單一病人</translation>
    </message>
    <message>
        <source>Pilot study</source>
        <translation>先導研究</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>第1期</translation>
    </message>
    <message>
        <source>Phase 1/2</source>
        <translation>第1/2期</translation>
    </message>
    <message>
        <source>Phase 1/2/3</source>
        <translation>第1/2/3期</translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation>第2期</translation>
    </message>
    <message>
        <source>Phase 3</source>
        <translation>第3期</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Phase not published</source>
        <translation>分期未公開</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>The list of profiles %1 is damaged and was left as it is: %2</source>
        <translation>成員清單 %1 已損壞，已維持原樣：%2</translation>
    </message>
    <message>
        <source>The list of profiles %1 cannot be read: %2</source>
        <translation>無法讀取成員清單 %1：%2</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>第 %2 個字元處：%1</translation>
    </message>
    <message>
        <source>it has no version %1 list of profiles</source>
        <translation>其中沒有第 %1 版的成員清單</translation>
    </message>
    <message>
        <source>it repeats the id, name or diary file of another profile</source>
        <translation>它與另一位成員的編號、名字或日記檔案重複</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>成員 %1：%2</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>成員需要有名字。</translation>
    </message>
    <message>
        <source>A profile's name can have at most %1 characters.</source>
        <translation>成員名字最多 %1 個字元。</translation>
    </message>
    <message>
        <source>A profile's name cannot contain the character &quot;%1&quot;.</source>
        <translation>成員名字不能包含字元「%1」。</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>已經有名為「%1」的成員。</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>沒有這位成員。</translation>
    </message>
    <message>
        <source>The target range must have its lower end below its upper end, both between %1 and %2 %3.</source>
        <translation>目標範圍的下限必須低於上限，且都在 %1 到 %2 %3 之間。</translation>
    </message>
    <message>
        <source>The last profile cannot be deleted.</source>
        <translation>不能刪除最後一位成員。</translation>
    </message>
    <message>
        <source>The profile was not deleted: no safety copy of its diary could be made (%1).</source>
        <translation>成員沒有被刪除：無法為其日記做安全副本（%1）。</translation>
    </message>
    <message>
        <source>The list of profiles could not be saved: the folder %1 cannot be created.</source>
        <translation>無法儲存成員清單：無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The list of profiles could not be saved: %1</source>
        <translation>無法儲存成員清單：%1</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Read aloud needs a text-to-speech engine, and this device has none installed.</source>
        <translation>朗讀需要語音合成引擎，這部裝置上沒有安裝。</translation>
    </message>
    <message>
        <source>The text-to-speech engine could not start, so this page cannot be read aloud.</source>
        <translation>語音合成引擎無法啟動，所以這一頁不能朗讀。</translation>
    </message>
    <message>
        <source>The text-to-speech engine has no Chinese voice. Install a Mandarin or Cantonese voice to hear articles read aloud.</source>
        <translation>語音合成引擎沒有中文語音。安裝國語或粵語語音後，就能聽文章朗讀。</translation>
    </message>
    <message>
        <source>The text-to-speech engine stopped with an error.</source>
        <translation>語音合成引擎出錯，已經停止。</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗讀</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>暫停朗讀</translation>
    </message>
    <message>
        <source>Resume reading aloud</source>
        <translation>繼續朗讀</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>朗讀這一頁</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>停止朗讀</translation>
    </message>
</context>
<context>
    <name>SafetyBackups</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>For example: 干细胞, VX-880, C-peptide</source>
        <translation>例如：幹細胞、VX-880、C胜肽</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜尋內容</translation>
    </message>
    <message>
        <source>Type a word in Simplified or Traditional Chinese, or in English.</source>
        <translation>可以輸入簡體中文、繁體中文或英文。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n筆結果</numerusform>
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
        <translation>試驗</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>術語</translation>
    </message>
    <message>
        <source>Clinic check</source>
        <translation>診所查核</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>主管機關</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>臺灣</translation>
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
        <translation>血糖單位</translation>
    </message>
    <message>
        <source>Target range</source>
        <translation>目標範圍</translation>
    </message>
    <message>
        <source>International consensus: 3.9–10.0 mmol/L (70–180 mg/dL)</source>
        <translation>國際共識：3.9–10.0 mmol/L（70–180 mg/dL）</translation>
    </message>
    <message>
        <source>Chinese Diabetes Society, fasting: 4.4–7.0 mmol/L (79–126 mg/dL)</source>
        <translation>中華醫學會糖尿病學分會，空腹：4.4–7.0 mmol/L（79–126 mg/dL）</translation>
    </message>
    <message>
        <source>Agree your personal target with your care team. Time-in-range statistics always use the consensus ranges so they can be compared.</source>
        <translation>個人目標請與醫療團隊商定。為方便比較，目標範圍內時間（TIR）統計一律採用國際共識範圍。</translation>
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
        <translation>範例文字：血糖 5.6 mmol/L</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>About and privacy</source>
        <translation>關於與隱私</translation>
    </message>
    <message>
        <source>IsletGuide is for education and self-tracking. It is not medical advice and does not replace your care team.</source>
        <translation>胰島指南用於學習和自我記錄，不是醫療建議，也不能取代你的醫療團隊。</translation>
    </message>
    <message>
        <source>Your diary is stored only on this device, in a file only you can read. The app makes no network connections and collects no analytics.</source>
        <translation>你的日記只儲存在這台裝置上，存放在只有你能讀取的檔案中。本應用程式不進行任何網路連線，也不蒐集任何使用資料。</translation>
    </message>
    <message>
        <source>Safety copies</source>
        <translation>安全副本</translation>
    </message>
    <message>
        <source>No automatic safety copy yet. The app makes one a day when the diary changed, and one before every restore or upgrade.</source>
        <translation>還沒有自動安全副本。日記有變動時，應用程式每天做一份；每次還原或升級前也會先做一份。</translation>
    </message>
    <message>
        <source>Newest automatic safety copy: %1.</source>
        <translation>最新的自動安全副本：%1。</translation>
    </message>
    <message>
        <source>Restore the newest safety copy…</source>
        <translation>還原最新的安全副本…</translation>
    </message>
    <message>
        <source>Restore the newest safety copy, from %1</source>
        <translation>還原最新的安全副本（%1）</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Open ↗</source>
        <translation>開啟 ↗</translation>
    </message>
    <message>
        <source>Open source %1 on the web (leaves the app)</source>
        <translation>在網路上開啟第%1個來源（會離開本應用程式）</translation>
    </message>
</context>
<context>
    <name>SourceType</name>
    <message>
        <source>Peer-reviewed paper</source>
        <translation>同儕審查論文</translation>
    </message>
    <message>
        <source>Trial registry</source>
        <translation>臨床試驗登錄平台</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>主管機關</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新聞稿</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>新聞報導</translation>
    </message>
    <message>
        <source>Clinical guideline</source>
        <translation>臨床指引</translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>Hide explanation</source>
        <translation>收起說明</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>這是什麼意思？</translation>
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
        <translation>很高，高於%1</translation>
    </message>
    <message>
        <source>Goal: under 5 %</source>
        <translation>目標：低於5%</translation>
    </message>
    <message>
        <source>High, %1 to %2</source>
        <translation>偏高，%1–%2</translation>
    </message>
    <message>
        <source>Goal: high and very high together under 25 %</source>
        <translation>目標：偏高和很高合計低於25%</translation>
    </message>
    <message>
        <source>In range, %1 to %2</source>
        <translation>在範圍內，%1–%2</translation>
    </message>
    <message>
        <source>Goal: over 70 %</source>
        <translation>目標：高於70%</translation>
    </message>
    <message>
        <source>Low, %1 to %2</source>
        <translation>偏低，%1–%2</translation>
    </message>
    <message>
        <source>Goal: low and very low together under 4 %</source>
        <translation>目標：偏低和很低合計低於4%</translation>
    </message>
    <message>
        <source>Very low, below %1</source>
        <translation>很低，低於%1</translation>
    </message>
    <message>
        <source>Goal: under 1 %</source>
        <translation>目標：低於1%</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>資料不足</translation>
    </message>
    <message>
        <source>It is only meaningful with at least 14 days of CGM data; read it with care.</source>
        <translation>至少要有14天的連續血糖監測（CGM）資料才有意義，請謹慎看待。</translation>
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
            <numerusform>這段期間全部%n筆血糖值的平均值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time in range</source>
        <translation>目標範圍內時間</translation>
    </message>
    <message>
        <source>The share of readings between 3.9 and 10.0 mmol/L (70–180 mg/dL). More time in range goes with a lower risk of eye, kidney and nerve damage; each extra 5 % is linked to benefits. The goal for most adults is over 70 %, about 17 hours a day.</source>
        <translation>血糖值在3.9–10.0 mmol/L（70–180 mg/dL）之間的比例。目標範圍內時間越長，眼睛、腎臟和神經受損的風險越低；每多5%都和健康上的好處有關。多數成年人的目標是超過70%，相當於每天約17小時。</translation>
    </message>
    <message>
        <source>GMI (estimated A1c)</source>
        <translation>GMI（估算的糖化血色素）</translation>
    </message>
    <message>
        <source>%1 % (%2 mmol/mol)</source>
        <translation>%1%（%2 mmol/mol）</translation>
    </message>
    <message>
        <source>The glucose management indicator estimates the A1c that your average glucose usually goes with. Your laboratory A1c can differ from it; both are useful to your care team.</source>
        <translation>血糖管理指標（GMI）根據你的平均血糖，推算出通常與它對應的糖化血色素。抽血檢驗的糖化血色素可能和它不一樣，兩個數字對你的醫療團隊都有用。</translation>
    </message>
    <message>
        <source>Variability (CV)</source>
        <translation>血糖變異係數（CV）</translation>
    </message>
    <message>
        <source>How much your glucose swings around its average (standard deviation divided by the mean). 36 % or less counts as stable; higher values go with more lows.</source>
        <translation>血糖圍繞平均值上下波動的程度（標準差除以平均值）。36%或以下算是穩定；數值越高，低血糖往往越多。</translation>
    </message>
    <message>
        <source>Swings (MAGE)</source>
        <translation>平均血糖波動幅度（MAGE）</translation>
    </message>
    <message>
        <source>The mean amplitude of glycaemic excursions: the typical height of a rise or fall larger than usual. It needs CGM data.</source>
        <translation>平均血糖波動幅度：比平常更大的血糖起伏，通常有多大。需要連續血糖監測（CGM）資料。</translation>
    </message>
    <message numerus="yes">
        <source>%n readings on %1 days from a meter or typed in.</source>
        <translation>
            <numerusform>%1天內共有%n筆血糖值，來自血糖機或手動輸入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days of CGM data, %2 of the readings the sensor could have taken.</source>
        <translation>%1天的CGM資料，達到感測器應有讀數的%2。</translation>
    </message>
    <message>
        <source>The daily profile appears with at least 14 days and 70 % of readings.</source>
        <translation>至少有14天、且達到應有讀數的70%時，才會顯示每日血糖圖譜。</translation>
    </message>
    <message>
        <source>No glucose readings in this period.</source>
        <translation>這段期間沒有血糖紀錄。</translation>
    </message>
    <message numerus="yes">
        <source>Glucose chart: %n readings from %1 to %2. Lowest %3, highest %4, average %5 %6. %7 of readings in range.</source>
        <translation>
            <numerusform>血糖圖：從%1到%2共有%n筆血糖值。最低%3，最高%4，平均%5 %6。%7的血糖值在目標範圍內。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Typical day: the middle line is lowest around %1 (%2 %3) and highest around %4 (%5 %6).</source>
        <translation>典型的一天：中間那條線在%1左右最低（%2 %3），在%4左右最高（%5 %6）。</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Charts and statistics</source>
        <translation>圖表與統計</translation>
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
        <translation>顯示：%1</translation>
    </message>
    <message>
        <source>No glucose readings in this period yet</source>
        <translation>這段期間還沒有血糖紀錄</translation>
    </message>
    <message>
        <source>Glucose over time (%1)</source>
        <translation>血糖變化（%1）</translation>
    </message>
    <message>
        <source>Time in ranges</source>
        <translation>各範圍的時間</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概況</translation>
    </message>
    <message>
        <source>Patterns in the last week</source>
        <translation>過去一週的規律</translation>
    </message>
    <message>
        <source>Typical day</source>
        <translation>典型的一天</translation>
    </message>
    <message>
        <source>The typical-day chart (ambulatory glucose profile) needs at least 14 days of CGM data with 70 % of readings present. Choose 14 or 90 days, or keep wearing your sensor.</source>
        <translation>「典型的一天」圖（動態葡萄糖圖譜）需要至少14天的CGM資料，而且要達到應有讀數的70%。請選擇14天或90天，或者繼續配戴感測器。</translation>
    </message>
    <message>
        <source>Line: median. Dark band: half of your readings (25–75 %). Light band: 90 % of them (5–95 %).</source>
        <translation>線：中位數。深色帶：一半的血糖值（25–75%）。淺色帶：90%的血糖值（5–95%）。</translation>
    </message>
    <message>
        <source>When you add readings in the diary or import a meter or CGM file, they appear on the chart below, and this page shows your time in range, your average and how much it varies. With 14 days of CGM data it also shows your typical day.</source>
        <translation>在日記中記錄血糖，或匯入血糖機或CGM檔案後，讀數會顯示在下方的圖表中，本頁也會顯示你的目標範圍內時間、平均血糖以及血糖波動程度。有了14天的CGM資料後，還會顯示「典型的一天」。</translation>
    </message>
    <message>
        <source>Line: your readings   ■ low   ▲ high   shaded: your own target range</source>
        <translation>線：你的血糖值   ■ 偏低   ▲ 偏高   陰影：你自己的目標範圍</translation>
    </message>
    <message>
        <source>These are the international ranges, the same for everyone, not your own target range.</source>
        <translation>這些是國際共識範圍，對每個人都一樣，不是你自己的目標範圍。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>there is not enough space on this device (free some space, then try again)</source>
        <translation>這部裝置的儲存空間不足（請清出一些空間後再試）</translation>
    </message>
    <message>
        <source>the device's storage reported an error (%1)</source>
        <translation>裝置儲存空間回報了錯誤（%1）</translation>
    </message>
    <message>
        <source>the diary is in use by another program (try again in a moment)</source>
        <translation>日記正被另一個程式使用（請稍後再試）</translation>
    </message>
    <message>
        <source>the diary file cannot be written to</source>
        <translation>日記檔案無法寫入</translation>
    </message>
    <message>
        <source>the diary file is damaged</source>
        <translation>日記檔案已損壞</translation>
    </message>
</context>
<context>
    <name>TimeInRangeBar</name>
    <message>
        <source>Time in ranges</source>
        <translation>各範圍的時間</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Glucose over time</source>
        <translation>血糖變化</translation>
    </message>
    <message>
        <source>Target range</source>
        <translation>目標範圍</translation>
    </message>
</context>
<context>
    <name>TrialDetailPage</name>
    <message>
        <source>%1 (status as of %2)</source>
        <translation>%1（狀態截至%2）</translation>
    </message>
    <message>
        <source>How to read a trial result</source>
        <translation>如何看懂試驗結果</translation>
    </message>
    <message>
        <source>How to read a trial result: open the explainer</source>
        <translation>如何看懂試驗結果：開啟說明文章</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>主持單位</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Diabetes type</source>
        <translation>糖尿病類型</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>試驗分期</translation>
    </message>
    <message>
        <source>Cells and how they are given</source>
        <translation>所用細胞和植入方式</translation>
    </message>
    <message>
        <source>Immunosuppression</source>
        <translation>免疫抑制</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參加者</translation>
    </message>
    <message>
        <source>Results so far</source>
        <translation>目前的結果</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>需要注意的地方</translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation>誰可以參加</translation>
    </message>
    <message>
        <source>Registry numbers</source>
        <translation>臨床試驗登錄號</translation>
    </message>
    <message>
        <source>No registry number found</source>
        <translation>沒有找到登錄號</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名稱</translation>
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
        <translation>試驗</translation>
    </message>
    <message>
        <source>How to read a trial result</source>
        <translation>如何看懂試驗結果</translation>
    </message>
    <message>
        <source>How to read a trial result: open the explainer</source>
        <translation>如何看懂試驗結果：開啟說明文章</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>篩選清單</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translation>收起篩選條件</translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation>展開篩選條件</translation>
    </message>
    <message>
        <source>Diabetes type</source>
        <translation>糖尿病類型</translation>
    </message>
    <message>
        <source>Cell source</source>
        <translation>細胞來源</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>試驗分期</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Immunosuppression</source>
        <translation>免疫抑制</translation>
    </message>
    <message>
        <source>Showing %1 of %2 programmes</source>
        <translation>共%2個研究計畫，顯示其中%1個</translation>
    </message>
    <message>
        <source>%1 (status as of %2)</source>
        <translation>%1（狀態截至%2）</translation>
    </message>
</context>
<context>
    <name>TrialStatus</name>
    <message>
        <source>Recruiting</source>
        <translation>招募中</translation>
    </message>
    <message>
        <source>Ongoing, not recruiting</source>
        <translation>進行中，不再招募</translation>
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
        <translation>已核准</translation>
    </message>
    <message>
        <source>Status not published</source>
        <translation>狀態未公開</translation>
    </message>
</context>
</TS>
