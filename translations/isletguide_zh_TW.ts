<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ClinicCheckPage</name>
    <message>
        <source>Clinic check</source>
        <translation>診所查核</translation>
    </message>
    <message>
        <source>The clinic check guide</source>
        <translation>診所查核指南</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <source>Coming soon</source>
        <translation>即將推出</translation>
    </message>
    <message>
        <source>%1 is being built and will arrive in an update. Nothing here is a placeholder pretending to work.</source>
        <translation>%1正在開發中，將在後續更新中提供。這裡不會顯示假裝可用的內容。</translation>
    </message>
    <message>
        <source>This part is being built and will arrive in an update.</source>
        <translation>這部分正在開發中，將在後續更新中提供。</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>日記</translation>
    </message>
    <message>
        <source>The glucose diary</source>
        <translation>血糖日記</translation>
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
    <name>LearnPage</name>
    <message>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <source>Plain-language articles about stem-cell research for diabetes</source>
        <translation>用淺白語言介紹糖尿病幹細胞研究的文章</translation>
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
</context>
<context>
    <name>TrialListPage</name>
    <message>
        <source>Trials</source>
        <translation>試驗</translation>
    </message>
    <message>
        <source>The clinical trial tracker</source>
        <translation>臨床試驗追蹤</translation>
    </message>
</context>
</TS>
