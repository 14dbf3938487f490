<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClinicCheckPage</name>
    <message>
        <source>Clinic check</source>
        <translation>诊所核查</translation>
    </message>
    <message>
        <source>The clinic check guide</source>
        <translation>诊所核查指南</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
    <message>
        <source>%1 is being built and will arrive in an update. Nothing here is a placeholder pretending to work.</source>
        <translation>%1正在开发中，将在后续更新中提供。这里不会显示假装可用的内容。</translation>
    </message>
    <message>
        <source>This part is being built and will arrive in an update.</source>
        <translation>这部分正在开发中，将在后续更新中提供。</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>The glucose diary</source>
        <translation>血糖日记</translation>
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
    <name>LearnPage</name>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Plain-language articles about stem-cell research for diabetes</source>
        <translation>用浅白语言介绍糖尿病干细胞研究的文章</translation>
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
</context>
<context>
    <name>TrialListPage</name>
    <message>
        <source>Trials</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>The clinical trial tracker</source>
        <translation>临床试验追踪</translation>
    </message>
</context>
</TS>
