import QtCore
import QtQuick
import QtQuick.Controls
import QtTest
import IsletGuide

// The education pages work end to end: open an article from the Learn tab, open a trial, complete the clinic check.
TestCase {
    id: root

    name: "ContentPages"
    when: windowShown
    width: 360
    height: 780

    Component {
        id: stackComponent
        StackView {
            width: 360
            height: 780
        }
    }

    function findByType(item, predicate) {
        if (predicate(item))
            return item
        const children = item.children || []
        for (let i = 0; i < children.length; ++i) {
            const found = findByType(children[i], predicate)
            if (found)
                return found
        }
        return null
    }

    function test_openArticleFromLearn() {
        Settings.script = Settings.Traditional
        const stack = createTemporaryObject(stackComponent, root)
        stack.push(Qt.resolvedUrl("qrc:/IsletGuide/LearnPage.qml"), {}, StackView.Immediate)
        const topicCard = findByType(stack.currentItem, item => item.heading === "先弄懂基礎")
        verify(topicCard, "topic card in Traditional")
        topicCard.clicked()
        tryCompare(stack, "depth", 2)
        tryVerify(() => !stack.busy)
        const articleCard = findByType(stack.currentItem, item => item.heading !== undefined && item.heading.length > 0
                                                                     && item.detail !== undefined)
        verify(articleCard, "an article card")
        articleCard.clicked()
        tryCompare(stack, "depth", 3)
        tryVerify(() => !stack.busy)
        const article = stack.currentItem
        verify(article.articleId.length > 0)
        compare(article.title, articleCard.heading)
        verify(article.article.body.length > 100)
        verify(article.article.sources.length > 0)
        Settings.script = Settings.Simplified
    }

    function test_articleLinks() {
        const stack = createTemporaryObject(stackComponent, root)
        stack.push(Qt.resolvedUrl("qrc:/IsletGuide/ArticlePage.qml"), { articleId: "reading-results" }, StackView.Immediate)
        const article = stack.currentItem
        const definition = findChild(article, "definitionPopup")
        const leaveApp = findChild(article, "leaveAppDialog")
        verify(definition && leaveApp)

        article.openLink("glossary:c-peptide")
        tryCompare(definition, "opened", true)
        verify(definition.heading.length > 0)
        verify(definition.text.length > 10)
        definition.close()
        tryCompare(definition, "visible", false)

        article.openLink("source:" + article.article.sources[0].id)
        tryCompare(definition, "opened", true)
        compare(definition.text, article.article.sources[0].citation)
        definition.close()
        tryCompare(definition, "visible", false)

        // An address never opens by itself: the app asks first.
        article.openLink("https://example.org/")
        tryCompare(leaveApp, "opened", true)
        compare(leaveApp.url, "https://example.org/")
        leaveApp.reject()

        article.openLink("article:when-available")
        tryCompare(stack, "depth", 2)
        compare(stack.currentItem.articleId, "when-available")
    }

    function test_openTrial() {
        const stack = createTemporaryObject(stackComponent, root)
        stack.push(Qt.resolvedUrl("qrc:/IsletGuide/TrialListPage.qml"), {}, StackView.Immediate)
        const card = findByType(stack.currentItem, item => item.heading !== undefined && item.heading.indexOf("zimislecel") >= 0)
        verify(card, "the zimislecel card")
        card.clicked()
        tryCompare(stack, "depth", 2)
        tryVerify(() => !stack.busy)
        compare(stack.currentItem.trialId, "zimislecel")
        verify(stack.currentItem.trial.registryIds.indexOf("NCT04786262") >= 0)
        verify(stack.currentItem.trial.caveats.length > 0)
    }

    function test_completeClinicCheck() {
        const stack = createTemporaryObject(stackComponent, root)
        stack.push(Qt.resolvedUrl("qrc:/IsletGuide/ClinicCheckPage.qml"), {}, StackView.Immediate)
        const page = stack.currentItem
        const checklist = page.checklist
        const count = checklist.rowCount()
        verify(count >= 19)
        for (let i = 0; i < count; ++i) {
            const button = findByType(page, item => item.objectName === "answer-" + i + "-" + ClinicChecklist.No)
            verify(button, "the No button of question " + i)
            checklist.setAnswer(i, ClinicChecklist.No)
        }
        const firstYes = findByType(page, item => item.objectName === "answer-0-" + ClinicChecklist.Yes)
        firstYes.clicked()
        compare(checklist.answeredCount, count)
        verify(checklist.outcome !== ClinicChecklist.NoWarningSigns)
        compare(checklist.warningSigns.length, 1)

        const show = findByType(page, item => item.objectName === "showResult")
        verify(show.enabled)
        show.clicked()
        tryCompare(stack, "depth", 2)
        tryVerify(() => !stack.busy)
        const result = stack.currentItem
        compare(result.checklist, checklist)
        const heading = findByType(result, item => item.objectName === "outcomeHeading")
        verify(heading.text.length > 2)
        const questions = findByType(result, item => item.objectName === "doctorQuestions")
        verify(questions.text.indexOf(checklist.warningSigns[0].question) >= 0)

        // Printable: the questions saved as a PDF (fonts need the GUI application this runner has).
        const pdf = StandardPaths.writableLocation(StandardPaths.TempLocation) + "/isletguide-doctor-questions.pdf"
        verify(checklist.saveDoctorQuestions(pdf))
    }
}
