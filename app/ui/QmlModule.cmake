# The QML module "IsletGuide": the QML-facing C++ objects of app/ui and every file under qml/.
# Included from the root CMakeLists.txt so that the QML sources can live under qml/ at the top of the tree.
qt_add_library(isletguide_ui STATIC)
target_link_libraries(isletguide_ui PUBLIC isletguide_core Qt6::Quick Qt6::QuickControls2 Qt6::Qml Qt6::Charts Qt6::Widgets
                      Qt6::TextToSpeech)
target_include_directories(isletguide_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/app/ui)

set(ISLETGUIDE_QML_FILES
        qml/Main.qml
        qml/style/Theme.qml
        qml/components/DisclaimerDialog.qml
        qml/components/ScrollablePage.qml
        qml/components/SectionHeader.qml
        qml/components/HeadingText.qml
        qml/components/ReadAloudBar.qml
        qml/components/ChoiceGroup.qml
        qml/components/DropDown.qml
        qml/components/NavigationBar.qml
        qml/components/LazyTab.qml
        qml/pages/SettingsPage.qml
        # learn / trials / clinic check (content area)
        qml/pages/LearnPage.qml
        qml/pages/TrialListPage.qml
        qml/pages/ClinicCheckPage.qml
        qml/pages/ClinicResultPage.qml
        qml/pages/ArticleListPage.qml
        qml/pages/ArticlePage.qml
        qml/pages/SearchPage.qml
        qml/pages/TrialDetailPage.qml
        qml/components/EvidenceBadge.qml
        qml/components/ContentCard.qml
        qml/components/DefinitionPopup.qml
        qml/components/ExternalLinkDialog.qml
        qml/components/SourceList.qml
        qml/components/TrialFilter.qml
        qml/components/WrappingButton.qml
        qml/components/RaisedBackground.qml
        # diary area
        qml/pages/DiaryPage.qml
        qml/pages/AddReadingPage.qml
        qml/pages/EntryEditorPage.qml
        qml/components/diary/DiaryText.qml
        qml/components/diary/DiaryLogDelegate.qml
        qml/components/diary/DiarySnackbar.qml
        qml/components/diary/EntryTimeField.qml
        qml/components/diary/HypoFirstAidCard.qml
        # stats area
        qml/pages/StatisticsPage.qml
        qml/components/StatCard.qml
        qml/components/TimeInRangeBar.qml
        qml/components/TrendChart.qml
        qml/components/AgpChart.qml
        # io area
        qml/pages/ImportExportPage.qml
)
# The sources are organised in folders, but every file gets a flat resource path (qrc:/IsletGuide/Main.qml,
# qrc:/IsletGuide/DiaryPage.qml, ...) so pages can push each other by file name. Engines add "qrc:/" as an import
# path, where Qt 6.4 finds this module's qmldir.
foreach(file IN LISTS ISLETGUIDE_QML_FILES)
    get_filename_component(name ${file} NAME)
    set_source_files_properties(${file} PROPERTIES QT_RESOURCE_ALIAS ${name})
endforeach()

set_source_files_properties(qml/style/Theme.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)

qt_add_qml_module(isletguide_ui
    URI IsletGuide
    VERSION 1.0
    OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/IsletGuide
    QML_FILES ${ISLETGUIDE_QML_FILES}
    SOURCES
        app/ui/UiSettings.h app/ui/UiSettings.cpp
        app/ui/BundledFonts.h app/ui/BundledFonts.cpp
        app/ui/MainWindow.h app/ui/MainWindow.cpp
        # diary area
        app/ui/DiaryController.h app/ui/DiaryController.cpp
        # stats area
        app/ui/StatisticsModel.h app/ui/StatisticsModel.cpp
        app/ui/GlucoseChartFeeder.h app/ui/GlucoseChartFeeder.cpp
        app/ui/TrendShape.h app/ui/TrendShape.cpp
        # io area
        app/ui/DataTransferController.h app/ui/DataTransferController.cpp
        # content area
        app/ui/ContentLabels.h app/ui/ContentLabels.cpp
        app/ui/ContentStore.h app/ui/ContentStore.cpp
        app/ui/BookmarkStore.h app/ui/BookmarkStore.cpp
        app/ui/TopicListModel.h app/ui/TopicListModel.cpp
        app/ui/ArticleListModel.h app/ui/ArticleListModel.cpp
        app/ui/TrialListModel.h app/ui/TrialListModel.cpp
        app/ui/SearchResultModel.h app/ui/SearchResultModel.cpp
        app/ui/ClinicChecklist.h app/ui/ClinicChecklist.cpp
        app/ui/ReadAloud.h app/ui/ReadAloud.cpp
)

# UI strings of the whole app (QML, app/ui and the user-facing messages of app/core), embedded as :/i18n/*.qm.
file(GLOB_RECURSE ISLETGUIDE_TRANSLATABLE CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/qml/*.qml ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
qt_add_translations(isletguide_ui
    TS_FILES
        translations/isletguide_zh_CN.ts
        translations/isletguide_zh_TW.ts
    SOURCES ${ISLETGUIDE_TRANSLATABLE}
    LUPDATE_OPTIONS -no-obsolete -locations none
)
