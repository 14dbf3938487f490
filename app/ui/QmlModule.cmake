# The QML module "IsletGuide": the QML-facing C++ objects of app/ui and every file under qml/.
# Included from the root CMakeLists.txt so that the QML sources can live under qml/ at the top of the tree.
qt_add_library(isletguide_ui STATIC)
target_link_libraries(isletguide_ui PUBLIC isletguide_core Qt6::Quick Qt6::QuickControls2 Qt6::Qml Qt6::Charts Qt6::Widgets)
target_include_directories(isletguide_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/app/ui)

set(ISLETGUIDE_QML_FILES
        qml/Main.qml
        qml/style/Theme.qml
        qml/components/ComingSoon.qml
        qml/components/DisclaimerDialog.qml
        qml/components/ScrollablePage.qml
        qml/components/SectionHeader.qml
        qml/components/ChoiceGroup.qml
        qml/components/NavigationBar.qml
        qml/pages/SettingsPage.qml
        # learn / trials / clinic check (content area)
        qml/pages/LearnPage.qml
        qml/pages/TrialListPage.qml
        qml/pages/ClinicCheckPage.qml
        # diary area
        qml/pages/DiaryPage.qml
        # stats area
        qml/pages/StatisticsPage.qml
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
        # diary area
        # stats area
        # io area
        # content area
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
