target_sources(isletguide_cli_commands PRIVATE ${CMAKE_CURRENT_LIST_DIR}/DiaryCommands.cpp)

# The PDF report is written in the script asked for (--script), so the report program carries the app's translations
# as :/i18n/*.qm when Qt Linguist is available (not in the core-only sanitizer build, which writes English).
if(COMMAND qt_add_lrelease)
    qt_add_lrelease(isletguide-cli-report
        TS_FILES ${PROJECT_SOURCE_DIR}/translations/isletguide_zh_CN.ts ${PROJECT_SOURCE_DIR}/translations/isletguide_zh_TW.ts
        QM_FILES_OUTPUT_VARIABLE isletguide_cli_qm)
    qt_add_resources(isletguide-cli-report isletguide_cli_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
                     FILES ${isletguide_cli_qm})
endif()
