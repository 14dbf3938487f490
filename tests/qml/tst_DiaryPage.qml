import QtQuick
import QtQuick.Controls
import QtQuick.Window
import QtTest
import IsletGuide

// Adds, edits and deletes a reading through the diary pages, and undoes the delete from the snackbar. The Diary
// singleton uses the test-mode AppData folder, never the user's diary; the test cleans up after itself.
TestCase {
    id: root

    name: "DiaryPage"
    when: windowShown
    width: 360
    height: 780

    Window {
        id: window
        width: 360
        height: 780
        visible: true
    }

    Component {
        id: stackComponent
        StackView {
            width: 360
            height: 780
            initialItem: DiaryPage {}
        }
    }

    function newestRow(stack) {
        const list = findChild(stack.get(0), "diaryLog")
        list.forceLayout()
        list.positionViewAtBeginning()
        return list.itemAtIndex(0)
    }

    function typeValue(page, text) {
        const field = findChild(page, "glucoseValueField")
        verify(field.focus, "the number field takes the focus, so the number pad opens at once")
        field.text = text
    }

    function saveAndWait(stack) {
        const page = stack.currentItem
        waitForRendering(page)
        mouseClick(findChild(page, "saveButton"))
        compare(page.error, "")
        tryCompare(stack, "depth", 1)
        tryCompare(stack, "busy", false)
    }

    function test_addEditDeleteUndo() {
        const stack = createTemporaryObject(stackComponent, window.contentItem)
        verify(stack)
        waitForRendering(stack)

        mouseClick(findChild(stack.get(0), "addReadingButton"))
        tryCompare(stack, "depth", 2)
        tryCompare(stack, "busy", false)
        stack.currentItem.glucoseUnit = 1
        typeValue(stack.currentItem, "3.4")
        verify(stack.currentItem.showsFirstAid, "a low value shows first aid before saving")
        saveAndWait(stack)

        let row = newestRow(stack)
        verify(row)
        const id = row.entryId
        verify(id > 0)
        fuzzyCompare(row.value, 3.4, 1e-9)
        compare(row.range, 1)
        compare(row.glucoseUnit, 1)
        verify(Diary.recentLow)

        mouseClick(row)
        tryCompare(stack, "depth", 2)
        tryCompare(stack, "busy", false)
        compare(stack.currentItem.entryId, id)
        compare(stack.currentItem.glucoseUnit, 1)
        typeValue(stack.currentItem, "6.1")
        saveAndWait(stack)
        row = newestRow(stack)
        compare(row.entryId, id)
        fuzzyCompare(row.value, 6.1, 1e-9)
        compare(row.range, 2)
        verify(!Diary.recentLow)

        mouseClick(row)
        tryCompare(stack, "depth", 2)
        tryCompare(stack, "busy", false)
        mouseClick(findChild(stack.currentItem, "deleteButton"))
        tryCompare(stack, "depth", 1)
        tryCompare(stack, "busy", false)
        row = newestRow(stack)
        verify(!row || row.entryId !== id)

        const snackbar = findChild(stack.get(0), "diarySnackbar")
        verify(snackbar.visible)
        waitForRendering(stack)
        mouseClick(findChild(snackbar, "undoButton"))
        tryVerify(() => newestRow(stack) && newestRow(stack).entryId === id, 5000, "undo brings the reading back")

        compare(Diary.remove(0, id), "")
        row = newestRow(stack)
        verify(!row || row.entryId !== id)
    }

    function test_refusedValueSaysWhy() {
        const stack = createTemporaryObject(stackComponent, window.contentItem)
        waitForRendering(stack)
        mouseClick(findChild(stack.get(0), "addReadingButton"))
        tryCompare(stack, "depth", 2)
        tryCompare(stack, "busy", false)
        stack.currentItem.glucoseUnit = 1
        typeValue(stack.currentItem, "55")
        mouseClick(findChild(stack.currentItem, "saveButton"))
        compare(stack.depth, 2)
        verify(stack.currentItem.error.indexOf("33.3") >= 0, stack.currentItem.error)
    }
}
